"""Uses the project's own ``agents`` package: no model is called."""

from agents import Runner


def shout(text: str) -> str:
    return Runner.run("echo", text)
