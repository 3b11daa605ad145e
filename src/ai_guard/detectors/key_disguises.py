"""Vendor keys in disguise: broken over lines, spaced out, or base64-encoded.

A key is copied as it arrives: wrapped by a chat window or a PDF (``sk-proj-`` on one line,
the rest on the next; a blank line or Windows' line ends between two pieces typed apart; a
quoted-printable mail's soft break, ``=`` ending a line), typed with spaces around its
hyphens (``sk - proj - 4fQ9...``) or between every character (``s k - p r o j - ...``), or
encoded to slip past a filter
(``c2stcHJvai0...``, base64 of ``sk-proj-...``). Each is read here as the key it is and
reported whole, from the first character of its prefix to its last character as typed
(for base64, the whole encoded run).

Only keys with a vendor's published prefix are read this way (a prefix-less secret is
reported only after its name, :mod:`ai_guard.detectors.secrets`, and, cut into string
literals joined in code after a credential's name, by :func:`named_joins`): the prefix says what the
joined characters are, so ordinary words after ``sk -`` are never glued into a key. What
follows a break must look like a key's continuation (a digit or a capital inside it), or
the characters must be spaced one by one.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator, Sequence

__all__ = [
    "KEY_CHARS",
    "broken_keys",
    "encoded_keys",
    "joined_end",
    "joins_literals",
    "key_runs",
    "literal_pieces",
    "named_joins",
]

#: the characters of a vendor key
KEY_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
#: white space a copy puts inside a key (zero-width characters are gone from the canonical
#: reading's text only where detectors read it; here they are skipped as spaces)
_GAP = frozenset(" \t\r\n\u00a0\u200b\u200c\u200d\u2060\ufeff")
#: string literals joined in code: a closing quote, "+" or a line break (implicit
#: concatenation), an opening quote
_CONCAT = re.compile(r"([\"'])[ \t]*(?:\+[ \t]*(?:\r?\n[ \t]*)?|\r?\n[ \t]*\+?[ \t]*|)\1")
#: the elements of an array literal joined in code (``['gsk_...', '...'].join('')``,
#: ``"".join(["sk-...", "..."])``): a closing quote, a comma, an opening quote; read as a
#: join only when the array is joined near the key (:func:`_glue`)
_ARRAY_CONCAT = re.compile(r"([\"'])[ \t]*,[ \t]*(?:\r?\n[ \t]*)?\1")
#: the call that joins an array's elements into one string (JavaScript, Python, Java's
#: String.join, C#'s string.Join)
_JOIN_CALL = re.compile(r"(?i)\.join\(")
#: how far a broken key may reach from its prefix
_REACH = 400
#: the fewest characters a fragment after a break has to show it continues a key
_FRAGMENT = 2
#: the most characters a key's tail alone on its last line may have without a digit or a
#: capital inside to show it
_TAIL = 4
#: a fragment of this many digits and nothing else is a number, not a key's tail
_NUMBER = 6
#: groups of one length a key typed in groups shows before a group of any letters goes on it
_GROUPS = 2
#: a quoted-printable soft break (a mail's body wrapped at 76 characters): "=" ending a line
_SOFT_BREAK = re.compile(r"=\r?\n")
#: the line breaks of one blank line between a key's pieces ("...\n\n..." or "\r\n\r\n")
_BLANK_BREAKS = 2
#: the fewest characters a piece after a blank line has: a key's rest, not a word or a year
_AFTER_BLANK = 8


def _glue(text: str, i: int) -> re.Match[str] | None:
    """The code that joins the string literal closing at ``i`` to the next one: ``" + "``, a
    line break, or (when an array is joined within reach: ``.join(`` before or after) the
    comma between two elements of an array literal."""
    glue = _CONCAT.match(text, i)
    if glue is not None:
        return glue
    comma = _ARRAY_CONCAT.match(text, i)
    if comma is None:
        return None
    near = _JOIN_CALL.search(text, max(0, i - _REACH), min(len(text), i + _REACH))
    return comma if near is not None else None


def _joined(text: str, start: int) -> tuple[str, list[int]]:
    """The key characters from ``start`` on, the white space a copy put between them taken
    out, and the offset in ``text`` of each: a line break is crossed when what follows it
    continues a key (or the break falls right after a hyphen or underscore); a few spaces are
    crossed the same way (``AIza SyD9...``), around a hyphen or underscore (``sk - proj``) and
    between characters spaced one by one (``s k - p r o j``)."""
    chars: list[str] = []
    offsets: list[int] = []
    n = min(len(text), start + _REACH)
    i = start
    fragment = 0  # characters since the last gap
    spaced = False  # the characters so far stood one by one
    group = 0  # the length of the groups a key typed in fixed groups has ("AbCd EfGh ...")
    grouped = 0  # how many such groups in a row so far
    while i < n:
        c = text[i]
        if c in KEY_CHARS:
            chars.append(c)
            offsets.append(i)
            fragment += 1
            i += 1
            continue
        if c in "\"'" and chars:
            # a key cut into string literals joined again in code: "sk-proj-xWYy" + "DXEt..."
            glue = _glue(text, i)
            if glue is None or glue.end() >= n:
                break
            j = k = glue.end()
            while k < n and text[k] in KEY_CHARS:
                k += 1
            if not _continues(text[j:k]):
                break
            fragment = 0
            i = j
            continue
        if c not in _GAP and not (c == "=" and _SOFT_BREAK.match(text, i)):
            break
        j = i
        breaks = 0
        while j < n:
            if text[j] in _GAP:
                breaks += text[j] == "\n"
            elif text[j] != "=" or not _SOFT_BREAK.match(text, j):
                break
            j += 1
        if j >= n or text[j] not in KEY_CHARS or breaks > _BLANK_BREAKS:
            break
        k = j
        while k < n and text[k] in KEY_CHARS:
            k += 1
        nxt = text[j:k]
        if breaks == _BLANK_BREAKS and not (
            len(nxt) >= _AFTER_BLANK
            and _continues(nxt)
            and (k >= n or text[k] in "\r\n")
            and not _named(text, k, n)
        ):
            break  # past a blank line only a long piece standing alone on its line
        prev = chars[-1] if chars else ""
        # the key's last few characters alone on the next line ("AIza...B6" / "v", "...jkFM" /
        # "BWY", "..." / "qz"): nothing but the line's end after them
        last = (
            len(nxt) <= _TAIL
            and nxt.isalnum()
            and (k >= n or text[k] in "\r\n" or (len(nxt) == 1 and text[k] in _GAP))
        )
        one_by_one = fragment == 1 and len(nxt) == 1 and (spaced or len(chars) == 1)
        # typed in groups of equal length past its prefix ("sk-proj-AbCd EfGh ... 6789 abcd"):
        # after two such groups, a group of the same length goes on the key whatever it holds
        in_groups = (
            not breaks and j - i == 1 and grouped >= _GROUPS and len(nxt) == group == fragment
        )
        if not breaks and j - i == 1 and 3 <= fragment <= 8:
            if fragment == group:
                grouped += 1
            else:
                group, grouped = fragment, 1
        if in_groups:
            pass
        elif breaks:
            # wrapped: right after a separator, before one, or what follows continues it;
            # a next line opening on separators with nothing of a key after them is a list
            # item's dash, a rule or a comment ("- DATABASE_URL=...", "---", "-- seed.sql")
            rest = nxt.lstrip("-_")
            if (
                _named(text, k, n)
                or (rest != nxt and not (_continues(rest) or (rest and last)))
                or not (prev in "-_" or rest != nxt or _continues(nxt) or last)
            ):
                break
        elif one_by_one:
            spaced = True
        elif (
            (j - i) > 3
            or _named(text, k, n)
            or not ((prev in "-_" and fragment == 1) or nxt in ("-", "_") or _continues(nxt))
        ):
            break  # spaces cross only a separator standing alone ("sk - proj") or a tail
        fragment = 0
        i = j
    return "".join(chars), offsets


def _named(text: str, k: int, n: int) -> bool:
    """Whether the fragment ending at ``k`` is a name given a value or called (``GOOGLE_API_KEY=``,
    ``RUN:``, ``print(``): the next line of a file, not the key's tail."""
    while k < n and text[k] in " \t":
        k += 1
    return k < n and text[k] in "=:("


def _continues(fragment: str) -> bool:
    """Whether a fragment after a break continues a key: two characters at least, with a
    digit or a capital past its first character (an ordinary word after a wrapped key has
    neither: "Hello", "xin")."""
    if len(fragment) < _FRAGMENT or (fragment.isdigit() and len(fragment) >= _NUMBER):
        return False  # too short, or a number of its own on the next line (a phone, an ID)
    if any(c.isdigit() for c in fragment):
        return True
    # a capital inside, but not a word in capitals ("RUN", "MAPS_API_KEY": a file's next line)
    return any(c.isupper() for c in fragment[1:]) and not fragment.isupper()


#: a hyphen or underscore standing alone between spaces on the key's line
_PROSE_DASH = re.compile(r"[ \t]+[\-_][ \t]")


def joined_end(text: str, start: int, end: int, pattern: re.Pattern[str]) -> int:
    """Where a key found whole from ``start`` to ``end`` really ends: past a break when what
    follows continues it (``...ubbbP`` / ``Ia84yR``, a wrapped tail with words after it), or
    past a closing quote joined to the next literal (``"sk-proj-...x" + "Yq..."``)."""
    if end >= len(text):
        return end
    if (
        text[end] not in _GAP
        and (text[end] not in "\"'" or _glue(text, end) is None)
        and (text[end] != "=" or _SOFT_BREAK.match(text, end) is None)
    ):
        return end
    if _PROSE_DASH.match(text, end) is not None:
        return end  # "...QzLpMAA - write me": a dash between spaces after a whole key is prose
    key, offsets = _joined(text, start)
    m = pattern.match(key)
    return max(end, offsets[m.end() - 1] + 1) if m is not None else end


def joins_literals(text: str) -> bool:
    """Whether ``text`` joins string literals in code anywhere (``"..." + "..."``, two
    literals side by side over a line, an array's elements joined): a key may be cut into
    pieces shorter than any run the vendor gates look for."""
    if '"' not in text and "'" not in text:
        return False
    if _CONCAT.search(text) is not None:
        return True
    # an array's elements joined: ``['gsk_...', '...'].join('')``
    return _JOIN_CALL.search(text) is not None and _ARRAY_CONCAT.search(text) is not None


def literal_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the string literals a key found from ``start`` to ``end`` was cut into
    (``"gsk_...Rjz" + "G9CO..."``, ``"sk-..."`` / ``"..."`` implicitly joined over a line):
    each piece is redacted whole and the code that joins them (``" + "``) stays as it was
    written, so the redacted text still reads as code; a key in one piece is ``[(start,
    end)]``. Every character of the key is in a piece: none is left visible."""
    pieces: list[tuple[int, int]] = []
    piece = start
    i = start
    while i < end:
        c = text[i]
        if c in "\"'":
            glue = _glue(text, i)
            if glue is not None and glue.end() < end:
                if i > piece:
                    pieces.append((piece, i))
                piece = i = glue.end()
                continue
        i += 1
    pieces.append((piece, end))
    return pieces


#: white space a copy puts inside a key, as a pattern
_GAP_RUN = re.compile(r"[ \t\r\n\u00a0\u200b\u200c\u200d\u2060\ufeff]+")
#: prefixes too short or too common to anchor a join ("gh", "eyJ", "xox": the JWT and Slack
#: patterns hold separators of their own)
_MIN_PREFIX = 3
_NO_JOIN = frozenset({"eyJ", "xox"})


def broken_keys(
    text: str, folded: bytes, vendors: Sequence[tuple[str, str, re.Pattern[str]]]
) -> Iterator[tuple[int, int, str, str]]:
    """``(start, end, vendor, key)`` for every vendor key in ``text`` that a copy broke with
    white space (the key joined, its span as typed). Keys read whole without joining are
    the caller's: a candidate is yielded only when the joined key reaches past a gap.
    ``folded`` is the text's folded view in UTF-8 (ASCII in lower case): a prefix is looked
    for only where the view, its white space taken out, holds it at all. The caller passes
    the vendors whose prefix stands whole in the text, or every vendor when characters are
    spelled out one by one (the rare case that pays for the scans)."""
    raw = folded
    squeezed = raw.translate(None, _SQUEEZE)
    for prefix, vendor, pattern in vendors:
        if len(prefix) < _MIN_PREFIX or prefix in _NO_JOIN:
            continue
        needle = prefix.lower().encode()
        if squeezed.find(needle) < 0:  # (bytes: find, not ``in``, see text.numbers)
            continue  # neither whole nor broken anywhere
        starts: list[int] = []
        if prefix in text:
            p = text.find(prefix)
            while p >= 0:
                starts.append(p)
                p = text.find(prefix, p + 1)
        if squeezed.count(needle) > raw.count(needle):
            # the prefix itself spaced out or broken ("s k - p r o j", "sk - proj")
            starts.extend(m.start() for m in _spaced_prefix(prefix).finditer(text))
        walked = -1  # where the last join stopped: a start before it was read with it
        for start in sorted(set(starts)):
            if start < walked:
                continue  # inside a run already joined ("s k - s k - ..." is joined once)
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-"):
                continue  # glued to a longer token
            key, offsets = _joined(text, start)
            if not offsets:
                continue
            walked = offsets[-1] + 1
            # every key the joined run holds, from its prefix on (a later prefix in the run
            # is searched here, not joined again: each character is walked once per vendor)
            for m in pattern.finditer(key):
                a = m.start()
                if a > 0 and (key[a - 1].isalnum() or key[a - 1] in "_-"):
                    continue
                begin, end = offsets[a], offsets[m.end() - 1] + 1
                if end - begin == m.end() - a:
                    continue  # no gap inside: read whole by the vendor patterns
                yield begin, end, vendor, m.group()


#: what a copy puts inside a key, in the folded view's bytes (the canonical reading has
#: taken zero-width characters out and made odd spaces spaces)
_SQUEEZE = b" \t\r\n"


_SPACED_PREFIXES: dict[str, re.Pattern[str]] = {}


def _spaced_prefix(prefix: str) -> re.Pattern[str]:
    """``prefix`` with white space allowed between its characters (led by its first one)."""
    found = _SPACED_PREFIXES.get(prefix)
    if found is None:
        gap = _GAP_RUN.pattern[:-1] + "*"
        found = _SPACED_PREFIXES[prefix] = re.compile(gap.join(map(re.escape, prefix)))
    return found


#: a run of base64 characters long enough to hold an encoded key
_BASE64_RUN = re.compile(r"[A-Za-z0-9+/]{28,}={0,2}|[A-Za-z0-9_\-]{28,}={0,2}")


def _needles(prefix: bytes) -> tuple[str, ...]:
    """The base64 characters that encode ``prefix`` at each of the three alignments it may
    have inside an encoded string: those made only of the prefix's own bits."""
    out = []
    for shift in range(3):
        encoded = base64.b64encode(b"\0" * shift + prefix).decode()
        # the characters wholly inside the prefix: skip those touching the padding bytes
        first = (shift * 8 + 5) // 6
        last = ((shift + len(prefix)) * 8) // 6
        piece = encoded[first:last]
        if len(piece) >= 3:
            out.append(piece)
    return tuple(out)


#: what a long run of key characters is in ``runs`` (see ``secrets._key_runs``)
_LONG_RUN_CHARS = 28


def key_runs(text: str, raw: bytes, runs: bytes, shortest: int) -> Iterator[tuple[int, int]]:
    """``(start, stop)`` in ``text`` of every run of ``shortest`` key characters or more in
    ``runs`` (the sketch of key characters, ``0x61`` for each, of ``raw``: the folded view in
    UTF-8), left to right; a non-ASCII text's byte offsets are mapped back to its characters
    once, as the walk goes (the run itself is ASCII: one character a byte)."""
    needle = b"a" * shortest
    ascii_view = len(raw) == len(text)
    chars = 0  # characters of the text before byte ``done``
    done = 0
    pos = runs.find(needle)
    while pos >= 0:
        end = pos + shortest
        while end < len(runs) and runs[end] == 0x61:
            end += 1
        if ascii_view:
            yield pos, end
        else:
            chars += len(raw[done:pos].decode("utf-8", "surrogatepass"))
            done = pos
            yield chars, chars + (end - pos)
        pos = runs.find(needle, end)


def encoded_keys(
    text: str, raw: bytes, runs: bytes, vendors: Sequence[tuple[str, str, re.Pattern[str]]]
) -> Iterator[tuple[int, int, str, str]]:
    """``(start, end, vendor, key)`` for every run of base64 in ``text`` that decodes to text
    holding a vendor key: the whole run is the secret. ``raw`` is the folded view in UTF-8
    and ``runs`` its sketch of key characters: only the runs of 28 or more are read (a few
    even in a megabyte), each mapped back to the text's offsets."""
    needles = _encoded_needles(tuple(prefix for prefix, _v, _p in vendors))
    for start, stop in key_runs(text, raw, runs, _LONG_RUN_CHARS):
        # the base64 anywhere in the run: after a path or a "~" too ("https://host/x/c2st...")
        # (the padding "=" is no key character: the run stops before it)
        for m in _BASE64_RUN.finditer(text, start, min(len(text), stop + 2)):
            run = m.group()
            if not any(needle in run for needle in needles):
                continue
            block = _wrapped_block(text, m)
            # the encoded text may start after a path's last "/" ("https://host/x/c2st...")
            for cut in (0, *(i + 1 for i, c in enumerate(run) if c == "/")):
                if len(run) - cut < _LONG_RUN_CHARS:
                    break
                found = _key_in(text[block[0] + cut : block[1]], vendors)
                if found is not None:
                    yield block[0] + cut, block[1], found[0], found[1]
                    break


def _key_in(
    encoded: str, vendors: Sequence[tuple[str, str, re.Pattern[str]]]
) -> tuple[str, str] | None:
    """``(vendor, key)`` of the first vendor key in what ``encoded`` decodes to."""
    decoded = _decode("".join(encoded.split()))
    if decoded is None:
        return None
    for prefix, vendor, pattern in vendors:
        if prefix in decoded:
            key = pattern.search(decoded)
            if key is not None:
                return vendor, key.group()
    return None


#: a whole line of base64, as encoders wrap it (76 characters a line, MIME and PEM 64)
_BASE64_LINE = re.compile(r"\r?\n[ \t]*[A-Za-z0-9+/]{4,}={0,2}[ \t]*(?=\r?\n|$)")
#: the fewest characters of a wrapped line (every line but the last is full)
_WRAPPED_WIDTH = 60


def _wrapped_block(text: str, m: re.Match[str]) -> tuple[int, int]:
    """The span of a base64 run with the lines that go on with it when an encoder wrapped it
    (``base64`` writes 76 characters a line): the run fills its line and is a multiple of four
    long, and each line after it is base64 alone, until a shorter one ends the block."""
    start, end = m.span()
    run = m.group()
    if len(run) < _WRAPPED_WIDTH or len(run) % 4 or run.endswith("="):
        return start, end
    while True:
        line = _BASE64_LINE.match(text, end)
        if line is None:
            return start, end
        end = line.end()
        body = line.group().strip()
        if len(body) % 4 or body.endswith("=") or len(body) < _WRAPPED_WIDTH:
            return start, end


_NEEDLES: dict[tuple[str, ...], tuple[str, ...]] = {}


def _encoded_needles(prefixes: tuple[str, ...]) -> tuple[str, ...]:
    found = _NEEDLES.get(prefixes)
    if found is None:
        found = _NEEDLES[prefixes] = tuple(
            dict.fromkeys(
                needle
                for prefix in prefixes
                if len(prefix) >= 3
                for needle in _needles(prefix.encode())
            )
        )
    return found


def _decode(run: str) -> str | None:
    """The text a base64 (or base64url) run encodes, if it is printable ASCII."""
    body = run.rstrip("=")
    body += "=" * (-len(body) % 4)
    try:
        raw = (
            base64.urlsafe_b64decode(body)
            if "-" in body or "_" in body
            else base64.b64decode(body, validate=True)
        )
    except (binascii.Error, ValueError):
        return None
    try:
        decoded = raw.decode("ascii")
    except UnicodeDecodeError:
        return None
    return decoded if all(c.isprintable() or c in "\t\r\n" for c in decoded) else None


#: a credential's name assigned string literals joined with "+" (``api_key = "q8Z3kL9mW2xR"
#: + "7tY4pN6vB1cD"``, ``const key = '...' + '...';``, ``"token": "..." + "..."``): the
#: name's last word (group 1), the literals (group 2)
_NAMED_JOIN = re.compile(
    r"(?i:(?<![A-Za-z0-9])[A-Za-z0-9_.\-]*?(key|token|secret|password|passwd|pwd|ak|sk))"
    r"[\"']?[ \t]*[:=][ \t]*"
    r"((?:([\"'])[A-Za-z0-9_\-]{4,128}\3[ \t]*\+[ \t]*(?:\r?\n[ \t]*)?)+"
    r"([\"'])[A-Za-z0-9_\-]{4,128}\4)"
)
_LITERAL = re.compile(r"[\"']([A-Za-z0-9_\-]{4,128})[\"']")


def named_joins(text: str) -> Iterator[tuple[int, int, str]]:
    """Each value a credential's name (its last word: key, token, secret, password, AK, SK)
    is assigned as string literals joined with ``+`` in code: the span from the first
    literal's first character to the last one's last, and the joined value (the caller
    judges it random). No vendor prefix is needed: the name says what the value is, and the
    pieces, each shorter than any run a key gate reads, are one value."""
    for m in _NAMED_JOIN.finditer(text):
        lits = list(_LITERAL.finditer(text, m.start(2), m.end(2)))
        if len(lits) >= 2:
            yield lits[0].start(1), lits[-1].end(1), "".join(x.group(1) for x in lits)
