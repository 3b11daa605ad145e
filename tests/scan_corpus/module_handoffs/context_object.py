"""A model kept on an object of the module, set when the app starts."""

from langchain_ollama.llms import OllamaLLM


class AppContext:
    model: object = None


app_context = AppContext()


def lifespan() -> None:
    app_context.model = OllamaLLM(model="llama3.2")


def answer(question: str) -> str:
    model = app_context.model
    return str(model.invoke(question))
