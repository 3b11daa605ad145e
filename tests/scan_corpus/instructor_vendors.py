# expect: AIG101@14 AIG101@15 AIG101@18 AIG101@19
# Instructor's clients are reported under the vendor they send to, when the code says which.
import instructor
from anthropic import Anthropic
from openai import OpenAI

claude = instructor.from_provider("anthropic/claude-3-5-haiku-latest")
gpt = instructor.patch(OpenAI())
wrapped = instructor.from_anthropic(Anthropic())
configured = instructor.from_provider(PROVIDER)


def extract(text: str, schema: type) -> None:
    claude.messages.create(messages=[{"role": "user", "content": text}], response_model=schema)
    gpt.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": text}], response_model=schema
    )
    wrapped.messages.create(messages=[{"role": "user", "content": text}], response_model=schema)
    configured.chat.completions.create(messages=[{"role": "user", "content": text}])
