# expect: AIG105@11 AIG101@12 AIG101@20 AIG105@27 AIG101@28 AIG101@37 AIG105@43 AIG101@45
"""Prompts held in variables whose names say nothing: the text a variable was given is read
where it is sent, and ``+=`` keeps what the variable held."""

import anthropic

client = anthropic.Anthropic()


def literal_under_a_plain_name() -> None:
    c2 = "Ông Nguyễn Văn An, CCCD 001203004567, ở 12 Trần Phú, Hà Nội."
    client.messages.create(
        model="claude-3", max_tokens=10, messages=[{"role": "user", "content": c2}]
    )


def user_text_then_an_instruction(user_text: str) -> None:
    p = user_text
    p += " Trả lời ngắn gọn."  # still the user's text: not checked
    client.messages.create(
        model="claude-3", max_tokens=10, messages=[{"role": "user", "content": p}]
    )


def literal_built_in_steps() -> None:
    p = "Tóm tắt hồ sơ sau: "
    p += "bà Trần Thị Mai, số điện thoại 0912345678."
    client.messages.create(
        model="claude-3", max_tokens=10, messages=[{"role": "user", "content": p}]
    )


def an_unchecked_part_added_later(description: str) -> None:
    content = "Find three competitors of the company with "
    content += f"description: {description}"
    content += ". Only the URLs."
    client.messages.create(
        model="claude-3", max_tokens=10, messages=[{"role": "user", "content": content}]
    )


def a_variable_made_of_another() -> None:
    base = "Hồ sơ thi hành án của ông Lê Văn Bình, CCCD 079085001234."
    text = "Soạn thông báo: " + base
    client.messages.create(
        model="claude-3", max_tokens=10, messages=[{"role": "user", "content": text}]
    )


def clean_literals_in_variables() -> None:
    question = "Giải thích Luật Cán bộ, công chức năm 2025 bằng ba ý."
    q2 = question + " Ngắn gọn."
    client.messages.create(
        model="claude-3", max_tokens=10, messages=[{"role": "user", "content": q2}]
    )
