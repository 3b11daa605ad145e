# expect: AIG101@26 AIG101@27
# Gemini chats kept in a module dict, one per user, made by a function given the model as a
# parameter annotated with its class, returned by it and used in another function.
from typing import Dict

import google.generativeai as genai

sessions: Dict[str, genai.ChatSession] = {}
drafts = {}


def session_for(user_id: str, model: genai.GenerativeModel):
    if user_id not in sessions:
        sessions[user_id] = model.start_chat(history=[])
    return sessions[user_id]


def draft_for(user_id: str, model: genai.GenerativeModel):
    drafts[user_id] = model.start_chat()
    return drafts.get(user_id)


def send(user_id: str, message: str, model: genai.GenerativeModel) -> str:
    chat = session_for(user_id, model)
    sessions[user_id].send_message("Xin chào")
    draft_for(user_id, model).send_message(message)
    return chat.send_message(message).text
