# expect: AIG101@30 AIG101@35 AIG101@36 AIG101@37
"""Chains served to HTTP clients by LangServe's ``add_routes``: the chain is never called in
the code, each request's input (a person's name, their likes) is its prompt. A runnable that
holds no model (a prompt template alone, a retriever of the project's own) is served without a
call."""

from fastapi import FastAPI
from langchain_aws import ChatBedrock
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_openai import ChatOpenAI
from langserve import add_routes

profile = ChatPromptTemplate.from_messages(
    [
        ("system", "Mô tả tính cách của người được nêu."),
        ("user", "Tên: {ten}, giới tính: {gioi_tinh}, sở thích: {so_thich}"),
    ]
)
model = ChatBedrock(model_id="anthropic.claude-3-haiku-20240307-v1:0")
chain = profile | model | StrOutputParser()


def make_chain() -> object:
    return profile | ChatOpenAI(model="gpt-4o-mini")


app = FastAPI(title="LangChain Server")
add_routes(app, profile, path="/template")
add_routes(
    app,
    chain,
    path="/bedrock",
)
add_routes(app, runnable=model, path="/model")
add_routes(app, make_chain(), path="/openai")
add_routes(app, chain.with_types(input_type=dict, output_type=str), path="/typed")
