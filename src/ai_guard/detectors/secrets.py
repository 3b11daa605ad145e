"""API keys and bearer tokens of LLM vendors and neighbouring services (API_SECRET).

Vendor keys are recognised by their published prefixes and lengths (OpenAI ``sk-``,
``sk-proj-``, ``sk-svcacct-``; Anthropic ``sk-ant-api03-``; Google ``AIza``; Hugging Face
``hf_``; Groq ``gsk_``; xAI ``xai-``; Replicate ``r8_``; Perplexity ``pplx-``; GitHub
``ghp_``/``github_pat_``; AWS ``AKIA``; Slack ``xox?-``). Keys without a prefix (Azure OpenAI's
32 hex characters, Mistral, Cohere, generic secrets) are reported only after a key name
("api-key", "AZURE_OPENAI_API_KEY", "Authorization: Bearer", "token=", ...).

Validation rejects placeholders ("sk-...", "sk-xxxx", "YOUR_API_KEY", "<key>", "${KEY}") and
low-entropy strings: a real key is random.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator

from ai_guard.detectors.base import Detection, trie_regex
from ai_guard.models import EntityType, Validation
from ai_guard.text import Document

__all__ = ["ApiSecretDetector", "looks_random"]

_T = r"[A-Za-z0-9_\-]"
_VENDOR = re.compile(
    r"(?<![A-Za-z0-9_\-])(?:"
    rf"(?P<anthropic>sk-ant-(?:api|admin|sid)\d\d-{_T}{{32,}})"
    rf"|(?P<openrouter>sk-or-v1-[a-f0-9]{{64}})"
    rf"|(?P<openai>sk-(?:proj-|svcacct-|admin-|None-)?{_T}{{20,}})"
    rf"|(?P<google>AIza[0-9A-Za-z_\-]{{35}})"
    rf"|(?P<huggingface>(?:hf_|api_org_)[A-Za-z0-9]{{30,}})"
    rf"|(?P<groq>gsk_[A-Za-z0-9]{{40,}})"
    rf"|(?P<xai>xai-[A-Za-z0-9]{{40,}})"
    rf"|(?P<replicate>r8_[A-Za-z0-9]{{30,}})"
    rf"|(?P<perplexity>pplx-[A-Za-z0-9]{{40,}})"
    rf"|(?P<github>(?:gh[pousr]_[A-Za-z0-9]{{36,}}|github_pat_[A-Za-z0-9_]{{50,}}))"
    rf"|(?P<aws>(?:AKIA|ASIA)[0-9A-Z]{{16}})"
    rf"|(?P<slack>xox[abprs]-[A-Za-z0-9\-]{{10,}})"
    r")(?![A-Za-z0-9_\-])"
)
# A key name, then the value: api_key="...", "api-key: ...", AZURE_OPENAI_API_KEY=..., Bearer ...
_KEY_NAMES = [
    f"{a}{sep}{b}"
    for a, b in (
        ("api", "key"),
        ("secret", "key"),
        ("access", "token"),
        ("auth", "token"),
        ("client", "secret"),
        ("subscription", "key"),
        ("api", "token"),
        ("private", "key"),
    )
    for sep in ("_", "-", "")
] + ["x-api-key", "ocp-apim-subscription-key", "token", "secret", "authorization", "bearer"]
# key names are found on the lower-case folded view (same offsets), the value on the text
_NAME = re.compile(r"(?<![a-z0-9])" + trie_regex(_KEY_NAMES))
_VALUE = re.compile(
    r"[\"']?[ \t]*(?:[:=]|=>|:=)?[ \t]*(?:[Bb]earer[ \t]+)?[\"'`]?"
    r"(?P<value>[A-Za-z0-9_\-+/.~]{20,}={0,2})"
)
_VENDOR_PREFIXES = (
    "sk-",
    "AIza",
    "hf_",
    "api_org_",
    "gsk_",
    "xai-",
    "r8_",
    "pplx-",
    "gh",
    "github_pat_",
    "AKIA",
    "ASIA",
    "xox",
)
_NAME_KEYS = ("key", "token", "secret", "bearer", "authorization")
_PLACEHOLDER_WORDS = re.compile(
    r"(?i)your|example|placeholder|replace|changeme|dummy|sample|redacted|xxxx|\.\.\.|<|>|\$\{|\*\*\*"
)


def _entropy(s: str) -> float:
    n = len(s)
    return -sum(c / n * math.log2(c / n) for c in Counter(s).values()) if n else 0.0


def looks_random(value: str, *, min_entropy: float = 3.2, need_digits: bool = True) -> bool:
    """True for a random-looking secret; False for placeholders and structured words.

    Vendor-prefixed keys may be letters only (Hugging Face): pass ``need_digits=False``.
    """
    if _PLACEHOLDER_WORDS.search(value):
        return False
    body = (
        value.split("-")[-1] if value.count("-") >= 1 and len(value.split("-")[-1]) >= 16 else value
    )
    if len(set(body)) < 8:
        return False
    has_digit = any(c.isdigit() for c in body)
    has_alpha = any(c.isalpha() for c in body)
    if not has_alpha or (need_digits and not has_digit):
        return False
    return _entropy(body) >= min_entropy


class ApiSecretDetector:
    id = "vn.api_secret"
    entities = (EntityType.API_SECRET,)

    def detect(self, doc: Document) -> Iterator[Detection]:
        text = doc.text
        seen: list[tuple[int, int]] = []
        vendor_possible = any(p in text for p in _VENDOR_PREFIXES)
        for m in _VENDOR.finditer(text) if vendor_possible else ():
            vendor = m.lastgroup or "unknown"
            value = m.group(0)
            if not looks_random(value, min_entropy=3.0, need_digits=False):
                continue
            seen.append(m.span())
            yield Detection(
                EntityType.API_SECRET,
                m.start(),
                m.end(),
                0.99,
                self.id,
                pattern=f"api_key.{vendor}",
                base_score=0.95,
                validation=Validation.PASSED,
            )
        folded = doc.folded
        if not any(k in folded for k in _NAME_KEYS):
            return
        for name in _NAME.finditer(folded):
            val = _VALUE.match(text, name.end())
            if val is None:
                continue
            s, e = val.span("value")
            if any(a <= s < b for a, b in seen):
                continue
            value = val.group("value")
            if value.lower().startswith("bearer"):
                continue
            if not looks_random(value, min_entropy=3.5):
                continue
            yield Detection(
                EntityType.API_SECRET,
                s,
                e,
                0.9,
                self.id,
                pattern="api_key.named",
                base_score=0.5,
                validation=Validation.PASSED,
                context=name.group(0),
            )
