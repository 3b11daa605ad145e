"""Two crews in one module: one whose every task is text written in the code (a task's
context, a structured output class and an f-string of a local literal are no data), one whose
task carries a parameter. Each kickoff is judged by its own crew."""

from crewai import Agent, Crew, Task
from pydantic import BaseModel


class Outline(BaseModel):
    title: str
    points: list[str]


def written_crew() -> str:
    writer = Agent(role="Writer", goal="Write outlines", backstory="An editor.")
    topic = "open data in public services"
    research = Task(
        description=f"List three facts about {topic}.",
        expected_output="Three facts.",
        agent=writer,
        output_pydantic=Outline,
    )
    outline = Task(
        description="Turn the facts into an outline.",
        expected_output="An outline.",
        agent=writer,
        context=[research],
        output_file="outline.json",
    )
    crew = Crew(agents=[writer], tasks=[research, outline])
    return str(crew.kickoff())


def asked_crew(question: str) -> str:
    helper = Agent(role="Helper", goal="Answer", backstory="A helper.")
    answer = Task(description=question, expected_output="An answer.", agent=helper)
    return str(Crew(agents=[helper], tasks=[answer]).kickoff())
