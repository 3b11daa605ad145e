"""A crew whose tasks are made in another module from what the user typed: the kickoff
cannot be vouched for (it was listed `literal` before sc17)."""

from crewai import Agent, Crew

from tasks import ReportTasks


def run(region: str, period: str) -> str:
    clerk = Agent(role="Clerk", goal="Summarise requests", backstory="A careful clerk.")
    tasks = ReportTasks()
    summary = tasks.summary_task(clerk, region, period)
    crew = Crew(agents=[clerk], tasks=[summary])
    return str(crew.kickoff())


if __name__ == "__main__":
    print(run(input("Region: "), input("Period: ")))
