"""The Python scanner on the shapes real SDK code takes: wrapper namespaces and client copies
between the client and the method, guarded clients named by their vendor."""

from __future__ import annotations

import pytest

from ai_guard.scan import CallSite, scan_source
from ai_guard.scan.catalogue import catalogue

HEAD = (
    "from openai import OpenAI\n"
    "from ai_guard.integrations.openai import guard_client\n"
    "client = OpenAI()\n"
    "safe = guard_client(OpenAI())\n"
    "def reply(letter):\n"
)
MESSAGES = 'model="m", messages=[{"role": "user", "content": letter}]'


def _scan(body: str) -> tuple[set[str], list[CallSite]]:
    calls: list[CallSite] = []
    findings = scan_source("app.py", HEAD + body, calls=calls)
    return {f.rule for f in findings if not f.suppressed}, calls


@pytest.mark.parametrize(
    "call",
    [
        "client.chat.completions.with_raw_response.create",
        "client.chat.completions.with_streaming_response.create",
        "client.with_raw_response.chat.completions.create",
        "client.with_options(timeout=5).chat.completions.create",
        "client.with_options(max_retries=2).chat.completions.with_raw_response.create",
        "client.copy().responses.with_streaming_response.create",
    ],
)
def test_wrapper_chains_are_calls_of_the_client(call: str) -> None:
    target = call.replace("responses.with_streaming_response.create", "responses.create")
    args = MESSAGES if "chat" in target else 'model="m", input=letter'
    rules, calls = _scan(f"    return {call}({args})\n")
    assert rules == {"AIG101"}
    assert [(c.vendor, c.status) for c in calls] == [("openai", "unchecked")]


@pytest.mark.parametrize(
    "call",
    [
        "safe.chat.completions.create",
        "safe.chat.completions.with_raw_response.create",
        "safe.with_options(timeout=5).chat.completions.create",
        "safe.with_options(timeout=5).chat.completions.with_streaming_response.create",
        "guard_client(OpenAI()).with_options(timeout=5).chat.completions.create",
    ],
)
def test_a_guarded_client_through_any_wrapper_is_guarded_and_named_by_its_vendor(
    call: str,
) -> None:
    rules, calls = _scan(f"    return {call}({MESSAGES})\n")
    assert rules == set()
    assert [(c.vendor, c.status) for c in calls] == [("openai", "guarded")]


def test_a_projects_own_guard_is_named_by_the_client_it_wraps() -> None:
    source = (
        "from anthropic import Anthropic\n"
        "from ai_guard.integrations.anthropic import guard_client\n"
        "from myapp.safety import wrap\n"
        "a = guard_client(Anthropic())\n"
        "def ask(letter):\n"
        '    return a.messages.create(model="m", max_tokens=9, messages=[letter])\n'
    )
    calls: list[CallSite] = []
    scan_source("ask.py", source, calls=calls)
    assert [(c.vendor, c.status) for c in calls] == [("anthropic", "guarded")]
    assert all(c.vendor != "guarded" for c in calls)


def test_a_shared_path_on_an_unknown_receiver_is_named_openai_compatible() -> None:
    assert catalogue().chains["chat.completions.create"] == "openai-compatible"
    assert catalogue().chains["messages.create"] == "anthropic"
    source = (
        "import openai\n"
        "def ask(llm, letter):\n"
        f"    return llm.with_options(timeout=3).chat.completions.create({MESSAGES})\n"
    )
    calls: list[CallSite] = []
    scan_source("ask.py", source, calls=calls)
    assert [(c.vendor, c.status) for c in calls] == [("openai-compatible", "unchecked")]


@pytest.mark.parametrize(
    "body",
    [
        "    settings = config.with_options(debug=True)\n    return settings.create(letter)\n",
        "    rows = table.copy()\n    return rows.create(letter)\n",
        "    return session.with_raw_response.get(letter)\n",
        "    return letter.copy().strip()\n",
    ],
)
def test_with_options_and_copy_of_other_objects_are_not_calls(body: str) -> None:
    rules, calls = _scan(body)
    assert rules == set()
    assert calls == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an SDK method taken without calling it, called later
        (
            f"    create = client.chat.completions.create\n    return create({MESSAGES})\n",
            ("openai", "unchecked"),
        ),
        (
            f"    send = getattr(client.chat.completions, 'create')\n    return send({MESSAGES})\n",
            ("openai", "unchecked"),
        ),
        (
            "    import functools\n"
            "    ask = functools.partial(client.chat.completions.create, model='m')\n"
            "    return ask(messages=[{'role': 'user', 'content': letter}])\n",
            ("openai", "unchecked"),
        ),
        (
            "    create = client.chat.completions.create\n"
            "    again = create\n"
            f"    return again({MESSAGES})\n",
            ("openai", "unchecked"),
        ),
    ],
)
def test_a_method_reference_called_later_is_a_call_of_the_client(
    body: str, expected: tuple[str, str]
) -> None:
    rules, calls = _scan(body)
    assert rules == {"AIG101"}
    assert [(c.vendor, c.status) for c in calls] == [expected]


def test_a_partial_that_binds_the_prompt_is_the_call_site() -> None:
    body = (
        "    from functools import partial\n"
        "    ask = partial(client.chat.completions.create, model='m',"
        " messages=[{'role': 'user', 'content': letter}])\n"
        "    return ask()\n"
    )
    rules, calls = _scan(body)
    assert rules == {"AIG101"}
    assert calls[0].status == "unchecked"


def test_a_method_reference_of_a_guarded_client_stays_guarded() -> None:
    body = f"    create = safe.chat.completions.create\n    return create({MESSAGES})\n"
    rules, calls = _scan(body)
    assert rules == set()
    assert [(c.vendor, c.status) for c in calls] == [("openai", "guarded")]


def test_a_method_reference_with_a_checked_prompt_is_checked() -> None:
    body = (
        "    from ai_guard import check_prompt\n"
        "    create = client.chat.completions.create\n"
        "    safe_text = check_prompt(letter).redacted_text\n"
        "    return create(model='m', messages=[{'role': 'user', 'content': safe_text}])\n"
    )
    rules, calls = _scan(body)
    assert rules == set()
    assert [(c.vendor, c.status) for c in calls] == [("openai", "checked")]
