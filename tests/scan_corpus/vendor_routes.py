# expect: AIG101@24 AIG101@32 AIG101@39
"""A vendor's own routes that carry no prompt, and an LLM app's route that does.

OpenRouter's key management (``/api/v1/keys``) is on an LLM vendor's host but sends a key's
name, never a prompt: no call, however the URL is built. Dify's workflow run
(``/v1/workflows/run``, or a workflow named in the path) hands its inputs to the models the
workflow's nodes call: a call on any host, like Dify's chat messages."""

import requests

OPENROUTER = "https://openrouter.ai"
KEYS_URL = "https://openrouter.ai/api/v1/keys"
DIFY = "https://dify.so-tu-phap.vn"


def create_key(name: str, token: str) -> object:
    requests.post(KEYS_URL, json={"name": name}, headers={"Authorization": token})
    requests.post(OPENROUTER + "/api/v1/keys", json={"name": name})
    return requests.post(f"{OPENROUTER}/api/v1/keys", json={"name": name, "limit": 10})


def ask(text: str) -> object:
    body = {"inputs": {"query": text}, "response_mode": "blocking", "user": "u1"}
    return requests.post(
        f"{DIFY}/v1/workflows/run",
        json=body,
        headers={"Authorization": "Bearer app-token"},
    )


def ask_named_workflow(text: str, workflow_id: str) -> object:
    return requests.post(
        f"{DIFY}/v1/workflows/{workflow_id}/run",
        json={"inputs": {"query": text}, "user": "u1"},
    )


def chat(text: str) -> object:
    return requests.post(
        f"{OPENROUTER}/api/v1/chat/completions",
        json={"messages": [{"role": "user", "content": text}]},
    )
