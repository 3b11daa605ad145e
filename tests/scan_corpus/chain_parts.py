# expect: AIG101@14 AIG101@17
# A chain's own parts (its sub-chains, its model) send to the same model, and LangChain's
# graph transformer sends each document to its model.
from langchain_experimental.graph_transformers import LLMGraphTransformer
from langchain_neo4j import GraphCypherQAChain
from langchain_openai import ChatOpenAI

llm = ChatOpenAI(model="gpt-4o-mini")
chain = GraphCypherQAChain.from_llm(llm, graph=GRAPH, allow_dangerous_requests=True)
transformer = LLMGraphTransformer(llm=llm)


def ask(question: str, records: list) -> None:
    chain.cypher_generation_chain.invoke({"question": question, "schema": chain.graph_schema})
    chain.qa_chain.invoke({"question": "Giờ làm việc?", "context": "8h-17h"})
    chain.graph.query("MATCH (n) RETURN n LIMIT 1")
    transformer.convert_to_graph_documents(records)
