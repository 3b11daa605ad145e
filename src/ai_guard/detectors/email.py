"""E-mail addresses, with official ones (``*.gov.vn`` and the State's other domains) apart.

Candidates are found from each '@' of the canonical reading (a single fast scan; the reading
already reads the full-width ``＠`` and ``．``, the small ``﹫`` and full-width letters as ASCII
and drops zero-width characters and soft hyphens, so an address disguised with them is found
and its span, mapped back, covers the disguise), then checked by email-validator's syntax
rules (no DNS: everything runs offline). Addresses written to dodge filters are read too:
``an[at]gmail[dot]com``, ``an(at)gmail.com``, ``an(a)gmail.com``, ``an at gmail dot com``,
``an a còng gmail chấm com``, and dots spaced or spelled out in the user name and the domain
(``an . nguyen @ gmail . com``, ``an.nguyen@gmail .com``, ``an(dot)nguyen(at)gmail(dot)com``);
the span runs from the first character of the user name to the last of the domain. An invalid
run glued before a valid address (``an..b@gmail.com``) is taken with it, and so is the head of
a user name a line break cut (``nguyen.van⏎an@gmail.com``): a partly redacted address is a
leak.

An address on ``*.gov.vn`` or on a domain in ``data/gov_domains.txt`` (chinhphu.vn,
quochoi.vn, ...) is a GOV_EMAIL: guidance 557 and directive 1690 forbid using it as the
identity of an AI account. Every official address is reported, a unit's functional mailbox
("hộp thư một cửa motcua@sotuphap.hatinh.gov.vn", "Văn phòng UBND tỉnh
<vanphong@quangninh.gov.vn>") as much as an official's own (tests/corpus/PROMPTS.md, settled on
2026-12-06): it is the State's address whoever reads it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from ai_guard.detectors import scores
from ai_guard.detectors._spans import SpanSet
from ai_guard.detectors.base import Detection, Shape
from ai_guard.models import EntityType
from ai_guard.text import Document, data
from ai_guard.text.invisible import unveiled
from ai_guard.text.match import positions
from ai_guard.text.storage import OBJECT_STORES, scheme_before
from ai_guard.text.word_caches import reader_for, word_cache

__all__ = ["EmailDetector", "email_valid", "is_gov_domain"]

# RFC 5322 allows more ("=", "/", "{"), but in real text those characters end a key=value or a
# path before the address: in "user=an@moj.gov.vn" the address is an@moj.gov.vn
_LC = r"[\w!#$%&'*+?^`~\-]"
_LOCAL = re.compile(rf"{_LC}+(?:\.{_LC}+)*$")
_DOMAIN = re.compile(r"(?:\w(?:[\w\-]{0,61}\w)?\.)+\w(?:[\w\-]{0,61}\w)?")

# -- addresses written to dodge filters --------------------------------------------------------
#: the '@' spelled out: [at] (at) {at} <at> [@] (a) (a còng), " at ", " a còng " / " a móc " (the
#: Vietnamese names of '@'); the spaces around a bracket are taken in Python.
#: One pattern per opening bracket, each led by its literal (a search led by a class of four
#: brackets tests every character; a literal is found at memory speed), run only when its
#: bracket occurs; their matches never overlap (none holds an opening bracket but its first)
_AT_BRACKETED = tuple(
    (
        opener,
        re.compile(
            rf"{re.escape(opener)}[ \t]?(?:at|a|@|a[ \t]+c[oò]ng|a[ \t]+m[oó]c)[ \t]?[\])}}>]",
            re.IGNORECASE,
        ),
    )
    for opener in "[({<"
)
_AT_WORD = re.compile(r"[ \t](?:at|a[ \t]+c[oò]ng|a[ \t]+m[oó]c)[ \t]", re.IGNORECASE)
#: the '@' percent-encoded, as a URL's query writes it, or as an HTML character reference,
#: as a web page's source writes it to hide the address from harvesters (``&#64;``,
#: ``&#x40;``, ``&commat;``)
_AT_ENCODED = re.compile(r"%40|&#0*64;|&#[xX]0*40;|&commat;")
#: the '.' spelled out: [dot] (dot) [.] (.), " dot ", " chấm "
_DOT_WORD = (
    r"(?:[ \t]?[\[({<][ \t]?(?:dot|\.|ch[aấ]m)[ \t]?[\])}>][ \t]?|[ \t]+(?:dot|ch[aấ]m)[ \t]+)"
)
#: a dot with a space on one side or both (``gmail . com``, ``gmail .com``, ``an. nguyen``)
_SPACED_DOT = r"(?:[ \t]\.[ \t]?|\.[ \t])"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?"
_SPELLED_DOMAIN = re.compile(
    rf"(?i:{_LABEL}(?:(?:{_SPACED_DOT}|\.|{_DOT_WORD}){_LABEL}){{1,5}})(?![A-Za-z0-9\-])"
)
#: a local part before a disguised '@', its dots maybe spelled out or spaced too
#: (``an(dot)nguyen``, ``an . nguyen``): atoms of a plain local part joined by any dot
_ATOM = r"[A-Za-z0-9_%+\-]+"
_SPELLED_LOCAL = re.compile(
    rf"(?<![\w.])(?i:{_ATOM}(?:(?:{_SPACED_DOT}|\.|{_DOT_WORD}){_ATOM}){{0,8}})$"
)
_ANY_DOT = re.compile(rf"{_SPACED_DOT}|{_DOT_WORD}", re.IGNORECASE)
#: " at", " a cong" or " a moc" (or the same after a tab) occurs in the folded view wherever
#: an '@' is spelled out as a word: a literal-led test before that scan
_WORD_GATE = re.compile(r" a(?:t| cong| moc)")
_WORD_GATE_TAB = re.compile(r"\ta(?:t| cong| moc)")
_SPELLED_DOT = re.compile(rf"(?i:{_DOT_WORD}|{_SPACED_DOT})")
_ASCII_LOCAL = re.compile(r"[A-Za-z0-9._%+\-]{1,64}$")
#: top-level domains an address spelled out may end in (a word after " at ... dot " that is not
#: one of these is prose: "meet at noon dot")
_TLDS = frozenset(
    (
        "com vn net org edu gov info io co me biz us uk jp cn kr de fr au ca sg asia xyz app dev ai"
    ).split()
)
#: mail providers: "an at gmail.com" (a real dot) is an address; "look at example.com" is prose
_MAIL_PROVIDERS = frozenset(
    "gmail yahoo hotmail outlook icloud live msn protonmail proton ymail zoho fpt vnn".split()
)
#: ... and, for a domain typed with commas, the telecoms' mail too ("an@vnpt,vn")
_COMMA_PROVIDERS = _MAIL_PROVIDERS | {"vnpt", "viettel"}


#: a domain typed with commas for its dots ("gmail,com", "mof,gov,vn", "hanoi.gov,vn"): its
#: labels parted by a comma (a space may follow it) or a dot; read by :func:`_comma_domain`
_COMMA_DOMAIN = re.compile(rf"{_LABEL}(?:(?:,[ \t]?|\.){_LABEL}){{1,4}}(?![A-Za-z0-9\-])")
_COMMA_PARTS = re.compile(r",[ \t]?|\.")
#: an atom and a comma glued before a user name ("an," of "an,nguyen@...")
_COMMA_ATOM = re.compile(r"(?<![\w.,])[A-Za-z0-9_+\-]{1,32},$")
#: the second-level names under .vn a unit's or a company's domain sits in ("mof,gov,vn")
_VN_SECOND_LEVELS = frozenset("gov edu com org net ac info health int biz name pro".split())


def _comma_domain(text: str, start: int) -> tuple[int, str] | None:
    """The end and the dotted reading of a domain at ``start`` typed with commas for its dots:
    a mail provider's ("gmail,com", "gmail, com") or, with no space after a comma, one under
    a Vietnamese second-level name ("mof,gov,vn", "hanoi,edu,vn"); the longest such reading
    (a sentence's next word after a comma is no label: "gmail,com, anh nhé")."""
    m = _COMMA_DOMAIN.match(text, start, min(len(text), start + 256))
    if m is None or "," not in m.group():
        return None
    raw = m.group()
    seps = list(_COMMA_PARTS.finditer(raw))
    labels = _COMMA_PARTS.split(raw)
    for n in range(len(labels), 1, -1):
        used = seps[: n - 1]
        if not any("," in sep.group() for sep in used):
            return None
        words = [w.lower() for w in labels[:n]]
        end = start + (used[-1].end() + len(labels[n - 1]))
        if words[-1] not in _TLDS:
            continue
        if words[0] in _COMMA_PROVIDERS and n <= 3:
            return end, ".".join(words)
        spaced = any(len(sep.group()) > 1 for sep in used)
        if not spaced and n >= 3 and words[-1] == "vn" and words[-2] in _VN_SECOND_LEVELS:
            return end, ".".join(words)
    return None


#: a plain ASCII local part (dot-atom of letters, digits, "_", "+" and "-"): email-validator
#: accepts every such local part as it is, so the address's validity is its domain's (checked
#: once per domain) and its length
_PLAIN_LOCAL = re.compile(r"[A-Za-z0-9_+\-]+(?:\.[A-Za-z0-9_+\-]+)*")
_PLAIN_DOMAIN = re.compile(r"[A-Za-z0-9_\-.]+")
#: the most UTF-8 bytes an address may hold (RFC 5321 as email-validator applies it)
_ADDRESS_MAX_BYTES = 254


#: what a large text's addresses store of their validity (:func:`reader_for`): a megabyte's
#: CSV of citizens, each address new, filled the cache's 4,096 entries (~0.74x its size, held
#: through vn.person's peak); read through its own reader it holds twice this at most
ADDRESSES_HELD = 256


@word_cache(4096)
def email_valid(address: str) -> bool:
    """Syntax check through email-validator (deliverability is not checked: no network).

    An address with a plain ASCII local part (most of them) is judged through its domain,
    validated once per domain (a table of a thousand citizens' addresses on gmail.com parses
    gmail.com once): email-validator accepts any such local part unchanged, so the address is
    valid exactly when ``a@domain`` is and the address's longest form (the domain as written,
    normalised or IDNA-encoded) stays within 254 bytes. Any other address is validated whole.
    """
    local, at, domain = address.partition("@")
    if at and _PLAIN_LOCAL.fullmatch(local) and _PLAIN_DOMAIN.fullmatch(domain):
        longest = _domain_forms(domain)
        return longest is not None and len(local) + 1 + longest <= _ADDRESS_MAX_BYTES
    return _validate(address)


@word_cache(1024)
def _domain_forms(domain: str) -> int | None:
    """The most UTF-8 bytes among the forms email-validator checks the length of (the domain
    as written, normalised, IDNA-encoded), or None when it rejects ``a@domain`` (the shortest
    local part: an address on ``domain`` can only be longer)."""
    import email_validator  # lazy: keeps `import ai_guard` fast

    try:
        info = email_validator.validate_email("a@" + domain, check_deliverability=False)
    except (email_validator.EmailNotValidError, UnicodeError, ValueError):
        return None
    forms = (domain, info.domain, info.ascii_domain or "")
    return max(len(f.encode("utf-8")) for f in forms)


def _validate(address: str) -> bool:
    import email_validator  # lazy: keeps `import ai_guard` fast

    try:
        email_validator.validate_email(address, check_deliverability=False)
    except (email_validator.EmailNotValidError, UnicodeError, ValueError):
        return False
    return True


@word_cache(4096)
def is_gov_domain(domain: str) -> bool:
    """Whether ``domain`` is ``gov.vn``, one of :func:`_gov_domains`, or under one of them:
    its suffixes after each dot are looked up in the set (one look-up per label, not one
    comparison per listed domain)."""
    d = domain.lower().rstrip(".")
    if d == "gov.vn" or d.endswith(".gov.vn"):
        return True
    extra = _gov_domains()
    if d in extra:
        return True
    dot = d.find(".")
    while dot != -1:
        if d[dot + 1 :] in extra:
            return True
        dot = d.find(".", dot + 1)
    return False


@lru_cache(maxsize=1)
def _gov_domains() -> frozenset[str]:
    try:
        return frozenset(x.lower() for x in data.lines("detectors/gov_domains.txt") if "." in x)
    except FileNotFoundError:  # pragma: no cover - the file ships with the package
        return frozenset({"chinhphu.vn", "quochoi.vn", "dangcongsan.vn"})


_GOV = Shape(EntityType.GOV_EMAIL, "email.gov", scores.BASE_EMAIL)
_ADDRESS = Shape(EntityType.EMAIL, "email.address", scores.BASE_EMAIL)


_DISGUISED = Shape(EntityType.EMAIL, "email.disguised", scores.BASE_EMAIL)
_DISGUISED_GOV = Shape(EntityType.GOV_EMAIL, "email.gov_disguised", scores.BASE_EMAIL)


def _disguised_local(text: str, at: int) -> tuple[int, str] | None:
    """The local part ending at ``at`` before a disguised '@' (its start and the address's
    local part as meant, dots restored), or None. A run of at most 64 characters after any
    dots and spelled dots are read, so ``an(dot)nguyen`` is taken whole, not from ``nguyen``."""
    m = _SPELLED_LOCAL.search(text, max(0, at - 96), at)
    if m is None:
        return None
    start = m.start()
    while start < at and text[start] in "._-+%":
        start += 1
    if start >= at:
        return None
    local = _ANY_DOT.sub(".", text[start:at])
    if not _ASCII_LOCAL.fullmatch(local):
        return None
    return start, local


#: a word before a short local part that a space-typed address may have taken in
#: (``nguyen an @ gmail . com``): ASCII letters and digits, as a local part's
_LOCAL_WORD = re.compile(r"(?<![^\s])[A-Za-z0-9]{1,10}$")
#: the words that stand before an address without being part of it: cues, pronouns and
#: grammar words, typed without marks as an address is
_NOT_LOCAL = frozenset(
    (
        "email e mail gmail mail thu dia chi lien he gui qua vao den cho toi em anh ban minh la "
        "cua va hoac hay nhe o tai theo sang ve tu nay kia day do contact send to at via or and "
        "is my me his her our your the write mailto address"
    ).split()
)
#: the most words taken in, and the longest local part that may be a part of a name
_LOCAL_WORDS = 2
_SHORT_LOCAL = 8


def _spaced_local_start(text: str, start: int, local: str) -> int:
    """Where a space-typed address's local part starts (``nguyen an @ gmail . com``: a
    model reads ``nguyenan@gmail.com``): a short local part of letters alone takes in up to
    two words right before it, single spaces apart, that are no cue or grammar word
    (:data:`_NOT_LOCAL`); a word it takes in would be left visible beside the address
    otherwise (fail closed: a name's word redacted with the address is no leak)."""
    if len(local) > _SHORT_LOCAL or not local.isalpha():
        return start
    for _ in range(_LOCAL_WORDS):
        if start < 2 or text[start - 1] != " ":
            break
        m = _LOCAL_WORD.search(text, max(0, start - 12), start - 1)
        if m is None or m.group().lower() in _NOT_LOCAL:
            break
        start = m.start()
    return start


def _invalid_run_start(text: str, start: int) -> int:
    """Where the run of local-part characters and dots ending at ``start`` begins, when it
    holds a letter or digit (``an..b@gmail.com``: the valid address is ``b@gmail.com`` but
    ``an..`` belongs to it: a partly redacted address is a leak); else ``start``."""
    k = start
    lo = max(0, start - 64)
    while k > lo and (text[k - 1] == "." or _LC_CHAR.match(text, k - 1)):
        k -= 1
    while k < start and not text[k].isalnum():
        k += 1
    return k


_LC_CHAR = re.compile(_LC)


#: the head of a user name a line break cut, at the end of the line before: local-part
#: characters after a space or the line's start
_WRAPPED_HEAD = re.compile(r"(?:^|(?<=\s))[A-Za-z0-9._%+\-]{2,64}\r?$")
#: the fewest letters a head of letters alone needs ("nguyenvan" / "an.hcm@..."): shorter
#: runs are words before an address on its own line ("la", "tai")
_WRAPPED_LETTERS = 6
#: words of six letters and more a line may end with before an address on the next line
_WRAPPED_WORDS = frozenset(
    {"address", "contact", "mailto", "sender", "please", "thanks", "account", "gmail", "emails"}
)


def _wrapped_local_start(text: str, start: int) -> int:
    """Where a user name a line break cut begins (``nguyen.van⏎an@gmail.com``): at the head
    the line before ends with, when that head holds a letter and a dot, hyphen, underscore,
    plus or digit, or is six lower-case letters or more and no word an address follows on
    its own line (``nguyenvan⏎an.hcm@gmail.com``); else ``start``."""
    line = text.rfind("\n", max(0, start - 130), start - 1) + 1
    head = _WRAPPED_HEAD.search(text, line, start - 1)
    if head is None:
        return start
    word = head.group(0).rstrip("\r")
    if word[0] in "._-+" or not any(c.isalpha() for c in word):
        return start  # a number at the line's end ("số 0912"), punctuation
    marked = any(c in "._+-" or c.isdigit() for c in word)
    lettered = (
        word.isascii()
        and word.isalpha()
        and word.islower()
        and len(word) >= _WRAPPED_LETTERS
        and word not in _WRAPPED_WORDS
    )
    if not (marked or lettered) or not email_valid(word.rstrip(".") + "x@example.com"):
        return start
    return head.start()


_DOMAIN_RUN = re.compile(r"[\w\-.]+")


def _wrapped_domain(text: str, start: int) -> int | None:
    """Where a domain a line break cuts before its first dot ends (``an@g⏎mail.com``,
    ``an@gmail.⏎com``): the part before the break is no domain yet, the next line goes on
    with it; ``None`` when no line breaks it so."""
    run = _DOMAIN_RUN.match(text, start, start + 256)
    cut = run.end() if run is not None else start
    if text[cut : cut + 1] != "\n" or cut == start or "." in text[start:cut].rstrip("."):
        return None
    joined = text[start:cut] + text[cut + 1 : cut + 257]
    whole = _DOMAIN.match(joined)
    if whole is None or whole.end() <= cut - start:
        return None
    return whole.end() + 1 + start


def _in_url_credentials(text: str, start: int) -> bool:
    """Is the "local part" at ``start`` the password of ``scheme://user:password@host``?"""
    if start == 0 or text[start - 1] != ":":
        return False
    scheme = text.rfind("://", max(0, start - 256), start)
    return scheme != -1 and not any(c.isspace() for c in text[scheme:start])


def _storage_container(text: str, start: int) -> bool:
    """Is the "local part" at ``start`` the container of an object store's URI
    (``abfss://container@account.dfs.core.windows.net/x``: text/storage.py), not a mailbox?"""
    return scheme_before(text, start) in OBJECT_STORES


def _decorator_line(text: str, end: int, domain: str) -> bool:
    """Whether a domain after an '@' that opens its line reads as a decorator, not as the rest
    of an address the line break cut: ``@pytest.fixture``, ``@app.route("/")``,
    ``@property.setter`` close their line or open a call, and end in no top-level domain (a
    known one, or two letters of a country)."""
    if text[end : end + 1] not in ("", "(", "\n", "\r"):
        return False
    last = domain.rsplit(".", 1)[-1].lower()
    return last not in _TLDS and not (len(last) == 2 and last.isalpha())


class EmailDetector:
    id = "vn.email"
    entities = (EntityType.EMAIL, EntityType.GOV_EMAIL)

    def detect(self, doc: Document) -> Iterator[Detection]:
        if unveiled(doc) is None:
            yield from self._detect(doc)
            return
        # letters spaced out ("n g u y e n a n @ g m a i l . c o m"): read again joined, as
        # the marks detectors read them
        from ai_guard.detectors.secrecy import scan_unveiled

        yield from scan_unveiled(doc, self._detect)

    def _detect(self, doc: Document) -> Iterator[Detection]:
        text = doc.text
        seen = SpanSet()
        # (a large text's addresses, each new, through a reader of its own: :data:`ADDRESSES_HELD`)
        valid = reader_for(doc, email_valid, ADDRESSES_HELD)
        for at in positions(text, "@"):
            # a line wrapped right before or after the '@' ("nguyen.an\n@gmail.com")
            lend = at - 1 if at > 1 and text[at - 1] == "\n" else at
            dstart = at + 2 if text[at + 1 : at + 2] == "\n" else at + 1
            local = _LOCAL.search(text, max(0, lend - 64), lend)
            dom = _DOMAIN.match(text, dstart, min(len(text), dstart + 256))
            after = dom.end() if dom is not None else dstart
            wrapped = (
                _wrapped_domain(text, dstart)
                if text[after : after + 1] in ("\n", ".") or dom is None
                else None
            )
            if (
                dom is not None
                and text[dom.end() : dom.end() + 1] == ","
                and _comma_domain(text, dstart) is not None
            ):
                dom = None  # "an@hanoi.gov,vn": the comma is the domain's last dot
            if local and (dom or wrapped):
                start, end = local.start(), wrapped or dom.end()  # type: ignore[union-attr]
                # keep the local part from swallowing a leading quote or dot
                while start < lend and text[start] in ".'`{|}~":
                    start += 1
                domain = text[dstart:end].replace("\n", "")
                address = text[start:lend] + "@" + domain
                if (
                    start < lend
                    and "." in domain
                    and not (lend < at and _decorator_line(text, end, domain))
                    and not _in_url_credentials(text, start)
                    and not _storage_container(text, start)
                    and valid(address)
                ):
                    if start > 0 and text[start - 1] == ".":
                        start = _invalid_run_start(text, start)
                    elif start > 0 and text[start - 1] == "\n":
                        start = _wrapped_local_start(text, start)
                    seen.add(start, end)
                    if is_gov_domain(domain):
                        yield _GOV.hit(self.id, start, end, scores.EMAIL_GOV, True)
                    else:
                        yield _ADDRESS.hit(self.id, start, end, scores.EMAIL, True)
                    continue
            if local is not None and _comma_domain(text, at + 1) is not None:
                found = self._comma_provider(text, at, seen)
                if found is not None:
                    yield found
            elif not seen.overlaps(at, at + 1) and not (
                local is not None
                and (
                    _in_url_credentials(text, local.start())
                    or _storage_container(text, local.start())
                )
            ):
                found = self._spaced_at(text, at, seen)
                if found is not None:
                    yield found
        brackets = [p for c, p in _AT_BRACKETED if c in text]
        if brackets:
            ops = [m for p in brackets for m in p.finditer(text)]
            if len(brackets) > 1:
                ops.sort(key=lambda m: m.start())
            yield from self._spelled_out(text, seen, ops)
        folded = doc.folded
        if _WORD_GATE.search(folded) or ("\t" in folded and _WORD_GATE_TAB.search(folded)):
            yield from self._spelled_out(text, seen, _AT_WORD.finditer(text))
        if "%40" in text or "&" in text:
            # percent-encoded in a URL ("?email=an.nguyen%40gmail.com"): "%40" is the '@';
            # copied from a page's source: "&#64;"
            yield from self._spelled_out(text, seen, _AT_ENCODED.finditer(text))

    def _spaced_at(self, text: str, at: int, seen: SpanSet) -> Detection | None:
        """``n.v.an @ mof.gov.vn``, ``an@ gmail.com``: spaces typed around the '@' (one or
        two on each side), the domain ending in a known top-level domain; or a comma for the
        last dot of a mail provider's domain (``an@gmail,com``)."""
        left = at
        while left > 0 and at - left < 2 and text[left - 1] in " \t":
            left -= 1
        right = at + 1
        while right < len(text) and right - at - 1 < 2 and text[right] in " \t":
            right += 1
        found = _disguised_local(text, left)
        dom = _SPELLED_DOMAIN.match(text, right, min(len(text), right + 256))
        if found is None or dom is None:
            return None
        start, local = found
        if left < at:
            start = _spaced_local_start(text, start, local)
        labels = _ANY_DOT.sub(".", dom.group(0)).lower().split(".")
        if len(labels) < 2 or labels[-1] not in _TLDS:
            return None
        domain = ".".join(labels)
        if not email_valid(local + "@" + domain) or not seen.take(start, dom.end()):
            return None
        if is_gov_domain(domain):
            return _DISGUISED_GOV.hit(self.id, start, dom.end(), scores.EMAIL_GOV, True)
        return _DISGUISED.hit(self.id, start, dom.end(), scores.EMAIL, True)

    def _comma_provider(self, text: str, at: int, seen: SpanSet) -> Detection | None:
        """``an@gmail,com``, ``an,nguyen@mof,gov,vn``: commas typed for the dots of the
        domain (:func:`_comma_domain`) and, by the same hand, of the user name."""
        local = _LOCAL.search(text, max(0, at - 64), at)
        found = _comma_domain(text, at + 1)
        if local is None or found is None:
            return None
        end, domain = found
        start = local.start()
        while start < at and text[start] in ".'`{|}~":
            start += 1
        while (
            head := _COMMA_ATOM.search(text, max(0, start - 32), start)
        ) is not None and at - head.start() <= 64:
            start = head.start()  # "an,nguyen": the user name's dots typed as commas too
        user = text[start:at].replace(",", ".")
        if start >= at or not email_valid(user + "@" + domain) or not seen.take(start, end):
            return None
        if is_gov_domain(domain):
            return _DISGUISED_GOV.hit(self.id, start, end, scores.EMAIL_GOV, True)
        return _DISGUISED.hit(self.id, start, end, scores.EMAIL, True)

    def _spelled_out(
        self, text: str, seen: SpanSet, operators: Iterable[re.Match[str]]
    ) -> Iterator[Detection]:
        """``an[at]gmail[dot]com``, ``an at gmail dot com``, ``an(a)gmail.com``: the '@'
        spelled out, the dots maybe too. A plain " at " needs a spelled-out dot or a mail
        provider's domain ("look at example.com" is prose); " a còng " and " a móc " take any
        domain ("bttam a còng caobang.gov.vn"), one or two spaces on either side."""
        for op in operators:
            at, after = op.start(), op.end()
            if op.group(0)[0] not in " \t":  # a bracket: one space may stand on either side
                at -= at > 0 and text[at - 1] in " \t"
                after += after < len(text) and text[after] in " \t"
            else:  # a word: a second space typed on either side ("bttam a còng  caobang")
                at -= at > 0 and text[at - 1] in " \t"
                after += after < len(text) and text[after] in " \t"
            found = _disguised_local(text, at)
            if found is None or seen.overlaps(at, at + 1):
                continue
            start, local = found
            dom = _SPELLED_DOMAIN.match(text, after, min(len(text), after + 256))
            if dom is None:
                continue
            spelled_dot = _SPELLED_DOT.search(dom.group(0)) is not None
            labels = _ANY_DOT.sub(".", dom.group(0)).lower().split(".")
            if labels[-1] not in _TLDS:
                continue
            word_at = not op.group(0).strip().startswith(("[", "(", "{", "<", "%", "&"))
            # the English word "at" is prose before a site ("look at example.com"); the
            # Vietnamese names of '@' ("a còng", "a móc") name nothing else
            english_at = word_at and op.group(0).strip().lower() == "at"
            if english_at and not spelled_dot and labels[0] not in _MAIL_PROVIDERS:
                continue
            if word_at and at - start < 3:
                continue
            domain = ".".join(labels)
            if not email_valid(local + "@" + domain):
                continue
            if not seen.take(start, dom.end()):
                continue
            if is_gov_domain(domain):
                yield _DISGUISED_GOV.hit(self.id, start, dom.end(), scores.EMAIL_GOV, True)
            else:
                yield _DISGUISED.hit(self.id, start, dom.end(), scores.EMAIL, True)
