# expect: AIG101@19 AIG101@32 AIG101@37 AIG101@44 AIG101@57
"""Shapes seen in real notebooks and apps (written for this corpus)."""

from __future__ import annotations

from typing import Optional

from anthropic import AsyncAnthropic
from google import genai
from langchain_core.prompts import ChatPromptTemplate
from langchain_mistralai import ChatMistralAI
from mistralai import Mistral

from ai_guard import check_prompt


def summarise(letter: str) -> str:
    # the client is created further down, at module level: functions run after it
    r = gemini.models.generate_content(model="m", contents=letter)
    return r.text


gemini = genai.Client()


class Agent:
    def __init__(self, client: Mistral, model: str = "m") -> None:
        self.client = client
        self.model = model

    def ask(self, question: str) -> str:
        r = self.client.chat.complete(model=self.model, messages=[{"role": "user", "content": question}])
        return r.choices[0].message.content


async def stream_answer(client: Optional[AsyncAnthropic], text: str) -> None:
    async with client.messages.stream(model="m", max_tokens=10, messages=[{"role": "user", "content": text}]) as s:
        await s.get_final_message()


def chat_session(note: str) -> str:
    chat = gemini.chats.create(model="m")
    chat.send_message("Hello")  # a prompt written in the code
    return chat.send_message(note).text


def checked_chat(note: str) -> str:
    chat = gemini.chats.create(model="m")
    return chat.send_message(check_prompt(note).redacted_text).text


prompt = ChatPromptTemplate.from_messages([("human", "{question}")])
chain = prompt | ChatMistralAI(model="m").with_structured_output(dict)


def grade(question: str) -> object:
    return chain.invoke({"question": question})


def grade_checked(question: str) -> object:
    return chain.invoke({"question": check_prompt(question).redacted_text})
