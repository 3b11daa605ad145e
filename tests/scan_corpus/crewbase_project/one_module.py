# expect: AIG101@44
"""``@CrewBase`` classes and their kickoffs in one module, each crew judged by the agents
and tasks its own class's methods make: text written in the code makes a literal kickoff;
text read from a configuration (the YAML files, with the inputs spliced in) cannot be
vouched for."""

from crewai import Agent, Crew, Task
from crewai.project import CrewBase, agent, crew, task


@CrewBase
class Written:
    @agent
    def writer(self) -> Agent:
        return Agent(role="Biên tập viên", goal="Viết tóm tắt", backstory="Cán bộ văn phòng")

    @task
    def summary(self) -> Task:
        return Task(description="Tóm tắt chủ đề {topic}", expected_output="Ba câu")

    @crew
    def crew(self) -> Crew:
        return Crew(agents=self.agents, tasks=self.tasks)


def run() -> None:
    Written().crew().kickoff(inputs={"topic": "chuyển đổi số"})


@CrewBase
class Configured:
    tasks_config = "config/tasks.yaml"

    @task
    def review(self) -> Task:
        return Task(config=self.tasks_config["review"])

    @crew
    def crew(self) -> Crew:
        return Crew(agents=self.agents, tasks=self.tasks)


def review() -> None:
    Configured().crew().kickoff(inputs={"topic": "chuyển đổi số"})
