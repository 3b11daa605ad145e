# expect: AIG101@15 AIG101@19 AIG101@23 AIG101@27 AIG101@31 AIG101@35 AIG101@39
import boto3
import litellm
import requests
from anthropic import Anthropic
from google import genai
from langchain_openai import ChatOpenAI

claude = Anthropic()
gclient = genai.Client()
bedrock = boto3.client("bedrock-runtime")


def a(t: str) -> None:
    claude.messages.create(model="m", max_tokens=10, messages=[{"role": "user", "content": t}])


def b(t: str) -> None:
    gclient.models.generate_content(model="gemini", contents=t)


def c(t: str) -> None:
    litellm.completion(model="gpt", messages=[{"role": "user", "content": t}])


def d(t: str) -> None:
    ChatOpenAI(model="gpt").invoke(t)


def e(t: str) -> None:
    bedrock.converse(modelId="x", messages=[{"role": "user", "content": [{"text": t}]}])


def f(t: str) -> None:
    requests.post("https://api.openai.com/v1/chat/completions", json={"messages": [{"content": t}]})


def g(t: str) -> None:
    claude.messages.stream(model="m", max_tokens=10, messages=[{"role": "user", "content": t}])
