# expect: AIG101@34 AIG101@43 AIG101@47 AIG105@50
"""Request bodies serialised with ``json.dumps`` before they are sent (boto3's ``invoke_model``
takes a string; ``requests.post(url, data=...)`` too): a body made only of literals and
constants is a prompt written in the code (``literal``), one that carries a parameter is not,
and a literal inside one is still read for what check_prompt would refuse."""

import json

import boto3
import requests

URL = "https://openrouter.ai/api/v1/chat/completions"
HAIKU = "Viết một bài thơ haiku về mùa lúa chín."
runtime = boto3.client("bedrock-runtime", region_name="ap-southeast-1")


def haiku() -> object:
    body = json.dumps(
        {
            "anthropic_version": "bedrock-2023-05-31",
            "max_tokens": 200,
            "messages": [{"role": "user", "content": HAIKU}],
        }
    )
    return runtime.invoke_model(modelId="anthropic.claude-3-haiku-20240307-v1:0", body=body)


def meaning() -> object:
    payload = {"model": "openai/gpt-4o", "messages": [{"role": "user", "content": "Xin chào"}]}
    return requests.post(URL, data=json.dumps(payload, ensure_ascii=False), timeout=30)


def ask(question: str) -> object:
    return requests.post(
        URL,
        data=json.dumps({"messages": [{"role": "user", "content": question}]}),
        timeout=30,
    )


def ask_bedrock(question: str) -> object:
    body = {"messages": [{"role": "user", "content": question}], "max_tokens": 200}
    return runtime.invoke_model(modelId="anthropic.claude-3-haiku", body=json.dumps(body))


def leaky() -> object:
    return requests.post(
        URL,
        data=json.dumps(
            {"messages": [{"role": "user", "content": "Ông Trần Văn Bình, CCCD 001085012345"}]}
        ),
        timeout=30,
    )
