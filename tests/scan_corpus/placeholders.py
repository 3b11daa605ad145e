# expect: AIG102@11 AIG101@15
"""A tutorial's placeholders where a value goes (``<your-api-key>``): Python refuses the lines,
but they hide no code. The file is read with each placeholder taken as the text it is (a key
pasted between the brackets is still a key), not refused whole."""

import os

from openai import OpenAI

os.environ["OPENAI_API_KEY"] = <your-api-key>
client = OpenAI(api_key=<sk-proj-Q7wErTy9UiOp3AsDfGh5JkLzXcVbNm2Qw4ErTy6UiOp8AsDf>, organization=<org id>)


def ask(question: str) -> str:
    answer = client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": question}]
    )
    return answer.choices[0].message.content or ""
