# expect: AIG101@13
"""revChatGPT, the client of ChatGPT's web app that 2023's Telegram and Discord bots used: the
user's message goes to OpenAI through it (a bot's only call was missed)."""

import os

from revChatGPT.revChatGPT import Chatbot

chatgpt = Chatbot({"session_token": os.environ["CHATGPT_SESSION_TOKEN"]}, conversation_id=None)


def answer(prompt: str) -> str:
    reply = chatgpt.get_chat_response(prompt)
    return str(reply["message"])
