# expect: AIG101@25 AIG101@29 AIG101@33
"""A model or chain made at the top level and handed to a function of the module as an
argument (``generate_code(code_llm, text)``), by position or by keyword: the parameter is that
model in the function's body, so calling it sends its prompt. A function handed a string in
the same place calls nothing; a checked prompt keeps its call checked."""

from langchain_community.llms import HuggingFaceHub
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_openai import ChatOpenAI

from ai_guard import check_prompt

code_llm = HuggingFaceHub(repo_id="mistralai/Mistral-7B-v0.1")
chat = ChatOpenAI(model="gpt-4o-mini")
prompt = ChatPromptTemplate.from_template("Trả lời câu hỏi: {question}")
rag_chain = prompt | chat | StrOutputParser()


def shout(label: str, text: str) -> str:
    return label(text) if callable(label) else text


def generate_code(llm, text: str) -> str:
    return llm(f"Generate code for this: {text}!")


def answer(question: str, chain=None) -> str:
    return chain.invoke({"question": question})


def summarise(model, text: str) -> str:
    return model.invoke(f"Tóm tắt: {text}")


def summarise_checked(model, text: str) -> str:
    return model.invoke(check_prompt(text).redacted_text)


print(generate_code(code_llm, "Write a function that adds two numbers in Java."))
print(answer("Hạn nộp hồ sơ là ngày nào?", chain=rag_chain))
print(summarise(chat, open("notes.txt", encoding="utf-8").read()))
print(summarise_checked(chat, "ghi chú"))
print(shout("label", "text"))
