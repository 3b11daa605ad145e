# expect: AIG101@27 AIG101@33
from anthropic import HUMAN_PROMPT, Anthropic

client = Anthropic()
QUESTION = "Tóm tắt Luật Bảo vệ dữ liệu cá nhân."
messages = [{"role": "user", "content": "Xin chào"}]


def literal_variables() -> None:
    client.messages.create(model="m", max_tokens=10, messages=messages)
    client.completions.create(model="m", max_tokens_to_sample=10, prompt=f"{HUMAN_PROMPT} {QUESTION}")


def multi_turn() -> None:
    with client.messages.stream(model="m", max_tokens=10, messages=messages) as stream:
        answer = stream.get_final_message()
    history = list(messages)
    history.append({"role": "assistant", "content": answer.content})
    tool = next(c for c in answer.content if c.type == "tool_use")
    history.append({"role": "user", "content": [{"type": "tool_result", "tool_use_id": tool.id}]})
    client.messages.create(model="m", max_tokens=10, messages=history)


def appended_user_data(user_text: str) -> None:
    history = [{"role": "user", "content": "Xin chào"}]
    history.append({"role": "user", "content": user_text})
    client.messages.create(model="m", max_tokens=10, messages=history)


def through_builtins(user_text: str) -> None:
    parts = [user_text]
    joined = str(parts)
    client.messages.create(model="m", max_tokens=10, messages=[{"role": "user", "content": joined}])
