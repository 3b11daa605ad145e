# expect: AIG101@21 AIG101@26
"""A LangGraph node whose agent is bound by ``functools.partial`` (sc17's one miss, a
FastAPI + LangGraph app): the node function is written first, the partial made inside a
builder function further down, and the agent made by a factory whose model is a parameter
annotated with the client's class. A partial of a function given no client binds nothing."""

import functools
from functools import partial

from langchain_core.prompts import ChatPromptTemplate
from langchain_openai import ChatOpenAI


def make_agent(llm: ChatOpenAI, system: str):
    prompt = ChatPromptTemplate.from_messages([("system", system), ("placeholder", "{messages}")])
    agent = prompt | llm
    return agent


def worker(state: dict, agent) -> dict:
    result = agent.invoke(state)
    return {"messages": [result]}


def reviewer(state: dict, agent, name: str) -> dict:
    return {"messages": [agent.invoke(state["messages"])], "name": name}


def formatter(state: dict, style) -> dict:
    return {"text": style.invoke(state)}


def build(llm: ChatOpenAI):
    node = functools.partial(worker, agent=make_agent(llm, "Bạn là trợ lý."))
    second = partial(reviewer, agent=llm, name="reviewer")
    third = partial(formatter, style="plain")
    return node, second, third
