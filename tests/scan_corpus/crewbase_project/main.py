# expect: AIG101@10 AIG101@15
"""The kickoff of a ``@CrewBase`` crew made in another module (it was no call at all before
sc18): its agents and tasks are made by methods the scanner does not follow, so even inputs
written in the code cannot be vouched for; a citizen's question spliced in is unchecked."""

from crew import Reporting


def run() -> None:
    Reporting().crew().kickoff(inputs={"topic": "Chuyển đổi số"})


def answer(question: str) -> None:
    crew = Reporting().crew()
    crew.kickoff(inputs={"topic": question})
