"""The chain is made here and used by chat_app.py (own code)."""

from langchain.chains import LLMChain
from langchain.prompts import PromptTemplate
from langchain_openai import ChatOpenAI


def create_chain() -> LLMChain:
    prompt = PromptTemplate(template="Tóm tắt: {input}", input_variables=["input"])
    return LLMChain(prompt=prompt, llm=ChatOpenAI(model="gpt-4o-mini"))
