"""Shapes met on public repositories (seventeenth session, sc17): an encrypted ``.env.gpg``,
CrewAI crews judged by their own tasks (made in another module too), marimo notebooks,
Chainlit chains made in a sibling module, FastAPI dependency aliases, models kept on a
module-level object, MCP sampling, Ruby and PHP SDK calls. Each test fails without its rule
(main deb50c0)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from ai_guard.scan import scan_paths
from test_scan_real_repos import CORPUS, _calls


def test_an_encrypted_env_file_is_noted_not_an_error(tmp_path: Path) -> None:
    """``gpg -c .env`` kept in the repository was "cannot be scanned: UnicodeDecodeError"
    (exit 2 on every run); an OpenPGP encrypted message is noted, the exit code unchanged.
    A file so named that is not encrypted is still read, and other binary bytes are still
    an error."""
    from ai_guard.scan import openpgp_encrypted

    encrypted = CORPUS / "encrypted_env" / ".env.gpg"
    assert openpgp_encrypted(encrypted.read_bytes())
    report = scan_paths([str(encrypted.parent)])
    assert report.errors == []
    assert report.notes == [(str(encrypted), "encrypted")]
    assert report.active == []
    plain = tmp_path / ".env.gpg"
    plain.write_text("OPENAI_API_KEY=sk-proj-" + "Q7vN2mXk8RtLp4WzYc9BhJd3" * 2 + "\n")
    assert [f.rule for f in scan_paths([str(plain)]).active] == ["AIG102"]
    other = tmp_path / ".env.bin"
    other.write_bytes(b"\xff\xfe\x00\xd8\x00\x00\x9c\x81" * 8)
    assert scan_paths([str(other)]).errors == [(str(other), "UnicodeDecodeError")]
    for text in (b"", b"\x8c", "Ánh=1\n".encode(), b"\x8c\x7f\x04"):
        assert not openpgp_encrypted(text)


def test_a_crew_is_judged_by_its_own_tasks() -> None:
    """A crew whose tasks are made by a method of another module from what the user typed
    was listed ``literal`` (fail-open: no ``Task(...)`` in the kickoff's module); a crew whose
    every task is text written in the code was AIG101 because another crew of the module, a
    task's ``context=`` or ``output_pydantic=`` or an f-string of a local literal was taken
    for data."""
    assert _calls("crew_project/main.py") == [(14, "crewai", "unchecked")]
    assert _calls("crew_project/two_crews.py") == [
        (31, "crewai", "literal"),
        (37, "crewai", "unchecked"),
    ]
    report = scan_paths([str(CORPUS / "crew_project" / "main.py")])
    [finding] = report.active
    assert "line 12" in finding.message_en
    assert "does not follow" in finding.message_en
    assert "dòng 12" in finding.message_vi


@given(st.binary(max_size=64))
def test_openpgp_sniffing_never_raises_and_needs_a_fitting_length(data: bytes) -> None:
    from ai_guard.scan import openpgp_encrypted

    found = openpgp_encrypted(data)
    assert isinstance(found, bool)
    if found:
        assert len(data) >= 3
        assert data[0] & 0x80


def test_a_marimo_notebook_is_read_cell_by_cell() -> None:
    """Each marimo cell is a function: its imports are inside it, its helpers are nested
    functions that use its model (a closure), its inputs are the names other cells return
    (``def _(llm, question)``), its model may be set in a ``try`` whose ``except`` sets it to
    None, and a dict piped into a chain runs the chain in it. None was a call on main
    (22 of one repository's calls missed); Google ADK's runner neither."""
    assert _calls("marimo_notebook.py") == [
        (38, "langchain", "unchecked"),
        (39, "langchain", "checked"),
        (47, "langchain", "unchecked"),
        (59, "google_adk", "unchecked"),
    ]


def test_a_closure_sees_what_its_function_bound_and_a_class_body_does_not(tmp_path: Path) -> None:
    """A nested function is read after its enclosing function's body (it runs when called,
    with the names bound by then); a method does not see its class body's names."""
    src = tmp_path / "closures.py"
    src.write_text(
        "from openai import OpenAI\n"
        "def outer(text):\n"
        "    def ask():\n"
        "        return client.responses.create(model='m', input=text)\n"
        "    client = OpenAI()\n"
        "    return ask()\n"
        "class Holder:\n"
        "    model = OpenAI()\n"
        "    def run(self, model):\n"
        "        return model.upper()\n"
    )
    report = scan_paths([str(src)])
    assert [(c.line, c.vendor, c.status) for c in report.calls] == [(4, "openai", "unchecked")]


def test_clients_handed_between_modules() -> None:
    """Each file scanned alone, as the commit hook is given it: a chain made by a function
    of a sibling module reached by ``import chain_factory`` and read back from the session
    through ``typing.cast``; a model given to a route by a dependency alias
    (``LLMDep = Annotated[ChatOpenAI, Depends(get_llm)]``) of another module; a model kept
    on an object of the module and set in a start-up function. None was a call on main."""
    assert _calls("module_handoffs/chat_app.py") == [(20, "langchain", "unchecked")]
    assert _calls("module_handoffs/routes.py") == [(13, "langchain", "unchecked")]
    assert _calls("module_handoffs/context_object.py") == [(19, "langchain", "unchecked")]


def test_an_mcp_tool_that_samples_the_clients_model_is_a_call() -> None:
    """``await ctx.sample(text)`` in a FastMCP tool sends the text to the model the MCP
    client runs; the context's other methods (``ctx.info``) send nothing."""
    assert _calls("module_handoffs/mcp_tools.py") == [(10, "mcp", "unchecked")]


def test_a_projects_own_package_named_like_an_sdk_is_not_the_sdk() -> None:
    """``from agents import Runner`` where ``agents/`` is the project's own package was
    listed as the OpenAI Agents SDK (an unchecked call, a false positive)."""
    assert _calls("module_handoffs/own_agents.py") == []


def test_ruby_and_php_sdk_calls_are_call_sites() -> None:
    """ruby-openai, the anthropic gem, RubyLLM, openai-php (its Laravel facade and a client)
    and a PHP request to Gemini were read for keys only (38 calls of a Laravel app of a
    public-administration assistant, 2 Ruby ones): each is a call now, ``literal`` when its
    arguments are all written in the code (a comment among them is no data), else AIG101."""
    assert _calls("ruby_clients.rb") == [
        (13, "openai", "unchecked"),
        (22, "openai", "literal"),
        (28, "anthropic", "unchecked"),
        (32, "ruby_llm", "literal"),
        (34, "ruby_llm", "unchecked"),
    ]
    assert _calls("openai_php.php") == [
        (11, "openai", "unchecked"),
        (20, "openai", "literal"),
        (27, "openai", "unchecked"),
        (34, "http", "unchecked"),
    ]


def test_a_ruby_literal_holding_personal_data_is_not_literal(tmp_path: Path) -> None:
    src = tmp_path / "cccd.rb"
    src.write_text(
        'client = OpenAI::Client.new\nclient.chat(parameters: { messages: [{ role: "user", '
        'content: "Ông Nguyễn Văn An, CCCD 001085012345, hỏi về thủ tục" }] })\n'
    )
    report = scan_paths([str(src)])
    assert [(c.line, c.status) for c in report.calls] == [(2, "unchecked")]
    assert [f.rule for f in report.active] == ["AIG101"]
