"""The project's own ``agents`` package (not the OpenAI Agents SDK): it calls no model."""


class Runner:
    @staticmethod
    def run(name: str, text: str) -> str:
        return f"{name}: {text.upper()}"
