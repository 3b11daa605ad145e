"""Shapes met on real repositories (sc31: what sc28 left, and a new round of public
Vietnamese chatbots), each rebuilt here as a small fixture of our own. Each test of a rule
fails on main 8d7146bb; the negatives hold what must stay clean."""

from __future__ import annotations

from pathlib import Path

import pytest

from ai_guard.scan import scan_paths


def _tree(root: Path, files: dict[str, str]) -> None:
    (root / ".git").mkdir(exist_ok=True)
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _scan(path: Path) -> tuple[list[tuple[str, int]], list[str]]:
    report = scan_paths([str(path)])
    findings = sorted((f.rule, f.line) for f in report.active)
    calls = [f"{c.line}:{c.vendor}:{c.status}" for c in report.calls]
    return findings, calls


# --- a model handed on through the parameters of another module's functions ----------------

_HANDED_ON = {
    # one hop on: validate(llm) gives llm to extract(llm), whose chain runs it
    "one": (
        "def extract(llm, query):\n"
        "    chain = PROMPT | llm.with_structured_output(Info)\n"
        '    return chain.invoke({"query": query})\n\n'
        "def validate(llm, query):\n"
        "    return extract(llm, query)\n"
    ),
    # two hops on, renamed on the way, by keyword
    "two": (
        "def extract(model, query):\n"
        "    return model.invoke(query)\n\n"
        "def ask_more(m, query):\n"
        "    return extract(query=query, model=m)\n\n"
        "def validate(llm, query):\n"
        "    return ask_more(llm, query)\n"
    ),
    # bound by functools.partial for a tool to call later
    "partial": (
        "import functools\n\n"
        "def extract(llm, query):\n"
        "    return (PROMPT | llm | PARSER).invoke({'q': query})\n\n"
        "def validate(llm, query):\n"
        "    tool = functools.partial(extract, llm)\n"
        "    return tool(query)\n"
    ),
    # inside a lambda handed to a runnable
    "lambda": (
        "def extract(llm, query):\n"
        "    return llm.invoke(query)\n\n"
        "def validate(llm, query):\n"
        "    step = RunnableLambda(lambda x: extract(llm, x))\n"
        "    return step.invoke(query)\n"
    ),
}

_BOT = (
    "from langchain_openai import ChatOpenAI\n"
    "from services import validate\n\n"
    "llm = ChatOpenAI()\n\n"
    "def handle(q):\n"
    "    return validate(llm, q)\n"
)


@pytest.mark.parametrize("shape", sorted(_HANDED_ON))
def test_a_model_handed_on_through_a_parameter_of_a_parameter(shape: str, tmp_path: Path) -> None:
    """The travel chatbot's ``validate_query(llm, q)`` (another module) hands ``llm`` on to
    ``extract_travel_info_tool(llm, q)``, whose chain runs it: AIG101 where the model is
    handed, as for a function that runs it itself."""
    _tree(tmp_path, {"services.py": _HANDED_ON[shape], "bot.py": _BOT})
    findings, calls = _scan(tmp_path / "bot.py")
    assert calls == ["7:langchain:unchecked"]
    assert findings == [("AIG101", 7)]


@pytest.mark.parametrize(
    "services",
    [
        # handed on to a function that only reads it
        "def describe(llm):\n    return str(llm)\n\n"
        "def validate(llm, query):\n    return describe(llm) + query\n",
        # handed on, but what runs there is the query, not the model
        "def extract(llm, query):\n    return query.strip()\n\n"
        "def validate(llm, query):\n    return extract(query, llm)\n",
        # a function of the same name in another module is not this one's
        "from other import extract\n\ndef validate(llm, query):\n    return extract(llm, query)\n",
    ],
)
def test_a_model_handed_on_to_what_never_runs_it_is_no_call(services: str, tmp_path: Path) -> None:
    _tree(tmp_path, {"services.py": services, "bot.py": _BOT})
    findings, calls = _scan(tmp_path / "bot.py")
    assert calls == []
    assert findings == []


# --- an object holding a model or a chain, handed as a parameter ----------------------------

_CHATBOT = (
    "import functools\n"
    "from langchain_openai import ChatOpenAI\n"
    "from tools import {name}\n\n"
    "class Chatbot:\n"
    "    def __init__(self):\n"
    "        self.llm = ChatOpenAI()\n"
    "        self.query_chain = PROMPT | self.llm | PARSER\n"
    '        self.title = "Trợ lý du lịch"\n\n'
    "    def tools(self):\n"
    "        return [{hand}]\n"
)


@pytest.mark.parametrize(
    ("tools", "name", "hand"),
    [
        # the chain kept on the object, invoked through the parameter
        (
            "def questions(bot, q):\n    return bot.query_chain.invoke({'q': q})\n",
            "questions",
            "functools.partial(questions, self)",
        ),
        # the model kept on the object, piped into a chain there
        (
            "def answer(bot, q):\n    chain = PROMPT | bot.llm | PARSER\n"
            "    return chain.invoke(q)\n",
            "answer",
            "answer(self, 'xin chào')",
        ),
        # handed on once more inside that module (the travel chatbot's three functions)
        (
            "def questions(bot, q):\n    return bot.query_chain.invoke({'q': q})\n\n"
            "def respond(bot, q):\n    step = RunnableLambda(lambda x: questions(bot, x))\n"
            "    return step.invoke(q)\n\n"
            "def location(bot, q):\n    return respond(bot, q)\n",
            "location",
            "functools.partial(location, self)",
        ),
        # the model's attribute handed on alone: helper(bot.llm) runs it
        (
            "def helper(llm, q):\n    return llm.invoke(q)\n\n"
            "def answer(bot, q):\n    return helper(bot.llm, q)\n",
            "answer",
            "functools.partial(answer, self)",
        ),
    ],
)
def test_an_object_holding_a_chain_handed_as_a_parameter(
    tools: str, name: str, hand: str, tmp_path: Path
) -> None:
    """The travel chatbot keeps ``self.query_generation_chain`` and ``self.llm_gemini`` and
    hands ``self`` to a tool of another module (``partial(location_info_function, self)``),
    which reads ``chatbot.query_generation_chain.invoke(...)`` three functions down: AIG101
    where the object is handed."""
    _tree(
        tmp_path,
        {"tools.py": tools, "bot.py": _CHATBOT.format(name=name, hand=hand)},
    )
    findings, calls = _scan(tmp_path / "bot.py")
    assert calls == ["12:langchain:unchecked"]
    assert findings == [("AIG101", 12)]


@pytest.mark.parametrize(
    ("tools", "name", "hand"),
    [
        # only a plain attribute of the object is used
        (
            "def greet(bot, q):\n    return bot.title.upper() + q\n",
            "greet",
            "functools.partial(greet, self)",
        ),
        # the object is handed, nothing is called on what it holds
        (
            "def log(bot, q):\n    print(bot, q)\n",
            "log",
            "log(self, 'x')",
        ),
    ],
)
def test_an_object_whose_held_model_is_not_run_there_is_no_call(
    tools: str, name: str, hand: str, tmp_path: Path
) -> None:
    _tree(
        tmp_path,
        {"tools.py": tools, "bot.py": _CHATBOT.format(name=name, hand=hand)},
    )
    findings, calls = _scan(tmp_path / "bot.py")
    assert calls == []
    assert findings == []


def test_an_object_holding_no_model_is_not_followed(tmp_path: Path) -> None:
    """``self`` of a class that keeps no client, handed to a function that calls ``invoke``
    on one of its attributes: nothing the scanner knows is sent."""
    bot = (
        "from tools import questions\n\n"
        "class Form:\n"
        "    def __init__(self):\n"
        "        self.query_chain = make_validator()\n\n"
        "    def run(self):\n"
        "        return questions(self, 'x')\n"
    )
    tools = "def questions(bot, q):\n    return bot.query_chain.invoke({'q': q})\n"
    _tree(tmp_path, {"tools.py": tools, "bot.py": bot})
    assert _scan(tmp_path / "bot.py") == ([], [])


# --- LlamaIndex's LlamaParse reader --------------------------------------------------------


@pytest.mark.parametrize(
    "imported",
    [
        "from llama_index.readers.llama_parse import LlamaParseReader",
        "from llama_index.readers.llama_parse.base import LlamaParseReader",
    ],
)
def test_llamaparse_reader_uploads_the_file(imported: str, tmp_path: Path) -> None:
    """A multi-tenant Vietnamese RAG falls back from ``LlamaParse`` to LlamaIndex's
    ``LlamaParseReader``: the same upload to LlamaCloud, a call like the other."""
    code = (
        f"{imported}\n\n"
        "def load(path):\n"
        '    reader = LlamaParseReader(result_type="markdown", language="vi")\n'
        "    return reader.load_data(path)\n"
    )
    _tree(tmp_path, {"ingest.py": code})
    findings, calls = _scan(tmp_path / "ingest.py")
    assert calls == ["5:llamaparse:unchecked"]
    assert ("AIG101", 5) in findings or ("AIG106", 5) in findings


def test_a_local_pdf_reader_is_no_upload(tmp_path: Path) -> None:
    code = (
        "from llama_index.readers.file import PDFReader\n\n"
        "def load(path):\n"
        "    return PDFReader().load_data(path)\n"
    )
    _tree(tmp_path, {"ingest.py": code})
    assert _scan(tmp_path / "ingest.py") == ([], [])


# --- a chat made by another module's function from the model handed to it -------------------

_LOGIC = {
    # kept in the session store on the way, as Streamlit apps do
    "session": (
        "import streamlit as st\n\n"
        "def start_session(model):\n"
        "    if st.session_state.get('chat') is None:\n"
        "        st.session_state.chat = model.start_chat(history=[])\n"
        "    return st.session_state.chat\n\n"
        "def reply(chat_session, prompt):\n"
        "    return chat_session.send_message(prompt, stream=True)\n"
    ),
    # returned at once
    "direct": (
        "def start_session(model):\n"
        "    return model.start_chat(history=[])\n\n"
        "def reply(chat_session, prompt):\n"
        "    return chat_session.send_message(prompt)\n"
    ),
    # through a local name
    "local": (
        "def start_session(model):\n"
        "    chat = model.start_chat()\n"
        "    return chat\n\n"
        "def reply(chat_session, prompt):\n"
        "    return chat_session.send_message(prompt)\n"
    ),
}

_APP = (
    "import streamlit as st\n"
    "import google.generativeai as genai\n"
    "from logic import start_session, reply\n\n"
    "model = genai.GenerativeModel('gemini-1.5-flash')\n"
    "chat = start_session(model)\n"
    "if prompt := st.chat_input('Hỏi'):\n"
    "    st.write(reply(chat, prompt))\n"
)


@pytest.mark.parametrize("shape", sorted(_LOGIC))
def test_a_chat_made_in_another_module_from_the_model_handed_there(
    shape: str, tmp_path: Path
) -> None:
    """A Streamlit Gemini chatbot (three hops): the model made here, handed to another
    module's ``initialize_chat_session(model)`` that returns ``model.start_chat(...)`` kept in
    ``st.session_state``, and the chat handed to that module's ``generate_response_stream(
    chat, prompt)`` that calls ``send_message``: AIG101 where the chat is handed."""
    _tree(tmp_path, {"logic.py": _LOGIC[shape], "app.py": _APP})
    findings, calls = _scan(tmp_path / "app.py")
    assert calls == ["8:google_genai:unchecked"]
    assert findings == [("AIG101", 8)]


@pytest.mark.parametrize(
    "logic",
    [
        # what the function returns is no client (a name read from the model)
        "def start_session(model):\n    return model.model_name.upper()\n\n"
        "def reply(chat_session, prompt):\n    return chat_session.send_message(prompt)\n",
        # it makes the chat and returns something else
        "def start_session(model):\n    chat = model.start_chat()\n    return 'ok'\n\n"
        "def reply(chat_session, prompt):\n    return chat_session.send_message(prompt)\n",
    ],
)
def test_what_another_module_returns_that_is_no_chat_is_none(logic: str, tmp_path: Path) -> None:
    _tree(tmp_path, {"logic.py": logic, "app.py": _APP})
    findings, calls = _scan(tmp_path / "app.py")
    assert calls == []
    assert findings == []
