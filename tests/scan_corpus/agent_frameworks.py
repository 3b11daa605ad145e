# expect: AIG101@22 AIG101@26 AIG101@28 AIG101@30 AIG101@31 AIG101@32 AIG101@33 AIG101@41
# Agent frameworks run a model on what they are given: each run is a call site.
import autogen
from agents import Agent as SdkAgent
from agents import Runner
from crewai import Agent, Crew, Task
from litellm import batch_completion
from pydantic_ai import Agent as TypedAgent
from pydantic_ai.models.test import TestModel
from smolagents import CodeAgent, LiteLLMModel, TransformersModel

import ai21

helper = TypedAgent("openai:gpt-4o", system_prompt="Trả lời ngắn gọn.")
offline = TypedAgent(TestModel())
assistant = autogen.AssistantAgent("assistant", llm_config={"model": "gpt-4o"})
clerk = autogen.UserProxyAgent("clerk", human_input_mode="NEVER")
triage = SdkAgent(name="triage", instructions="Phân loại đơn thư.")


def answer(question: str) -> None:
    helper.run_sync(question)
    helper.run_sync("Thủ đô của Việt Nam là gì?")
    offline.run_sync(question)
    helper.run_sync(question, model=TestModel())
    clerk.initiate_chat(assistant, message=question)
    clerk.initiate_chat(assistant, message="Tóm tắt quy trình cấp phép.")
    Runner.run_sync(triage, question)
    Runner.run_sync(triage, "Đơn này thuộc lĩnh vực nào?")
    CodeAgent(tools=[], model=LiteLLMModel(model_id="gpt-4o")).run(question)
    CodeAgent(tools=[], model=TransformersModel(model_id="local")).run(question)
    batch_completion(model="gpt-4o", messages=[[{"role": "user", "content": question}]])
    ai21.Completion.execute(model="j2-mid", prompt=question)


writer = Agent(role="Writer", goal="Viết thông báo", backstory="Cán bộ văn phòng.")


def reply_to(letter: str) -> None:
    task = Task(description=f"Trả lời thư: {letter}", expected_output="Thư trả lời", agent=writer)
    Crew(agents=[writer], tasks=[task]).kickoff()
