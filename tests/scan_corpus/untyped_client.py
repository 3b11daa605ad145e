# expect: AIG101@18
"""A client handed to a class as ``client: Any`` in a module that imports no LLM SDK: its
``messages.count_tokens`` sends the system prompt and the history to Anthropic (to count
them), a path no other popular API has; ``messages.create`` on such a receiver could be
Twilio's and is left alone here."""

from typing import Any


class MessageHistory:
    def __init__(self, model: str, system: str, client: Any) -> None:
        self.model = model
        self.system = system
        self.client = client
        self.messages: list[dict[str, Any]] = []

    def tokens(self) -> int:
        counted = self.client.messages.count_tokens(
            model=self.model, system=self.system, messages=self.messages
        )
        return int(counted.input_tokens)

    def notify(self, to: str, body: str) -> None:
        self.client.messages.create(to=to, body=body)
