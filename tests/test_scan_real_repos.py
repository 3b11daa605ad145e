"""Shapes met on public repositories (fourteenth session): what Python refuses but hides no
code, and calls the scanner did not follow. Each test fails without its rule."""

from __future__ import annotations

import ast
import contextlib
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard.scan import CallSite, scan_paths, scan_source
from ai_guard.scan.python import parse_readable


def _notebook(*cells: str) -> str:
    return json.dumps(
        {"cells": [{"cell_type": "code", "source": c, "metadata": {}} for c in cells]}
    )


def test_a_notebook_cell_with_a_placeholder_is_read_not_reported_unreadable() -> None:
    calls: list[CallSite] = []
    text = _notebook(
        "import os\nos.environ['OPENAI_API_KEY'] = <your-api-key>\n",
        "from langchain_openai import ChatOpenAI\nllm = ChatOpenAI()\n",
        "def ask(q):\n    return llm.invoke(q)\n",
    )
    findings = scan_source("nb.ipynb", text, calls=calls)
    assert [(f.rule, f.line) for f in findings] == [("AIG101", 2)]
    assert [(c.cell, c.line, c.status) for c in calls] == [(3, 2, "unchecked")]


def test_an_indented_module_keeps_its_columns() -> None:
    src = "    from openai import OpenAI\n    c = OpenAI()\n    r = c.embeddings.create(input=x)\n"
    calls: list[CallSite] = []
    scan_source("m.py", src, calls=calls)
    assert [(c.line, c.column) for c in calls] == [(3, 9)]


def test_a_real_syntax_error_is_still_an_error() -> None:
    for src in ("def f(:\n    pass\n", "x = <not a placeholder\n", "    a = 1\n  b = 2\n"):
        try:
            parse_readable(src, "m.py")
        except SyntaxError:
            continue
        raise AssertionError(f"read through: {src!r}")


@given(st.text(alphabet=" \t\n<>=(),:#abc'\"", max_size=60))
def test_readable_text_is_never_changed_and_nothing_else_escapes(src: str) -> None:
    try:
        ast.parse(src)
    except (SyntaxError, ValueError):
        with contextlib.suppress(SyntaxError, ValueError):
            parse_readable(src, "m.py")
        return
    tree, text, shift = parse_readable(src, "m.py")
    assert (text, shift) == (src, 0)
    assert ast.dump(tree) == ast.dump(ast.parse(src))


TS_PROJECT = Path(__file__).parent / "scan_corpus" / "ts_project"


def test_a_typescript_base_url_imported_from_another_module_is_followed() -> None:
    """A route's request to a name built from a base URL another module of the project
    exports (``@/app/constant``, ``../app/constant``) is a call, when the folder is scanned
    and when the pre-commit hook is given the route alone."""
    route = TS_PROJECT / "app" / "api" / "anthropic" / "route.ts"
    for report in (scan_paths([str(TS_PROJECT)]), scan_paths([str(route)])):
        got = {(Path(f.path).name, f.rule, f.line) for f in report.active}
        assert ("route.ts", "AIG101", 22) in got
        assert ("route.ts", "AIG101", 21) not in got  # a POST to the repository's page
    whole = scan_paths([str(TS_PROJECT)])
    assert {(Path(f.path).name, f.line) for f in whole.active} == {
        ("route.ts", 22),
        ("openai.ts", 6),
    }


# -- fifteenth session (sc15): twenty more public repositories ---------------------------------

CORPUS = Path(__file__).parent / "scan_corpus"


def _calls(name: str) -> list[tuple[int, str, str]]:
    calls: list[CallSite] = []
    path = CORPUS / name
    scan_source(str(path), path.read_text(encoding="utf-8"), calls=calls)
    return [(c.line, c.vendor, c.status) for c in calls]


def test_a_body_serialised_from_literals_is_literal_and_the_endpoint_is_no_prompt() -> None:
    """``body=json.dumps({...})`` of literals and constants is a prompt written in the code,
    as the same dict given as ``json=`` is; the constant naming the endpoint is neither a
    checked value nor a prompt; a body that carries a parameter is still unchecked."""
    assert _calls("serialized_bodies.py") == [
        (25, "bedrock", "literal"),
        (30, "http", "literal"),
        (34, "http", "unchecked"),
        (43, "bedrock", "unchecked"),
        (47, "http", "unchecked"),
    ]


def test_a_curl_body_written_in_the_script_is_literal() -> None:
    """``-d '{...}'`` over several lines, ``--json "..."`` with no variable, a command after
    ``;`` and before ``|``: literal; a body that splices ``$1`` or ``$QUESTION`` in is not,
    nor is a written body that holds a CCCD (curl_payload.sh keeps its AIG101)."""
    assert _calls("curl_written_body.sh") == [
        (6, "http", "literal"),
        (13, "http", "literal"),
        (15, "http", "unchecked"),
        (17, "http", "literal"),
        (19, "http", "unchecked"),
    ]
    assert _calls("curl_payload.sh") == [(3, "http", "unchecked")]


@settings(deadline=None)  # the first example loads the detectors (prompt_finding)
@given(
    st.text(alphabet="abc {}:,\n", max_size=40), st.text(alphabet=" -d'\"$\\;|&\nab", max_size=40)
)
def test_a_spliced_variable_is_never_a_written_body(safe: str, noise: str) -> None:
    """``$X`` inside double quotes or bare is expanded by the shell: never vouched for,
    whatever comes after; inside single quotes it is text. Reading a command never fails and
    ends inside the text."""
    from ai_guard.scan.script import _curl_literal, _shell_words

    bare = safe.replace(" ", "").replace("\n", "")  # one word
    for body, written in ((f'"{safe}$X"', False), (f"{bare}$X", False), (f"'{safe}$X'", True)):
        source = f"curl https://api.openai.com/v1/chat/completions -d {body}\n{noise}"
        words, end = _shell_words(source, 0)
        assert 0 <= end <= len(source)
        if not written:
            assert not _curl_literal(words)
        elif "\n" not in safe:
            assert _curl_literal(words)
    words, end = _shell_words(noise, 0)
    assert 0 <= end <= len(noise)


def test_bedrock_clients_named_by_keyword_or_session_and_async_jobs_are_calls() -> None:
    """``boto3.client(service_name="bedrock-runtime")`` and a session's client send; so does
    ``start_async_invoke`` (its ``modelInput``); an S3 client does not."""
    assert _calls("bedrock_clients.py") == [
        (21, "bedrock", "unchecked"),
        (26, "bedrock", "unchecked"),
        (31, "bedrock", "unchecked"),
    ]


def test_a_chain_served_by_langserve_is_an_unchecked_call_that_says_why() -> None:
    """``add_routes(app, chain)`` serves the chain's model to every HTTP client: a call site,
    unchecked, whose message says what the scanner could not follow (also typed by
    ``with_types``); a prompt template served alone holds no model."""
    assert _calls("served_chains.py") == [
        (30, "langchain", "unchecked"),
        (35, "langchain", "unchecked"),
        (36, "langchain", "unchecked"),
        (37, "langchain", "unchecked"),
    ]
    report = scan_paths([str(CORPUS / "served_chains.py")])
    assert all("add_routes" in f.message_en and "add_routes" in f.message_vi for f in report.active)


def test_assistants_instructions_and_tool_outputs_are_sent() -> None:
    """An assistant's instructions, a run's ``additional_instructions`` and the tool outputs
    handed back to a run are prompts, in Python and in JavaScript; instructions written in
    the code are literal; listing and retrieving are no calls."""
    assert _calls("assistants_setup.py") == [
        (16, "openai", "unchecked"),
        (22, "openai", "literal"),
        (26, "openai", "unchecked"),
        (34, "openai", "unchecked"),
    ]
    calls: list[CallSite] = []
    js = (
        'import OpenAI from "openai";\n'
        "const openai = new OpenAI();\n"
        "export async function setup(text, threadId, runId, tool_outputs) {\n"
        '  await openai.beta.assistants.create({ model: "gpt-4o", instructions: text });\n'
        "  await openai.beta.threads.runs.submitToolOutputs(threadId, runId, { tool_outputs });\n"
        "  return openai.beta.assistants.list();\n"
        "}\n"
    )
    scan_source("assistant.ts", js, calls=calls)
    assert [(c.line, c.status) for c in calls] == [(4, "unchecked"), (5, "unchecked")]


def test_a_model_handed_to_a_function_of_the_module_is_that_model_there() -> None:
    """``generate_code(code_llm, text)`` -> ``llm(...)``, ``answer(q, chain=rag_chain)`` ->
    ``chain.invoke(...)``: calls of the model handed in (sc14 left the chain passed as a
    parameter); a checked prompt stays checked, a string handed in calls nothing."""
    assert _calls("model_handed_in.py") == [
        (25, "langchain", "unchecked"),
        (29, "langchain", "unchecked"),
        (33, "langchain", "unchecked"),
        (37, "langchain", "checked"),
    ]


def test_dspy_predictors_and_the_lm_are_calls_with_every_argument_a_prompt() -> None:
    """A predictor called with its signature's fields (any keyword), one kept on ``self`` in
    another method, the LM called itself; a question written in the code is literal."""
    assert _calls("dspy_programs.py") == [
        (24, "dspy", "unchecked"),
        (28, "dspy", "literal"),
        (32, "dspy", "unchecked"),
        (36, "dspy", "unchecked"),
    ]


def test_revchatgpt_calls_are_listed_under_openai() -> None:
    """revChatGPT drives ChatGPT's web app: the prompt goes to OpenAI, and the inventory says
    so (it said ``revchatgpt``)."""
    assert {vendor for _, vendor, _ in _calls("revchatgpt_bot.py")} == {"openai"}


def test_count_tokens_on_an_untyped_client_is_anthropic_s_where_no_sdk_is_imported() -> None:
    """sc14 left ``self.client.messages.count_tokens(...)`` on a ``client: Any`` unlisted;
    ``messages.create`` on the same receiver stays unlisted (Twilio has one)."""
    assert _calls("untyped_client.py") == [(18, "anthropic", "unchecked")]


def test_an_endpoint_read_from_the_environment_file_of_the_project_is_followed() -> None:
    """``fetch(import.meta.env.VITE_API_URL, ...)`` where the project's environment file sets
    ``VITE_API_URL`` to Gemini's endpoint is a call, when the folder is scanned and when the
    hook is given the file alone; a form posted to an address that names no model is not."""
    project = CORPUS / "env_project"
    app = project / "src" / "App.jsx"
    for report in (scan_paths([str(project)]), scan_paths([str(app)])):
        assert {(Path(f.path).name, f.rule, f.line) for f in report.active} == {
            ("App.jsx", "AIG101", 17)
        }


def test_a_guarded_client_handed_in_never_hides_an_unguarded_one() -> None:
    """The same function handed a raw client in one call and a guarded one in another sends
    through either: unchecked, in whichever order the calls come."""
    head = (
        "from openai import OpenAI\n"
        "from ai_guard.integrations.openai import guard_client\n"
        "raw = OpenAI()\n"
        "safe = guard_client(OpenAI())\n"
        "def ask(client, q):\n"
        '    return client.chat.completions.create(model="m", messages=[{"role": "user", '
        '"content": q}])\n'
    )
    for calls_made in ('ask(raw, "a")\nask(safe, "b")\n', 'ask(safe, "b")\nask(raw, "a")\n'):
        calls: list[CallSite] = []
        scan_source("ask.py", head + calls_made, calls=calls)
        assert [(c.line, c.status) for c in calls] == [(6, "unchecked")]
