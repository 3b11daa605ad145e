"""API keys, bearer tokens and passwords (API_SECRET): secrets that must never reach an LLM.

Vendor keys are recognised by their published prefixes and lengths (OpenAI ``sk-``,
``sk-proj-``, ``sk-svcacct-``; Anthropic ``sk-ant-api03-``; Google ``AIza``; Hugging Face
``hf_``; Groq ``gsk_``; xAI ``xai-``; Replicate ``r8_``; Perplexity ``pplx-``; GitHub
``ghp_``/``github_pat_``; AWS ``AKIA``; Slack ``xox?-``; ai-guard's own gateway tokens
``aig_``). Keys without a prefix (Azure OpenAI's
32 hex characters, Mistral, Cohere, generic secrets) are reported only after a key name
("api-key", "AZURE_OPENAI_API_KEY", "Authorization: Bearer", "token=", ...).

A vendor's prefix typed loosely to dodge a filter ("sk proj 4fQ9...", "gsk 4fQ9...", "AI za
SyD9...") is read with it: the prefix's letters, then a random body of the vendor's length.

Passwords are reported after a password label followed by ':' or '=' ("Mật khẩu: Abc@2024",
"password=...", "MK: ..."), when the value has a digit, a symbol or mixed case, and so is a
passphrase of several words to its clause's end ("mật khẩu là con mèo đen nhà tôi 2024", "pass:
correct horse battery staple"); prose about passwords ("mật khẩu phải có tối thiểu 8 ký tự") is
not. One-time codes, card PINs and CVVs after their cue are API_SECRET too.

Validation rejects placeholders ("sk-...", "sk-xxxx", "YOUR_API_KEY", "<key>", "${KEY}") and
low-entropy strings: a real key is random.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator

from ai_guard.detectors import scores
from ai_guard.detectors._spans import SpanSet
from ai_guard.detectors.base import Detection, Shape
from ai_guard.detectors.key_disguises import (
    KEY_CHARS,
    broken_keys,
    encoded_keys,
    joined_end,
    joins_literals,
    key_runs,
    literal_pieces,
    named_joins,
)
from ai_guard.detectors.secret_cells import answered_words, column_cells
from ai_guard.detectors.secret_forms import (
    app_password_end,
    command_after_path,
    cookie_values,
    credential_arguments,
    device_secrets,
    encoded_passwords,
    env_secrets,
    markup_secrets,
    net_use_passwords,
    pgpass_passwords,
    sample_jwt,
    sql_type,
    wifi_qr_passwords,
)
from ai_guard.models import EntityType
from ai_guard.text import Document, fold
from ai_guard.text.encodings import glued_syllables
from ai_guard.text.match import holds_any, positions, trie_regex
from ai_guard.text.numbers import read_number_words
from ai_guard.text.sql import inserted_values

__all__ = ["ApiSecretDetector", "looks_random"]

_T = r"[A-Za-z0-9_\-]"
#: the key's right edge: no key character follows, or only markdown emphasis closing it
#: ("__hf_...__": underscores, then no key character)
_EDGE_R = r"(?![A-Za-z0-9\-])(?!_(?!_{0,2}(?![A-Za-z0-9_\-])))"
#: (literal prefix, vendor, pattern): each pattern starts with its literal, so the engine jumps
#: to candidates (a look-behind in front would disable that: 14x slower); the left edge is
#: checked in Python. A pattern runs only when its prefix occurs in the text at all.
_VENDORS: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
    (prefix, vendor, re.compile(body + _EDGE_R))
    for prefix, vendor, body in (
        ("sk-ant-", "anthropic", rf"sk-ant-(?:api|admin|sid|oat|ort)\d\d-{_T}{{32,}}"),
        ("sk-or-", "openrouter", r"sk-or-v1-[a-f0-9]{64}"),
        ("sk-", "openai", rf"sk-(?!ant-|or-v1-)(?:proj-|svcacct-|admin-|None-)?{_T}{{20,}}"),
        ("AIza", "google", r"AIza[0-9A-Za-z_\-]{35}"),
        # the same key gone through a lower-casing (a chat client, a form that lower-cases
        # what it is given): no word of any language is "aiza" and 35 key characters
        ("aiza", "google", r"aiza[0-9a-z_\-]{35}"),
        ("ya29.", "google", r"ya29\.[0-9A-Za-z_\-]{20,}"),
        ("hf_", "huggingface", r"hf_[A-Za-z0-9]{30,}"),
        ("api_org_", "huggingface", r"api_org_[A-Za-z0-9]{30,}"),
        ("gsk_", "groq", r"gsk_[A-Za-z0-9]{40,}"),
        ("xai-", "xai", r"xai-[A-Za-z0-9]{40,}"),
        ("r8_", "replicate", r"r8_[A-Za-z0-9]{30,}"),
        # Fireworks AI "fw_" and Together AI's newer "tgp_v1_" keys
        ("fw_", "fireworks", r"fw_[A-Za-z0-9]{20,}"),
        ("tgp_v1_", "together", rf"tgp_v1_{_T}{{30,}}"),
        ("pplx-", "perplexity", r"pplx-[A-Za-z0-9]{40,}"),
        ("gh", "github", r"gh[pousr]_[A-Za-z0-9]{36,}"),
        ("github_pat_", "github", r"github_pat_[A-Za-z0-9_]{50,}"),
        # ai-guard's own gateway tokens (ai_guard.serve.tokens): id, then 43 base64url
        ("aig_", "ai-guard", rf"aig_[0-9a-f]{{12}}_{_T}{{43}}"),
        # payment keys: a live secret or restricted key moves money
        ("sk_live_", "stripe", r"sk_live_[A-Za-z0-9]{20,}"),
        ("rk_live_", "stripe", r"rk_live_[A-Za-z0-9]{20,}"),
        ("AKIA", "aws", r"AKIA[0-9A-Z]{16}"),
        ("ASIA", "aws", r"ASIA[0-9A-Z]{16}"),
        # an access key id lower-cased on the way (a chat client): no word is "akia" and 16
        # key characters with a digit among them ("asia" is a word: not read lower-cased)
        ("akia", "aws", r"akia(?=[a-z]{0,15}[0-9])[0-9a-z]{16}"),
        ("xox", "slack", r"xox[abprs]-[A-Za-z0-9\-]{10,}"),
        # a Telegram bot's token: the bot's numeric id, ':', then 35 characters opening with
        # "AA" (the literal the scan starts from is ":AA"; the id before it is read back)
        (":AA", "telegram", r":AA[A-Za-z0-9_\-]{33}"),
        # the same token lower-cased on the way (a chat client): ":aa" and 33 key characters
        (":aa", "telegram", r":aa[a-z0-9_\-]{33}"),
        # a JSON Web Token: base64url header and payload (both JSON objects: "eyJ"), signature
        ("eyJ", "jwt", r"eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}(?:\.[A-Za-z0-9_\-]*){1,3}"),
    )
)
#: a vendor's prefix typed loosely: its separator turned into a space ("sk proj 4fQ9...",
#: "gsk 4fQ9...", "ghp 4fQ9..."), a space or hyphen inside it ("AI za SyD9...", "s-k-proj-..."):
#: the prefix's letters then the key's body of the vendor's length, read only around runs of
#: 20 key characters and when the body is random (the vendor patterns read the tight form)
_LOOSE = r"[ \t]*"
_LOOSE_SEP = r"[ \t\-_]*[ \t][ \t\-_]*|[ \t]*[\-_][ \t]*"
_LOOSE_VENDORS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (vendor, re.compile(rf"(?<![A-Za-z0-9_\-])(?:{head})(?P<body>{body})" + _EDGE_R))
    for vendor, head, body in (
        (
            "google",
            rf"(?i:a{_LOOSE}i{_LOOSE}z{_LOOSE}a)(?:{_LOOSE_SEP})?",
            r"[0-9A-Za-z_\-]{35}",
        ),
        (
            "anthropic",
            rf"s{_LOOSE}[\-_]?{_LOOSE}k(?:{_LOOSE_SEP})ant(?:{_LOOSE_SEP})(?:api|admin)\d\d"
            rf"(?:{_LOOSE_SEP})",
            rf"{_T}{{32,}}",
        ),
        (
            "openai",
            rf"s{_LOOSE}[\-_]?{_LOOSE}k(?:{_LOOSE_SEP})(?:(?:proj|svcacct|admin)(?:{_LOOSE_SEP}))?",
            rf"(?!ant[ \t\-_])[A-Za-z0-9]{_T}{{19,}}",
        ),
        ("groq", rf"g{_LOOSE}s{_LOOSE}k(?:{_LOOSE_SEP})", r"[A-Za-z0-9]{40,}"),
        ("github", rf"g{_LOOSE}h{_LOOSE}[pousr](?:{_LOOSE_SEP})", r"[A-Za-z0-9]{36,}"),
        ("huggingface", rf"h{_LOOSE}f(?:{_LOOSE_SEP})", r"[A-Za-z0-9]{30,}"),
        ("xai", rf"x{_LOOSE}a{_LOOSE}i(?:{_LOOSE_SEP})", r"[A-Za-z0-9]{40,}"),
        ("perplexity", rf"pplx(?:{_LOOSE_SEP})", r"[A-Za-z0-9]{40,}"),
        ("replicate", rf"r{_LOOSE}8(?:{_LOOSE_SEP})", r"[A-Za-z0-9]{30,}"),
    )
)
#: OpenAI's mark inside its keys (base64 of "OpenAI"): a key whose "sk-" prefix was cut off
#: still shows it; the run around it, 40 key characters at least, is the key
#: a piece of a vendor key: a prefix no word or placeholder has, then a body of 8 key
#: characters or more (shorter than the whole key's, which the vendor patterns read)
_KEY_PIECE = re.compile(
    r"(?<![A-Za-z0-9_\-])(?:sk-ant-(?:api|admin)\d\d-|sk-(?:proj|svcacct|admin)-|github_pat_|AIza)"
    r"(?P<body>[A-Za-z0-9_\-]{8,})(?![A-Za-z0-9_\-])"
)
#: a piece's body shorter than this is a fragment whose rest stands elsewhere in the text
#: (every vendor's whole body is longer: 32 for Anthropic, 35 for Google)
_PIECE_BODY = 24
_PIECE_RUN = re.compile(r"(?<![A-Za-z0-9_\-])[A-Za-z0-9_\-]{16,}(?![A-Za-z0-9_\-])")
_PIECE_SHAPE = Shape(EntityType.API_SECRET, "api_key.piece", scores.BASE_VENDOR_KEY)
#: a run of hexadecimal digits (a hash, a UUID): no piece of a vendor's key
_HEX_RUN = re.compile(r"[0-9A-Fa-f\-]+")
_OPENAI_MARK = "T3BlbkFJ"
_MARKED_MIN = 40
_MARKED_REACH = 200
_MARKED_SHAPE = Shape(EntityType.API_SECRET, "api_key.openai.marked", scores.BASE_VENDOR_KEY)
#: the shortest body a loosely typed prefix goes with (OpenAI's 20), in the runs' sketch, and how
#: far before it the prefix may start ("sk ant api03 ", spaced wider)
_LONG_BODY = 20
_LOOSE_REACH = 24
#: key names that count only before '=' or ':' (a URL query, a header): "key=...", "sig=..."
#: and the vendors' own names as labels ("Cohere: ...", "Mistral = ...")
# a PEM private key block ("-----BEGIN RSA PRIVATE KEY-----" ... "-----END ...-----"), whole;
# a block cut short (no END line) up to its last base64 line. Whitespace separates the
# tokens of the body, so the pattern has one way to split it (no backtracking blow-up).
_PEM_HEAD = r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----"
_PRIVATE_KEY = re.compile(
    rf"{_PEM_HEAD}(?:\s+\S+){{0,400}}?\s+-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----"
    rf"|{_PEM_HEAD}(?:\s+[A-Za-z0-9+/=]{{16,}})+"
    # inside a JSON string (a service account's "private_key"), its line breaks escaped:
    # "-----BEGIN PRIVATE KEY-----\nMIIEv...\n-----END PRIVATE KEY-----\n"
    rf"|{_PEM_HEAD}(?:\\n[A-Za-z0-9+/=]*){{1,400}}?\\n-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----"
    rf"|{_PEM_HEAD}(?:\\n[A-Za-z0-9+/=]{{16,}})+"
)
_BASE64_LINE = re.compile(r"[A-Za-z0-9+/=]{16,}")
_PRIVATE_KEY_SHAPE = Shape(EntityType.API_SECRET, "private_key.pem", scores.BASE_VENDOR_KEY)
# HTTP basic credentials: "Authorization: Basic <base64 of user:password>"
_BASIC_AUTH = re.compile(r"(?i:basic)[ \t]+(?P<value>[A-Za-z0-9+/]{12,}={0,2})(?![A-Za-z0-9+/=])")
#: a value after a configuration name ending in a credential's word (secret_forms.env_secrets)
_ENV_KEY = Shape(EntityType.API_SECRET, "api_key.env", scores.BASE_NAMED_SECRET)
_BASIC_SHAPE = Shape(EntityType.API_SECRET, "password.basic_auth", scores.BASE_NAMED_SECRET)

_VENDOR_NAMES = (
    "openai", "azure", "anthropic", "gemini", "groq", "mistral", "deepseek", "huggingface",
    "cohere", "together", "fireworks", "replicate", "openrouter", "zhipu", "zhipuai", "bigmodel",
    "qianfan", "baidu", "ernie", "dashscope", "qwen", "moonshot", "kimi", "perplexity",
)  # fmt: skip
_SEPARATED = ("key", "sig", "signature", "sid", "auth", "apikey", "khoa", *_VENDOR_NAMES)
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
        ("access", "key"),
        ("secret", "access_key"),
        ("refresh", "token"),
        ("id", "token"),
        ("session", "token"),
        ("session", "id"),
    )
    for sep in ("_", "-", "", " ")
] + [
    "x-api-key",
    "ocp-apim-subscription-key",
    "token",
    "secret",
    "authorization",
    "bearer",
    # Vietnamese cues, on the folded view: khóa/khoá API, mã bí mật, khóa bí mật, mã truy cập
    "khoa api",
    "ma api",
    "khoa bi mat",
    "ma bi mat",
    "ma truy cap",
    "khoa truy cap",
    "chuoi bi mat",
    # names that count only before '=' or ':' (a URL query, a header): "key=...", "sig=..."
    *_SEPARATED,
]
# key names are found on the lower-case folded view (same offsets), the value on the text
_NAME = re.compile(trie_regex(_KEY_NAMES))
_VALUE = re.compile(
    r"[\"']?[ \t]*(?:[:=]|=>|:=|[ \t](?:là|la|is)[ \t])?[ \t]*(?:[Bb]earer[ \t]+)?[\"'`]?"
    r"(?P<value>[A-Za-z0-9_\-+/.~]{16,}={0,2})"
)
_SEPARATOR = re.compile(r"[\"']?[ \t]*(?:[:=])")
#: chat forms the label-then-value pattern above does not read, tried after it: up to five
#: words between the name and its ':' / '=' / "là" ("key của em: ...", "key baidu_ak của team
#: đây: ...", "khoá API của anh là ...", "API key mới: ..."), the value on the next line
#: ("Groq API key\n..."), a name that needs a separator followed by a long value alone
#: ("Mistral key ...": 20 characters at least)
_VALUE_QUALIFIED = re.compile(
    r"(?:[ \t]+[^\s:=\"'`]{1,20}){1,5}?[ \t]*(?:[:=]|[ \t](?:là|la|is)[ \t])[ \t]*"
    r"(?:[Bb]earer[ \t]+)?[\"'`]?(?P<value>[A-Za-z0-9_\-+/.~]{16,}={0,2})"
)
#: a key too long for the chat's line typed in pieces on the lines after its name ("key dài quá
#: em tách 2 dòng:⏎38c9c948204c2151⏎b7596985712422ca"): up to six words and a separator closing
#: the name's line, then two to eight lines each a run of key characters alone; the pieces
#: joined must read as one random key (20 characters at least)
_VALUE_STACKED = re.compile(
    r"(?:[ \t]+[^\s:=\"'`]{1,20}){0,6}?[ \t]*[:=]?[ \t]*\r?\n"
    r"(?P<value>[ \t]*[A-Za-z0-9_\-+/.~]{6,64}(?:[ \t]*\r?\n[ \t]*[A-Za-z0-9_\-+/.~]{6,64}){1,7})"
    r"[ \t]*(?=\r?\n|$)"
)
_STACKED_MIN = 20
_VALUE_NEXT_LINE = re.compile(
    r"[\"']?[ \t]*(?:[:=][ \t]*)?\r?\n[ \t]*[\"'`]?(?P<value>[A-Za-z0-9_\-+/.~]{16,}={0,2})"
)
#: a key spelled out with a space between its characters ("API key: s k - a n t - ..."),
#: read after a key name only (ordinary spaced letters are no key): 16 characters at least
_VALUE_SPACED = re.compile(
    r"[\"']?[ \t]*(?:[:=]|=>|[ \t](?:là|la|is)[ \t])?[ \t]*[\"'`*_]*"
    r"(?P<value>[A-Za-z0-9_\-+/.~](?: [A-Za-z0-9_\-+/.~]){15,})(?![^\s\"'`*])"
)
_VALUE_BARE = re.compile(r"[ \t]+(?P<value>[A-Za-z0-9_\-+/.~]{20,}={0,2})")
#: the last chat form: the key pasted a few words after its name, with no separator at all,
#: in the same clause ("api key của em ...", "cho em hỏi key này còn dùng được không ..."):
#: 20 characters at least, taken only when it is random (looks_random) and not a path
_VALUE_FAR = re.compile(
    r"(?:[ \t]+[^\s.;!?:=\"'`]{1,20}){1,8}?[ \t]+[\"'`(]?"
    r"(?P<value>[A-Za-z0-9_\-+/.~]{20,}={0,2})(?![A-Za-z0-9_\-+/~])"
)
#: a segment of a path or of a dotted name ("/home/user/...", "app.config.json"): no key
_PATH_WORD = re.compile(r"(?:^|[/.])[a-z]{3,}(?=[/.]|$)")
#: a cheap gate: one of these must occur in the folded text for the key names to be searched
_NAME_KEYS = (
    "key", "token", "secret", "bearer", "authorization", "khoa api", "ma api", "khoa bi mat",
    "ma bi mat", "ma truy cap", "khoa truy cap", "chuoi bi mat", "khoa:", "khoa =", "khoa=",
    "sig", "sid", "auth", "session", *_VENDOR_NAMES,
)  # fmt: skip
_PLACEHOLDER_WORDS = re.compile(
    r"(?i)your|example|placeholder|replace|changeme|dummy|sample|redacted|xxxx|\.\.\.|<|>|\$\{|\*\*\*"
)


_PASSWORD_NAME = re.compile(
    r"(?:mat[\s_]*khau(?:\s+(?:dang\s+nhap|email|tai\s+khoan|vneid|moi|cu))?|mat\s+ma"
    # chat's shortenings: "mkhau", and "m.k" / "m k" only before their ':' or '='
    r"|mkhau|m[. \t]k(?=[ \t]*[:=])"
    r"|password|passwd|passphrase|passcode|pwd|pass|pw|mk"
    # chat's slips: a letter doubled or dropped ("passs:", "pasword", "passwrod"), and "pas"
    # only before its ':', '=' or "là" (a French "pas", an abbreviation, stay words)
    r"|pas+w(?:or|ro|r)?d|pass+|pas(?=[ \t]*[:=]|[ \t]+la[ \t]))(?![a-z0-9])"
)
# the value follows a ':' or '=' (a label, not prose about passwords), or "là"/"la"/"is"
# up to three more words may qualify the label ("Mật khẩu đăng nhập VNeID:", "Password for
# admin:") before the ':' / '=' / 'là' that introduces the value
_PASSWORD_VALUE = re.compile(
    r"(?:[ \t]+[^\s:=\"'`]{1,20}){0,3}?[\"']?[ \t]*(?:[:=]|[ \t](?:là|la|is|:))[ \t]*"
    r"(?:\r?\n[ \t]*)?[\"'`]?"
    r"(?P<value>[^\s\"'`]{3,256})"
)
# four to ten qualifying words, none ending a clause, before the ':' / '=' / "là"
_PASSWORD_VALUE_FAR = re.compile(
    r"(?:[ \t]+[^\s:=\"'`,.;?!()]{1,20}){4,10}?[\"']?[ \t]*(?:[:=]|[ \t](?:là|la|is|:))[ \t]*"
    r"(?:\r?\n[ \t]*)?[\"'`]?(?P<value>[^\s\"'`]{3,256})"
)
#: the rest of a password a line break cut ("... là⏎PhongHop⏎@T3#2026⏎(bị xuống dòng)"): one
#: word alone on the next line, with a digit or a sign in it (a word of letters alone, "ok",
#: is the next sentence)
_CUT_TAIL = re.compile(r"[ \t]*\r?\n[ \t]*(?P<tail>[^\s\"'`]{2,64})[ \t]*(?=\r?\n|$)")
#: every form above but the bare one needs its separator on the label's own line
#: (found with ``str.find``: a class-led pattern tests every character of the line)
_LINE_SEPARATORS = (":", "=", " là", " la", " is", "\tl", "\ti")
_LINE_REACH = 400


#: the words of a clause, for a password pasted a few words after its label with no separator
_CLAUSE_WORD = re.compile(r"[^\s\"'`]+")
_STRONG_REACH = 6


def _cut_tail_end(text: str, end: int) -> int:
    """Where a password found up to ``end`` really ends: past a line break when the next line
    is its cut tail alone (:data:`_CUT_TAIL`: a digit or a sign in it, no date, amount or
    placeholder); the value is one span over the break, none of it left visible."""
    if end >= len(text) or text[end] not in " \t\r\n":
        return end
    m = _CUT_TAIL.match(text, end)
    if m is None:
        return end
    tail = _trim(m.group("tail"))
    if (
        len(tail) < 2
        or tail.isalpha()
        or any(c in tail for c in "=:/")  # the next line of a file ("MAIL_FROM=...", "smtp:")
        or _NUMERIC_ONLY.match(tail)
        or _placeholder(tail)
        or tail[0] in "([{<"
    ):
        return end
    line = text[text.rfind("\n", 0, end) + 1 : end]
    if any(sign in tail and sign in line for sign in ",;|\t"):
        return end  # the next row of a table the value's line is a row of ("2,Binh,Xyz@24")
    return m.start("tail") + len(tail)


def _strong_password(value: str) -> bool:
    """A value no prose word or system name resembles: letters and digits mixed, 6 characters
    or more, and a symbol or both cases ("Vietnam#51751", "Lan1990x" is not: "QLVB2024" is a
    system's name)."""
    if len(value) < 6 or _placeholder(value) or _NUMERIC_ONLY.match(value):
        return False
    digit = any(c.isdigit() for c in value)
    lower, upper = any(c.islower() for c in value), any(c.isupper() for c in value)
    symbol = any(not c.isalnum() for c in value)
    return digit and (lower or upper) and (symbol or (lower and upper))


#: words after which a value with letters and digits is the password itself: "đổi mật khẩu
#: thành abc12345", "mật khẩu vneid của tôi abc12345"
_OWNER_WORDS = frozenset({"thành", "thanh", "tôi", "toi", "em", "mình", "minh", "anh", "chị"})


def _strong_word_after(text: str, after: int, label: str) -> tuple[int, int, str] | None:
    """The first strong password among the next few words after a label, on its line and in
    its clause (a word ending in ',', '.', ';', '?' or '!' is the clause's last), or None."""
    stop = text.find("\n", after, after + 256)
    previous = ""
    for n, word in enumerate(_CLAUSE_WORD.finditer(text, after, after + 256 if stop < 0 else stop)):
        if n >= _STRONG_REACH:
            break
        w = word.group(0)
        # both tests need a digit: a word of letters alone (most words, and _trim leaves it
        # as it is) is neither
        if not w.isalpha():
            value = _trim(w)
            if _strong_password(value) or (
                previous in _OWNER_WORDS and _looks_like_password(value, bare=True, label=label)
            ):
                s = word.start()
                return s, s + len(value), label
            if w[-1] in ",.;?!":
                break
        previous = w.lower()
    return None


#: a passphrase after a label and its separator runs to its clause's end: the line's end, a
#: comma, or a sentence's punctuation before a space or the text's end
_PHRASE_CLAUSE = re.compile(r"(?:[^\n,;.!?]|[,;.!?](?=[^\s,;.!?]))+")
_PHRASE_WORDS = (3, 8)
#: the number a passphrase holds: two digits or more, or digits mixed with letters or symbols
#: ("2024", "Abc1", "123!"); a date ("30/6/2025") or a single digit ("tầng 1") is prose's
_PHRASE_NUMBER = re.compile(r"\d{2,}$|(?=.*\d)(?!.*\d[/:.]\d)(?=.*[^\d\s/:.,\-]).+$")
#: the length of a number ending a clause that describes the password before it
_CLAUSE_NUMBER = (6, 12)
#: words of prose about passwords, in the folded view (rules, questions, instructions: "tối
#: thiểu 8 ký tự", "là gì", "do người dùng tự đặt", "at least 8 characters"): a clause holding
#: one is no passphrase
_PROSE_WORDS = frozenset(
    {
        # Vietnamese, folded
        "phai", "thieu", "it", "ky", "gom", "duoc", "khong", "gi", "nao", "sao", "can", "nen",
        "khi", "hoac", "chu", "so", "dat", "doi", "nhap", "dung", "nguoi", "tu", "la", "co",
        "bang", "se", "da", "bi", "sai", "quen", "het", "han", "mac", "dinh", "cuoi", "dau",
        "sinh", "neu", "thi", "hay", "vui", "long", "xem", "theo", "tren", "duoi", "dieu",
        "luat", "khoan", "chuong", "phu", "muc", "lop", "buoc", "ngay", "truoc", "sau", "thuc",
        "hien", "hoi", "tuoi", "lien", "gui", "nhan", "cap",
        # English
        "the", "a", "an", "you", "your", "is", "are", "be", "at", "least", "must", "should",
        "will", "required", "characters", "character", "chars", "digits", "digit", "contain",
        "contains", "set", "same", "one", "when", "if", "not", "empty", "blank", "for", "to",
        "of", "and", "or", "with", "length", "min", "max", "minimum", "maximum", "letters",
        "letter", "number", "numbers", "symbol", "symbols", "uppercase", "lowercase", "see",
        "use", "default", "change", "reset", "forgot", "expired", "wrong", "incorrect",
    }
)  # fmt: skip


#: words of an instruction about passwords (folded): a title-case phrase holding one is a
#: heading or a pointer ("Xem Hướng Dẫn", "Do Người Dùng Tự Đặt"), no passphrase
_TITLED_PROSE = frozenset(
    {
        "xem", "theo", "phai", "thieu", "ky", "gom", "duoc", "khong", "nhap", "dat", "doi",
        "quen", "la", "gi", "nao", "sao", "can", "nen", "hoac", "chu", "so", "mac", "dinh",
        "huong", "dan", "lien", "he", "nguoi", "dung", "tu", "bi", "mat", "khau", "cap",
        "see", "the", "your", "must", "required", "at", "least", "characters",
    }
)  # fmt: skip
#: up to three qualifying words, then the separator that introduces a passphrase
_PHRASE_SEPARATOR = re.compile(
    r"(?:[ \t]+[^\s:=\"'`]{1,20}){0,3}?[\"']?[ \t]*(?:[:=]|[ \t](?:là|la|is)(?=[ \t:]))[ \t:]*"
)


def _passphrase(text: str, start: int) -> tuple[int, int] | None:
    """The span of a passphrase of words at ``start`` (right after a password label's ':',
    '=' or "là"): "con mèo đen nhà tôi 2024", "correct horse battery staple", "Abc 123 !@#".
    The clause holds three to eight words and no word of prose about passwords, and either a
    number (two digits or more, or digits mixed with letters; no date) or, without any digit,
    four or more lower-case ASCII words of four letters at least (an English passphrase;
    Vietnamese prose is syllables of fewer letters)."""
    clause = _PHRASE_CLAUSE.match(text, start, start + 160)
    if clause is None:
        return None
    value = clause.group(0).rstrip()
    if clause.end() < len(text) and text[clause.end()] == "?":
        return None  # a question about the password
    words = value.split()
    # two words, one a number of four digits or more ("mk: Hanoi 2024")
    pair = len(words) == 2 and any(w.isdigit() and len(w) >= 4 for w in words)
    if not (pair or _PHRASE_WORDS[0] <= len(words) <= _PHRASE_WORDS[1]) or _placeholder(value):
        return None
    folded = [fold(w).strip("\"'`()[]") for w in words]
    titled = all(w.isalpha() and w[0].isupper() and (len(w) == 1 or w[1:].islower()) for w in words)
    if titled and len(words) >= _PHRASE_WORDS[0] and not any(w in _TITLED_PROSE for w in folded):
        # every word capitalised, none in capitals ("Con Mèo Đen Nhà Tôi", "Mưa Rơi Trên
        # Phố"): a phrase typed as a value into a form, whatever words it holds but those of
        # an instruction ("Xem Hướng Dẫn"); a hint about the password is typed as prose, lower
        # case ("mật khẩu là tên con chó")
        return start, start + len(value)
    if any(w in _PROSE_WORDS for w in folded):
        # the value said after its description ("mật khẩu là ngày sinh của tôi 15031990"): a
        # number of six digits or more ends a clause naming its owner ("liên hệ số 19001234"
        # names none: a hotline)
        last = words[-1]
        owned = any(w in _OWNER_WORDS for w in folded)
        if owned and last.isdigit() and _CLAUSE_NUMBER[0] <= len(last) <= _CLAUSE_NUMBER[1]:
            return start + len(value) - len(last), start + len(value)
        return None
    if any(_PHRASE_NUMBER.match(w) for w in words):
        return start, start + len(value)
    if any(c.isdigit() for c in value):
        return None  # one digit ("tầng 1"), a date ("30/6/2025"): prose, not a passphrase
    english = len(words) >= 4 and all(
        w.isascii() and w.isalpha() and w.islower() and len(w) >= 4 for w in words
    )
    return (start, start + len(value)) if english else None


#: labels in Vietnamese: after one, whatever the separator, a word of glued syllables is typed
#: as a value; after an English label only "là"/"la" says so ("password: mandatory" is prose)
_VIETNAMESE_LABELS = frozenset({"mat khau", "matkhau", "mat_khau", "mkhau", "mk", "mat ma"})
#: what may follow a glued word in its clause: chat's particles and the person it is said to
_PARTICLES = frozenset(
    {
        "nhe", "nha", "nhen", "nghe", "nhi", "do", "day", "a", "ak", "ah", "e", "em", "anh",
        "chi", "minh", "ban", "nhes", "nhaa", "ne", "roi", "luon", "ha", "hen",
    }
)  # fmt: skip
_GLUED_MIN = (6, 2)  # letters, syllables


def _glued_value(text: str, start: int, value: str, label: str, sep: str) -> bool:
    """Whether ``value``, one lower-case word with no digit right after a label's separator,
    is a password typed as Vietnamese syllables glued together ("pass la hoahongdo", "mk: anh
    yeu em" typed "anhyeuem"): two syllables or more, six letters or more, after "là"/"la" or
    a Vietnamese label, alone in its clause but for chat's particles ("... anhyeuem nhe"). A
    single syllable ("mật khẩu là gì", "mk la cai gi") or words with spaces ("mat khau la ten
    con cho": a hint) are prose."""
    if not (value.isalpha() and value.islower()) or len(value) < _GLUED_MIN[0]:
        return False
    if fold(label) not in _VIETNAMESE_LABELS and fold(sep).strip(" \t\"'`:") not in ("la",):
        return False
    if glued_syllables(fold(value)) < _GLUED_MIN[1]:
        return False
    clause = _PHRASE_CLAUSE.match(text, start + len(value), start + len(value) + 40)
    rest = fold(clause.group(0)).split() if clause is not None else []
    return all(w in _PARTICLES for w in rest) and len(rest) <= 2


#: a second value after a password: "..., mới là Hanoi@2024", "; new: ..."
_NEXT_PASSWORD = re.compile(
    r"[ \t]*[,;]?[ \t]*(?:(?:và|va|and|còn|con)[ \t]+)?(?i:mới|moi|new|cũ|cu|old)[ \t]*"
    r"(?:là|la|is|:|=)[ \t]*[\"'`]?(?P<value>[^\s\"'`]{3,256})"
)


#: "login canbo01 / Abc#2024", "tk canbo01/Abc#2024", "user: canbo01 / Abc#2024", "SSID
#: HopTang3 / 88889999": an account (a network) and its password side by side after a login
#: word, on the folded view
_LOGIN_PAIR = re.compile(
    r"(?<![a-z0-9])(?P<word>login|dang\s+nhap|tai\s+khoan|tk|account|acc|user(?:name)?|ssid)"
    r"[ \t]*[:=]?[ \t]*[^\s/:=]{2,64}[ \t]*/[ \t]*(?P<value>[^\s\"'`]{6,256})"
)
#: a privileged account's usual name and its password side by side with no login word
#: ("admin / Qw3rty!2024" in a code comment, "root:Abc@12345", "sa/Sql#2024", "admin -
#: P@ssw0rd2024": a dash between spaces), on the
#: folded view: the value must be a strong password (a word or a path is no password)
_ACCOUNT_PAIR = re.compile(
    r"(?<![\w/.@\-])(?:admin(?:istrator)?|root|sa|postgres|sysadmin|superuser|quantri)"
    r"(?:[ \t]*[/:]|[ \t]+[-\u2013][ \t])[ \t]*(?P<value>[^\s\"'`/]{6,64})(?![^\s,;)\]\"'`])"
)
_ACCOUNT_GATE = ("admin", "root", "sa", "postgres", "superuser", "quantri")
_FILE_NAME = re.compile(r"[/\\]|\.[A-Za-z]{2,4}$")
_LOGIN_GATE = ("login", "dang nhap", "tai khoan", "tk", "account", "acc", "user", "ssid")
#: a Wi-Fi network's name and its key ("SSID HopTang3 / 88889999"): a WPA key has 8
#: characters at least, digits alone too
_WIFI_KEY_DIGITS = 8
#: a quantity with its unit ("2.4GHz", "5 GHz", "300Mbps"): no password
_MEASURE = re.compile(r"(?i)\d+(?:[.,]\d+)?[ \t]*(?:ghz|mhz|mbps|gbps|kbps|kb|mb|gb|tb)$")


def _nothing_after(text: str, after: int, clean: list[int]) -> bool:
    """True when no value form can follow a label ending at ``after``: the rest of its line
    (when it ends within reach) holds no separator and no bare value follows: a few memory
    scans where the three patterns would each try up to ten words. ``clean`` holds the span
    ``[start, stop)`` of a line's rest already found free of separators (labels on one line
    share it)."""
    stop = text.find("\n", after, after + _LINE_REACH)
    if stop == -1:
        if after + _LINE_REACH < len(text):
            return False  # a long line: let the patterns decide
        stop = len(text)
    if not (clean[0] <= after and stop == clean[1]):
        for sep in _LINE_SEPARATORS:
            if text.find(sep, after, stop) != -1:
                return False
        clean[0], clean[1] = after, stop
    return _PASSWORD_BARE.match(text, after) is None


#: the clause after a label (its words cannot hold these characters), and what in it can
#: introduce the value: a cheap test before the pattern above
_CLAUSE_MAX = 260
_CLAUSE = re.compile(rf"[^,.;?!()\n]{{0,{_CLAUSE_MAX}}}")
_FAR_SEPARATOR = re.compile(r"[:=]|[ \t](?:là|la|is)")
# no separator at all: "mk 12345678", "pass Abc@123" (the value must look like a password)
_PASSWORD_BARE = re.compile(r"[ \t]+(?P<value>[^\s\"'`]{6,256})")
# a config name that ends in a password word, then '=' or ':': DB_PASSWORD=, PGPASSWORD=,
# MYSQL_ROOT_PASSWORD: ; any value but a placeholder is the password
_CONFIG_NAME_CHAR = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-")
_CONFIG_VALUE = re.compile(r"[\"']?[ \t]*(?:=|:)[ \t]*[\"'`]?(?P<value>[^\s\"'`]{1,256})")
# where a key=value list goes on: "P@ss;Database=x", "secret&user=y"
_NEXT_PARAM = re.compile(r"[;&,][A-Za-z_][A-Za-z0-9_ .\-]{0,30}=")
_COMMON_WORDS = re.compile(r"(?i)^[a-zà-ỹđ]+$")
#: values that stand for a password in documentation ("user:password@host", "pass: ***")
PLACEHOLDER_PASSWORDS = frozenset(
    {
        "password", "pass", "passwd", "pwd", "secret", "matkhau", "mat_khau", "mật_khẩu",
        "changeme", "yourpassword", "your_password", "mypassword", "pw", "xxx", "none", "null",
        "true", "false", "required", "optional", "string", "str",
    }
)  # fmt: skip


#: a value that is code reading the secret from elsewhere: "os.getenv(", "process.env.DB_PASS",
#: "config['db']['password']", "settings.DB_PASSWORD", "get_secret(" (a call or an attribute path)
_CODE_VALUE = re.compile(
    r"(?:(?:os\.(?:getenv|environ)|process\.env|System\.getenv|getenv|environ)(?![\w!@#$%&*])|"
    # a PowerShell cmdlet that reads or converts it ("$pw = ConvertTo-SecureString ...",
    # "Read-Host -AsSecureString", "Get-Secret"): a verb of the ones that yield a value
    r"(?:Get|Read|ConvertTo|ConvertFrom|Import|Invoke|New|Unprotect)-[A-Z][A-Za-z]+$|"
    # a call: a name of letters (a password holds digits: "abc123()"), a quoted or named
    # argument or none ("get_secret(\"db\")", "config.get('db_pass')", "read_password()")
    r"[a-z_][a-z_]{2,}(?:\.[A-Za-z_]\w*)*\((?:[\"'][^\"']*[\"']|[A-Za-z_][\w.]*)?\)?$)"
)


def _random_cookie(value: str) -> bool:
    """A cookie's or a markup key's value random enough to be a session or a key."""
    return looks_random(value, min_entropy=3.0)


#: a value that names where the password is, not the password: an option's source modifier
#: (keytool's ``-storepass:env NAME`` / ``-storepass:file path``, OpenSSL's ``-passin
#: env:NAME`` / ``file:path`` / ``fd:3`` / ``stdin``); OpenSSL's ``pass:`` IS the password
_SOURCE_VALUE = re.compile(r"(?i)(?:env|file|fd|stdin)(?::\S*)?")
#: their first letters (a test before the pattern, asked of every value judged)
_SOURCE_FIRST = frozenset("efs")


def _placeholder(value: str) -> bool:
    v = value.lower()
    return (
        _CODE_VALUE.match(value) is not None
        or (v[:1] in _SOURCE_FIRST and _SOURCE_VALUE.fullmatch(value) is not None)
        or v in PLACEHOLDER_PASSWORDS
        or bool(_PLACEHOLDER_WORDS.search(value))
        or set(value) <= {"*", "x", "X", "•", ".", "-", "_", "?"}
        or (value[:1] in "{[(%$" and value[-1:] in "}])%")
        or value.startswith(("$", "%", "{{"))
        or sql_type(value)
    )


def _quoted(text: str, start: int, value: str) -> str:
    """A value that opens with a quote runs to the closing quote on its line ("Abc 123")."""
    if start == 0 or text[start - 1] not in "\"'`":
        return value
    close = text.find(text[start - 1], start, start + 257)
    line_end = text.find("\n", start, start + 257)
    if close == -1 or (line_end != -1 and line_end < close) or close == start:
        return value
    return text[start:close]


def _trim(value: str) -> str:
    """The value without what follows it in a key=value list and without sentence punctuation."""
    nxt = _NEXT_PARAM.search(value)
    if nxt is not None:
        value = value[: nxt.start()]
    return value.rstrip(".,;)")


#: labels after which a bare run of digits ("mật khẩu 123456") is a password; after "mk",
#: "pass" or "pw" with no separator it may as well be a phone number or a price
_DIGITS_BARE_LABELS = frozenset({"mat khau", "password", "passwd", "pwd", "mat ma", "passcode"})
#: an account a password label names before a bare run of digits: "mk vcb 123456", "mật khẩu
#: wifi 12345678", "pass zalo 20102024" (on the folded view): the digits are that account's
#: password or PIN. Only account names: "pass máy 1500000" sells a machine
_QUALIFIED_DIGITS = re.compile(
    r"[ \t]+(?:(?:vi|vi[ \t]+dien[ \t]+tu|tai[ \t]+khoan|tk)[ \t]+)?"
    r"(?:wi-?fi|wf|e-?mail|gmail|mail|vcb|bidv|agribank|acb|mb|mbbank|tpbank|tcb"
    r"|techcombank|vietinbank|sacombank|vpbank|ngan[ \t]+hang|atm|the[ \t]+atm|zalo|zalopay"
    r"|momo|fb|facebook|vneid|admin|app)[ \t]+(?P<value>\d{4,16})(?![\w@.,/\-]|[.,]\d)"
)
#: a value in quotes right after the label's ':' or '=' ('Password="Sa 2024!"')
_QUOTED_VALUE = re.compile(r"[ \t]*[:=][ \t]*([\"'])(?P<value>[^\"'\r\n]{1,256})\1")
#: an ODBC value in braces ("Pwd={Abc@12;3}"), and the name of a variable standing for one
#: ("{DB_PASSWORD}", a placeholder)
_BRACED = re.compile(r"\{(?P<value>[^\s{}]{1,254})\}")
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
#: a key (a config name, a property, a variable) holding a password word among other words,
#: right before its ':' or '=' (folded view): "dbPassword", "adminPasswordMoi",
#: "mat_khau_email_cong_vu", "matKhauQuanTri"; its words are told apart on the case-kept view.
#: The rest of the key after the password word, then its ':' or '='
_KEY_REST = re.compile(r"[a-z0-9_.\-]*(?=[\"']?[ \t]*[:=])")
_KEY_GATE = ("pass", "pwd", "khau")
_KEY_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_.-")
_KEY_REACH = 64
#: the words of a key that are a password word
_KEY_PASSWORD_WORDS = frozenset(
    {"password", "passwd", "pwd", "pass", "passcode", "passphrase", "matkhau", "mkhau", "pw"}
)
#: words of a key naming a property of passwords, not one ("password_min_length",
#: "passwordExpiryDays", "pass_rate"): its value is a setting
_KEY_PROPERTY_WORDS = frozenset(
    {
        "min", "max", "length", "len", "expiry", "expire", "expires", "expired", "age", "timeout",
        "ttl", "days", "day", "count", "policy", "rule", "rules", "regex", "pattern", "reset",
        "enabled", "enable", "disabled", "required", "hint", "field", "label", "placeholder",
        "file", "path", "url", "env", "var", "strength", "changed", "updated", "date", "time",
        "attempts", "attempt", "retries", "retry", "lockout", "history", "complexity", "type",
        "mode", "rate", "prompt", "input", "form", "text", "message", "msg", "error", "score",
        "hash", "salt", "show", "visible", "toggle", "icon", "button", "link", "id",
    }
)  # fmt: skip
#: what may end a key's line after its value: a closing quote, a ';' or ',', a comment
_KEY_LINE_REST = re.compile(r"[\"'`]?[ \t]*[;,]?[ \t]*(?:(?:#|//).*)?(?:\r?\n|$)")
_KEY_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+")


#: a password word a one-word key ends with ("pgpassword", "mysql_pwd" lower-cased whole)
_GLUED_PASSWORD = ("password", "passwd")


def _glued_password(words: list[str]) -> list[str]:
    """A key of one word ending in a password word after a prefix (``pgpassword=``,
    ``PGPASSWORD`` lower-cased by a chat client): the prefix and the password word."""
    if len(words) == 1:
        for tail in _GLUED_PASSWORD:
            if words[0].endswith(tail) and len(words[0]) > len(tail):
                return [words[0][: -len(tail)], tail]
    return words


def _key_words(cased: str) -> list[str]:
    """The words of a key as written (case-kept, folded view): split at ``_``, ``-``, ``.``
    and where a capital follows a small letter ("adminPasswordMoi" -> admin password moi),
    lower-cased; "mat" "khau" read as one word, "matkhau"."""
    words = [w.lower() for w in _KEY_WORD.findall(cased)]
    out: list[str] = []
    for w in words:
        if w == "khau" and out and out[-1] == "mat":
            out[-1] = "matkhau"
        else:
            out.append(w)
    return out


#: the value of a name/value pair an API client exports (Postman: ``{"key": "password",
#: "value": "Hn@2024xyz"}``, a header ``{"key": "x-api-key", "value": "..."}``): the name in
#: quotes, then its value under "value"
_PAIR_VALUE = re.compile(
    r"[\"'][ \t]*,[ \t]*[\"']value[\"'][ \t]*:[ \t]*[\"'](?P<value>[^\"'\s]{1,256})[\"']"
    # the same pair in YAML, a container's environment: "- name: DB_PASSWORD" / "value: ..."
    r"|[\"']?[ \t]*\r?\n[ \t]*value[ \t]*:[ \t]*[\"']?(?P<yaml>[^\"'\s]{1,256})"
)
#: a value alone on the line under its label, no separator ("Mật khẩu⏎Abc@1234")
#: (or the value first on the next line, the sentence going on after a comma: "anh ơi mk⏎
#: Abc@12345, vào giúp em nhé")
_VALUE_BELOW = re.compile(
    r"[ \t]*\r?\n[ \t]*(?P<value>[^\s\"'`]{6,256})(?:[ \t]*(?=\r?\n|$)|(?=[,;][ \t]))"
)
#: a password typed letter-spaced after its label and ':' or '=' ("mật khẩu đăng nhập: 1 2 3 4
#: 5 6 7 8"): single characters between single spaces, to the line's or clause's end
_SPACED_PASSWORD = re.compile(
    r"(?:[ \t]+[^\s:=\"'`]{1,20}){0,3}?[ \t]*[:=][ \t]*"
    r"(?P<value>[^\s\"'`](?:[ \t][^\s\"'`]){3,31})(?=[ \t]*(?:\r?\n|$|[,;.](?:\s|$)))"
)
#: bare digits after chat's "mk" that are no phone (0...) and no amount's length: "mk 20102024"
_MK_DIGITS = (6, 8)
#: digits and punctuation only: a date, a time, an amount, a formatted phone number
_NUMERIC_ONLY = re.compile(r"^[\d.,:/\-]+(?:đ|d|vnd|vnđ|k|tr|%)?$", re.IGNORECASE)


def _looks_like_password(value: str, *, bare: bool = False, label: str = "") -> bool:
    """A password has a digit, a symbol or mixed case, and is not a placeholder or a word.

    ``bare``: the value follows the label with no ':', '=' or 'là' ("mk Abc@123"), so it must
    look like a password on its own: letters and digits mixed, or (after "mật khẩu",
    "password") a run of at least 6 digits."""
    if _placeholder(value):
        return False
    core = value.strip("()[]{}<>\"'")
    lower, upper = any(c.islower() for c in core), any(c.isupper() for c in core)
    digit = any(c.isdigit() for c in core)
    alpha = lower or upper
    symbol = any(not c.isalnum() for c in core)
    if _COMMON_WORDS.match(core) and not (lower and upper):
        return False  # a plain word ("mật khẩu: tối thiểu ...")
    if core.isdigit():
        if bare:
            if label == "mk":  # "mk 20102024"; "mk 0912345678" (chat's "mình") is a phone
                return _MK_DIGITS[0] <= len(core) <= _MK_DIGITS[1] and core[0] != "0"
            return len(core) >= 6 and " ".join(label.split()[:2]) in _DIGITS_BARE_LABELS
        return len(core) >= 4
    if len(core) < 6:
        return False
    if bare:
        return digit and alpha and not _NUMERIC_ONLY.match(core)
    return digit or symbol or (lower and upper)


#: share of its alphabet's entropy a random string must show (short keys fall below the full)
_ENTROPY_SHARE = 0.8


def _entropy(s: str) -> float:
    n = len(s)
    return -sum(c / n * math.log2(c / n) for c in Counter(s).values()) if n else 0.0


#: the pieces a mixed-case value splits into at case changes, '_' and '-': an identifier
#: ("getAccessTokenFromHeader") splits into words, a random string into letters and pairs
_CASE_PIECES = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+")


# below this share of vowels a run of letters is not pronounceable: random letters carry about
# one in five (ten vowels of 52 letters), words a third and more
_RANDOM_VOWEL_SHARE = 0.25


def _mixed_case_random(value: str) -> bool:
    """A long mixed-case value with no digit that is random, not an identifier: about one in
    60 random base64url strings of 24 characters has no digit, and a key name before it
    ("token là ...") says what it is. Words joined in camel case stay out. About 3 in 1,000
    digit-less random values look like words by both tests (one key in 20,000 of 24
    characters, fewer when longer)."""
    if len(value) < 20 or value.lower() == value or value.upper() == value:
        return False
    pieces = _CASE_PIECES.findall(value)
    if not pieces:
        return False
    if sum(map(len, pieces)) / len(pieces) < 3.5:
        return True  # words are longer than the runs random case changes make
    # or few vowels: words are pronounceable (a third of their letters), random letters not
    # (ten vowels of 52 letters)
    letters = [c for c in value if c.isalpha()]
    return sum(c in "aeiouAEIOU" for c in letters) < _RANDOM_VOWEL_SHARE * len(letters)


def _joined_words(value: str) -> bool:
    """Whether ``value`` reads as words joined (in camel case, by '-', '_', '.' or '/'), as a
    setting's value does ("DonViHanhChinh2024", "user-profile-settings-v2"): its pieces as
    long as words are, and pronounceable (see :func:`_mixed_case_random`)."""
    pieces = _CASE_PIECES.findall(value)
    letters = [c for c in value if c.isalpha()]
    if not pieces or not letters:
        return False
    return sum(map(len, pieces)) / len(pieces) >= _WORD_PIECE and sum(
        c in "aeiouyAEIOUY" for c in letters
    ) >= _RANDOM_VOWEL_SHARE * len(letters)


#: the entropy a value under a camel-case name must show (bits a character): a random key of
#: 16 characters shows 3.6 and more, an identifier of a date and a counter
#: ("order-2024-11-03-0001") about 3
_CAMEL_ENTROPY = 3.4
#: the mean length of a value's case pieces from which they read as words
_WORD_PIECE = 3.5


def looks_random(value: str, *, min_entropy: float = 3.2, need_digits: bool = True) -> bool:
    """True for a random-looking secret; False for placeholders and structured words.

    Vendor-prefixed keys may be letters only (Hugging Face): pass ``need_digits=False``.
    """
    if _PLACEHOLDER_WORDS.search(value):
        return False
    # a vendor's prefix ("sk-proj-", "sk-ant-api03-") is no part of the random body; a '-'
    # deep inside a random value is ("...KLI-tMdt9u9XJdh9dlhb": its tail alone is too short
    # to show a random string's entropy)
    tail = value.rsplit("-", 1)[-1]
    body = tail if len(tail) >= 16 and len(value) - len(tail) <= 16 else value
    if len(set(body)) < 8:
        return False
    # digits anywhere in the value count: a key whose last dash-separated part happens to
    # hold none ("...Lx-LiypxaPqsgzvCtCFF") is no less random
    has_digit = any(c.isdigit() for c in value)
    has_alpha = any(c.isalpha() for c in body)
    if not has_alpha:
        return False
    if need_digits and not has_digit and not _mixed_case_random(value):
        return False
    # a random string cannot have more entropy than its alphabet allows: 32 random hex
    # characters (Azure keys) average 3.75 bits/char, below a threshold meant for base62
    alphabet = 16 if all(c in "0123456789abcdefABCDEF" for c in body) else 64
    required = min(min_entropy, _ENTROPY_SHARE * math.log2(min(len(body), alphabet)))
    return _entropy(body) >= required


_PASSWORD = Shape(EntityType.API_SECRET, "password.named", scores.BASE_NAMED_SECRET)
_URL_PASSWORD = Shape(EntityType.API_SECRET, "password.url", scores.BASE_NAMED_SECRET)
_URL_TOKEN = Shape(EntityType.API_SECRET, "api_key.url_query", scores.BASE_NAMED_SECRET)
#: a secret passed in a URL's query, by its parameter's name: "?token=abc123def456",
#: "&api_key=Zx81Kq02Lm", "?sessionid=...", "?code=..." (an OAuth code), shorter than the 16
#: characters a named key needs elsewhere: the name says what it is
_URL_QUERY_SECRET = re.compile(
    r"[?&;](?i:access_token|refresh_token|id_token|auth_token|token|api_?key|apikey|key|secret|"
    r"client_secret|sig|signature|password|passwd|pwd|pass|session_?id|sid|auth|code|otp)"
    r"=(?P<value>[A-Za-z0-9_\-.~%+/]{8,})"
)
_NAMED_KEY = Shape(EntityType.API_SECRET, "api_key.named", scores.BASE_NAMED_SECRET)

#: "scheme://" of a URL or connection string (postgresql://, mongodb+srv://, https://)
_SCHEME_END = "://"
_COLON_SLASHES = re.compile(r":(?=//)")
#: the authority of a URL ends at the first of these
_AUTHORITY_END = re.compile(r"[\s/?#\"'<>\]\[]")
#: the rest of a password that holds "#" or "?", up to the "@" of its host
_PASSWORD_TAIL = re.compile(r"[#?][^\s/\"'<>@]{0,64}@")


#: a host and its port alone, as a JDBC URL's authority before its ";" property list
_HOST_PORT = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-_]*(?::\d{1,5})?")


def url_credentials(text: str) -> Iterator[tuple[int, int, int, int]]:
    """``(user_start, password_start, password_end, host_start)`` for every
    ``scheme://user:password@host`` in ``text``; ``password_start == password_end`` when the
    URL carries a user name only. Linear: each ``://`` reads its own authority once."""
    at = text.find(_SCHEME_END)
    n = len(text)
    while at != -1:
        begin = at + 3
        stop = _AUTHORITY_END.search(text, begin, min(n, begin + 512))
        end = stop.start() if stop else min(n, begin + 512)
        semi = text.find(";", begin, end)
        if semi != -1 and _HOST_PORT.fullmatch(text, begin, semi):
            # "jdbc:sqlserver://10.1.2.50:1433;user=sa;password=Sa@Cc2024": the host, then a
            # property list; an "@" in it is a value's (the password label's), no userinfo
            end = semi
        amp = text.rfind("@", begin, end)
        if amp == -1 and stop is not None and text[end] in "#?":
            # a password with "#" or "?" pasted unescaped ("app:Hanh2026#kt@10.20.3.15"): a
            # user (or none: "redis://:Rk9#x1@host"), a colon and no port before it, the "@"
            # further on before a space or "/"
            colon = text.find(":", begin, end)
            tail = _PASSWORD_TAIL.match(text, end)
            if (
                colon >= begin
                and colon + 1 < end
                and not text[colon + 1 : end].isdigit()
                and tail is not None
            ):
                amp = tail.end() - 1
                end = amp + 1
        elif amp > begin and stop is not None and text[end] in "#?":
            # a password holding "@" and "#" ("qlvb:Ql@vb#2024@10.20.3.15"): what the first
            # "@" leaves as the host is one label cut by the "#", and the "@" of the real host
            # comes further on, before a space or "/", with no query's "=" or "&" before it
            tail = _PASSWORD_TAIL.match(text, end)
            colon = text.find(":", begin, amp)
            if (
                tail is not None
                and colon >= begin
                and "." not in text[amp + 1 : end]
                and not any(c in "=&" for c in tail.group())
            ):
                amp = tail.end() - 1
                end = amp + 1
        if amp > begin:
            colon = text.find(":", begin, amp)
            if colon == -1:
                yield begin, amp, amp, amp + 1
            else:
                yield begin, colon + 1, amp, amp + 1
        at = text.find(_SCHEME_END, max(end, at + 3))


def url_query_secrets(
    text: str, start: int = 0, end: int | None = None
) -> Iterator[tuple[int, int]]:
    """The spans of the secrets in URL queries within ``text[start:end]``: a token, key,
    session or password by its parameter's name (``?access_token=...``), a value with a letter
    and a digit (or of 16 characters and more), no placeholder."""
    for m in _URL_QUERY_SECRET.finditer(text, start, len(text) if end is None else end):
        s, e = m.span("value")
        value = text[s:e].rstrip(".")
        e = s + len(value)
        if len(value) < 8 or _placeholder(value):
            continue
        mixed = any(c.isdigit() for c in value) and any(c.isalpha() for c in value)
        if not mixed and len(value) < 16:
            continue
        yield s, e


#: the characters of a key's value, as bytes of the folded view: 'a' for a key character, ' '
#: for a space, 'z' for any other (a byte neither search below holds lets it skip ahead)
_RUN_TABLE = bytes(
    0x61
    if (i < 128 and (chr(i).isalnum() or chr(i) in "_-+/.~"))
    else 0x20
    if i in (9, 32)
    else 0x7A
    for i in range(256)
)
#: the shortest run of key characters a vendor's key needs (default 16) and a character it
#: needs that ordinary text lacks: a JWT ("eyJ...", no 'J' in Vietnamese) is looked for
#: whatever the runs (its first part may be shorter), a Slack key may be 15 characters long
_VENDOR_GATE: dict[str, tuple[int, str]] = {"xox": (15, "x"), "eyJ": (0, "J")}
#: per value of ``_key_run``: the vendors whose keys fit, in order, with their gate character
_VENDORS_BY_RUN: dict[int, tuple[tuple[str, str, re.Pattern[str], str], ...]] = {
    run: tuple(
        (prefix, vendor, pattern, _VENDOR_GATE.get(prefix, (16, ""))[1])
        for prefix, vendor, pattern in _VENDORS
        if _VENDOR_GATE.get(prefix, (16, ""))[0] <= run
    )
    for run in (0, 15, 16)
}


#: what a key spelled out with spaces ("s k - a n t - ...") leaves in the translated bytes:
#: 16 key characters, each one alone after a space
_SPACED_RUN = b" a" * 16
_WIDE_SPACED_RUN = b"  a" * 16
#: pieces of a key cut short, in the translated bytes: eight key characters, a line break (or
#: another character that is not a space) or a space, eight more
_SHORT_LINES = b"a" * 8 + b"z" + b"a" * 8
_SHORT_GROUPS = b"a" * 8 + b" " + b"a" * 8
#: or typed in groups of four ("sk-proj-AbCd EfGh IjKl ...", "AIza SyA1 bC2d ..."): five in a row
_FOUR_GROUPS = b" ".join([b"aaaa"] * 5)
#: what a prefix typed with spaces around its separator leaves there ("sk - proj - 4fQ9..."):
#: a key character alone between spaces, then a run of 16
_LOOSE_SEPARATOR = b" a " + b"a" * 16


#: a Telegram bot's numeric id before its token's ":AA..." (the bot API's ids run 8 to 10
#: digits; a margin either side)
_BOT_ID = (6, 12)


def _bot_id_start(text: str, colon: int) -> int:
    """Where the bot id ending at ``colon`` starts, or -1 when no id of
    :data:`_BOT_ID` digits stands there."""
    p = colon
    while p > 0 and colon - p <= _BOT_ID[1] and text[p - 1].isdigit():
        p -= 1
    if not _BOT_ID[0] <= colon - p <= _BOT_ID[1]:
        return -1
    return p


def _device_forms(text: str) -> list[tuple[int, int, str]]:
    """A device configuration's typed passwords and community strings, and the keys given to a
    credential class in code (secret_forms), each gated on a literal its form needs."""
    found = [(s, e, "device") for s, e in device_secrets(text)]
    found += [
        (s, e, "credential")
        for s, e in credential_arguments(text, lambda v: looks_random(v, min_entropy=3.0))
    ]
    return found


def _key_run(folded: str) -> int:
    """See :func:`_key_runs`."""
    return _key_runs(folded)[0]


def _key_runs(folded: str) -> tuple[int, bool, bytes, bytes]:
    """28 when the text holds a run of at least 28 key characters ([A-Za-z0-9_-+/.~]: long
    enough for an encoded key), 16 for one of 16, 15 for a run of 15, else 0: one C-level
    pass (``bytes.translate``) instead of a search per key name and vendor prefix. The folded
    view has the text's length and reads every ASCII character as itself (lower case), so a
    run in the text is a run here. Second: whether 16 key characters stand one by one between
    separators (a key spelled out with spaces). Then the folded view's bytes (UTF-8) and
    their runs (key characters "a", spaces " ", the rest "z"), for the other gates."""
    # (a lone surrogate is kept as bytes above 127: no key character)
    raw = folded.encode("ascii") if folded.isascii() else folded.encode("utf-8", "surrogatepass")
    runs = raw.translate(_RUN_TABLE)
    # a key spelled out with spaces or tabs, one or two between its characters
    # (bytes: ``find``, not ``in``, which raises and clears a TypeError per test, see
    # text.numbers)
    spaced = runs.find(_SPACED_RUN) >= 0 or runs.find(_WIDE_SPACED_RUN) >= 0
    if runs.find(b"a" * 16) >= 0:
        return (28 if runs.find(b"a" * 28) >= 0 else 16), spaced, raw, runs
    return 15 if runs.find(b"a" * 15) >= 0 else 0, spaced, raw, runs


#: where a password label may start: every label begins with "mat" (+ space or '_'), "mk",
#: "m.k", "pass" or "pw"; two literal-led patterns find them at memory-scan speed where one
#: search for all the labels tests every letter m or p
_LABEL_STARTS = (
    re.compile(r"m(?=at\s+ma|at[\s_]*khau|k|[. \t]k)"),
    re.compile(r"p(?=as|w)"),
)


def _password_labels(folded: str) -> Iterator[re.Match[str]]:
    """``_PASSWORD_NAME.finditer(folded)``, tried only where a label can start."""
    m_starts, p_starts = (p.finditer(folded) for p in _LABEL_STARTS)
    starts = [m.start() for m in m_starts]
    if starts:
        starts += [m.start() for m in p_starts]
        starts.sort()
    else:
        starts = [m.start() for m in p_starts]
    end = 0
    for start in starts:
        if start < end:
            continue
        name = _PASSWORD_NAME.match(folded, start)
        if name is not None:
            end = name.end()
            yield name


#: what the folded view holds on every line with a cell :func:`_password_header` takes: each
#: of ``_PASSWORD_NAME``'s forms a cell can be whole holds "khau", "pas", "pw", "mk" or "mat"
#: and spaces and "ma" ("m.k" and a bare "pas" need a ':' after them); a cell is read with
#: its spaces as one, which changes no run of letters, and its spaces are those of ``\s``
#: (both are ``str.isspace``'s)
_HEADER_WORDS = ("khau", "pas", "pw", "mk")
_MAT_MA = re.compile(r"mat\s+ma")


def _password_header_pieces(folded: str) -> list[int]:
    """Where the folded view holds one of :data:`_HEADER_WORDS` or "mat ma" (``str.find``: a
    search for all of them at once tries every character)."""
    found = []
    for word in _HEADER_WORDS:
        i = folded.find(word)
        while i >= 0:
            found.append(i)
            i = folded.find(word, i + 1)
    i = folded.find("mat")
    while i >= 0:
        if _MAT_MA.match(folded, i) is not None:
            found.append(i)
        i = folded.find("mat", i + 3)
    found.sort()
    return found


#: a password's symbols, glued right after a label word inside one token
_VALUE_SYMBOLS = frozenset("@#$%&*!~^")


def _label_inside_value(text: str, end: int) -> bool:
    """Whether the label word ending at ``end`` is glued to a symbol or a digit with no ':'
    or '=' before the token's end ("Matkhau@123", "pass2024!"): the letters of a value (a
    password made of the word), not a label naming what follows."""
    if end >= len(text) or not (text[end] in _VALUE_SYMBOLS or text[end].isdigit()):
        return False
    stop = end
    while stop < len(text) and not text[stop].isspace() and text[stop] not in ":=":
        stop += 1
    return stop >= len(text) or text[stop].isspace()


def _path_segment(text: str, start: int, end: int) -> bool:
    """Whether the label word ``start:end`` is the last segment of a path, followed by a
    space or the text's end (``/run/secrets/pw``, ``~/.config/pass``, ``C:\\keys\\pwd``):
    the file holding a password, no label. One '/' between two words ("tk/mk: ...") is a
    pair of labels, still read."""
    if start == 0 or text[start - 1] not in "/\\" or (end < len(text) and not text[end].isspace()):
        return False
    token = start
    while token > 0 and not text[token - 1].isspace():
        token -= 1
    head = text[token:start]
    return head[:1] in "/\\~." or head.count("/") + head.count("\\") >= 2 or ":" in head


def _labels_of(doc: Document) -> list[re.Match[str]]:
    """:func:`_password_labels` of ``doc``'s folded view, read once a document (the labels'
    values and the labels standing elsewhere both read them)."""
    found = doc.cached("secrets.password_labels")
    if found is None:
        found = [*_password_labels(doc.folded)]
        doc.store("secrets.password_labels", found)
    return found  # type: ignore[return-value]


def _password_header(cell: str) -> bool:
    """A table's header cell that is a password label and nothing else ("Mật khẩu",
    "Password", "MK đăng nhập" is not: a label a word qualifies stays a label)."""
    return _PASSWORD_NAME.fullmatch(cell) is not None


def _labelled_elsewhere(doc: Document) -> list[tuple[int, int, str]]:
    """Passwords whose label stands in a table's header or in the chat message before them
    (:mod:`ai_guard.detectors.secret_cells`): a cell taken when it looks like a password
    (a digit, a symbol or mixed case), a chat answer only when it is a strong one."""
    folded = doc.folded
    named = [m.start() for m in _labels_of(doc)]
    wifi = folded.find("wifi")
    while wifi >= 0:
        named.append(wifi)
        wifi = folded.find("wifi", wifi + 4)
    if not named:
        return []
    labelled = len(named) > folded.count("wifi")
    text = doc.text
    found: list[tuple[int, int, str]] = []
    if labelled and ("\t" in text or "|" in text or ";" in text or "," in text):
        for s, e in column_cells(doc, _password_header, _password_header_pieces):
            value = _trim(text[s:e])
            if value and " " not in value and _looks_like_password(value):
                found.append((s, s + len(value), "column"))
    if labelled:
        # a seed script's or a dump's "INSERT INTO users (username, password) VALUES
        # ('admin', 'Abc@12345')": the column list names each tuple's values
        for column, s, e in inserted_values(doc):
            if s < e and _password_header(column) and not _placeholder(text[s:e]):
                found.append((s, e, "sql"))
    if "\n" in text:
        for s, e in answered_words(doc, named):
            value = _trim(text[s:e])
            if _strong_password(value):
                found.append((s, s + len(value), "answer"))
    return found


#: a key a chat wrapped over two lines goes on with a line that is one run of key characters
#: and that a word cannot be (a digit, or a capital after its first letter); the whole key is
#: one finding
_WRAPPED_TAIL = re.compile(r"\r?\n[ \t]*(?P<tail>[A-Za-z0-9_\-]{4,})[\"'`,;]?[ \t]*(?=\r?\n|$)")


def _wrapped_end(text: str, end: int) -> int:
    """Where a key that ends at a line break ends, counting its wrapped tail."""
    if end < len(text) and text[end] in "\r\n":
        tail = _WRAPPED_TAIL.match(text, end)
        if tail is not None:
            word = tail.group("tail")
            if word.isdigit() and len(word) >= 6:
                return end  # a number on a line of its own (a phone, an ID): not the key's
            if any(c.isdigit() for c in word) or any(c.isupper() for c in word[1:]):
                return tail.end("tail")
    return end


_CLI_PASSWORD = Shape(EntityType.API_SECRET, "password.command_line", scores.BASE_NAMED_SECRET)
_OTP = Shape(EntityType.API_SECRET, "otp", scores.BASE_NAMED_SECRET)
#: an option of a command line: -p, -a, -u, -P, -U, --password, --user (after a space,
#: tested in Python: the pattern stays led by its literal '-')
#: -W and -w (psql's prompt flag typed with a password after it, LDAP's bind password),
#: keytool's -storepass / -keypass; OpenSSL's -k (a literal passphrase: ``openssl enc -k x``)
_CLI_OPTION = re.compile(
    r"-(?=[apuPUWwk]|-(?:pass|user|http-pass|ftp-pass)|(?:src|dest)?(?:store|key)pass)"
)
#: commands that take a password as an option, and the family that says which option
_CLI_FAMILY = {
    **dict.fromkeys(
        ("mysql", "mysqldump", "mysqladmin", "mysqlsh", "mysqlimport", "mysqlcheck",
         "mariadb", "mariadb-dump", "mariadb-admin"),
        "mysql",
    ),
    **dict.fromkeys(
        ("mongo", "mongosh", "mongodump", "mongorestore", "mongoexport", "mongoimport"),
        "mongo",
    ),
    **dict.fromkeys(("psql", "pg_dump", "pg_dumpall", "pg_restore", "pgbench"), "psql"),
    **dict.fromkeys(
        ("docker login", "podman login", "nerdctl login", "buildah login", "helm registry login",
         "az login", "oc login", "cf login", "argocd login"),
        "login",
    ),
    **dict.fromkeys(
        ("ldapsearch", "ldapadd", "ldapmodify", "ldapdelete", "ldappasswd", "ldapwhoami"), "ldap"
    ),
    **dict.fromkeys(("7z", "7za", "7zr", "rar", "unrar"), "7z"),
    **dict.fromkeys(("zip", "unzip", "zipcloak"), "zip"),
    "sshpass": "sshpass",
    "redis-cli": "redis",
    "sqlcmd": "sqlcmd",
    "bcp": "sqlcmd",
    "mssql-cli": "sqlcmd",
    "psexec": "psexec",
    "paexec": "psexec",
    "keytool": "keytool",
    "openssl": "openssl",
    "curl": "curl",
    "wget": "wget",
    "smbclient": "smb",
    "rpcclient": "smb",
}  # fmt: skip
_CLI_COMMAND = re.compile(
    r"(?<![\w.\-])(?:"  # after '/' only at a path's end: command_after_path
    + "|".join(sorted(map(re.escape, _CLI_FAMILY), key=len, reverse=True))
    + r")(?![\w\-])",
    re.IGNORECASE,
)
_Q = r"(?P<q>[\"'])?"
#: per family, the option that carries a password (matched at the option's '-'); ``bare``
#: marks the forms whose value must look like a password (``-p`` then a space: the value may
#: be a database name)
_CLI_OPTIONS: dict[str, tuple[tuple[re.Pattern[str], bool], ...]] = {
    "mysql": (
        (re.compile(rf"-p{_Q}(?P<value>[^\s\"']+)"), False),
        (re.compile(rf"-p[ \t]+{_Q}(?P<value>[^\s\-\"'][^\s\"']*)"), True),
        (re.compile(rf"--password[ \t]+{_Q}(?P<value>[^\s\-\"'][^\s\"']*)"), False),
    ),
    "mongo": (
        (re.compile(rf"-p[ \t]+{_Q}(?P<value>[^\s\-\"'][^\s\"']*)"), False),
        (re.compile(rf"--password[ \t]+{_Q}(?P<value>[^\s\-\"'][^\s\"']*)"), False),
    ),
    # psql's -W and --password take no value: what a clerk types after them believing they
    # do is the password when it looks like one ("psql -W qlvb" names a database)
    "psql": ((re.compile(rf"(?:-W|--password)[ \t]+{_Q}(?P<value>[^\s\-\"'][^\s\"']*)"), True),),
    "login": (
        (re.compile(rf"-p[ \t]+{_Q}(?P<value>[^\s\-\"'][^\s\"']*)"), False),
        (re.compile(rf"--password[ \t=]+{_Q}(?P<value>[^\s\-\"'][^\s\"']*)"), False),
    ),
    "ldap": ((re.compile(rf"-w[ \t]+{_Q}(?P<value>[^\s\-\"'][^\s\"']*)"), False),),
    # 7-Zip and RAR glue the password to -p ("-p" alone asks for it)
    "7z": ((re.compile(rf"-p{_Q}(?P<value>[^\s\"']+)"), False),),
    "zip": ((re.compile(rf"(?:-P|--password)[ \t]+{_Q}(?P<value>[^\s\-\"'][^\s\"']*)"), False),),
    "psexec": ((re.compile(rf"-p[ \t]+{_Q}(?P<value>[^\s\-\"'][^\s\"']*)"), False),),
    "keytool": (
        (
            re.compile(rf"-(?:src|dest)?(?:store|key)pass[ \t]+{_Q}(?P<value>[^\s\-\"'][^\s\"']*)"),
            False,
        ),
    ),
    # OpenSSL's -k takes the passphrase itself (-kfile a file; -pass/-passin "pass:x" are read
    # by the labels, "env:x", "file:x" name where it is)
    "openssl": ((re.compile(rf"-k[ \t]+{_Q}(?P<value>[^\s\-\"'][^\s\"']*)"), False),),
    "sshpass": ((re.compile(rf"-p[ \t]*{_Q}(?P<value>[^\s\"']+)"), False),),
    "redis": (
        (re.compile(rf"-a[ \t]+{_Q}(?P<value>[^\s\"']+)"), False),
        (re.compile(rf"--pass[ \t]+{_Q}(?P<value>[^\s\"']+)"), False),
    ),
    "sqlcmd": ((re.compile(rf"-P[ \t]*{_Q}(?P<value>[^\s\"']+)"), False),),
    "curl": ((re.compile(rf"(?:-u|--user)[ \t=]*{_Q}[^\s:\"']+:(?P<value>[^\s\"']+)"), False),),
    "wget": ((re.compile(rf"--(?:http-|ftp-)?password[ \t]+{_Q}(?P<value>[^\s\"']+)"), False),),
    "smb": ((re.compile(rf"(?:-U|--user)[ \t=]*{_Q}[^\s%\"']+%(?P<value>[^\s\"']+)"), False),),
}
#: Oracle's thin JDBC URL with its credentials: "jdbc:oracle:thin:scott/Tiger2024@10.1.2.3:1521"
_ORACLE_THIN = re.compile(r"(?i:thin):[A-Za-z0-9_$#]+/(?P<value>[^\s@/\"']+)@")
#: sqlplus user/password@database (no option: the password sits between '/' and '@')
_SQLPLUS = re.compile(r"(?i:sqlplus)[ \t]+(?:-\w+[ \t]+)*[A-Za-z0-9_$#]+/(?P<value>[^\s@/\"']+)@")

#: commands and settings that take a password as a word in place, no option letter before it:
#: "htpasswd -b[c] file user pass", "rabbitmqctl add_user user pass" (change_password too),
#: an FTP prompt's "user name pass", Redis's "requirepass pass" / "masterauth pass" (its
#: configuration's line, or "--requirepass" on redis-server's command line); each with the
#: words its text must hold (folded) before the pattern is tried
_POSITIONAL_PASSWORDS = (
    (
        ("htpasswd", "rabbitmqctl", "ftp>"),
        re.compile(
            r"(?<![\w\-])(?:htpasswd(?:[ \t]+-[A-Za-z]+)*?[ \t]+-[A-Za-z]*b[A-Za-z]*"
            r"(?:[ \t]+-[A-Za-z]+)*[ \t]+[^\s\-]\S*"
            r"|rabbitmqctl(?:[ \t]+-\S+)*[ \t]+(?:add_user|change_password)|ftp>[ \t]*user)"
            rf"[ \t]+[^\s\-]\S*[ \t]+{_Q}(?P<value>[^\s\-\"'][^\s\"']*)",
            re.IGNORECASE,
        ),
    ),
    (
        # PowerShell's "ConvertTo-SecureString 'x' -AsPlainText" (its -String too): the
        # password in plain text, made a secure string
        ("convertto-securestring",),
        re.compile(
            r"(?<![\w\-])ConvertTo-SecureString(?:[ \t]+-String)?"
            rf"[ \t]+{_Q}(?P<value>[^\s\-\"'$(][^\s\"']*)(?=[^\n]*-AsPlainText)",
            re.IGNORECASE,
        ),
    ),
    (
        ("requirepass", "masterauth"),
        re.compile(
            rf"(?<![\w])(?:--)?(?:requirepass|masterauth)[ \t]+{_Q}(?P<value>[^\s\-\"'][^\s\"']*)",
            re.IGNORECASE,
        ),
    ),
)


def _cell_under(text: str, label_at: int, s: int, e: int) -> tuple[int, int]:
    """The span of the value ``s:e`` on the line under a label at ``label_at``, or, when the
    two lines are a table's header and row (a sign parting cells in both: "STT,Tên,Mật
    khẩu" above "1,An,Abc@1234"), of the row's cell in the label's column."""
    line_start = text.rfind("\n", 0, label_at) + 1
    line_end = text.find("\n", label_at)
    head = text[line_start:label_at]
    value = text[s:e]
    for sign in ",;|\t":
        if sign in value and sign in head:
            if ":" in head:
                return s, e  # "Tài khoản: admin, Mật khẩu": labels and values, no header
            column = head.count(sign)
            cells = value.split(sign)
            if column >= len(cells):
                return s, e
            # the row holds more cells than its header: a value holds the sign ("admin,Abc,
            # 123!" under "user,password"); which one the row does not say, so the cells from
            # the label's column on, as many as the extra signs and one, are taken: the
            # password whichever cell holds them (the row's rest when the label is last)
            extra = max(0, len(cells) - text.count(sign, line_start, line_end) - 1)
            at = s + sum(len(c) + 1 for c in cells[:column])
            return at, at + len(sign.join(cells[column : column + extra + 1]))
    return s, e


def _option_at(text: str, at: int) -> bool:
    """Whether the '-' at ``at`` opens an option: after a space, or opening a quoted argument
    with its value glued to it (an exec array's ``"-pRoot2024x"``; not ``"-p", "x"``)."""
    if at == 0:
        return False
    before = text[at - 1]
    return before in " \t" or (
        before in "\"'" and at + 2 < len(text) and text[at + 2] not in "\"' \t"
    )


def _cli_value(text: str, at: int, family: str) -> tuple[int, int] | None:
    """The span of the password an option at ``at`` carries, or None."""
    for pattern, bare in _CLI_OPTIONS.get(family, ()):
        m = pattern.match(text, at)
        if m is None:
            continue
        s, e = m.span("value")
        quote = m.group("q")
        if quote:
            close = text.find(quote, s, s + 257)
            line_end = text.find("\n", s, s + 257)
            if close == -1 or (line_end != -1 and line_end < close):
                continue
            e = close
        value = text[s:e].rstrip(";,") if not quote else text[s:e]
        if not value or _placeholder(value):
            return None
        if bare and not _looks_like_password(value):
            return None
        if not value.isascii() and value.isalpha():
            return None  # a word of the sentence going on: "zip -P để đặt mật khẩu"
        return s, s + len(value)
    return None


#: the cue of a one-time code (folded view): OTP, mã xác thực / xác nhận / kích hoạt / PIN /
#: bảo mật, verification / security / one-time codes
_OTP_CUE = re.compile(
    r"(?:ma[ \t]+)?otp|ma[ \t]+(?:xac[ \t]+(?:thuc|nhan|minh)|kich[ \t]+hoat|pin|bao[ \t]+mat)"
    # a card's PIN without "mã": "pin thẻ 1234", "PIN ATM: 8812", "PIN: 2468" (a battery's
    # "pin" is followed by neither a card word nor a ':')
    r"|pin(?=[ \t]+(?:the|atm)(?![a-z])|[ \t]*[:=])|(?:the|atm)[ \t]+pin(?![a-z])"
    r"|(?:verification|security|confirmation|login|2fa|one[ \t-]time)[ \t]+(?:code|passcode|pin)"
    r"|one[ \t-]time[ \t]+password|passcode(?![a-z0-9])"
)
#: "otp", "code" ("passcode", "verification code") or "pin" occurs wherever a cue does
_OTP_WORDS = (re.compile("otp"), re.compile("code"), re.compile(r"pin(?![a-z])"))
#: a card's security code after its name, on the folded view: "cvv: 456", "(cvv) 123"
_CARD_CODE = re.compile(
    r"cv[vc]2?\)?[ \t]*(?:[:=\-]|[ \t](?:la|is)[ \t])?[ \t]*(?P<value>\d{3,4})(?![\d.,/%])(?![a-z])"
)
#: "ma " before the Vietnamese cues: a literal-led gate (the cue pattern itself is not)
_OTP_MA_GATE = re.compile(r"ma(?=[ \t]+(?:xac|kich|pin|bao))")
#: the code after its cue: separators and a few words ("của bạn là", "mới", "qua SMS") first
_OTP_LEAD = (
    r"(?:[ \t]*[:=\-]|[ \t]+(?:cua[ \t]+(?:ban|anh|chi|em|toi|quy[ \t]+khach|ong|ba)|moi"
    r"|(?:qua[ \t]+)?sms|dang[ \t]+nhap|giao[ \t]+dich|la|is|your|code|cua[ \t]+ban[ \t]+la"
    # the card a PIN opens: "mã pin thẻ atm của tôi là 482913"
    r"|the|atm|visa|ngan[ \t]+hang|tin[ \t]+dung|ghi[ \t]+no|credit|debit"
    # a second factor: "mã xác thực 2 lớp của tôi là 739 184"
    r"|(?:2|hai)[ \t]+lop|2fa)){0,5}[ \t]*"
)
_OTP_AFTER = re.compile(
    _OTP_LEAD
    # the code whole, or typed digit by digit ("4 8 2 9 1 3"); no letter or '%' glued after
    + r"[\"'`(\[]?(?P<value>\d{4,8}|\d{3}[ .\-]\d{3}|\d(?:[ ]\d){3,7}|\d\d(?:[ .\-]\d\d){2,3}"
    # a short first group before longer spaced ones ("000 030000 0000"; ``_OTP_TAIL`` takes
    # the rest): left, the phone rule read the groups after it and the first stayed visible
    r"|\d{3}(?=[ ]\d{3,8}(?![\d.,/]))"
    # an activation code in groups of letters and digits: "AB12-CD34-EF56"
    r"|(?=[a-z0-9\-]*\d)(?=[a-z0-9\-]*[a-z])[a-z0-9]{4,6}(?:-[a-z0-9]{4,6}){2,5})"
    r"(?![\d])(?![.,/]\d)"
    # a battery's capacity or a voltage is no code ("pin: 5000 mAh")
    r"(?![A-Za-z%])(?![ \t]*(?:mah|mwh|wh|v|w|%)(?![a-z]))"
)
#: the rest of a code run on past the group the pattern took ("2024-2025-2026", "4829 1357",
#: "AB12.CD34"): the whole code is the value, a partial one leaks the rest
_OTP_TAIL = re.compile(r"(?:[\-./_][0-9a-z]+|[ ]\d{3,8}(?![\d.,/]))+(?![0-9a-z])")
#: a code of digit groups joined by '.', '-' or '/' that the pattern above leaves (it stops
#: before "[.,/]digit": "0000.0140.0000"): the whole run is the code
_OTP_GROUPED = re.compile(
    _OTP_LEAD + r"(?P<value>\d{2,8}(?:[\-./]\d{2,8})+)(?![\d])(?![.,/]\d)"
    r"(?![A-Za-z%])(?![ \t]*(?:mah|mwh|wh|v|w|%)(?![a-z]))"
)
#: the same lead before a code written in words ("mã otp: bốn tám hai chín một ba")
_OTP_LEAD_WORDS = re.compile(_OTP_LEAD)
_OTP_DIGITS = (4, 8)
#: how the words before a cue end when a code stands before it (a cheap test first)
_OTP_BEFORE_ENDS = tuple(
    f"{w}{sp}" for w in ("la", "is", "your", "ma") for sp in (" ", "\t")
)  # fmt: skip
#: the code before its cue: "482913 là mã xác thực", "482913 is your verification code"
_OTP_BEFORE = re.compile(
    r"(?<![\d.,/])(?P<value>\d{4,8})[ \t]+(?:la|is)[ \t]+(?:your[ \t]+|ma[ \t]+)?$"
)


def _otp_words(doc: Document, after: int) -> tuple[int, int] | None:
    """The span of a code written in digit words after its cue ("mã otp: bốn tám hai chín một
    ba"): four to eight digits, read by :func:`~ai_guard.text.numbers.read_number_words`."""
    lead = _OTP_LEAD_WORDS.match(doc.folded, after)
    if lead is None or lead.end() >= len(doc.text) or not doc.text[lead.end()].isalpha():
        return None
    read = read_number_words(doc.text, doc.folded, lead.end(), most=_OTP_DIGITS[1] + 1)
    if read is None or not _OTP_DIGITS[0] <= len(read[0]) <= _OTP_DIGITS[1]:
        return None
    return read[1][0][0], read[1][-1][1]


def _emphasis_before(text: str, p: int) -> int:
    """How many underscores before ``p`` open markdown emphasis ("__hf_...__": 2), 0 when none
    do (one to three, and nothing of a token before them)."""
    k = p
    while k > 0 and p - k < 4 and text[k - 1] == "_":
        k -= 1
    if 0 < p - k < 4 and (k == 0 or not (text[k - 1].isalnum() or text[k - 1] in "_-")):
        return p - k
    return 0


def _may_be_piece(run: str) -> bool:
    """Whether a random run beside a key's piece may be another piece: not hexadecimal (a
    hash, a UUID), and with capitals and small letters both unless it is as long as a whole
    body's rest (a tracking or order number of 16 characters is in one case; a piece typed
    in lower case whole is still read)."""
    if _HEX_RUN.fullmatch(run):
        return False
    return len(run) >= _PIECE_BODY or (run.lower() != run and run.upper() != run)


class ApiSecretDetector:
    id = "vn.api_secret"
    entities = (EntityType.API_SECRET,)

    def detect(self, doc: Document) -> Iterator[Detection]:
        text = doc.text
        seen = SpanSet()
        # gates: every vendor key and every named key's value is a run of at least 15 (16)
        # key characters; a JWT needs "eyJ" (no 'J' in Vietnamese); a URL password ':'
        run, spaced, raw, runs = _key_runs(doc.folded)
        present: list[tuple[str, str, re.Pattern[str]]] = []  # the prefixes in the text
        for prefix, vendor, pattern, char in _VENDORS_BY_RUN[min(run, 16)]:
            if char not in text or prefix not in text:
                continue
            present.append((prefix, vendor, pattern))
            for m in pattern.finditer(text):
                p, end = m.span()
                if vendor == "telegram" and (p := _bot_id_start(text, p)) < 0:
                    continue
                # in the bot API's URL the token follows "/bot" glued
                # ("api.telegram.org/bot123...:AA.../sendMessage")
                glued_bot = vendor == "telegram" and text.endswith("/bot", 0, p)
                if p > 0 and (text[p - 1].isalnum() or text[p - 1] in "_-") and not glued_bot:
                    opened = _emphasis_before(text, p)
                    if not opened:
                        continue  # glued to a longer token
                    # the emphasis closes as it opened: its underscores are not the key's
                    closing = len(m.group()) - len(m.group().rstrip("_"))
                    end -= min(opened, closing)
                if not seen.overlaps(p, end):
                    end = joined_end(text, p, end, pattern)
                    yield from self._vendor_hit(text, p, end, vendor, seen)
        if run >= 16:
            yield from self._loose_prefixed(text, raw, runs, seen)
            if _OPENAI_MARK in text:
                yield from self._marked(text, seen)
        # a separator standing alone before a long run: "sk - proj - 4fQ9..."
        loose = spaced or (run >= 16 and runs.find(_LOOSE_SEPARATOR) >= 0)
        if (
            run < 16
            and not loose
            and (
                runs.find(_SHORT_LINES) >= 0
                or runs.find(_SHORT_GROUPS) >= 0
                or runs.find(_FOUR_GROUPS) >= 0
                # a key cut into string literals of fewer than 16 characters each ("gsk_Q7vX2mL"
                # + "p9RkT4wZb8NcJ1h" + ...): allowed whole until the eleventh session
                or joins_literals(text)
            )
        ):
            # a key wrapped in a narrow column or typed in groups: no run of 16, but pieces of
            # eight or more one break apart ("sk-proj-4f" / "Q9xT2LmZ8v" / ...)
            present = [v for v in _VENDORS if len(v[0]) >= 3 and v[0] in text]
        if present and not loose:
            # "sk-a" / "nt-api03-...": a longer prefix broken after a shorter one it holds
            heads = tuple(prefix for prefix, _v, _p in present)
            present = [v for v in _VENDORS if v[0].startswith(heads)]
        if present or loose:
            # a key broken by a copy: its prefix stands whole in the text (the break comes
            # after it), or it was spelled out with spaces (then every prefix is tried)
            yield from self._disguised(
                text, broken_keys(text, raw, _VENDORS if loose else present), seen
            )
        if run >= 28:
            yield from self._disguised(
                text, encoded_keys(text, raw, runs, _VENDORS), seen, ".base64"
            )
        if run >= 16 and ("sk-" in text or "AIza" in text or "github_pat_" in text):
            yield from self._key_pieces(text, raw, runs, seen)
        if "PRIVATE KEY-----" in text:
            yield from self._private_keys(text, seen)
        if "asic" in text:
            yield from self._basic_auth(text, doc.folded, seen)
        # the user and password of every URL with credentials: a label inside them
        # ("app:Qx7!pass@10.2.3.4", "u:mypwd1@host") is the password's letters, no label
        userinfo = SpanSet()
        if ":" in text and _COLON_SLASHES.search(text) is not None:
            yield from self._url_passwords(text, seen, userinfo)
        if "=" in text and ("?" in text or "&" in text):
            yield from self._url_queries(text, seen)
        yield from self._line_forms(text, seen)
        if "+" in text and joins_literals(text):  # before a piece is read as the key whole
            yield from self._named_joins(text, seen)
        # (pieces of eight or more on lines of their own: a key typed over lines after its name)
        stacked = run < 16 and runs.find(_SHORT_LINES) >= 0
        if run >= 16 or spaced or stacked:
            yield from self._named(doc, seen, userinfo, spaced_only=run < 16 and not stacked)
        yield from self._passwords(doc, seen, userinfo)
        yield from self._env_values(text, seen)
        yield from self._command_lines(text, doc.folded, seen)
        yield from self._password_forms(doc, seen)
        yield from self._otps(doc, seen)
        if "cv" in doc.folded:
            yield from self._card_codes(doc.folded, seen)

    def _key_pieces(self, text: str, raw: bytes, runs: bytes, seen: SpanSet) -> Iterator[Detection]:
        """A key given in pieces ("Part A: sk-ant-api03-Tq7ZpX2vLk9M Part B: Rw4Hc8..."): a
        vendor's unmistakable prefix with a random body too short for the whole key is a piece
        of one (:data:`_KEY_PIECE`); once a fragment is found (a body shorter than
        :data:`_PIECE_BODY`), every other random run of 16 key characters or more in the text
        that is no hexadecimal and mixes capitals and small letters (or is 24 characters long:
        :func:`_may_be_piece`) is taken for another piece (fail closed: the model is asked to
        join them). These vendors' bodies mix the cases (a run of 16 of them lacks one with
        odds under 1 in 5,000); a hash, a UUID and a tracking or order number written in one
        case are no piece of theirs."""
        pieces = 0
        for m in _KEY_PIECE.finditer(text):
            s, e = m.span()
            if seen.overlaps(s, e) or not looks_random(m.group("body"), min_entropy=3.0):
                continue
            seen.add(s, e)
            pieces += len(m.group("body")) < _PIECE_BODY
            yield _PIECE_SHAPE.hit(self.id, s, e, scores.SECRET_VENDOR_KEY, True)
        if not pieces:
            return
        for start, stop in key_runs(text, raw, runs, 16):
            for m in _PIECE_RUN.finditer(text, start, stop):  # no '.', '/' or '+' of a path
                s, e = m.span()
                if (
                    not seen.overlaps(s, e)
                    and _may_be_piece(m.group())
                    and looks_random(m.group(), min_entropy=3.0)
                ):
                    seen.add(s, e)
                    yield _PIECE_SHAPE.hit(self.id, s, e, scores.SECRET_VENDOR_KEY, True)

    def _marked(self, text: str, seen: SpanSet) -> Iterator[Detection]:
        """An OpenAI key whose prefix was cut off ("4fQ9...T3BlbkFJ..." with no "sk-"): its
        body holds the vendor's mark, base64 of "OpenAI"; the whole run of key characters
        around the mark, 40 at least, random."""
        at = text.find(_OPENAI_MARK)
        while at >= 0:
            s = at
            while s > 0 and at - s < _MARKED_REACH and text[s - 1] in KEY_CHARS:
                s -= 1
            e = at + len(_OPENAI_MARK)
            while e < len(text) and e - at < _MARKED_REACH and text[e] in KEY_CHARS:
                e += 1
            if (
                e - s >= _MARKED_MIN
                and not seen.overlaps(s, e)
                and looks_random(text[s:e], min_entropy=3.0, need_digits=False)
            ):
                seen.add(s, e)
                yield _MARKED_SHAPE.hit(self.id, s, e, scores.SECRET_VENDOR_KEY, True)
            at = text.find(_OPENAI_MARK, e)

    def _loose_prefixed(
        self, text: str, raw: bytes, runs: bytes, seen: SpanSet
    ) -> Iterator[Detection]:
        """Vendor keys whose prefix was typed loosely (``_LOOSE_VENDORS``): the whole key,
        prefix to body's end, when the body is random. Every body is a run of 20 key
        characters at least: the patterns are tried only around such runs (``runs``, the
        folded view's sketch, ``raw`` its UTF-8 bytes), from a few characters before each."""
        for start, stop in key_runs(text, raw, runs, _LONG_BODY):
            for vendor, pattern in _LOOSE_VENDORS:
                for m in pattern.finditer(text, max(0, start - _LOOSE_REACH), stop):
                    s, e = m.span()
                    if seen.overlaps(s, e) or not looks_random(
                        m.group("body"), min_entropy=3.0, need_digits=False
                    ):
                        continue
                    seen.add(s, e)
                    shape = Shape(
                        EntityType.API_SECRET, f"api_key.{vendor}.loose", scores.BASE_VENDOR_KEY
                    )
                    yield shape.hit(self.id, s, e, scores.SECRET_VENDOR_KEY, True)

    def _disguised(
        self,
        text: str,
        found: Iterable[tuple[int, int, str, str]],
        seen: SpanSet,
        kind: str = "",
    ) -> Iterator[Detection]:
        """Vendor keys read through a disguise (:mod:`ai_guard.detectors.key_disguises`:
        broken over lines, spaced out, or ``kind`` ".base64"), each ``(start, end, vendor,
        key)`` reported whole when the key it reads is random and no finding holds it yet (a
        key cut into string literals, each literal whole: ``literal_pieces``)."""
        for start, end, vendor, key in found:
            if seen.overlaps(start, end) or not looks_random(
                key, min_entropy=3.0, need_digits=False
            ):
                continue
            seen.add(start, end)
            shape = Shape(EntityType.API_SECRET, f"api_key.{vendor}{kind}", scores.BASE_VENDOR_KEY)
            for s, e in literal_pieces(text, start, end) if kind != ".base64" else [(start, end)]:
                yield shape.hit(self.id, s, e, scores.SECRET_VENDOR_KEY, True)

    def _private_keys(self, text: str, seen: SpanSet) -> Iterator[Detection]:
        """PEM private key blocks, header to footer (or to the last base64 line of a block
        cut short): the whole block is the secret."""
        for m in _PRIVATE_KEY.finditer(text):
            s, e = m.span()
            if _BASE64_LINE.search(text, s + 20, e) is None:
                continue  # "-----BEGIN PRIVATE KEY----- ... -----END ...": a template
            if not seen.overlaps(s, e):
                seen.add(s, e)
                yield _PRIVATE_KEY_SHAPE.hit(
                    self.id, s, e, scores.SECRET_VENDOR_KEY, True, "private key"
                )

    def _basic_auth(self, text: str, folded: str, seen: SpanSet) -> Iterator[Detection]:
        """The base64 credentials of HTTP basic authentication after "Authorization:"
        (or "Basic" at a header's start): they decode to "user:password"."""
        for m in _BASIC_AUTH.finditer(text):
            line_start = folded.rfind("\n", 0, m.start()) + 1
            before = folded[max(line_start, m.start() - 40) : m.start()]
            if "authorization" not in before and before.strip(" \t-") != "":
                continue
            s, e = m.span("value")
            if seen.overlaps(s, e) or not looks_random(text[s:e], min_entropy=3.0):
                continue
            seen.add(s, e)
            yield _BASIC_SHAPE.hit(self.id, s, e, scores.PASSWORD_NAMED, None, "basic")

    def _vendor_hit(
        self, text: str, start: int, end: int, vendor: str, seen: SpanSet
    ) -> Iterator[Detection]:
        if not looks_random(text[start:end], min_entropy=3.0, need_digits=False):
            return
        if vendor == "jwt" and sample_jwt(text[start:end]):
            # documentation's sample token ("John Doe"): no one's, and no later pass (a key
            # name before it: "the sample token eyJ...") reads it as a key either
            seen.add(start, end)
            return
        end = _wrapped_end(text, end)
        seen.add(start, end)
        shape = Shape(EntityType.API_SECRET, f"api_key.{vendor}", scores.BASE_VENDOR_KEY)
        # a key cut into string literals joined in code: each literal whole, the joiner kept
        for s, e in literal_pieces(text, start, end):
            yield shape.hit(self.id, s, e, scores.SECRET_VENDOR_KEY, True)

    def _url_passwords(self, text: str, seen: SpanSet, userinfo: SpanSet) -> Iterator[Detection]:
        """The password of ``scheme://user:password@host`` (a connection string, a URL with
        credentials), whole, whatever it looks like: only placeholders are left. Each
        ``user:password`` goes into ``userinfo``, up to its "@"."""
        for user, s, e, host in url_credentials(text):
            userinfo.add(user, host)
            if s == e or seen.overlaps(s, e) or _placeholder(text[s:e]):
                continue
            seen.add(s, e)
            yield _URL_PASSWORD.hit(self.id, s, e, scores.PASSWORD_IN_URL, None, "://")

    def _url_queries(self, text: str, seen: SpanSet) -> Iterator[Detection]:
        """A token, key, session or password in a URL's query (:func:`url_query_secrets`)."""
        for s, e in url_query_secrets(text):
            if seen.overlaps(s, e):
                continue
            seen.add(s, e)
            yield _URL_TOKEN.hit(self.id, s, e, scores.SECRET_NAMED_KEY, None, "url query")

    def _passwords(self, doc: Document, seen: SpanSet, userinfo: SpanSet) -> Iterator[Detection]:
        """Passwords after a password label ("Mật khẩu: Abc@2024", "password=...", "mk là
        ...", "DB_PASSWORD=..."): login credentials (557 P13; sensitive personal data under
        Decree 356). The whole value is one finding."""
        folded = doc.folded
        text = doc.text
        clean = [-1, -1]  # a line's rest known to hold no separator
        for name in _labels_of(doc):
            if userinfo.overlaps(name.start(), name.end()):
                continue  # "pass" in "app:Qx7!pass@host": the URL's password holds it
            if _label_inside_value(text, name.end()):
                continue  # "sshpass -p 'Matkhau@123' ssh ...": the password's own letters
            if _path_segment(text, name.start(), name.end()):
                continue  # "-passout file:/run/secrets/pw -out k2.pem": a file's name
            found = self._password_after(text, folded, name, clean)
            if found is None:
                continue
            s, e, label = found
            e = app_password_end(text, s, _cut_tail_end(text, e))
            if seen.overlaps(s, e):
                continue
            seen.add(s, e)
            yield _PASSWORD.hit(self.id, s, e, scores.PASSWORD_NAMED, None, label)
            # a strong password among the words the label's qualifiers took ("mk cũ Abc@2023
            # mới là Abc@2024": the value read is the second)
            between = text[name.end() : s]
            if "\n" in between and any(sign in between for sign in ",;|\t"):
                continue  # a row's cells before the one under the label: no qualifiers
            for word in _CLAUSE_WORD.finditer(text, name.end(), s):
                value = _trim(word.group(0))
                a, b = word.start(), word.start() + len(value)
                if _strong_password(value) and not seen.overlaps(a, b):
                    seen.add(a, b)
                    yield _PASSWORD.hit(self.id, a, b, scores.PASSWORD_NAMED, None, label)
            # the next password the same label gives ("Password cũ là Hanoi@2023, mới là
            # Hanoi@2024"): one label, two values
            nxt = _NEXT_PASSWORD.match(text, e)
            if nxt is not None:
                s, e = nxt.span("value")
                value = _trim(text[s:e])
                e = s + len(value)
                if _looks_like_password(value) and not seen.overlaps(s, e):
                    seen.add(s, e)
                    yield _PASSWORD.hit(self.id, s, e, scores.PASSWORD_NAMED, None, label)
        if holds_any(folded, _KEY_GATE):
            yield from self._keyed_passwords(doc, seen)
        if holds_any(folded, _ACCOUNT_GATE):
            yield from self._account_pairs(text, folded, seen, userinfo)
        if "/" in text and holds_any(folded, _LOGIN_GATE):
            for pair in _LOGIN_PAIR.finditer(folded):
                s = pair.start("value")
                value = _trim(text[s : pair.end("value")])
                e = s + len(value)
                if _FILE_NAME.search(value) is not None or seen.overlaps(s, e):
                    continue  # "user guide / Huong_dan_2024.pdf"
                if _MEASURE.match(value) is not None:
                    continue  # "SSID HopTang3 / 2.4GHz": the band, no key
                if pair.group("word") == "ssid":
                    if value.isdigit() and len(value) >= _WIFI_KEY_DIGITS:
                        pass
                    elif not _strong_password(value):
                        continue
                elif not (_strong_password(value) or _looks_like_password(value, bare=True)):
                    continue
                seen.add(s, e)
                yield _PASSWORD.hit(self.id, s, e, scores.PASSWORD_NAMED, None, "login")

    def _account_pairs(
        self, text: str, folded: str, seen: SpanSet, userinfo: SpanSet
    ) -> Iterator[Detection]:
        """A privileged account and a strong password side by side, no label before them
        (:data:`_ACCOUNT_PAIR`)."""
        # where an account's name stands (``str.find``: the pattern, led by no literal, tried
        # at every position of a text where "sa" stands as a syllable's letters)
        starts = sorted(
            pos
            for word in _ACCOUNT_GATE
            for pos in positions(folded, word)
            if pos == 0 or not (folded[pos - 1].isalnum() or folded[pos - 1] in "_/.@-")
        )
        for start in starts:
            pair = _ACCOUNT_PAIR.match(folded, start)
            if pair is None:
                continue
            s = pair.start("value")
            value = _trim(text[s : pair.end("value")])
            e = s + len(value)
            if (
                _strong_password(value)
                and _FILE_NAME.search(value) is None
                and not seen.overlaps(s, e)
                and not userinfo.overlaps(s, e)
            ):
                seen.add(s, e)
                yield _PASSWORD.hit(self.id, s, e, scores.PASSWORD_NAMED, None, "account")

    def _keyed_passwords(self, doc: Document, seen: SpanSet) -> Iterator[Detection]:
        """Passwords under a key that holds a password word among other words, in camelCase or
        snake_case ("dbPassword: ...", "adminPasswordMoi = ...", "mat_khau_email_cong_vu=...",
        "matKhauQuanTri: ..."): a key whose last word is the password word takes any value but
        a placeholder, as a config name does; words after it ("...Moi", "..._cong_vu") need a
        value that looks like a password. A key naming a property of passwords
        ("password_min_length", "passwordExpiryDays") holds a setting."""
        text, folded, cased = doc.text, doc.folded, doc.folded_cased
        # where a password word stands (found with ``str.find``: a pattern would try every
        # position of the text)
        hits: list[tuple[int, int]] = []
        for needle in _KEY_GATE:
            pos = folded.find(needle)
            while pos >= 0:
                hits.append((pos, pos + len(needle)))
                pos = folded.find(needle, pos + 1)
        hits.sort()
        done = 0
        for start, end in hits:
            if start < done:
                continue  # the same key ("matkhau_pass")
            rest = _KEY_REST.match(folded, end)
            if rest is None:
                continue
            left = start
            while left > 0 and start - left < _KEY_REACH and folded[left - 1] in _KEY_CHARS:
                left -= 1
            done = rest.end()
            key = folded[left : rest.end()]
            words = _glued_password(_key_words(cased[left : rest.end()]))
            at = [i for i, w in enumerate(words) if w in _KEY_PASSWORD_WORDS]
            if len(words) < 2 or not at or any(w in _KEY_PROPERTY_WORDS for w in words):
                continue  # a key of one word is a label: the labels' own rules read it
            val = _CONFIG_VALUE.match(text, rest.end())
            if val is None:
                continue
            value = _trim(_quoted(text, val.start("value"), val.group("value")))
            if not value or _placeholder(value):
                continue
            s = val.start("value")
            e = s + len(value)
            if not _looks_like_password(value) and (
                at[-1] != len(words) - 1 or _KEY_LINE_REST.match(text, e) is None
            ):
                continue  # a word, and prose after it ("dbPassword: the one you set")
            if seen.overlaps(s, e):
                continue
            seen.add(s, e)
            yield _PASSWORD.hit(self.id, s, e, scores.PASSWORD_NAMED, None, key)

    def _password_after(
        self, text: str, folded: str, name: re.Match[str], clean: list[int]
    ) -> tuple[int, int, str] | None:
        """The password value after one label, or None."""
        start = name.start()
        left = start
        while left > 0 and start - left < 64 and folded[left - 1] in _CONFIG_NAME_CHAR:
            left -= 1
        if left < start:
            # glued to a longer name: only a config name (DB_PASSWORD=, PGPASSWORD:), or the
            # name of a name/value pair ("- name: DB_PASSWORD" / "value: ...")
            pair = _PAIR_VALUE.match(text, name.end())
            if pair is not None and not text[left:start].isalpha():
                group = "value" if pair.group("value") else "yaml"
                s, e = pair.span(group)
                if not _placeholder(pair.group(group)):
                    return s, e, text[left : name.end()]
            val = _CONFIG_VALUE.match(text, name.end())
            if val is None:
                return None
            value = _trim(_quoted(text, val.start("value"), val.group("value")))
            glued_word = folded[left:start].isalpha() and not text[left:start].isupper()
            if not value or _placeholder(value) or glued_word:
                return None  # "compass: north", "bypass=1"
            s = val.start("value")
            return s, s + len(value), text[left : name.end()]
        pair = _PAIR_VALUE.match(text, name.end())
        if pair is not None:
            s, e = pair.span("value")
            return None if _placeholder(pair.group("value")) else (s, e, name.group(0))
        qualified = _QUALIFIED_DIGITS.match(folded, name.end())
        if qualified is not None:
            s, e = qualified.span("value")
            return s, e, " ".join(folded[start:s].split())
        below = _VALUE_BELOW.match(text, name.end())
        if below is not None and _strong_password(below.group("value")):
            # the label alone on its line, a strong value alone on the next ("Mật khẩu⏎Abc@1234");
            # under a table's header ("STT,Tên,Mật khẩu⏎1,An,Abc@1234"), the cell under it
            s, e = _cell_under(text, start, *below.span("value"))
            return s, e, " ".join(name.group(0).split())
        if _nothing_after(text, name.end(), clean):
            # none of the forms below can match (prose about passwords), but a strong
            # password a few words on, with no separator ("mật khẩu vneid của tôi Abc#2024")
            return _strong_word_after(text, name.end(), " ".join(name.group(0).split()))
        label = " ".join(name.group(0).split())
        quoted = _QUOTED_VALUE.match(text, name.end())
        if quoted is not None and _looks_like_password(quoted.group("value")):
            # in quotes right after ':' or '=', spaces and all ('Password="Sa 2024!"')
            s, e = quoted.span("value")
            return s, e, label
        spaced = _SPACED_PASSWORD.match(text, name.end())
        if spaced is not None and any(c.isdigit() for c in spaced.group("value")):
            s, e = spaced.span("value")
            return s, e, label
        config_like = text[start : name.end()].isupper() or "_" in text[start : name.end()]
        val = _PASSWORD_VALUE.match(text, name.end())
        bare = False
        if val is None:
            val = _PASSWORD_BARE.match(text, name.end())
            bare = True
            if val is None:
                return self._password_far(text, name.end(), label)
        s = val.start("value")
        value = _trim(_quoted(text, s, val.group("value")))
        braced = _BRACED.match(text, s)
        if braced is not None and not _ENV_NAME.fullmatch(braced.group("value")):
            # ODBC quotes a value holding ';' in braces ("Pwd={Abc@12;3}"): the inside
            s, value = braced.start("value"), braced.group("value")
        if not value or _placeholder(value):
            return None
        sep = text[name.end() : s]
        if config_like and "=" in sep:
            return s, s + len(value), label
        if not _looks_like_password(value, bare=bare, label=label):
            phrase = None if bare else _passphrase(text, s)
            if phrase is not None:
                return phrase[0], phrase[1], label
            if not bare and _glued_value(text, s, value, label, sep):
                return s, s + len(value), label
            return self._password_far(text, name.end(), label)
        return s, s + len(value), label

    @staticmethod
    def _password_far(text: str, after: int, label: str) -> tuple[int, int, str] | None:
        """:meth:`_password_far_value`, else a passphrase after up to three qualifying words
        and a separator ("mật khẩu của tôi gồm: Hà Nội 1000 năm": its first word too short to
        be read as a value)."""
        found = ApiSecretDetector._password_far_value(text, after, label)
        if found is None:
            sep = _PHRASE_SEPARATOR.match(text, after)
            phrase = None if sep is None else _passphrase(text, sep.end())
            if phrase is not None:
                return phrase[0], phrase[1], label
        return found

    @staticmethod
    def _password_far_value(text: str, after: int, label: str) -> tuple[int, int, str] | None:
        """A label qualified by four to ten words before its ':' or "là" ("Mật khẩu tài khoản
        quản trị cổng thông tin của Sở là ...", "pass wifi phong hop tang 3 la ...", "mk email
        cong vu cua em: ..."), within one clause: the value must look like a password on its
        own (letters and digits mixed), as prose about passwords never has one."""
        clause = _CLAUSE.match(text, after).group(0)  # type: ignore[union-attr]
        if len(clause) < _CLAUSE_MAX and _FAR_SEPARATOR.search(clause) is None:
            # no ':', '=' or "là" before the clause ends: a strong password a few words on
            # ("mật khẩu vneid của tôi Abc#2024", "đổi mật khẩu mới thành Abc#2024")
            return _strong_word_after(text, after, label)
        val = _PASSWORD_VALUE_FAR.match(text, after)
        if val is None:
            return None
        s = val.start("value")
        value = _trim(_quoted(text, s, val.group("value")))
        if not value or _placeholder(value):
            return None
        end = _cut_tail_end(text, s + len(value))
        if end > s + len(value):  # judged whole: "PhongHop" / "@T3#2026"
            value = "".join(text[s:end].split())
        if not _looks_like_password(value, bare=True, label=label):
            phrase = _passphrase(text, s)
            return None if phrase is None else (phrase[0], phrase[1], label)
        return s, max(end, s + len(value)), label

    def _command_lines(self, text: str, folded: str, seen: SpanSet) -> Iterator[Detection]:
        """Passwords given to a command on its line: ``mysql -u root -pS3cr3t!``, ``-p S3cr3t!``
        (when the value looks like a password: a bare ``-p qlvb`` names a database),
        ``sshpass -p 'x'``, ``redis-cli -a x``, ``sqlcmd -P x``, ``curl -u user:pass``,
        ``smbclient -U user%pass``, ``sqlplus user/pass@db``, ``psql -W x`` (when ``x`` looks
        like a password), ``docker login -p x``, ``ldapsearch -w x``, ``keytool -storepass x``,
        ``zip -P x``, ``7z -px``, an exec array's ``"-px"``; and the commands that take it as a
        word in place (``htpasswd -b file user x``, ``rabbitmqctl add_user user x``, Redis'
        ``requirepass x``)."""
        options = [m.start() for m in _CLI_OPTION.finditer(text) if _option_at(text, m.start())]
        commands = (
            [c for c in _CLI_COMMAND.finditer(text) if command_after_path(text, c.start())]
            if options
            else []
        )
        starts = [c.start() for c in commands]
        for at in options:
            i = bisect.bisect_right(starts, at) - 1  # the command nearest before the option
            if i < 0:
                continue
            command = commands[i]
            line = text.rfind("\n", max(0, at - 256), at) + 1
            if command.end() > at or command.start() < (line if line else at - 256):
                continue  # on another line, or too far
            found = _cli_value(text, at, _CLI_FAMILY[command.group(0).lower()])
            if found is not None and not seen.overlaps(*found):
                seen.add(*found)
                yield _CLI_PASSWORD.hit(
                    self.id, found[0], found[1], scores.PASSWORD_NAMED, None, command.group(0)
                )
        for words, pattern in _POSITIONAL_PASSWORDS:
            if not any(word in folded for word in words):
                continue
            for m in pattern.finditer(text):
                s, e = m.span("value")
                if m.group("q"):
                    close = text.find(m.group("q"), s, s + 257)
                    if close == -1 or "\n" in text[s:close]:
                        continue
                    e = close
                if not _placeholder(text[s:e]) and not seen.overlaps(s, e):
                    seen.add(s, e)
                    yield _CLI_PASSWORD.hit(
                        self.id, s, e, scores.PASSWORD_NAMED, None, "positional"
                    )
        if "@" in text and "thin:" in folded:
            for m in _ORACLE_THIN.finditer(text):
                s, e = m.span("value")
                if not _placeholder(text[s:e]) and not seen.overlaps(s, e):
                    seen.add(s, e)
                    yield _CLI_PASSWORD.hit(self.id, s, e, scores.PASSWORD_NAMED, None, "oracle")
        if "@" in text and "sqlplus" in folded:
            for m in _SQLPLUS.finditer(text):
                s, e = m.span("value")
                value = text[s:e]
                if not _placeholder(value) and not seen.overlaps(s, e):
                    seen.add(s, e)
                    yield _CLI_PASSWORD.hit(self.id, s, e, scores.PASSWORD_NAMED, None, "sqlplus")

    def _password_forms(self, doc: Document, seen: SpanSet) -> Iterator[Detection]:
        """Passwords in the forms real sources give them with no label before them
        (secret_forms, secret_cells): a Wi-Fi QR payload's key, ``net use``'s password, a
        string given to be encoded or hashed, a cell under a password column, a chat's answer
        to a message asking for a password."""
        text, folded = doc.text, doc.folded
        found = [(s, e, "wifi_qr") for s, e in wifi_qr_passwords(text, folded)]
        if "use" in folded and "net" in folded:
            found += [(s, e, "net_use") for s, e in net_use_passwords(text)]
        found += [(s, e, "encode") for s, e in encoded_passwords(text, folded, _strong_password)]
        found += _labelled_elsewhere(doc)
        for s, e, kind in found:
            if not _placeholder(text[s:e]) and not seen.overlaps(s, e):
                seen.add(s, e)
                yield _CLI_PASSWORD.hit(self.id, s, e, scores.PASSWORD_NAMED, None, kind)

    def _line_forms(self, text: str, seen: SpanSet) -> Iterator[Detection]:
        """Secrets a line's format places before a label would take more (secret_forms): a
        ``.pgpass`` line's last field (a password label before the line would take the whole
        line, host and user with it), a cookie header's random values."""
        found = [(s, e, "pgpass") for s, e in pgpass_passwords(text)]
        found += [(s, e, "cookie") for s, e in cookie_values(text, _random_cookie)]
        found += _device_forms(text)
        if "<" in text:
            marked = markup_secrets(text, _random_cookie, _placeholder)
            found += [(s, e, f"markup.{kind}") for s, e, kind in marked]
        for s, e, kind in found:
            if not _placeholder(text[s:e]) and not seen.overlaps(s, e):
                seen.add(s, e)
                yield _CLI_PASSWORD.hit(self.id, s, e, scores.PASSWORD_NAMED, None, kind)

    def _env_values(self, text: str, seen: SpanSet) -> Iterator[Detection]:
        """The value after a configuration name ending in a credential's word that no key name
        reads ("QIANFAN_AK=...", "MY_APP_SK: ...": secret_forms.env_secrets), when random: no
        path, no words joined by underscores ("SORT_KEY=created_at_desc")."""
        for s, e, camel in env_secrets(text):
            value = text[s:e]
            if (
                not seen.overlaps(s, e)
                and looks_random(value, min_entropy=_CAMEL_ENTROPY if camel else 3.0)
                and not (camel and _joined_words(value))
                and _PATH_WORD.search(value) is None
                and "_" not in value.strip("_")
                and not _placeholder(value)
            ):
                seen.add(s, e)
                yield _ENV_KEY.hit(self.id, s, e, scores.SECRET_NAMED_KEY, None, "env")

    def _named_joins(self, text: str, seen: SpanSet) -> Iterator[Detection]:
        """A prefix-less key cut into string literals joined after a credential's name
        (``api_key = "q8Z3kL9mW2xR" + "7tY4pN6vB1cD"``: key_disguises.named_joins), when the
        joined value is random and 16 characters or more: the pieces with the code between
        them, one finding."""
        for s, e, value in named_joins(text):
            if (
                len(value) >= 16
                and not seen.overlaps(s, e)
                and looks_random(value, min_entropy=3.0)
                and not _placeholder(value)
            ):
                seen.add(s, e)
                yield _ENV_KEY.hit(self.id, s, e, scores.SECRET_NAMED_KEY, None, "joined")

    def _card_codes(self, folded: str, seen: SpanSet) -> Iterator[Detection]:
        """A card's security code after its name ("CVV: 456", "mã bảo mật thẻ (CVV) 123",
        "cvv 789"): with the card's number it pays online."""
        for m in _CARD_CODE.finditer(folded):
            if m.start() > 0 and folded[m.start() - 1].isalnum():
                continue
            s, e = m.span("value")
            if not seen.overlaps(s, e):
                seen.add(s, e)
                yield _OTP.hit(self.id, s, e, scores.PASSWORD_NAMED, None, "cvv")

    def _otps(self, doc: Document, seen: SpanSet) -> Iterator[Detection]:
        """One-time codes in chat ("mã OTP 482913", "OTP: 482913", "mã xác thực của bạn là
        591024", "482913 là mã xác thực"): a live credential while it lasts, and the account it
        opens with it. Prose about codes ("mã OTP gồm 6 chữ số") holds no 4-8 digit value."""
        folded = doc.folded
        if not (
            _OTP_WORDS[0].search(folded)
            or _OTP_WORDS[1].search(folded)
            or any(
                m.start() == 0 or not folded[m.start() - 1].isalpha()
                for m in _OTP_WORDS[2].finditer(folded)
            )  # "pin" as a word, not in "opinion", "spin"
            or _OTP_MA_GATE.search(folded)
        ):
            return
        for cue in _OTP_CUE.finditer(folded):
            if cue.start() > 0 and folded[cue.start() - 1].isalnum():
                continue
            after = _OTP_AFTER.match(folded, cue.end()) or _OTP_GROUPED.match(folded, cue.end())
            if after is not None:
                s, e = after.span("value")
                tail = _OTP_TAIL.match(folded, e)
                if tail is not None:
                    e = tail.end()
            elif (words := _otp_words(doc, cue.end())) is not None:
                s, e = words
            else:
                if not folded.endswith(_OTP_BEFORE_ENDS, max(0, cue.start() - 12), cue.start()):
                    continue
                before = _OTP_BEFORE.search(folded, max(0, cue.start() - 24), cue.start())
                if before is None:
                    continue
                s, e = before.span("value")
            if seen.overlaps(s, e):
                continue
            seen.add(s, e)
            yield _OTP.hit(self.id, s, e, scores.PASSWORD_NAMED, None, cue.group(0))

    def _named(
        self, doc: Document, seen: SpanSet, userinfo: SpanSet, *, spaced_only: bool
    ) -> Iterator[Detection]:
        """Keys after a key name; with ``spaced_only`` (no run of 16 key characters in the
        text), only keys spelled out with spaces."""
        text = doc.text
        folded = doc.folded
        if not any(k in folded for k in _NAME_KEYS):
            return
        if spaced_only and " " not in text:
            return
        for name in _NAME.finditer(folded):
            if name.start() > 0 and folded[name.start() - 1].isalnum():
                continue
            if userinfo.overlaps(name.start(), name.end()):
                continue  # "key" in "u:x!key9fQ2LmZ8vT4rW1@host": the URL's password
            found = None if spaced_only else self._named_value(text, name)
            if found is None:
                found = _spaced_value(text, name)
            if found is None and not spaced_only:
                found = _value_before(text, name.start())
            if found is None:
                continue
            s, e = found
            if seen.overlaps(s, e):
                continue
            seen.add(s, e)
            yield _NAMED_KEY.hit(self.id, s, e, scores.SECRET_NAMED_KEY, True, name.group(0))

    @staticmethod
    def _named_value(text: str, name: re.Match[str]) -> tuple[int, int] | None:
        """The span of the key after one key name, or None: the label-then-value form first,
        then the chat forms (words before the separator, the next line, a long bare value)."""
        separated = name.group(0) in _SEPARATED
        pair = _PAIR_VALUE.match(text, name.end())
        if pair is not None:
            group = "value" if pair.group("value") else "yaml"
            value = pair.group(group)
            if value.lower().startswith("bearer") or not looks_random(value, min_entropy=3.5):
                return None
            return pair.span(group)
        forms: list[re.Pattern[str]] = []
        if not separated or _SEPARATOR.match(text, name.end()) is not None:
            forms.append(_VALUE)
        forms += [_VALUE_QUALIFIED, _VALUE_NEXT_LINE]
        if separated:
            forms.append(_VALUE_BARE)
        if name.end() == len(text) or not text[name.end()].isalnum():
            forms.append(_VALUE_FAR)
        for form in forms:
            val = form.match(text, name.end())
            if val is None:
                continue
            value = val.group("value")
            if value.lower().startswith("bearer") or not looks_random(value, min_entropy=3.5):
                continue
            if form is _VALUE_FAR and _PATH_WORD.search(value) is not None:
                continue
            s, e = val.span("value")
            return s, _wrapped_end(text, e)
        stacked = _VALUE_STACKED.match(text, name.end())
        if stacked is not None:
            joined = "".join(stacked.group("value").split())
            if (
                len(joined) >= _STACKED_MIN
                and looks_random(joined, min_entropy=3.5)
                and _PATH_WORD.search(joined) is None
            ):
                s, e = stacked.span("value")
                return s + len(stacked.group("value")) - len(stacked.group("value").lstrip()), e
        return None


#: a key pasted before its name ("SyD9... là key gemini của em", "4fQ9... is my openai key"):
#: the value, then "là"/"is"/":" and at most two words before the name
_VALUE_BEFORE = re.compile(
    r"(?<![A-Za-z0-9_\-+/.~])(?P<value>[A-Za-z0-9_\-+/.~]{20,}={0,2})[ \t]+(?:là|la|is|=|:)?"
    r"(?:[ \t]+[^\s:=\"'`]{1,12}){0,2}?[ \t]*$"
)
_BEFORE_REACH = 320


def _value_before(text: str, at: int) -> tuple[int, int] | None:
    """The span of a random key pasted right before its name (``_VALUE_BEFORE``), or None."""
    if at == 0 or text[at - 1] not in " \t":
        return None
    m = _VALUE_BEFORE.search(text, max(0, at - _BEFORE_REACH), at)
    value = m.group("value") if m is not None else ""
    if not any(c.isdigit() for c in value) or not looks_random(value, min_entropy=3.5):
        return None  # a key has digits ("NguyenVanAnHaNoi là key" is a name run together)
    if _PATH_WORD.search(value) is not None or m is None:
        return None  # a path or a dotted name before "key"
    return m.span("value")


def _spaced_value(text: str, name: re.Match[str]) -> tuple[int, int] | None:
    """The span of a key spelled out with spaces after a key name ("API key: s k - a n t -
    a p i 0 3 - ..."), read joined: a vendor's key, or a random string of 16 characters."""
    if text.find(" ", name.end(), name.end() + 8) < 0:
        return None  # the spaced value starts within a few characters of its name
    if name.group(0) in _SEPARATED and _SEPARATOR.match(text, name.end()) is None:
        return None
    val = _VALUE_SPACED.match(text, name.end())
    if val is None:
        return None
    joined = val.group("value").replace(" ", "")
    vendor = any(
        joined.startswith(prefix) and pattern.fullmatch(joined) is not None
        for prefix, _vendor, pattern in _VENDORS
    )
    if vendor and looks_random(joined, min_entropy=3.0, need_digits=False):
        return val.span("value")
    if looks_random(joined, min_entropy=3.5):
        return val.span("value")
    return None
