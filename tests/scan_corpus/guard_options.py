# expect: AIG101@19 AIG101@27
from openai import OpenAI

from ai_guard import guard

client = OpenAI()


@guard(params=["question"])
def ask_rag(question: str, context: str) -> str:
    # guarded as a whole: the guard checks context too (default deny)
    return client.responses.create(model="m", input=f"{context}\n\n{question}").output_text


@guard(unchecked=["note"])
def ask_with_note(question: str, note: str) -> str:
    # note goes through the guard unread
    prompt = f"{question}\n{note}"
    return client.responses.create(model="m", input=prompt).output_text


UNREAD = ["question"]


@guard(unchecked=UNREAD)  # which arguments are unread is not written here: none counts as checked
def ask_unread(question: str) -> str:
    return client.responses.create(model="m", input=question).output_text


@guard(unchecked=["model_name"])
def ask_model(question: str, model_name: str) -> str:
    return client.responses.create(model=model_name, input=question).output_text
