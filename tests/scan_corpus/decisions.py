# expect: AIG101@12 AIG104@14 AIG104@20 AIG101@19
from openai import OpenAI

from ai_guard import check_prompt, require_human_signoff
from enforcement import issue_decision, send_notice

client = OpenAI()


def auto_decide(case_text: str) -> None:
    draft_text = case_text
    r = client.chat.completions.create(model="m", messages=[{"role": "user", "content": draft_text}])
    draft = r.choices[0].message.content
    issue_decision(draft)
    send_notice(draft)  # not a decision by name


def auto_approve(letter: str) -> None:
    answer = client.responses.create(model="m", input=letter)
    approve_refund(answer.output_text)


def approve_refund(text: str) -> None:
    pass


@require_human_signoff(action="grant_licence")
def grant_licence(draft: str) -> None:
    pass


def with_signoff(letter: str, so: object) -> None:
    text = check_prompt(letter).redacted_text
    draft = client.responses.create(model="m", input=text).output_text
    grant_licence(draft)  # guarded by require_human_signoff in this module
    issue_decision(draft, signoff=so)  # a sign-off is passed
