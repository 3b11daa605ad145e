# expect: AIG101@15 AIG101@20 AIG101@25 AIG101@29
"""LangChain's legacy interface, still in most tutorials: chain.run, a model or a chain called
as a function; a prompt template called is not a call."""

from langchain.chains import LLMChain, RetrievalQA
from langchain_core.prompts import PromptTemplate
from langchain_openai import ChatOpenAI

llm = ChatOpenAI(model="gpt-4o-mini")
template = PromptTemplate.from_template("Tóm tắt: {text}")


def run_chain(text: str) -> str:
    chain = LLMChain(llm=llm, prompt=template)
    return chain.run(text)


def call_model(text: str) -> object:
    # the model called as a function (deprecated __call__)
    return llm(text)


def call_chain(question: str, retriever: object) -> object:
    qa = RetrievalQA.from_chain_type(llm=llm, retriever=retriever)
    return qa({"query": question})


async def arun_chain(text: str) -> str:
    return await LLMChain(llm=llm, prompt=template).arun(text)


def not_a_call(text: str) -> str:
    return template.format(text=text)
