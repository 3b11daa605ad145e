"""FastAPI dependencies: the model is given to routes through an alias."""

from typing import Annotated

from fastapi import Depends
from langchain_openai import ChatOpenAI


def get_llm() -> ChatOpenAI:
    return ChatOpenAI(model="gpt-4o-mini", streaming=True)


LLMDep = Annotated[ChatOpenAI, Depends(get_llm)]
