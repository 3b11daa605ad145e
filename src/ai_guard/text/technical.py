"""Technical tokens: the UUIDs, hashes, JWTs, MAC addresses, hex dumps, version strings and
sizes of logs, stack traces, JSON and configuration pasted into a prompt.

A run of digits that is part of such a token (a uuid4's last group, a SHA's digits between
its letters, a semver's build number, a hex dump's bytes, a value named by a code key like
``trace_id``) is none of the identifiers a number detector serves: CCCD, CMND, phone, tax
code, bank account, BHYT/BHXH, passport, licence, plate, case number. :func:`technical_at`
says, for a span of digits, the technical token it lies in, if any: the one notion every
number detector reads (through :func:`ai_guard.text.numbers.number_tokens`, which keeps no
digits inside one).

What is a technical token (each bounded by no ASCII letter or digit):

* a UUID (8-4-4-4-12 hexadecimal digits, either case);
* a hexadecimal run of 7 characters or more (a hash, a git SHA, a boundary) whose letters
  and digits take turns (not "CCCD001203004567", a cue glued to its number), holding at
  least three of the letters a-f (one or two letters in a run of digits is a number OCR or
  a slip damaged: "0010850123a5"), or of 20 characters or more;
* a MAC address (six or eight pairs of hexadecimal digits joined by ":" or "-");
* a JWT (``eyJ...`` then dot-joined base64url segments);
* a version: ``v1.20.3`` (``v2.0.3.1234567``), three short parts and a build number
  (``5.6.2.247080614``), or a semver whose pre-release or build part holds a letter
  (``7.3.28+build.3749779797``, ``2.1.0-rc.1+20240512.34ca596``);
* a number standing as a URL path's segment after a resource's segment (``/orders/0912345678``,
  ``/api/v1/invoices/...``, ``/don-hang/...``; not ``zalo.me/0912345678`` nor ``/customers/``);
* the number after a request's, a trace's or an order's bare "id" (``request failed with id
  389963541446``): :func:`machine_id_named`, read by the number detectors' cue;
* a size with its unit glued: a decimal one (``93990.5MB``), bytes (``104857600bytes``),
  or six digits at most before a multiple's unit (``524288KiB``; ``0491000508639MB`` is an
  account at MB Bank);
* a hex dump's line: eight or more space-separated pairs (or four or more groups of four) of
  hexadecimal digits, two of them holding a letter;
* the value of a code key (``request_id=``, ``"traceId":``, ``X-Request-Id:``: a name with
  ``_``, ``-`` or a capital inside) that mixes letters and digits, unless the key names an
  identifier (``so_cccd``, ``phone_number``);
* a number under a key that names a time (``"iat":``, ``created_at=``: 10 or 13 digits, a Unix
  time) or a quantity (``size=``, ``"bytes":``, ``port:``, ``pid=``).
"""

from __future__ import annotations

import itertools
import re

__all__ = ["machine_id_named", "technical_at"]

#: the characters a technical token is made of (no white space, no ":" or "="): a number's
#: neighbour outside them leaves only the hex dump and the keyed number to test
_CHUNK = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_+/.-")
#: a neighbour before a number that may close a key (``"iat":1580421135``, ``size=1048576``)
_KEY_END = frozenset(":=\"'")

_SHAPE = re.compile(
    r"(?<![0-9A-Za-z])(?:"
    r"(?P<uuid>[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})"
    r"|(?P<mac>[0-9A-Fa-f]{2}(?P<sep>[:-])[0-9A-Fa-f]{2}(?:(?P=sep)[0-9A-Fa-f]{2}){4}"
    r"(?:(?P=sep)[0-9A-Fa-f]{2}(?P=sep)[0-9A-Fa-f]{2})?)"
    r"|(?P<jwt>eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{2,}(?:\.[A-Za-z0-9_-]*)?)"
    r"|(?P<ver>(?P<v>[vV])?[0-9]{1,4}\.[0-9]{1,4}\.[0-9]{1,6}(?:\.[0-9]{1,12})?"
    r"(?P<tail>[-+](?:alpha|beta|rc|dev|pre|preview|snapshot|nightly|canary|next|post|final"
    r"|build|git|sha|[0-9])[0-9A-Za-z.+-]*)?)"
    r"|(?P<size>[0-9]+[.,][0-9]+(?:[KMGTPkmgtp]i?)?[Bb]|[0-9]{1,6}[KMGTPkmgtp]i?[Bb]"
    r"|[0-9]+[Bb]ytes?)"
    r"|(?P<hex>[0-9A-Fa-f]{7,})"
    r")(?![0-9A-Za-z])"
)
#: a run whose letters and digits take turns (a letter after a digit, and a digit after a
#: letter): a hash's; "CCCD001203004567" (a cue typed against its number) and "0912345678ab"
#: are a word and a number glued
_LETTERS_APART = re.compile(
    r"[0-9A-Fa-f]*(?:[0-9][A-Fa-f]+[0-9]|[A-Fa-f][0-9]+[A-Fa-f])[0-9A-Fa-f]*"
)
#: a version's three short parts, then its build number ("5.6.2.247080614"): no identifier
#: is written in dots so (a number in dots has groups of three or four)
_BUILD_NUMBER = re.compile(r"[1-9]?[0-9]\.[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4,12}")
#: a hexadecimal run reads as a hash from this many letters (a damaged number has at most two)
_HEX_LETTERS = 3
#: a hex run whose letters are all "b"/"B", the one hex letter OCR makes of a digit (8)
_OCR_HEX = frozenset("0123456789bB")
#: ... or from this length with any letter (longer than any identifier, a bank account's 19)
_HEX_LONG = 20

_DUMP = re.compile(
    r"(?<![0-9A-Za-z])(?:[0-9A-Fa-f]{2}(?: {1,2}[0-9A-Fa-f]{2}){7,}"
    r"|[0-9A-Fa-f]{4}(?: [0-9A-Fa-f]{4}){3,})(?![0-9A-Za-z])"
)
#: a number in groups of four digits or fewer, as a hex dump's bytes read between its letters
#: (its last group may be the digit of a byte "9f")
_PAIRS = re.compile(r"[0-9]{1,4}(?: {1,2}[0-9]{1,4})+")
_DUMP_GROUP = re.compile(r"[0-9A-Fa-f]+")
#: the characters of a dump (:data:`_DUMP` matches nothing else), and a run of them
_DUMP_CHARS = frozenset("0123456789ABCDEFabcdef ")
_DUMP_RUN = re.compile(r"[0-9A-Fa-f ]*")
_LETTER = re.compile(r"[A-Za-z]")

#: a key just before a value: a code name (with "_", "-" or a capital inside), then its quote
#: and ":" or "=" (a JSON pair, a query, a header, a log's key=value)
_KEY_BEFORE = re.compile(
    r"(?<![0-9A-Za-z_.-])[\"']?(?P<key>[A-Za-z][A-Za-z0-9_.-]{0,40})[\"']?[ \t]*[:=][ \t]*[\"']?$"
)
#: keys that name a time: their 10 or 13 digits are a Unix time, never a tax code
_TIME_KEYS = frozenset(
    {"iat", "exp", "nbf", "ts", "time", "timestamp", "epoch", "expires", "expiry", "since",
     "until", "date", "t"}
)  # fmt: skip
_TIME_SUFFIXES = ("_at", "time", "timestamp", "_ts", "_ms", "_epoch", "expires", "_exp")
_UNIX_TIME = re.compile(r"1[0-9]{9}(?:[0-9]{3})?")
#: keys that name a quantity: their number is a size, a count, a port or a process
_QUANTITY_KEYS = frozenset(
    {"size", "bytes", "len", "length", "content-length", "content_length", "offset", "pid",
     "port", "ports", "duration", "elapsed", "latency", "took", "count", "limit", "uptime",
     "rss", "vsz", "mem", "memory", "inode", "seq", "sequence", "line", "lineno", "col",
     "column", "ttl", "timeout", "max_tokens", "tokens"}
)  # fmt: skip
_QUANTITY_SUFFIXES = ("_size", "_bytes", "_len", "_length", "_count", "_ms", "_port", "_pid")
#: words in a key that name an identifier: its value stays the detectors' to read
_IDENTIFIER_KEY_WORDS = re.compile(
    r"cccd|cmnd|cmt|cancuoc|dinhdanh|citizen|national|passport|hochieu|sdt|phone|mobile|"
    r"tel|dienthoai|mst|tax|masothue|stk|account|taikhoan|bank|bhxh|bhyt|insurance|"
    r"baohiem|licen[cs]e|gplx|plate|bienso|card|the|cic|ssn|cert",
    re.IGNORECASE,
)

#: the words of a code key whose value is a machine's id, digits alone too: a request, a
#: trace, an order or a parcel, never a person's number
_MACHINE_ID_KEY = re.compile(
    r"request|trace|span|correlation|session|transaction|txn|order|message|msg|event|job|"
    r"build|commit|tracking|shipment|parcel|invoice|ticket|thread|process|device|node|pod|"
    r"container|instance|idempotency|upload|download|file|object|etag|nonce",
    re.IGNORECASE,
)


#: how far before a number an "id" and the machine word naming it are read
_MACHINE_REACH = 40


#: a URL path's segment that names a machine's resource, right before a number's segment:
#: an order, an invoice, a ticket, a product, a post (English and Vietnamese slugs); a person's
#: segments (``users``, ``customers``, ``profile``, ``lien-he``) are not among them
_RESOURCE_SEGMENT = re.compile(
    r"/(?:orders?|invoices?|tickets?|issues?|pulls?|commits?|builds?|jobs?|"
    r"shipments?|parcels?|trackings?|transactions?|txns?|payments?|products?|items?|skus?|"
    r"posts?|articles?|comments?|threads?|messages?|events?|videos?|photos?|images?|"
    r"files?|documents?|docs?|pages?|news|categor(?:y|ies)|don-hang|hoa-don|san-pham|"
    r"bai-viet|tin-tuc|van-don)/$",
    re.IGNORECASE,
)
#: how far before a number its resource segment is read
_RESOURCE_REACH = 16
#: what may follow a URL path's number segment: the path, a query, a fragment, an extension,
#: the end of the URL
_SEGMENT_END = frozenset("/?#.&,;)]}>\"' \t\r\n")


def machine_id_named(text: str, start: int) -> bool:
    """Whether the words just before ``start`` name a machine's id: a request, a trace, an
    order, a commit ... with an "id" ("request failed with id 389963541446", "order id:
    ..."): the bare "ID" there is no citizen's."""
    before = text[max(0, start - _MACHINE_REACH) : start]
    line = before.rfind("\n")
    if line >= 0:
        before = before[line + 1 :]
    return _MACHINE_WORD.search(before) is not None


#: the machine words of :data:`_MACHINE_ID_KEY` as words of a sentence (English, as logs and
#: their readers write them)
_MACHINE_WORD = re.compile(
    r"(?<![A-Za-z])(?:request|trace|span|correlation|session|transaction|txn|order|message|"
    r"event|job|build|commit|tracking|shipment|parcel|invoice|ticket|thread|device|pod|"
    r"container|instance|idempotency|upload|object|nonce)s?(?:[ _-]?ids?)?(?![A-Za-z])",
    re.IGNORECASE,
)


def technical_at(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The technical token ``text[start:end]`` (a run of digits, possibly in groups) lies in,
    as (start, end), or None when it lies in none. A few character tests for a number
    standing between spaces or words; the shapes are tried only around one glued to a
    letter, a dot, a slash, a hyphen, a key's ":" or "=", or written as a hex dump's pairs."""
    size = len(text)
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < size else " "
    glued = before in _CHUNK or after in _CHUNK or _LETTER.search(text, start, end) is not None
    keyed = before in _KEY_END
    if not keyed and before in " \t":
        # "X-Request-Id: 205091f4d845": the key's ":" a space or two before the value
        at = start - 1
        while at > 0 and start - at < 4 and text[at - 1] in " \t":
            at -= 1
        keyed = at > 0 and text[at - 1] in ":="
    if glued or keyed:
        lo = start
        while lo > 0 and text[lo - 1] in _CHUNK:
            lo -= 1
        hi = end
        while hi < size and text[hi] in _CHUNK:
            hi += 1
        if glued:
            found = _shape(text, lo, hi, start, end)
            if found is not None:
                return found
            if before == "/" and _resource_id(text, start, end):
                return start, end
        value = _keyed_value(text, lo, hi)
        if value is not None:
            return value
        if keyed and lo == start and hi == end:
            return _keyed_number(text, start, end)
    if (before == " " or after == " ") and _PAIRS.fullmatch(text, start, end) is not None:
        return _dump(text, start, end)
    return None


def _shape(text: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int] | None:
    """The shaped token of ``text[lo:hi]`` that covers ``start..end``."""
    for m in _SHAPE.finditer(text, lo, hi):
        if m.end() <= start:
            continue
        if m.start() >= end:
            break
        if not (m.start() <= start and end <= m.end()):
            continue
        kind = m.lastgroup
        if kind == "ver":
            tail = m.group("tail")
            if (
                m.group("v") is None
                and (tail is None or _LETTER.search(tail) is None)
                and _BUILD_NUMBER.fullmatch(m.group(0)) is None
            ):
                continue  # "1.20.300" alone may be a number in dots
        elif kind == "hex":
            run = m.group(0)
            letters = sum(c.isalpha() for c in run)
            if _LETTERS_APART.fullmatch(run) is None or not (
                letters >= _HEX_LETTERS or len(run) >= _HEX_LONG
            ):
                continue
            if _OCR_HEX.issuperset(run):
                # the only hex letter OCR makes of a digit is "B" (8): "BHXH: 022222BBB0"
                # is a number read by OCR, which its family reports under its cue
                continue
        elif kind == "mac" and "-" in m.group(0) and _LETTER.search(m.group(0)) is None:
            # six pairs of digits with hyphens: a MAC's shape, and a number's in pairs too
            # ("00-12-03-00-45-67"): only a letter makes it a MAC
            continue
        return m.span()
    return None


def _resource_id(text: str, start: int, end: int) -> bool:
    """Whether the digits ``text[start:end]`` are a whole segment of a URL path right after a
    segment naming a machine's resource (``/orders/0912345678``, ``/api/v1/invoices/...``,
    ``/don-hang/...``): the resource's number, not a person's. A number after any other
    segment (``zalo.me/0912345678``, ``/customers/...``, ``/lien-he/...``) stays the
    detectors' to read: a contact link or a customer's page carries the person's own number."""
    if end < len(text) and text[end] not in _SEGMENT_END:
        return False
    return _RESOURCE_SEGMENT.search(text, max(0, start - _RESOURCE_REACH), start) is not None


def _key(text: str, lo: int) -> str | None:
    """The key written just before ``lo`` (``request_id=``, ``"iat": ``), if any."""
    # ``_KEY_BEFORE`` ends on ":" or "=", spaces and a quote: without them before ``lo`` (or
    # before a line break there, where its "$" matches too) it matches nowhere (asked first:
    # the search tries each of the 48 places before ``lo``)
    at = lo - 1 if lo > 0 and text[lo - 1] == "\n" else lo
    if at > 0 and text[at - 1] in "\"'":
        at -= 1
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    if at == 0 or text[at - 1] not in ":=":
        return None
    m = _KEY_BEFORE.search(text, max(0, lo - 48), lo)
    return None if m is None else m.group("key")


def _code_name(key: str) -> bool:
    """Whether a key is a name from code: ``_`` or ``-`` inside, or a capital after a small
    letter (``traceId``); a dot is an abbreviation's as often ("No.: O4619OO1S273")."""
    if "_" in key.strip("_-.") or "-" in key.strip("_-."):
        return True
    return any(a.islower() and b.isupper() for a, b in itertools.pairwise(key))


def _keyed_value(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """``text[lo:hi]`` when it is a code key's value mixing letters and digits."""
    key = _key(text, lo)
    if key is None or not _code_name(key) or _IDENTIFIER_KEY_WORDS.search(key) is not None:
        return None
    if _LETTER.search(text, lo, hi) is None and _MACHINE_ID_KEY.search(key) is None:
        return None  # digits alone under "user_id": perhaps the person's own number
    return lo, hi


def _keyed_number(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A number under a key that names a time or a quantity. Not one written as an
    identifier opens (a leading zero, which no quantity has; eleven digits after a phone's
    country code 84) nor one of twelve digits or more: a key's name is no proof (a tool's
    ``{"limit": 84912345678}`` carries a phone; the guard cannot vouch for the key)."""
    key = _key(text, start)
    if key is None:
        return None
    name = key.lower()
    if name in _QUANTITY_KEYS or name.endswith(_QUANTITY_SUFFIXES):
        size = end - start
        if text.startswith("0", start) or size >= 12:
            return None
        return None if size == 11 and text.startswith("84", start) else (start, end)
    if (name in _TIME_KEYS or name.endswith(_TIME_SUFFIXES)) and _UNIX_TIME.fullmatch(
        text, start, end
    ):
        return start, end
    return None


def _dump(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The hex dump line around a number in pairs (or fours) of digits, if any.

    A dump is hex digits and spaces only, so one that holds the number lies inside the run
    of those characters around it: the scan reads that run (and the character after it, for
    the pattern's closing look-ahead), not the whole line; a spaced phone number ("0917 655
    326") on a long line cost a scan of the line, ~150 us on a paragraph, each time."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0:
        line_end = len(text)
    lo = start
    while lo > line_start and text[lo - 1] in _DUMP_CHARS:
        lo -= 1
    hi = _DUMP_RUN.match(text, end, line_end).end()  # type: ignore[union-attr]
    for m in _DUMP.finditer(text, lo, min(hi + 1, line_end)):
        if m.end() <= start:
            continue
        if m.start() > start or end > m.end():
            return None
        groups = _DUMP_GROUP.findall(m.group(0))
        letters = sum(1 for g in groups if _LETTER.search(g) is not None)
        return m.span() if letters >= 2 else None
    return None
