"""Shapes met on public repositories (eighteenth session, sc18): a LangGraph node whose agent
``functools.partial`` binds, CrewAI's ``@CrewBase`` classes, a bilingual prompt's language
labels. Each test fails without its rule (main 25359ac5)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import check_prompt
from ai_guard.scan import CallSite, scan_paths, scan_source
from test_scan import expected
from test_scan_real_repos import CORPUS, _calls

CREWS = CORPUS / "crewbase_project"


def test_a_graph_node_given_its_agent_by_partial_is_followed() -> None:
    """``functools.partial(worker, agent=agent)`` made in a builder function written after
    the node function (sc17's one miss: no call was listed); the agent from a factory whose
    model is a parameter annotated ``ChatOpenAI``. A partial that binds a string binds no
    client, and each call is listed once though the node function is read again."""
    assert _calls("graph_partial_nodes.py") == [
        (21, "langchain", "unchecked"),
        (26, "langchain", "unchecked"),
    ]


def test_a_partial_at_the_top_level_and_a_direct_call_hand_the_same_client(tmp_path: Path) -> None:
    src = tmp_path / "nodes.py"
    src.write_text(
        "from functools import partial\nfrom openai import OpenAI\n\n"
        "def node(state, client):\n"
        "    return client.chat.completions.create(model='m', messages=state['m'])\n\n"
        "bound = partial(node, client=OpenAI())\n",
        encoding="utf-8",
    )
    report = scan_paths([str(src)])
    assert [(c.line, c.vendor, c.status) for c in report.calls] == [(5, "openai", "unchecked")]


def test_a_crewbase_crew_of_another_module_is_a_call_it_cannot_vouch_for() -> None:
    """``Reporting().crew().kickoff(...)`` was no call at all (a crew made by a
    ``@CrewBase`` class's methods): it is listed, and refused (its tasks read YAML the
    scanner does not follow), also when main.py is given alone."""
    main = CREWS / "main.py"
    for report in (scan_paths([str(CREWS)]), scan_paths([str(main)])):
        got = {(Path(f.path).name, f.rule, f.line) for f in report.active}
        assert {(r, n) for name, r, n in got if name == "main.py"} == expected(main)
        kicks = [(c.line, c.vendor, c.status) for c in report.calls if c.path.endswith("main.py")]
        assert kicks == [(10, "crewai", "unchecked"), (15, "crewai", "unchecked")]
    [first] = [f for f in scan_paths([str(main)]).active if f.line == 10]
    assert "does not follow" in first.message_en


def test_a_crewbase_crew_is_judged_by_its_own_class() -> None:
    """In one module, each ``@CrewBase`` crew is judged by the agents and tasks its class's
    methods make: written text is literal, configuration text (YAML) is refused."""
    one = CREWS / "one_module.py"
    assert _calls("crewbase_project/one_module.py") == [
        (27, "crewai", "literal"),
        (44, "crewai", "unchecked"),
    ]
    report = scan_paths([str(one)])
    assert {(f.rule, f.line) for f in report.active} == expected(one)
    assert "line 36" in report.active[0].message_en
    assert expected(CREWS / "crew.py") == "none"
    assert scan_paths([str(CREWS / "crew.py")]).active == []


_BILINGUAL = (
    "import google.generativeai as genai\n\n"
    'SYSTEM_PROMPT = """Bạn là trợ lý song ngữ của Sở. Trả lời theo mẫu:\n'
    "{first}: <câu trả lời tiếng Việt>\n"
    "{second}: <the English answer>\n"
    '"""\n'
    'model = genai.GenerativeModel("gemini-2.0-flash", system_instruction=SYSTEM_PROMPT)\n'
)


def test_a_bilingual_prompts_language_labels_are_no_speakers() -> None:
    """``VI: <câu trả lời>`` / ``EN: ...`` in a system prompt read ``VI`` (Vi, a given name)
    as a chat's speaker: AIG105 on two public repositories. Where another line's label is a
    language code that is no name, the codes label languages."""
    for first, second in (("VI", "EN"), ("Vi", "En"), ("VI", "JP"), ("EN", "VI")):
        src = _BILINGUAL.format(first=first, second=second)
        assert scan_source("prompt.py", src) == [], (first, second)


@settings(deadline=None)  # a property of what is found, not of how fast (a loaded machine)
@given(
    st.permutations(["VI", "EN", "FR", "ZH", "JA"]).map(lambda c: c[:2]),
    st.sampled_from(["Xin chào anh chị", "Hồ sơ đã được tiếp nhận", "Cảm ơn"]),
)
def test_language_labels_are_never_a_name(codes: list[str], text: str) -> None:
    lines = "\n".join(f"{code}: {text}" for code in codes)
    assert check_prompt(lines).findings == []


def test_a_chats_speakers_named_like_a_language_still_speak() -> None:
    """Precision kept: "VI" among speakers who are people, and two names with no language
    code that is not a name, are still names."""
    for chat, names in (
        ("VI: em gửi hồ sơ rồi\nHÙNG: ok em", {"VI", "HÙNG"}),
        ("Vi: em gửi hồ sơ rồi\nAn: ok em", {"Vi", "An"}),
        ("VI: chào\nEN: hi\nLan: em gửi rồi\nHùng: dạ", {"Lan", "Hùng"}),
    ):
        found = {chat[f.start : f.end] for f in check_prompt(chat).findings}
        assert found == names, chat


def test_speech_to_text_and_embedding_searches_are_calls() -> None:
    """Decided in sc18: what a speech-to-text vendor is sent (a citizen's call) and what an
    embedding API embeds (each document a store is filled with, each question it is asked)
    leave the agency as a prompt does: calls. A store over a local embedding model sends
    nothing; an MCP tool call goes to a tool server, not to a model."""
    assert _calls("speech_and_retrievers.py") == [
        (24, "deepgram", "unchecked"),
        (25, "deepgram", "unchecked"),
        (26, "assemblyai", "unchecked"),
        (28, "speechmatics", "upload"),
        (29, "http", "upload"),
        (33, "langchain", "unchecked"),
        (34, "langchain", "unchecked"),
        (36, "langchain", "unchecked"),
    ]


def test_a_backslash_in_a_312_f_strings_field_is_read_not_an_error() -> None:
    """``f"- {s.replace(' + ', '\\n- ')}"`` is Python 3.12 (PEP 701) and was exit 2 ("cannot
    include a backslash") on a 3.11 scanner: a script of an agent's toolkit in a public n8n
    repository. Read now, columns kept; a backslash outside a field is left as it is."""
    from ai_guard.scan.python.fstrings import requote

    src = (
        "from openai import OpenAI\n\nclient = OpenAI()\n\n\ndef ask(items: str) -> str:\n"
        "    text = f\"- {items.replace(' + ', '\\n- ')} {'\\''}\"\n"
        "    return client.responses.create(model='m', input=text).output_text\n"
    )
    again = requote(src)
    assert again is not None
    assert len(again) == len(src)
    assert again.count("\\") == 0
    calls: list[CallSite] = []
    assert [f.rule for f in scan_source("agent.py", src, calls=calls)] == ["AIG101"]
    assert [(c.line, c.status) for c in calls] == [(8, "unchecked")]
    assert requote("x = 'a\\nb'\n") is None


N8N = CORPUS / "n8n"


def test_an_n8n_workflows_model_nodes_are_calls() -> None:
    """An n8n workflow export (``.json``, or ``.n8n`` as a public repository kept one) runs
    its model nodes on every trigger: a Gemini node whose message is an n8n expression of
    what a webhook received is unchecked; an OpenAI node whose text is written in the workflow
    is literal; a webhook and a code node are no calls. The ``.n8n`` file was not read."""
    for name in ("hotline_summary.json", "hotline_summary.n8n"):
        report = scan_paths([str(N8N / name)])
        assert [(c.line, c.vendor, c.status) for c in report.calls] == [
            (21, "google", "unchecked"),
            (31, "openai", "literal"),
        ]
        assert [(f.rule, f.line) for f in report.active] == [("AIG101", 21)]
    assert len(scan_paths([str(N8N)]).calls) == 4


def test_json_that_is_no_n8n_workflow_is_read_as_before(tmp_path: Path) -> None:
    other = tmp_path / "flow.json"
    other.write_text(
        '{"nodes": [{"type": "chat-model", "provider": "openai"}], "connections": {}}',
        encoding="utf-8",
    )
    assert scan_paths([str(other)]).calls == []
    broken = tmp_path / "broken.n8n"
    broken.write_text('{"connections": ', encoding="utf-8")
    assert scan_paths([str(broken)]).errors == []


def test_documents_a_search_found_are_data_not_a_models_answer(tmp_path: Path) -> None:
    """A retriever's or store's search is a call (the question goes to the embedding API),
    and what it returns is the documents found: fed into a chain they are unchecked data, not
    an answer of a model passed on (a public tutorial's chain was listed `checked`)."""
    src = tmp_path / "rag.py"
    src.write_text(
        "from langchain_community.vectorstores import Chroma\n"
        "from langchain_openai import ChatOpenAI, OpenAIEmbeddings\n\n"
        "store = Chroma.from_documents(splits, OpenAIEmbeddings())\n"
        "retriever = store.as_retriever()\n"
        "docs = retriever.get_relevant_documents('Thủ tục cấp hộ chiếu?')\n"
        "found = store.similarity_search('Thủ tục cấp hộ chiếu?')\n"
        "chain = prompt | ChatOpenAI()\n"
        "chain.invoke({'context': docs, 'question': 'Thủ tục cấp hộ chiếu?'})\n"
        "chain.invoke({'context': found, 'question': 'Thủ tục cấp hộ chiếu?'})\n",
        encoding="utf-8",
    )
    report = scan_paths([str(src)])
    assert [(c.line, c.vendor, c.status) for c in report.calls] == [
        (4, "langchain", "unchecked"),
        (6, "langchain", "literal"),
        (7, "langchain", "literal"),
        (9, "langchain", "unchecked"),
        (10, "langchain", "unchecked"),
    ]
