"""A Chainlit app whose chain comes from a sibling module reached by ``import``, read back
from the user's session through ``typing.cast``."""

from typing import cast

import chainlit as cl
from langchain_core.runnables import Runnable

import chain_factory


@cl.on_chat_start
def start() -> None:
    cl.user_session.set("chain", chain_factory.create_chain())


@cl.on_message
async def on_message(message: cl.Message) -> None:
    chain = cast(Runnable, cl.user_session.get("chain"))
    answer = await chain.ainvoke({"input": message.content})
    await cl.Message(content=str(answer)).send()
