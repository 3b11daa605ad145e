# expect: AIG101@18 AIG101@22 AIG101@31 AIG106@37
"""An SDK method handed to a function that calls it later or at once: ``sync_to_async(
client.chat.completions.create)`` then awaited with the conversation (a Discord bot),
``asyncio.to_thread(client.chat.completions.create, ...)``; and an SDK module used under a name
this module never imports (a plugin framework injects ``litellm`` into each function's
globals)."""

import asyncio

from asgiref.sync import sync_to_async
from openai import OpenAI

client = OpenAI()


async def reply(history: list[dict[str, str]]) -> object:
    create = sync_to_async(client.chat.completions.create, thread_sensitive=True)
    return await create(model="gpt-4o-mini", messages=history)


async def reply_in_thread(text: str) -> object:
    return await asyncio.to_thread(
        client.chat.completions.create,
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": text}],
    )


def injected(question: str) -> object:
    # litellm is never imported here: the framework that loads this function provides it
    return litellm.completion(  # type: ignore[name-defined]  # noqa: F821
        model="gpt-4o", messages=[{"role": "user", "content": question}]
    )


def variation(upload: bytes) -> object:
    return client.images.create_variation(image=upload, n=1)
