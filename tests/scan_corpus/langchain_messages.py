# expect: AIG101@16 AIG101@17 AIG105@17
"""LangChain's message classes are made of what they are given: messages written entirely in
the code are literal (AIG105 reads them), not unchecked prompts; a message given a parameter is
still AIG101, and one whose literal holds personal data is AIG105 and AIG101."""

from langchain.chat_models import ChatOpenAI
from langchain.schema import HumanMessage, SystemMessage

chat = ChatOpenAI()
chat([SystemMessage(content="Bạn là trợ lý hành chính."), HumanMessage(content="Thủ tục?")])
messages = [HumanMessage(content="Thủ tục cấp hộ chiếu gồm những bước nào?")]
chat(messages)


def ask(question: str) -> None:
    chat([SystemMessage(content="Bạn là trợ lý."), HumanMessage(content=question)])
    chat([HumanMessage(content="Ông Nguyễn Văn An, CCCD 001085012345, hỏi về hồ sơ")])
