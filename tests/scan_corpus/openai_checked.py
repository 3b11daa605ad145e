# expect: none
from openai import OpenAI

from ai_guard import check_prompt, guard
from ai_guard.integrations.openai import guard_client

client = OpenAI()
safe_client = guard_client(OpenAI())


def reply(letter: str) -> str:
    check = check_prompt(letter)
    text = check.redacted_text
    messages = [{"role": "system", "content": "Bạn là trợ lý."}, {"role": "user", "content": text}]
    r = client.chat.completions.create(model="m", messages=messages)
    return check.restore(r.choices[0].message.content)


def reply_raising(letter: str) -> str:
    result = check_prompt(letter)
    if result.blocked:
        raise ValueError("blocked")
    return client.responses.create(model="m", input=letter).output_text


def reply_guarded_client(letter: str) -> str:
    return safe_client.chat.completions.create(model="m", messages=[{"role": "user", "content": letter}])


@guard
def ask(prompt: str) -> str:
    return client.responses.create(model="m", input=prompt).output_text


def literal_only() -> str:
    return client.responses.create(model="m", input="Viết bài phát biểu khai mạc hội nghị").output_text


# a comment that mentions openai.chat.completions.create(messages=x) is not a call
DOC = "client.chat.completions.create(messages=user_text)"
