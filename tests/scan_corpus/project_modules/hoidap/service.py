# expect: AIG101@18 AIG101@19 AIG101@24
"""Models made in another module of the project, imported by absolute path."""

from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate

from hoidap.models import make_answer_chain, make_model

PROMPT = ChatPromptTemplate.from_template("Trả lời câu hỏi: {question}")


class Assistant:
    def __init__(self) -> None:
        self.model = make_model()
        self.chain = PROMPT | self.model | StrOutputParser()

    def ask(self, question: str) -> str:
        self.chain.invoke({"question": question})
        return str(self.model.invoke(question))


def ask_once(question: str) -> object:
    chain = make_answer_chain(PROMPT)
    return chain.invoke({"question": question})
