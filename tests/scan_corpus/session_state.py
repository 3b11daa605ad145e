# expect: AIG101@17 AIG101@21 AIG101@27
"""A model or a chain kept in a UI framework's per-user store (Streamlit's session_state,
Chainlit's user_session) and called in another function, often one written before the one
that stores it: the chain's calls were missed (sc13's left misses)."""

import chainlit as cl
import streamlit as st
from langchain.chains import ConversationalRetrievalChain
from langchain_openai import ChatOpenAI


def get_conversation_chain(vectorstore: object) -> object:
    return ConversationalRetrievalChain.from_llm(llm=ChatOpenAI(), retriever=vectorstore)


def handle_userinput(user_question: str) -> object:
    return st.session_state.conversation({"question": user_question})


def summarise(text: str) -> object:
    return st.session_state["llm"].invoke(text)


@cl.on_message
async def on_message(message: cl.Message) -> None:
    runnable = cl.user_session.get("runnable")
    async for _chunk in runnable.astream({"question": message.content}):
        pass


def main(vectorstore: object) -> None:
    if "conversation" not in st.session_state:
        st.session_state.conversation = None
    st.session_state.conversation = get_conversation_chain(vectorstore)
    st.session_state["llm"] = ChatOpenAI(model="gpt-4o-mini")
    st.session_state.messages = []


@cl.on_chat_start
async def start() -> None:
    cl.user_session.set("runnable", ChatOpenAI(streaming=True))
    cl.user_session.set("history", [])
