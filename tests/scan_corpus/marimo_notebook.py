# expect: AIG101@38 AIG101@47 AIG101@59
"""A marimo notebook (own code, sc17's shapes): each cell a function, its imports inside it,
its helpers nested functions that use the cell's model, its inputs the names other cells
return."""

import marimo

__generated_with = "0.18.4"
app = marimo.App()


@app.cell
def _():
    import marimo as mo
    from langchain_core.output_parsers import StrOutputParser
    from langchain_core.prompts import ChatPromptTemplate
    from langchain_openai import ChatOpenAI

    try:
        llm = ChatOpenAI(model="gpt-4o-mini")
    except Exception:
        llm = None
    return ChatPromptTemplate, StrOutputParser, llm, mo


@app.cell
def _(ChatPromptTemplate, StrOutputParser, llm, mo):
    question = mo.ui.text_area(label="Câu hỏi")
    prompt = ChatPromptTemplate.from_messages([("user", "{question}")])
    router = prompt | llm | StrOutputParser()
    pipeline = {"answer": router, "question": lambda x: x["question"]} | (lambda x: x["answer"])
    return pipeline, question


@app.cell
def _(llm, question):
    def ask_twice():
        first = llm.invoke(question.value)
        return llm.invoke(f"Kiểm tra lại: {first.content}")

    ask_twice()
    return


@app.cell
def _(pipeline, question):
    pipeline.invoke({"question": question.value})
    return


@app.cell
def _():
    from google.adk.agents import LlmAgent
    from google.adk.runners import InMemoryRunner
    from google.genai import types

    def run_agent(text: str) -> None:
        runner = InMemoryRunner(LlmAgent(name="helper", model="gemini-2.0-flash"))
        for _event in runner.run(
            user_id="u", session_id="s", new_message=types.Content(parts=[types.Part(text=text)])
        ):
            pass
    return (run_agent,)


if __name__ == "__main__":
    app.run()
