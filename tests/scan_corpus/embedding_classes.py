# expect: AIG101@20 AIG101@25 AIG101@26
"""LangChain's embedding classes send the text to an API: ``embed_query`` was in the
catalogue, but no class made such a client (OpenAIEmbeddings on a user's question, a Vietnamese
legal RAG's HuggingFaceInferenceAPIEmbeddings: 9 calls missed on public repositories).
HuggingFaceEmbeddings runs the model on the machine and sends nothing."""

from langchain_community.embeddings import (
    HuggingFaceEmbeddings,
    HuggingFaceInferenceAPIEmbeddings,
)
from langchain_openai import OpenAIEmbeddings


class Search:
    def __init__(self, key: str) -> None:
        self.embedding = OpenAIEmbeddings(model="text-embedding-3-small")
        self.remote = HuggingFaceInferenceAPIEmbeddings(api_key=key, model_name="bkai/vn")

    def vector(self, question: str) -> list[float]:
        return self.embedding.embed_query(question)


def index(chunks: list[str], question: str, key: str) -> None:
    remote = HuggingFaceInferenceAPIEmbeddings(api_key=key, model_name="bkai/vn")
    remote.embed_documents(chunks)
    remote.embed_query(question)
    local = HuggingFaceEmbeddings(model_name="bkai/vn")
    local.embed_query(question)
    local.embed_documents(chunks)
