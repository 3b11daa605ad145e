"""n8n workflow exports and Dify app exports (DSL): the nodes that send text to a model, as
call sites.

An n8n workflow saved as JSON (``{"nodes": [{"type": "@n8n/n8n-nodes-langchain.googleGemini",
"parameters": {...}}, ...], "connections": {...}}``, exported as ``.json`` or ``.n8n``) runs
on a server: each node of a model's type sends its parameters' text to that vendor whenever
the workflow runs. A node whose text holds an n8n expression (a value starting with ``=``:
``={{ $json.chatInput }}``, what the workflow was given) is unchecked (AIG101: n8n has no
ai-guard node, and the scanner cannot vouch for what the expression brings); one whose text is
all written in the workflow is ``literal``. The node is reported at the line of its
``"type"``. Other node types (a sheet, a code node, an HTTP request) are not read here.

A Dify app exported as its DSL (YAML: ``app:`` with its ``mode``, then ``workflow:`` with the
graph's nodes, or ``model_config:`` for a chat app) is served by Dify: every request's input
(``{{#sys.query#}}``, the start node's variables, the chat's messages) reaches the model of
each node that asks one (``type: llm``, ``question-classifier``, ``parameter-extractor``,
``agent``) or the chat app's model. Dify has no ai-guard step, so each is AIG101 at the line
of its ``type`` (a chat app's at its model's ``provider``), named by that provider.
"""

from __future__ import annotations

import json
import re

from ai_guard.scan.rules import RULES, CallSite, ScanFinding

__all__ = ["dify_app", "dify_calls", "n8n_calls", "n8n_calls_unread", "n8n_workflow"]

#: node types (after the package) that send text to a model: chat models, the vendors' own
#: nodes, agents and chains (which run the model connected to them), embeddings
_MODEL_NODE = re.compile(
    r"^(?:@n8n/n8n-nodes-langchain|n8n-nodes-base)\."
    r"(?:lmChat\w+|lm\w+|openAi|googleGemini|anthropic|mistralAi|ollama|perplexity|"
    r"groq|deepSeek|xAiGrok|agent|chainLlm|chainRetrievalQa|chainSummarization|"
    r"informationExtractor|textClassifier|sentimentAnalysis|embeddings\w+)$"
)
_VENDORS = (
    ("openai", "openai"), ("gemini", "google"), ("google", "google"), ("anthropic", "anthropic"),
    ("mistral", "mistral"), ("ollama", "ollama"), ("groq", "groq"), ("deepseek", "deepseek"),
)  # fmt: skip


def n8n_workflow(data: object) -> bool:
    """A parsed JSON document that is an n8n workflow: its ``nodes`` are n8n's."""
    if not isinstance(data, dict):
        return False
    nodes = data.get("nodes")
    return (
        isinstance(nodes, list)
        and bool(nodes)
        and "connections" in data
        and all(isinstance(n, dict) and isinstance(n.get("type"), str) for n in nodes)
        and any(n["type"].startswith(("n8n-nodes-", "@n8n/")) for n in nodes)
    )


def n8n_calls(
    path: str, source: str, data: dict[str, object], calls: list[CallSite] | None
) -> list[ScanFinding]:
    """AIG101 for each model node of the workflow ``data`` (the JSON of ``source``) whose
    text holds an expression; every model node is a call site."""
    out: list[ScanFinding] = []
    nodes = data.get("nodes")
    pos = 0
    for node in nodes if isinstance(nodes, list) else ():
        kind = str(node.get("type", ""))
        # the node's line: its type's next occurrence in the text
        at = source.find(json.dumps(kind), pos)
        if at >= 0:
            pos = at + 1
        if not _MODEL_NODE.match(kind):
            continue
        line = source.count("\n", 0, at) + 1 if at >= 0 else 1
        name = kind.rsplit(".", 1)[-1].lower()
        vendor = next((v for key, v in _VENDORS if key in name), "n8n")
        texts = list(_strings(node.get("parameters")))
        unchecked = any(t.lstrip().startswith("=") for t in texts)
        status = "unchecked" if unchecked else "literal"
        if calls is not None:
            calls.append(CallSite(path, line, 1, vendor, status))
        if unchecked:
            out.append(RULES["AIG101"].finding(path, line, 1, vendor))
    return out


#: a node's type as an export writes it (``"type": "@n8n/n8n-nodes-langchain.agent"``)
_NODE_TYPE = re.compile(r'"type"\s*:\s*"((?:@n8n/n8n-nodes-langchain|n8n-nodes-base)\.\w+)"')


def n8n_calls_unread(path: str, source: str, calls: list[CallSite] | None) -> list[ScanFinding]:
    """AIG101 for each model node of an n8n workflow whose text is no JSON (cut short, or
    edited by hand): found by its ``"type"``, its parameters unread, so none is vouched for
    (fail closed); nothing when the text names no model node."""
    out: list[ScanFinding] = []
    if '"nodes"' not in source:
        return out
    for m in _NODE_TYPE.finditer(source):
        kind = m.group(1)
        if not _MODEL_NODE.match(kind):
            continue
        line = source.count("\n", 0, m.start()) + 1
        name = kind.rsplit(".", 1)[-1].lower()
        vendor = next((v for key, v in _VENDORS if key in name), "n8n")
        if calls is not None:
            calls.append(CallSite(path, line, 1, vendor, "unchecked"))
        out.append(RULES["AIG101"].finding(path, line, 1, vendor))
    return out


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


#: a Dify DSL export: the top-level ``app:`` with a mode, and a graph or a chat app's model
_DIFY_APP = re.compile(r"^app:[ \t]*$", re.MULTILINE)
_DIFY_MODE = re.compile(
    r"^[ \t]+mode:[ \t]*['\"]?(?:workflow|advanced-chat|chat|agent-chat|completion)\b",
    re.MULTILINE,
)
_DIFY_BODY = re.compile(r"^(?:workflow|model_config):[ \t]*$", re.MULTILINE)
#: a graph node that asks a model (its data's ``type``), alone on its line
_DIFY_NODE = re.compile(
    r"^[ \t]+type:[ \t]*['\"]?(llm|question-classifier|parameter-extractor|agent)['\"]?[ \t]*$",
    re.MULTILINE,
)
_DIFY_PROVIDER = re.compile(r"^[ \t]+provider:[ \t]*['\"]?([\w./-]+)", re.MULTILINE)
#: a chat app's model: ``model_config:`` then its ``model:`` and that model's ``provider``
_DIFY_CHAT_MODEL = re.compile(r"^model_config:[ \t]*$", re.MULTILINE)
_DIFY_MODEL_KEY = re.compile(r"^  model:[ \t]*$", re.MULTILINE)
#: the ``app:`` mapping's mode when it is a chat app's (its model under ``model_config``),
#: not a model's own ``mode: chat``
_DIFY_CHAT_MODE = re.compile(
    r"^app:[ \t]*\n(?:[ \t]+.*\n|[ \t]*\n)*?"
    r"[ \t]+mode:[ \t]*['\"]?(?:chat|agent-chat|completion)['\"]?[ \t]*$",
    re.MULTILINE,
)


def dify_app(source: str) -> bool:
    """A YAML text that is a Dify app's DSL export."""
    return (
        _DIFY_APP.search(source) is not None
        and _DIFY_MODE.search(source) is not None
        and _DIFY_BODY.search(source) is not None
    )


def dify_calls(path: str, source: str, calls: list[CallSite] | None) -> list[ScanFinding]:
    """AIG101 for each node of a Dify app that asks a model, and for a chat app's model: the
    app serves every request's input to them, and no step of it checks that input."""
    from ai_guard.i18n.scan import scan_dify

    out: list[ScanFinding] = []
    sites: list[tuple[int, str]] = []
    for m in _DIFY_NODE.finditer(source):
        # the node's own mapping: Dify writes its keys sorted, so its ``model:`` (and the
        # provider) stands before its ``type:``
        start, end = _mapping_around(source, m.start())
        provider = _DIFY_PROVIDER.search(source, start, end)
        sites.append((m.start(), _provider_name(provider.group(1) if provider else "")))
    chat = _DIFY_CHAT_MODEL.search(source)
    if chat is not None:
        model = _DIFY_MODEL_KEY.search(source, chat.end())
        provider = _DIFY_PROVIDER.search(source, model.end()) if model is not None else None
        if provider is not None:
            sites.append((provider.start(), _provider_name(provider.group(1))))
        elif _DIFY_CHAT_MODE.search(source) is not None:
            # a chat app whose model is not read here is still served every request's input
            sites.append((chat.start(), "dify"))
    for at, vendor in sorted(sites):
        line = source.count("\n", 0, at) + 1
        if calls is not None:
            calls.append(CallSite(path, line, 1, vendor, "unchecked"))
        out.append(RULES["AIG101"].finding(path, line, 1, scan_dify(vendor)))
    return out


def _mapping_around(source: str, at: int) -> tuple[int, int]:
    """The lines of the YAML mapping that holds the line at ``at``: the lines around it
    indented as far or further (blank ones too), up to the first less indented each way."""
    line_start = source.rfind("\n", 0, at) + 1
    end = source.find("\n", at)
    first = source[line_start : len(source) if end == -1 else end]
    indent = len(first) - len(first.lstrip(" "))
    start = line_start
    while start > 0:
        prev = source.rfind("\n", 0, start - 1) + 1
        line = source[prev : start - 1]
        if line.strip() and len(line) - len(line.lstrip(" ")) < indent:
            break
        start = prev
    while end != -1:
        nxt = source.find("\n", end + 1)
        line = source[end + 1 : len(source) if nxt == -1 else nxt]
        if line.strip() and len(line) - len(line.lstrip(" ")) < indent:
            break
        end = nxt
    return start, len(source) if end == -1 else end


def _provider_name(value: str) -> str:
    """The vendor a Dify model's provider names (``openai``; ``langgenius/openai/openai``)."""
    return value.rstrip("/").rsplit("/", 1)[-1] or "dify"
