"""Shapes met on public repositories (sixteenth session, sc16): Python 3.12 f-strings read on
an older Python, agent frameworks, Instructor's vendors, a chain's parts, chats kept in a
dict. Each test fails without its rule (main 890be9b)."""

from __future__ import annotations

import ast
import sys

from hypothesis import given
from hypothesis import strategies as st

from ai_guard.scan import CallSite, scan_paths, scan_source
from ai_guard.scan.python import parse_readable
from ai_guard.scan.python.fstrings import requote
from test_scan_real_repos import CORPUS, _calls


def test_a_python_312_f_string_is_read_and_its_call_found() -> None:
    """``f"{len(record["body"])}"`` is Python 3.12's (PEP 701): on an older Python the file
    was "cannot be scanned" (exit 2) and its call unread; now read, columns kept."""
    assert _calls("fstrings_312.py") == [(11, "openai", "unchecked")]
    report = scan_paths([str(CORPUS / "fstrings_312.py")])
    assert not report.errors
    assert [(f.rule, f.line, f.column) for f in report.active] == [("AIG101", 11, 13)]


def test_requote_gives_the_same_tree_as_python_312_and_gives_up_where_it_cannot() -> None:
    src = 'x = f"{d["a"]}-{d[\'b\']!r:>{w}}"\ny = f"""{e["k"]}\n"""\n'
    again = requote(src)
    assert again is not None
    assert len(again) == len(src)
    expected = 'x = f"{d[\'a\']}-{d[\'b\']!r:>{w}}"\ny = f"""{e[\'k\']}\n"""\n'
    assert again == expected
    if sys.version_info >= (3, 12):
        assert ast.dump(ast.parse(src)) == ast.dump(ast.parse(again))
    # an inner string that holds the other quote, or three levels deep: not rewritten
    for hard in ('f"{d["it\'s"]}"\n', 'f"{f"{d["a"]}"}"\n'):
        assert requote(hard) is None
    # a real syntax error near an f-string is still one
    for bad in ('f"{d["a"]"\n', 'print(f"{x["a"]}"\n'):
        try:
            parse_readable(bad, "m.py")
        except SyntaxError:
            continue
        raise AssertionError(f"read through: {bad!r}")


@given(st.text(alphabet="fx{}[]()'\"\\!:=# \n", max_size=40))
def test_requote_only_swaps_quotes_and_keeps_columns(src: str) -> None:
    again = requote(src)
    if again is None:
        return
    assert len(again) == len(src)
    for a, b in zip(src, again, strict=True):
        assert a == b or {a, b} == {"'", '"'}


def test_agent_frameworks_runs_are_calls() -> None:
    """PydanticAI, AutoGen, the OpenAI Agents SDK, smolagents, CrewAI, LiteLLM's batch and
    AI21: every run is a call site; a prompt written in the code is literal; an agent on a
    local test model (PydanticAI's ``TestModel``, ``"test"``) calls nothing."""
    assert _calls("agent_frameworks.py") == [
        (22, "pydantic_ai", "unchecked"),
        (23, "pydantic_ai", "literal"),
        (26, "autogen", "unchecked"),
        (27, "autogen", "literal"),
        (28, "openai_agents", "unchecked"),
        (29, "openai_agents", "literal"),
        (30, "smolagents", "unchecked"),
        (31, "smolagents", "unchecked"),
        (32, "litellm", "unchecked"),
        (33, "ai21", "unchecked"),
        (41, "crewai", "unchecked"),
    ]


def test_a_crew_is_literal_only_when_every_task_and_agent_is_written_in_the_code() -> None:
    """A crew's kickoff sends its tasks' and agents' text: all written in the code (inputs
    too) -> literal; a task made from a parameter -> AIG101 whose message names the line of
    the text the scanner cannot vouch for."""
    head = "from crewai import Agent, Crew, Task\n"
    written = (
        head
        + 'w = Agent(role="Writer", goal="Viết", backstory="Cán bộ.")\n'
        + 't = Task(description="Viết về {topic}", expected_output="Bài", agent=w)\n'
        + 'Crew(agents=[w], tasks=[t]).kickoff(inputs={"topic": "lịch tiếp dân"})\n'
    )
    calls: list[CallSite] = []
    assert scan_source("crew.py", written, calls=calls) == []
    assert [(c.line, c.status) for c in calls] == [(4, "literal")]
    report = scan_paths([str(CORPUS / "agent_frameworks.py")])
    crew = [f for f in report.active if f.line == 41]
    assert crew
    assert "line 40" in crew[0].message_en
    assert "dòng 40" in crew[0].message_vi


def test_instructor_clients_are_listed_under_the_vendor_they_wrap() -> None:
    """sc15 left Instructor listed as ``openai-compatible``: the provider named in
    ``from_provider("anthropic/...")``, the client given to ``patch``/``from_anthropic``;
    ``instructor`` when the code does not say (never another vendor's name)."""
    assert _calls("instructor_vendors.py") == [
        (14, "anthropic", "unchecked"),
        (15, "openai", "unchecked"),
        (18, "anthropic", "unchecked"),
        (19, "instructor", "unchecked"),
    ]


def test_a_chain_s_parts_and_the_graph_transformer_are_calls() -> None:
    """``chain.cypher_generation_chain.invoke(...)`` and ``chain.qa_chain.invoke(...)`` send
    to the chain's model; ``chain.graph.query(...)`` (Neo4j) does not;
    ``LLMGraphTransformer(llm=llm).convert_to_graph_documents(docs)`` sends each document."""
    assert _calls("chain_parts.py") == [
        (14, "langchain", "unchecked"),
        (15, "langchain", "literal"),
        (17, "langchain", "unchecked"),
    ]


def test_chats_kept_in_a_module_dict_are_chats() -> None:
    """``sessions[user_id] = model.start_chat()`` in a function given ``model:
    genai.GenerativeModel``, read back by subscript, ``.get()`` or the function that returns
    it: ``send_message`` is a call (a Vietnamese FastAPI chat's only call was missed)."""
    assert _calls("chat_sessions_dict.py") == [
        (25, "google_genai", "literal"),
        (26, "google_genai", "unchecked"),
        (27, "google_genai", "unchecked"),
    ]


def test_powershell_requests_to_an_llm_api_are_calls() -> None:
    """``Invoke-RestMethod``/``Invoke-WebRequest``/``irm`` that send a body to an LLM
    endpoint (written in the command, in a variable or parameter default, or in a splatted
    table): a call; a body written in the script is literal; a GET of the model list is
    none. PowerShell was read for keys and e-mails only."""
    assert _calls("powershell_requests.ps1") == [
        (16, "http", "unchecked"),
        (22, "http", "literal"),
        (33, "http", "unchecked"),
    ]
    written = (
        "$u = 'https://api.openai.com/v1/chat/completions'\n"
        'irm -Uri $u -Method Post -Body \'{"messages": [{"content": "CCCD 001203004567"}]}\'\n'
    )
    calls: list[CallSite] = []
    found = scan_source("cccd.ps1", written, calls=calls)
    assert [(f.rule, f.line) for f in found] == [("AIG101", 2)]
    assert [c.status for c in calls] == ["unchecked"]


@given(st.text(alphabet="$@{}`'\"=- \nirmBodyUPOST:/.", max_size=80))
def test_a_powershell_request_never_escapes_as_literal_with_a_spliced_value(noise: str) -> None:
    """Whatever surrounds it, a request whose body splices a variable is never listed
    literal, and the reader never fails."""
    src = noise + "\nirm -Uri 'https://api.openai.com/v1/responses' -Method Post -Body \"$x\"\n"
    calls: list[CallSite] = []
    scan_source("n.ps1", src, calls=calls)
    assert all(c.status != "literal" for c in calls)
