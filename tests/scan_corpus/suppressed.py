# expect: none
from openai import OpenAI

client = OpenAI()


def reply(letter: str) -> str:
    r = client.chat.completions.create(model="m", messages=[{"role": "user", "content": letter}])  # ai-guard: ignore[AIG101]
    # ai-guard: ignore[AIG101]
    r = client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": letter}]
    )
    return r.choices[0].message.content
