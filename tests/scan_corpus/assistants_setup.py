# expect: AIG101@16 AIG101@26 AIG101@34
"""The Assistants API as a Django task runner uses it: an assistant made with the caller's
instructions (its system prompt), a run given extra instructions that name the user, and the
outputs of the project's own functions handed back to the run (records the model then
reads). An assistant made with instructions written in the code is literal; listing and
retrieving send nothing."""

from openai import OpenAI

client = OpenAI()

TUTOR = "Bạn là gia sư toán, trả lời ngắn gọn."


def create_assistant(name: str, instructions: str) -> object:
    return client.beta.assistants.create(
        name=name, instructions=instructions, model="gpt-4o-mini", tools=[]
    )


def tutor() -> object:
    return client.beta.assistants.create(name="tutor", instructions=TUTOR, model="gpt-4o-mini")


def run_for(thread_id: str, assistant_id: str, first_name: str) -> object:
    return client.beta.threads.runs.create(
        thread_id=thread_id,
        assistant_id=assistant_id,
        additional_instructions=f"Người dùng tên {first_name}.",
    )


def submit(thread_id: str, run_id: str, outputs: list[dict[str, str]]) -> None:
    client.beta.threads.runs.submit_tool_outputs(
        thread_id=thread_id, run_id=run_id, tool_outputs=outputs
    )


def status(thread_id: str, run_id: str) -> object:
    client.beta.assistants.list(limit=100)
    return client.beta.threads.runs.retrieve(thread_id=thread_id, run_id=run_id)
