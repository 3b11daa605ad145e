# expect: AIG101@20 AIG101@21
"""A model imported by a relative import, wrapped by LangChain's own classes."""

from langchain.chains import ConversationalRetrievalChain
from langchain_core.runnables.history import RunnableWithMessageHistory

from .models import shared_model


def answer(question: str, retriever: object, history: object) -> None:
    with_history = RunnableWithMessageHistory(
        shared_model,
        lambda session_id: history,
        input_messages_key="question",
    )
    qa = ConversationalRetrievalChain.from_llm(llm=shared_model, retriever=retriever)
    settings = {"configurable": {"session_id": "1"}}
    not_a_model = RunnableWithMessageHistory(retriever, lambda session_id: history)
    not_a_model.invoke({"question": question}, settings)
    with_history.invoke({"question": question}, settings)
    qa.invoke({"question": question})
