# expect: none
"""The project's one place that builds its models: read by the modules that import them."""

import os

from langchain_google_genai import ChatGoogleGenerativeAI
from langchain_openai import ChatOpenAI


def make_model() -> object:
    return ChatGoogleGenerativeAI(model="gemini-2.0-flash", google_api_key=os.getenv("GK"))


def make_answer_chain(prompt: object) -> object:
    model = make_model()
    chain = prompt | model
    return chain


shared_model = ChatOpenAI(model="gpt-4o-mini")
