# expect: AIG101@20 AIG101@25 AIG101@33 AIG101@41 AIG101@46
"""Haystack: a generator that sends to an API, an Agent given one, a Pipeline given one by
add_component, run on the user's text. None was a call (a tutorial set of 17 notebooks: about
42 calls, none listed). Local models (Transformers, SentenceTransformers) send nothing; a
message written in the code is literal."""

from haystack import Pipeline
from haystack.components.agents import Agent
from haystack.components.builders import ChatPromptBuilder
from haystack.components.embedders import SentenceTransformersTextEmbedder
from haystack.components.generators.chat import OpenAIChatGenerator, TransformersChatGenerator
from haystack.dataclasses import ChatMessage
from haystack_integrations.agent_pack import create_advanced_rag_agent
from haystack_integrations.components.generators.mistral import MistralChatGenerator

generator = OpenAIChatGenerator(model="gpt-4o-mini")


def ask(question: str) -> object:
    return generator.run(messages=[ChatMessage.from_user(question)])


def ask_agent(question: str) -> object:
    agent = Agent(chat_generator=MistralChatGenerator(model="mistral-small-latest"), tools=[])
    return agent.run(messages=[ChatMessage.from_user(question)])


def rag(question: str) -> object:
    pipe = Pipeline()
    pipe.add_component("embedder", SentenceTransformersTextEmbedder())
    pipe.add_component("prompt_builder", ChatPromptBuilder(template=[]))
    pipe.add_component(name="llm", instance=OpenAIChatGenerator())
    return pipe.run({"embedder": {"text": question}, "prompt_builder": {"question": question}})


def local_literal_and_made_inline(question: str) -> object:
    pipe = Pipeline()
    pipe.add_component("llm", TransformersChatGenerator(model="Qwen/Qwen2.5-1.5B-Instruct"))
    pipe.run({"llm": {"messages": [ChatMessage.from_user(question)]}})
    generator.run(messages=[ChatMessage.from_user("Berlin is the capital of Germany.")])
    return create_advanced_rag_agent(document_store=None).run(messages=question)


def research(question: str) -> object:
    researcher = create_advanced_rag_agent(document_store=None)
    return researcher.run(messages=[ChatMessage.from_user(question)])
