# expect: AIG101@35 AIG101@38 AIG101@44 AIG101@48 AIG101@51 AIG101@54 AIG101@72 AIG101@77 AIG101@82 AIG101@88
"""Raw HTTP as chat-front-end plugins and small agency apps write it: the endpoint held in an
attribute set in __init__, in a settings class's field whose default is a vendor's base URL
(read as self.valves.X), a path after a base that already holds the version
(f"{BASE}/chat/completions"), Azure deployments, an LLM app platform (Dify, Flowise), Vertex
AI's GenerativeModel and the models the langchain package itself exports. The last functions
are not calls: a webhook, a checked prompt, a GET of the model list, a field that names
another service."""

import os

import requests
from langchain.chat_models import init_chat_model
from langchain.llms import OpenAI
from pydantic import BaseModel
from vertexai.generative_models import GenerativeModel

from ai_guard import check_prompt


class Settings(BaseModel):
    LLM_BASE_URL: str = "https://api.groq.com/openai/v1"
    AZURE_ENDPOINT: str = ""
    STATUS_URL: str = "https://status.cong-thong-tin.gov.vn/api"


class Plugin:
    def __init__(self) -> None:
        self.settings = Settings()
        self.url = "https://api.anthropic.com/v1/messages"
        self.proxy = os.getenv("LLM_PROXY", "https://api.deepseek.com/chat/completions")
        self.webhook = "https://hooks.so-tu-phap.gov.vn/notify"

    def ask_anthropic(self, payload: dict[str, object]) -> object:
        return requests.post(self.url, json=payload, timeout=30)

    def ask_groq(self, body: dict[str, object]) -> object:
        return requests.post(
            url=f"{self.settings.LLM_BASE_URL}/chat/completions",
            json=body,
        )

    def ask_proxy(self, body: dict[str, object]) -> object:
        return requests.post(self.proxy, json=body)

    def ask_azure(self, deployment: str, body: dict[str, object]) -> object:
        url = f"{self.settings.AZURE_ENDPOINT}/openai/deployments/{deployment}/embeddings"
        return requests.post(url, json=body)

    def ask_dify(self, host: str, query: str) -> object:
        return requests.post(f"https://{host}/v1/chat-messages", json={"query": query})

    def ask_flowise(self, base: str, flow: str, question: str) -> object:
        return requests.post(f"{base}/api/v1/prediction/{flow}", json={"question": question})

    def notify(self, body: dict[str, object]) -> object:
        return requests.post(self.webhook, json=body)

    def status(self, body: dict[str, object]) -> object:
        return requests.post(self.settings.STATUS_URL, json=body)

    def models(self) -> object:
        return requests.get(f"{self.settings.LLM_BASE_URL}/models")

    def ask_checked(self, text: str) -> object:
        safe = check_prompt(text).redacted_text
        return requests.post(self.url, json={"messages": [{"role": "user", "content": safe}]})


def vertex(text: str) -> object:
    model = GenerativeModel("gemini-1.5-pro")
    return model.generate_content(text)


def legacy(text: str) -> object:
    llm = OpenAI(temperature=0.2)
    return llm(text)


def modern(text: str) -> object:
    llm = init_chat_model("gpt-4o-mini", model_provider="openai")
    return llm.invoke(text)


def in_the_query(text: str) -> object:
    # the prompt carried in the endpoint's query: the URL is data here, not configuration
    url = f"https://api.openai.com/v1/completions?prompt={text}"
    return requests.post(url)


def in_the_query_checked(text: str) -> object:
    safe = check_prompt(text).redacted_text
    url = f"https://api.openai.com/v1/completions?prompt={safe}"
    return requests.post(url)
