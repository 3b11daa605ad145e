"""What string literals hold, in any language: LLM keys (AIG102), official e-mails given to an
account (AIG103), prompt content (AIG105); and the names that make a literal a prompt or an
account identity."""

from __future__ import annotations

import contextlib
import itertools
import re
import unicodedata
from collections.abc import Iterator
from contextvars import ContextVar
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ai_guard.policy import Policy
    from ai_guard.scan.catalogue import Catalogue

__all__ = [
    "GOV_EMAIL",
    "account_name",
    "key_finding",
    "personas",
    "prompt_finding",
    "prompt_name",
    "reading_file",
]

#: the lookbehind starts a match only where a run of address characters starts: without it a
#: long run with no '@' (a base64 blob) was scanned again from each of its characters
GOV_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@(?:[\w-]+\.)*gov\.vn\b", re.IGNORECASE)
_ACCOUNT_NAME = re.compile(
    r"(?:e-?mail|user(?:name)?|login|account|org(?:ani[sz]ation)?|owner|admin|sign_?up|"
    r"regist|identity|principal)",
    re.IGNORECASE,
)
_PROMPT_NAME = re.compile(r"(?:prompt|template|system|instruction|messages?$)", re.IGNORECASE)

_DIGITS = re.compile(r"\d{3}")
_KEY_NAME = re.compile(r"(?:api_?key|secret|token|auth|password|credential)", re.IGNORECASE)
_VENDOR_PREFIXES = (
    "sk-", "AIza", "hf_", "api_org_", "gsk_", "xai-", "r8_", "pplx-", "ghp_", "gho_", "ghu_",
    "ghs_", "ghr_", "github_pat_", "AKIA", "ASIA", "xox",
)  # fmt: skip


@cache
def _detector() -> Any:
    from ai_guard.detectors.secrets import ApiSecretDetector

    return ApiSecretDetector()


@cache
def _prompt_policy() -> Policy:
    from ai_guard.policy import Policy

    return Policy(load_plugins=False)


def _worth_checking(text: str) -> bool:
    """Cheap gate before check_prompt: digits (IDs, phones, dates), an '@', a word in capitals
    (MẬT, CCCD), or two capitalised words in a row (a name). Most literals have none."""
    if "@" in text or _DIGITS.search(text):
        return True
    words = text.split()
    for a, b in itertools.pairwise(words):
        if a[:1].isupper() and b[:1].isupper():
            return True
    return any(len(w) >= 3 and w.isupper() for w in words)


def prompt_name(name: str | None, cat: Catalogue) -> bool:
    """A name that makes a literal a prompt: ``*prompt*``, ``*template*``, ``system``,
    ``*instruction*``, ``messages`` and the catalogue's prompt arguments (``content``,
    ``input``, ``text`` ...)."""
    return bool(name) and bool(_PROMPT_NAME.search(name or "") or name in cat.prompt_args)


def account_name(name: str | None) -> bool:
    """A name that makes a value an account's identity (``email``, ``username``, ``login``,
    ``organization`` ...): AIG103 when it holds an official e-mail."""
    return bool(name and _ACCOUNT_NAME.search(name))


#: the name of an environment variable or a setting that holds a secret, not a secret: two or
#: more short words in capitals joined by '_', one of them a secret's word
#: (``X_OAUTH2_CLIENT_SECRET``, ``AZURE_OPENAI_API_KEY``); keys are not written that way
_SECRET_VARIABLE = re.compile(r"[A-Z][A-Z0-9]{0,11}(?:_[A-Z0-9]{1,12}){1,8}")
_SECRET_WORDS = frozenset(
    {"KEY", "SECRET", "TOKEN", "PASSWORD", "PASS", "PWD", "CREDENTIALS", "CREDENTIAL", "AUTH"}
)


def _variable_name(text: str) -> bool:
    return _SECRET_VARIABLE.fullmatch(text) is not None and bool(
        _SECRET_WORDS.intersection(text.split("_"))
    )


def key_finding(text: str, name: str | None) -> str | None:
    """The vendor of an LLM key in a literal (placeholders such as ``sk-...`` are not keys,
    nor is the name of a variable that holds one, ``"X_OAUTH2_CLIENT_SECRET"``); a literal
    assigned to a key-like name is checked as ``name = value``."""
    if len(text) < 16 or len(text) > 400 or _variable_name(text):
        return None
    named_key = bool(name and _KEY_NAME.search(name))
    if not named_key and not any(p in text for p in _VENDOR_PREFIXES):
        return None  # cheap: most literals are neither named like a key nor start like one
    from ai_guard.models import EntityType
    from ai_guard.text import Document

    candidates = [text]
    if name:
        candidates.append(f'{name} = "{text}"')
    for candidate in candidates:
        for d in _detector().detect(Document(candidate)):
            if d.entity is EntityType.API_SECRET and d.pattern.startswith("api_key"):
                vendor = d.pattern.split(".", 1)[1] if "." in d.pattern else "api key"
                if vendor == "named" and _worded_placeholder(text):
                    return None
                return vendor
    return None


#: the words a placeholder written as a phrase is made of (``your-api-key-here``,
#: ``your_secret_key_here_generate_with_openssl_rand_hex_32``, ``app-2nd-platform-key``)
_PLACEHOLDER_WORDS = frozenset(
    {"your", "my", "here", "change", "replace", "example", "sample", "placeholder", "dummy",
     "fake", "test", "insert", "enter", "put", "generate", "set", "secret", "key", "token",
     "api", "default", "xxx", "todo"}
)  # fmt: skip
_PHRASE_PART = re.compile(r"[a-z]{1,12}|[A-Z]{1,12}|\d{1,4}(?:st|nd|rd|th)?")


def _worded_placeholder(text: str) -> bool:
    """A value named like a key that is a phrase, not a key: three or more words (letters in
    one case, short numbers, ordinals) joined by ``-``, ``_`` or ``.``, one of them a
    placeholder's word. No vendor's key is made of words; one found by its vendor's prefix
    is never passed here."""
    parts = re.split(r"[-_.]", text)
    return (
        len(parts) >= 3
        and all(_PHRASE_PART.fullmatch(p) for p in parts)
        and any(p.lower() in _PLACEHOLDER_WORDS for p in parts)
    )


# -- the assistant's persona: a name a prompt gives the bot, no private person's data --------

#: words that make a name the bot's own when they stand next to it: what a voice or chat bot
#: is cast as (``trợ lý ảo``, ``tổng đài viên``, ``assistant``, ``receptionist``), with and
#: without diacritics
_ROLE = (
    r"(?:trợ[ \t]+l[ýí]|tro[ \t]+l[yi]|chat[ \t]?bot|bot|assistant|agent|"
    r"tư[ \t]+vấn[ \t]+viên|tu[ \t]+van[ \t]+vien|tổng[ \t]+đài[ \t]+viên|"
    r"tong[ \t]+dai[ \t]+vien|lễ[ \t]+tân|le[ \t]+tan|receptionist|concierge|"
    r"nhân[ \t]+viên[ \t]+(?:tư[ \t]+vấn|chăm[ \t]+sóc|CSKH|hỗ[ \t]+trợ)|"
    r"nhan[ \t]+vien[ \t]+(?:tu[ \t]+van|cham[ \t]+soc|CSKH|ho[ \t]+tro)|"
    r"(?:customer|client)[ \t]+(?:service|support|care)|representative|persona)"
)
#: a name as a prompt writes it: one to three capitalised words (checked after the match)
_NAME = r"(?P<name>[^\W\d_]{1,20}(?:[ \t]+[^\W\d_]{1,20}){0,2})"
#: who speaks: the bot of itself, or the prompt to the bot
_SELF = (
    r"(?:em|mình|minh|tôi|toi|tớ|to|tui|bạn|ban|you|i|my[ \t]+name|tên[ \t]+(?:của[ \t]+)?"
    r"(?:em|mình|tôi|bạn)|ten[ \t]+(?:cua[ \t]+)?(?:em|minh|toi|ban)|this)"
)
_IS = r"(?:là|la|are|am|'m|is|tên[ \t]+là|ten[ \t]+la|tên|ten)"
#: what may stand between the name and the role: an article, a possessive, a few words of
#: praise ("a friendly", "your virtual", "một"); never any word (``Tôi là Nguyễn Văn Bình, cần
#: bạn làm trợ lý``: a person asking for an assistant)
_FILLER = (
    r"(?:(?:một|mot|là|la|a|an|the|your|our)[ \t]+)?(?:(?:friendly|helpful|virtual|smart|"
    r"professional|polite|cheerful|kind|AI|ảo|ao|thân[ \t]+thiện|than[ \t]+thien|thông[ \t]+minh|"
    r"thong[ \t]+minh|chuyên[ \t]+nghiệp|chuyen[ \t]+nghiep|dễ[ \t]+thương|de[ \t]+thuong|"
    r"nhiệt[ \t]+tình|nhiet[ \t]+tinh)[ \t]+){0,3}"
)
#: the evidence a name is the bot's own, each bounded: "em là An Tâm – Trợ lý y khoa", "You
#: are Linh, a friendly assistant" (the role within four words after the name); "trợ lý ảo
#: tên Mai", "an assistant named Linh" (the name right after the role and a naming word);
#: ``AGENT_NAME = "Hương"``, ``botName: 'Mai'`` (a setting named for the bot's name)
_PERSONA_CUES = (
    re.compile(
        rf"\b{_SELF}[ \t]+{_IS}[ \t]+{_NAME}[ \t]*[,–—:(-]?[ \t]*{_FILLER}{_ROLE}\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b{_ROLE}(?:[ \t]+(?:ảo|ao|AI|ảo[ \t]+AI|virtual|[^\W\d_]{{1,12}}))?[ \t]*,?[ \t]+"
        r"(?:có[ \t]+tên[ \t]+là|co[ \t]+ten[ \t]+la|có[ \t]+tên|co[ \t]+ten|tên[ \t]+là|"
        rf"ten[ \t]+la|tên|ten|named|called)[ \t]+{_NAME}",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:agent|bot|assistant|persona|ai|tro_?ly|chatbot)_?name[\"']?[ \t]*[:=][ \t]*"
        rf"(?:[furbFURB]{{0,2}})[\"'`]{_NAME}[\"'`]",
        re.IGNORECASE,
    ),
)

#: a kin word or a title before the bot's name as it is spoken to or of ("anh An Tâm", "em
#: Mai"): the name is the same
_BEFORE_NAME = frozenset(
    {"em", "anh", "chi", "co", "chu", "ban", "bot", "tro", "ly", "mr", "ms", "mrs", "miss"}
)


def _fold(text: str) -> tuple[str, ...]:
    """A name's words, lower case, without diacritics (đ as d)."""
    bare = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(c for c in bare if not unicodedata.combining(c))
    return tuple(bare.casefold().split())


def personas(source: str) -> frozenset[tuple[str, ...]]:
    """The names a file's text gives its bot (folded, :func:`_fold`), found by the evidence in
    :data:`_PERSONA_CUES`; a name is kept only as far as its words are capitalised."""
    out: set[tuple[str, ...]] = set()
    for cue in _PERSONA_CUES:
        for m in cue.finditer(source):
            words = []
            for word in m.group("name").split():
                if not word[:1].isupper():
                    break
                words.append(word)
            if words:
                out.add(_fold(" ".join(words)))
    return frozenset(out)


_PERSONAS: ContextVar[frozenset[tuple[str, ...]]] = ContextVar("_PERSONAS", default=frozenset())


@contextlib.contextmanager
def reading_file(source: str) -> Iterator[None]:
    """While a file is scanned, the names its text gives its bot (:func:`personas`) are no
    private person's: a name found as a person in one of its prompts that is the bot's own
    (the persona named anywhere in the file, "a name repeated as the bot's own") is not
    counted; a real citizen's name there still is."""
    token = _PERSONAS.set(personas(source) if len(source) <= 4_000_000 else frozenset())
    try:
        yield
    finally:
        _PERSONAS.reset(token)


def prompt_finding(text: str) -> tuple[str, str] | None:
    """``(vi, en)`` summary of what check_prompt would not allow in a prompt literal; a
    name that is the bot's own persona in the file being read (:func:`reading_file`) is not
    counted."""
    known = _PERSONAS.get()
    if known:
        folded = " ".join(_fold(text))
        known = frozenset(p for p in known if " ".join(p) in folded)
    return _prompt_finding(text, known)


@cache
def _prompt_finding(text: str, known: frozenset[tuple[str, ...]]) -> tuple[str, str] | None:
    if len(text) < 6 or not _worth_checking(text):
        return None
    from ai_guard import i18n
    from ai_guard.models import Decision, EntityType
    from ai_guard.prompt import check_prompt

    check = check_prompt(text, policy=_prompt_policy())
    if check.decision is Decision.ALLOW:
        return None
    counts: dict[str, int] = {}
    for f in check.findings:
        if f.action is Decision.ALLOW:
            continue
        if f.entity is EntityType.PERSON and known:
            name = _fold(text[f.start : f.end])
            while len(name) > 1 and name[0] in _BEFORE_NAME and name not in known:
                name = name[1:]
            if name in known:
                continue  # the bot's own name, not a person's
        counts[f.entity.value] = counts.get(f.entity.value, 0) + 1
    if not counts:
        return None
    vi = ", ".join(f"{n} {i18n.entity_label(e, 'vi')}" for e, n in sorted(counts.items()))
    en = ", ".join(f"{n} × {i18n.entity_label(e, 'en')}" for e, n in sorted(counts.items()))
    return vi, en
