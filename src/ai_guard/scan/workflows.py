"""n8n workflow exports: the nodes that send text to a model, as call sites.

An n8n workflow saved as JSON (``{"nodes": [{"type": "@n8n/n8n-nodes-langchain.googleGemini",
"parameters": {...}}, ...], "connections": {...}}``, exported as ``.json`` or ``.n8n``) runs
on a server: each node of a model's type sends its parameters' text to that vendor whenever
the workflow runs. A node whose text holds an n8n expression (a value starting with ``=``:
``={{ $json.chatInput }}``, what the workflow was given) is unchecked (AIG101: n8n has no
ai-guard node, and the scanner cannot vouch for what the expression brings); one whose text is
all written in the workflow is ``literal``. The node is reported at the line of its
``"type"``. Other node types (a sheet, a code node, an HTTP request) are not read here.
"""

from __future__ import annotations

import json
import re

from ai_guard.scan.rules import RULES, CallSite, ScanFinding

__all__ = ["n8n_calls", "n8n_calls_unread", "n8n_workflow"]

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
