"""Tasks made by methods of a class (own code, sc17's shape of a CrewAI project)."""

from crewai import Task


class ReportTasks:
    def summary_task(self, agent, region, period):
        return Task(
            description=f"Summarise the requests received in {region} during {period}.",
            expected_output="A short summary.",
            agent=agent,
        )
