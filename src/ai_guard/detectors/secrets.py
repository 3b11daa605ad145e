"""API keys, bearer tokens and passwords (API_SECRET): secrets that must never reach an LLM.

Vendor keys are recognised by their published prefixes and lengths (OpenAI ``sk-``,
``sk-proj-``, ``sk-svcacct-``; Anthropic ``sk-ant-api03-``; Google ``AIza``; Hugging Face
``hf_``; Groq ``gsk_``; xAI ``xai-``; Replicate ``r8_``; Perplexity ``pplx-``; GitHub
``ghp_``/``github_pat_``; AWS ``AKIA``; Slack ``xox?-``). Keys without a prefix (Azure OpenAI's
32 hex characters, Mistral, Cohere, generic secrets) are reported only after a key name
("api-key", "AZURE_OPENAI_API_KEY", "Authorization: Bearer", "token=", ...).

Passwords are reported after a password label followed by ':' or '=' ("Mật khẩu: Abc@2024",
"password=...", "MK: ..."), when the value has a digit, a symbol or mixed case; prose about
passwords ("mật khẩu phải có tối thiểu 8 ký tự") is not.

Validation rejects placeholders ("sk-...", "sk-xxxx", "YOUR_API_KEY", "<key>", "${KEY}") and
low-entropy strings: a real key is random.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator

from ai_guard.detectors import scores
from ai_guard.detectors.base import Detection, Shape
from ai_guard.models import EntityType
from ai_guard.text import Document
from ai_guard.text.match import trie_regex

__all__ = ["ApiSecretDetector", "looks_random"]

_T = r"[A-Za-z0-9_\-]"
_EDGE_R = r"(?![A-Za-z0-9_\-])"
#: (literal prefix, vendor, pattern): each pattern starts with its literal, so the engine jumps
#: to candidates (a look-behind in front would disable that: 14x slower); the left edge is
#: checked in Python. A pattern runs only when its prefix occurs in the text at all.
_VENDORS: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
    (prefix, vendor, re.compile(body + _EDGE_R))
    for prefix, vendor, body in (
        ("sk-ant-", "anthropic", rf"sk-ant-(?:api|admin|sid)\d\d-{_T}{{32,}}"),
        ("sk-or-", "openrouter", r"sk-or-v1-[a-f0-9]{64}"),
        ("sk-", "openai", rf"sk-(?!ant-|or-v1-)(?:proj-|svcacct-|admin-|None-)?{_T}{{20,}}"),
        ("AIza", "google", r"AIza[0-9A-Za-z_\-]{35}"),
        ("hf_", "huggingface", r"hf_[A-Za-z0-9]{30,}"),
        ("api_org_", "huggingface", r"api_org_[A-Za-z0-9]{30,}"),
        ("gsk_", "groq", r"gsk_[A-Za-z0-9]{40,}"),
        ("xai-", "xai", r"xai-[A-Za-z0-9]{40,}"),
        ("r8_", "replicate", r"r8_[A-Za-z0-9]{30,}"),
        ("pplx-", "perplexity", r"pplx-[A-Za-z0-9]{40,}"),
        ("gh", "github", r"gh[pousr]_[A-Za-z0-9]{36,}"),
        ("github_pat_", "github", r"github_pat_[A-Za-z0-9_]{50,}"),
        ("AKIA", "aws", r"AKIA[0-9A-Z]{16}"),
        ("ASIA", "aws", r"ASIA[0-9A-Z]{16}"),
        ("xox", "slack", r"xox[abprs]-[A-Za-z0-9\-]{10,}"),
    )
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
_NAME = re.compile(trie_regex(_KEY_NAMES))
_VALUE = re.compile(
    r"[\"']?[ \t]*(?:[:=]|=>|:=)?[ \t]*(?:[Bb]earer[ \t]+)?[\"'`]?"
    r"(?P<value>[A-Za-z0-9_\-+/.~]{20,}={0,2})"
)
_NAME_KEYS = ("key", "token", "secret", "bearer", "authorization")
_PLACEHOLDER_WORDS = re.compile(
    r"(?i)your|example|placeholder|replace|changeme|dummy|sample|redacted|xxxx|\.\.\.|<|>|\$\{|\*\*\*"
)


_PASSWORD_NAME = re.compile(
    r"(?<![a-z0-9])(?:mat\s+khau(?:\s+(?:dang\s+nhap|email|tai\s+khoan|vneid|moi|cu))?|password"
    r"|passwd|pwd|pass|mk)(?![a-z0-9])"
)
# the value follows a ':' or '=' (a label, not prose about passwords)
# up to three more words may qualify the label ("Mật khẩu đăng nhập VNeID:", "Password for
# admin:") before the ':' / '=' / 'là' that introduces the value
_PASSWORD_VALUE = re.compile(
    r"(?:[ \t]+[^\s:=\"'`]{1,20}){0,3}?[\"']?[ \t]*(?:[:=]|là)[ \t]*[\"'`]?"
    r"(?P<value>[^\s\"'`]{6,64})"
)
_COMMON_WORDS = re.compile(r"(?i)^[a-zà-ỹđ]+$")


def _looks_like_password(value: str) -> bool:
    """A password has a digit, a symbol or mixed case, and is not a placeholder."""
    if _PLACEHOLDER_WORDS.search(value) or set(value) <= {"*", "x", "X", "•", "."}:
        return False
    if _COMMON_WORDS.match(value) and not (value != value.lower() and value != value.upper()):
        return False  # a plain word ("mật khẩu: tối thiểu ...")
    return (
        any(c.isdigit() for c in value)
        or any(not c.isalnum() for c in value)
        or (value != value.lower() and value != value.upper())
    )


#: share of its alphabet's entropy a random string must show (short keys fall below the full)
_ENTROPY_SHARE = 0.8


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
    # a random string cannot have more entropy than its alphabet allows: 32 random hex
    # characters (Azure keys) average 3.75 bits/char, below a threshold meant for base62
    alphabet = 16 if all(c in "0123456789abcdefABCDEF" for c in body) else 64
    required = min(min_entropy, _ENTROPY_SHARE * math.log2(min(len(body), alphabet)))
    return _entropy(body) >= required


_PASSWORD = Shape(EntityType.API_SECRET, "password.named", scores.BASE_NAMED_SECRET)
_NAMED_KEY = Shape(EntityType.API_SECRET, "api_key.named", scores.BASE_NAMED_SECRET)


class ApiSecretDetector:
    id = "vn.api_secret"
    entities = (EntityType.API_SECRET,)

    def detect(self, doc: Document) -> Iterator[Detection]:
        text = doc.text
        seen: list[tuple[int, int]] = []
        for prefix, vendor, pattern in _VENDORS:
            if prefix not in text:
                continue
            for m in pattern.finditer(text):
                p = m.start()
                if p > 0 and (text[p - 1].isalnum() or text[p - 1] in "_-"):
                    continue  # glued to a longer token
                if not any(a <= p < b for a, b in seen):
                    yield from self._vendor_hit(m, vendor, seen)
        yield from self._named(doc, seen)
        yield from self._passwords(doc, seen)

    def _vendor_hit(
        self, m: re.Match[str], vendor: str, seen: list[tuple[int, int]]
    ) -> Iterator[Detection]:
        if not looks_random(m.group(0), min_entropy=3.0, need_digits=False):
            return
        seen.append(m.span())
        shape = Shape(EntityType.API_SECRET, f"api_key.{vendor}", scores.BASE_VENDOR_KEY)
        yield shape.hit(self.id, m.start(), m.end(), scores.SECRET_VENDOR_KEY, True)

    def _passwords(self, doc: Document, seen: list[tuple[int, int]]) -> Iterator[Detection]:
        """Passwords after a password label ("Mật khẩu: Abc@2024", "password=..."): login
        credentials (557 P13; sensitive personal data under Decree 356)."""
        folded = doc.folded
        if (
            "mat khau" not in folded
            and "pass" not in folded
            and "pwd" not in folded
            and ("mk" not in folded)
        ):
            return
        text = doc.text
        for name in _PASSWORD_NAME.finditer(folded):
            val = _PASSWORD_VALUE.match(text, name.end())
            if val is None:
                continue
            s, e = val.span("value")
            value = val.group("value").rstrip(".,;)")
            e = s + len(value)
            if any(a <= s < b for a, b in seen) or not _looks_like_password(value):
                continue
            seen.append((s, e))
            label = " ".join(name.group(0).split())
            yield _PASSWORD.hit(self.id, s, e, scores.PASSWORD_NAMED, None, label)

    def _named(self, doc: Document, seen: list[tuple[int, int]]) -> Iterator[Detection]:
        text = doc.text
        folded = doc.folded
        if not any(k in folded for k in _NAME_KEYS):
            return
        for name in _NAME.finditer(folded):
            if name.start() > 0 and folded[name.start() - 1].isalnum():
                continue
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
            yield _NAMED_KEY.hit(self.id, s, e, scores.SECRET_NAMED_KEY, True, name.group(0))
