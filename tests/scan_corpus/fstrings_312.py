# expect: AIG101@11
# Python 3.12 f-strings (PEP 701): a replacement field holds a string in the f-string's own
# quotes. Python 3.11 refuses the file; the scanner reads it and finds the call.
from openai import OpenAI

client = OpenAI()


def summarise(record: dict[str, str]) -> str:
    print(f"summarising {len(record["body"])} characters for {record["owner"]!r:>{10}}")
    reply = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"Tóm tắt: {record["body"]}"}],
    )
    return f"{reply.choices[0].message.content} ({record['owner']})"
