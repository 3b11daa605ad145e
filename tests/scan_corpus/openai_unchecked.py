# expect: AIG101@9 AIG101@15 AIG101@23
import openai as oa
from openai import OpenAI as O

client = O()


def reply(letter: str) -> str:
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": letter}])
    return r.choices[0].message.content


def summary(text: str) -> str:
    prompt = f"Tóm tắt: {text}"
    return client.responses.create(model="gpt-4o-mini", input=prompt).output_text


class Assistant:
    def __init__(self) -> None:
        self.llm = oa.AsyncOpenAI()

    async def ask(self, q: str) -> str:
        r = await self.llm.chat.completions.create(model="m", messages=[{"role": "user", "content": q}])
        return r.choices[0].message.content
