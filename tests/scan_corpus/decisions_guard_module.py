# expect: AIG101@16 AIG104@19
from openai import OpenAI

from ai_guard.signoff.guard import require_human_signoff as needs_signoff
from enforcement import issue_decision

client = OpenAI()


@needs_signoff(action="issue_decision")
def grant(draft: str) -> None:
    issue_decision(draft)


def decide(letter: str) -> None:
    draft = client.responses.create(model="m", input=letter).output_text
    grant(draft)  # guarded: imported from the module where the decorator lives
    # unguarded: a decision from AI output with no sign-off
    issue_decision(draft)
