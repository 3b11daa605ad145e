"""Routes that receive the model by a dependency alias of another module."""

from collections.abc import AsyncIterator

from fastapi import APIRouter

from deps import LLMDep

router = APIRouter()


async def stream_answer(query: str, llm: LLMDep) -> AsyncIterator[object]:
    async for event in llm.astream_events(query):
        yield event
