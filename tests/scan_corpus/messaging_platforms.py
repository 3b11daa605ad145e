# expect: AIG101@24 AIG101@28
"""A chat platform's message API (Feishu/Lark's /open-apis/im/v1/messages) is not Anthropic's
/v1/messages: a bot that answers people there posts a message to people, not a prompt to a
model; the same path on the bot's own gateway, or after a base of unknown host, still is."""

import requests

FEISHU_MESSAGES = "https://open.feishu.cn/open-apis/im/v1/messages"


def reply(message_id: str, token: str, text: str) -> None:
    headers = {"Authorization": f"Bearer {token}"}
    url = f"https://open.feishu.cn/open-apis/im/v1/messages/{message_id}/reply"
    requests.post(url=url, headers=headers, json={"msg_type": "text", "content": text})
    requests.post(
        FEISHU_MESSAGES,
        headers=headers,
        params={"receive_id_type": "chat_id"},
        json={"receive_id": message_id, "content": text},
    )


def ask_gateway(base: str, question: str) -> None:
    requests.post(
        f"{base}/v1/messages",
        json={"model": "claude", "messages": [{"role": "user", "content": question}]},
    )
    requests.post(
        "https://llm.example.internal/v1/messages",
        json={"model": "claude", "messages": [{"role": "user", "content": question}]},
    )
