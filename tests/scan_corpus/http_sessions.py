# expect: AIG101@23 AIG101@27 AIG101@30 AIG101@36 AIG101@49 AIG101@54 AIG101@59 AIG101@65 AIG101@76 AIG101@81
"""Raw HTTP to an LLM endpoint through a session object (httpx, requests, aiohttp), by URL, by
the session's base_url or by an API path only LLM servers have; the last functions are not
calls (a checked prompt, a GET, another service's /api/chat routes)."""

import aiohttp
import httpx
import requests

from ai_guard import check_prompt

URL = "https://api.openai.com/v1/chat/completions"


class Llm:
    def __init__(self, base: str) -> None:
        self.vendor = httpx.Client(base_url="https://api.anthropic.com")
        self.session = requests.Session()
        self.base = base

    def by_base_url(self, text: str) -> object:
        body = {"messages": [{"role": "user", "content": text}]}
        return self.vendor.post("/v1/messages", json=body).json()

    def by_proxy_path(self, text: str) -> object:
        body = {"messages": [{"role": "user", "content": text}]}
        return self.session.post(f"{self.base}/v1/chat/completions", json=body).json()

    def local_model(self, text: str) -> object:
        return self.session.post(
            "http://ollama.internal:11434/api/generate",
            json={"model": "qwen3", "prompt": text},
        ).json()

    def request_method(self, text: str) -> object:
        return self.session.request(
            "POST", URL, json={"messages": [{"role": "user", "content": text}]}
        ).json()

    def checked(self, text: str) -> object:
        safe = check_prompt(text).redacted_text
        return self.vendor.post(
            "/v1/messages", json={"messages": [{"role": "user", "content": safe}]}
        )


async def async_client(text: str) -> object:
    async with httpx.AsyncClient(timeout=30) as client:
        answer = await client.post(URL, json={"messages": [{"role": "user", "content": text}]})
        return answer.json()


async def aiohttp_session(text: str) -> object:
    async with aiohttp.ClientSession() as s, s.post(URL, json={"input": text}) as answer:
        return await answer.json()


def streamed(text: str) -> None:
    with httpx.Client() as c, c.stream("POST", URL, json={"input": text}) as answer:
        answer.read()


def gemini(text: str, key: str) -> object:
    url = "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent"
    return requests.Session().post(url, params={"key": key}, json={"contents": text}).json()


def not_calls(session: requests.Session, text: str) -> None:
    session.get(URL)
    requests.Session().post("https://slack.com/api/chat.postMessage", json={"text": text})
    httpx.Client().post("https://intranet.example.vn/api/chat", json={"q": text})


def built_apart(text: str) -> object:
    with httpx.Client() as c:
        request = c.build_request("POST", URL, json={"input": text})
        return c.send(request).json()


def prepared(text: str) -> object:
    req = requests.Request("POST", URL, json={"input": text})
    return requests.Session().send(req.prepare()).json()
