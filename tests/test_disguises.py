"""Issue 14's proof: a disguise never turns a stopped prompt into an allowed one, and never leaves
a detected value partly visible.

Every disguise of :mod:`ai_guard.testing.strategies` (zero-width characters, soft hyphens,
full-width forms, letter spacing, OCR digits, markdown emphasis, markup inside a number
(``<br>``, inline tags, ``&nbsp;``), superscript and subscript digits, digits read out in
words, dropped leading zeros, e-mails written to dodge a filter, values in base64, hex or
percent-encoding, leetspeak, table cells, two-column CSV,
JSON and YAML fields, odd spaces, NFD, lost diacritics, lost tone marks, case, Telex / VNI
typed with the input method off, TCVN3 / VNI / Windows-1258 mojibake) is applied to generated
prompts holding one identifier or e-mail after its cue, or a secrecy stamp, and the guard's
answer is compared with its answer on the plain prompt:

(a) a prompt whose plain form is blocked is blocked under every disguise;
(b) a prompt whose plain form is redacted is not allowed under a disguise, and its redacted text,
    read back through the disguise, holds no run of 4 digits of the value (8 characters of a
    key) and no stamp;
(c) nothing crashes.

A combination the detectors do not handle yet is an ``xfail(strict=True)`` that names the
minimal example hypothesis found, kept as an explicit ``@example``: it fails every run, and turns
red the day a detector handles it, to be un-marked then.

Examples: deterministic and few in CI (the file runs in seconds); ``HYPOTHESIS_PROFILE=nightly``
gives random runs with many more (``--hypothesis-seed=N`` to replay one)::

    HYPOTHESIS_PROFILE=nightly .venv/bin/python -m pytest tests/test_disguises.py
"""

from __future__ import annotations

import base64
import os
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import unquote_plus

import pytest
from hypothesis import HealthCheck, example, given, reject, settings
from hypothesis import strategies as st

from ai_guard import check_prompt
from ai_guard.testing import strategies as vst
from ai_guard.text.encodings import decode_legacy

NIGHTLY = os.environ.get("HYPOTHESIS_PROFILE") == "nightly"
EXAMPLES = int(os.environ.get("DISGUISE_EXAMPLES", 600 if NIGHTLY else 12))
SETTINGS = settings(
    derandomize=not NIGHTLY,
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)

#: entity -> (values, the cues written before them as ``cue: value``)
SOURCES: dict[str, tuple[st.SearchStrategy[str], list[str]]] = {
    "CCCD": (vst.cccd_numbers(), ["Số CCCD", "CCCD", "Căn cước công dân số"]),
    "CMND": (vst.cmnd_numbers(), ["Số CMND", "CMND số"]),
    "PHONE": (vst.phone_numbers(kind="mobile"), ["SĐT", "Điện thoại", "Số điện thoại"]),
    "TAX_CODE": (vst.tax_codes(digits=10), ["Mã số thuế", "MST"]),
    "SOCIAL_INSURANCE": (vst.social_insurance_numbers(), ["Mã số BHXH"]),
    "HEALTH_INSURANCE": (vst.health_insurance_numbers(), ["Mã thẻ BHYT"]),
    "PASSPORT": (vst.passport_numbers(), ["Hộ chiếu số", "Số hộ chiếu"]),
    "API_SECRET": (vst.api_keys(), ["API key", "OPENAI_API_KEY"]),
    "STATE_SECRET_MARK": (vst.secrecy_marks(), ["Độ mật"]),
    "EMAIL": (vst.emails(), ["Email", "Thư điện tử", "Địa chỉ email"]),
}
#: disguises that apply to some values only: a number read out in words (not a key's digits,
#: not an e-mail's), the leading zero a spreadsheet drops (a CCCD's, a phone's: issue 14), an
#: e-mail's "@" spelled out, a key's vendor prefix typed loosely or cut into an array
ONLY_FOR = {
    "digits_in_words": ("CCCD", "CMND", "PHONE", "TAX_CODE", "SOCIAL_INSURANCE"),
    # an identifier spelled out in English on a call (holdout25): digits as words, a letter
    # in the spelling alphabet
    "spelled_english": ("CCCD", "PHONE", "PASSPORT", "TAX_CODE", "HEALTH_INSURANCE"),
    "dropped_zeros": ("CCCD", "PHONE"),
    # an account a spreadsheet shows as 1,90358E+13 (holdout26): no family here has 13-19
    # digits; tests/detectors/test_holdout26_forms.py tries it on accounts
    "scientific_notation": (),
    "email_dodged": ("EMAIL",),
    # a stamp's letters parted by bars or dots, or written as HTML references (cg28)
    "letter_separated": ("STATE_SECRET_MARK",),
    "char_references": ("STATE_SECRET_MARK",),
    "prefix_spaced": ("API_SECRET",),
    # a key cut into an array's literals joined in code (holdout22)
    "array_joined": ("API_SECRET",),
    # digits for vowels: a stamp's letters (an identifier has none; a key or an e-mail so
    # changed is another string)
    "leetspeak": ("STATE_SECRET_MARK",),
    # a scanned stamp's "I" read as "l", "1" or "|", its "O" as "0" (holdout31's envelope)
    "ocr_letters": ("STATE_SECRET_MARK",),
}  # fmt: skip


def applies(entity: str, name: str) -> bool:
    """Whether disguise ``name`` is tried on values of ``entity``."""
    if name in ONLY_FOR:
        return entity in ONLY_FOR[name]
    if name == "ocr_digits" and entity in ("API_SECRET", "STATE_SECRET_MARK", "EMAIL"):
        return False  # nothing to confuse: no digits in a stamp, and a key is not OCR'd
    # a key is case-sensitive: in other case it is no longer the secret
    return not (entity == "API_SECRET" and name.endswith("_case"))


FILLERS = ["Nhờ bạn soạn giúp công văn trả lời.", "Tóm tắt hồ sơ sau giúp tôi:"]
#: the part of a key that must never be visible (its vendor prefix is public)
KEY_PREFIX = re.compile(r"^(?:sk-proj-|sk-ant-api03-|AIza|gsk_|hf_|xai-)")


@dataclass(frozen=True)
class Case:
    """One prompt: a filler line and ``cue: value`` (a stamp stands on its own line before the
    filler, or after ``Độ mật:``), and the disguise applied to the value, the line or the whole
    prompt according to its scope."""

    entity: str
    value: str
    cue: str | None
    disguise: vst.Disguise
    filler: str = FILLERS[0]

    def line(self, disguised: bool = True) -> str:
        """The value after its cue, with a value or field disguise applied."""
        d = self.disguise if disguised else None
        value = d(self.value) if d is not None and d.scope == "value" else self.value
        line = f"{self.cue}: {value}" if self.cue is not None else value
        return d(line) if d is not None and d.scope == "field" else line

    def text(self, disguised: bool = True) -> str:
        first, second = (self.line(disguised), self.filler)
        if self.entity != "STATE_SECRET_MARK":
            first, second = second, first
        text = f"{first}\n{second}"
        d = self.disguise
        return d(text) if disguised and d.scope == "prompt" else text


@dataclass(frozen=True)
class Mixed:
    """A stamp (or none), a filler, and several values after their cues, under one disguise."""

    items: tuple[Case, ...]
    filler: str = FILLERS[0]

    def text(self, disguised: bool = True) -> str:
        stamps = [c.line(disguised) for c in self.items if c.entity == "STATE_SECRET_MARK"]
        fields = [c.line(disguised) for c in self.items if c.entity != "STATE_SECRET_MARK"]
        text = "\n".join([*stamps, self.filler, *fields])
        d = self.items[0].disguise
        return d(text) if disguised and d.scope == "prompt" else text


@st.composite
def cases(draw: st.DrawFn, entity: str, name: str) -> Case:
    values, cues = SOURCES[entity]
    disguise = draw(vst.disguises(names=[name]))
    cue: str | None = draw(st.sampled_from(cues))
    if entity == "STATE_SECRET_MARK" and disguise.scope != "field" and draw(st.booleans()):
        cue = None  # a stamp on its own line, as stamped
    return Case(entity, draw(values), cue, disguise, draw(st.sampled_from(FILLERS)))


# -- reading a redacted text back through its disguise -------------------------------------------

_OCR_BACK = {v: k for k, v in vst.OCR_DIGIT_CONFUSIONS.items()}
_DIGITISH = re.compile(r"[0-9OlSB](?:[ .\-]?[0-9OlSB])*")
_LETTER_SPACED = re.compile(r"(?<!\S)\S(?: \S)+(?!\S)")


def _unmojibake(text: str, scheme: str) -> str:
    raw = bytearray()
    for ch in text:
        try:
            raw += ch.encode("cp1252")
        except UnicodeEncodeError:
            raw += ch.encode("latin-1") if ord(ch) < 0x100 else ch.encode("utf-8")
    return decode_legacy(bytes(raw), scheme)


_DIGIT_WORDS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]
_DIGIT_WORD_RUN = re.compile(rf"(?:{'|'.join(_DIGIT_WORDS)})(?: (?:{'|'.join(_DIGIT_WORDS)}))*")


def _decoded(text: str, scheme: str) -> str:
    """Every run of ``text`` that decodes in ``scheme`` to UTF-8, decoded."""

    def one(m: re.Match[str]) -> str:
        try:
            if scheme == "hex":
                return bytes.fromhex(m.group()).decode()
            if scheme == "base64":
                return base64.b64decode(m.group(), validate=True).decode()
        except ValueError:
            pass
        return m.group()

    if scheme == "percent":
        return unquote_plus(text)
    run = r"(?:[0-9a-f]{2})+" if scheme == "hex" else r"[A-Za-z0-9+/]{4,}={0,2}"
    return re.sub(run, one, text)


def _unleet(m: re.Match[str]) -> str:
    return "oiea"["0134".index(m.group())]


def reading(text: str, *disguises: vst.Disguise) -> str:
    """``text`` as a reader sees it through ``disguise``: mojibake converted, NFKC (full-width
    forms, composed letters), invisible characters dropped, odd spaces as spaces, letter-spaced
    words joined."""
    for d in disguises:
        if d.name == "mojibake":
            text = _unmojibake(text, str(dict(d.options).get("scheme", "tcvn3")))
    if any(d.name == "json_escaped" for d in disguises):  # a JSON reader decodes the escapes
        text = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)
    if any(d.name == "markup" for d in disguises):  # a browser shows no tag, &nbsp; a space
        text = re.sub(r"<[^<>]*>", "", text).replace("&nbsp;", " ").replace("&#8203;", "")
    text = unicodedata.normalize("NFKC", text)
    text = "".join(
        " " if unicodedata.category(c) == "Zs" else c
        for c in text
        if unicodedata.category(c) != "Cf"
    )
    if any(d.name == "digits_in_words" for d in disguises):  # a reader hears the digits
        text = _DIGIT_WORD_RUN.sub(
            lambda m: "".join(str(_DIGIT_WORDS.index(w)) for w in m.group().split()), text
        )
    if any(d.name == "spelled_english" for d in disguises):  # a listener writes it down
        text = _SPELLED_RUN.sub(
            lambda m: "".join(_SPELLED.get(w.lower(), w) for w in m.group().split()), text
        )
    for d in disguises:  # a model decodes what it is asked to
        if d.name == "encoded":
            text = _decoded(text, str(dict(d.options).get("scheme", "base64")))
        elif d.name == "leetspeak":
            text = re.sub(r"(?<=[^\W\d_])[0134]|[0134](?=[^\W\d_])", _unleet, text)
        elif d.name == "ocr_letters":  # a reader sees the letter the scanner confused
            text = re.sub(r"(?<=[A-ZÀ-Ỹ])[l1|]|[l1|](?=[A-ZÀ-Ỹ])", "I", text)
    if any(d.name == "line_wrapped" for d in disguises):  # a reader joins a wrapped line
        text = re.sub(r"(?<=\S)\n(?=\S)", "", text)
    if any(d.name == "letter_spaced" for d in disguises):
        text = _LETTER_SPACED.sub(lambda m: m.group().replace(" ", ""), text)
        text = text.replace("  ", " ")
    return text


_SPELLED = {
    **{w: str(i) for i, w in enumerate(
        ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    )},
    **{w.lower(): w[0] for w in (
        "Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike November "
        "Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey Xray Yankee Zulu"
    ).split()},
}  # fmt: skip
_SPELLED_UNIT = "(?:" + "|".join(sorted(_SPELLED, key=len, reverse=True)) + r"|\d)"
_SPELLED_RUN = re.compile(rf"(?i)\b{_SPELLED_UNIT}(?: {_SPELLED_UNIT})+\b")


def visible_parts(redacted: str, case: Case, *outer: vst.Disguise) -> list[str]:
    """The pieces of the value that ``redacted`` still shows, read through the disguise: runs of
    4 of its digits (OCR letters read back as digits), 8 characters of a key, a stamp."""
    seen = reading(redacted, *outer, case.disguise)
    if case.entity == "STATE_SECRET_MARK":
        folded = vst.without_diacritics(seen).upper().replace("DO MAT", "")
        return re.findall(r"\bMAT\b", folded)
    if case.entity == "EMAIL":  # the mailbox's name, however the "@" is written
        local = case.value.split("@")[0]
        return [local] if len(local) >= 3 and local.lower() in seen.lower() else []
    if case.entity == "API_SECRET":
        body = KEY_PREFIX.sub("", case.value)
        return [body[i : i + 8] for i in range(len(body) - 7) if body[i : i + 8] in seen]
    digits = re.sub(r"\D", "", case.value)
    runs = [
        "".join(_OCR_BACK.get(c, c) for c in m.group() if c not in " .-")
        for m in _DIGITISH.finditer(seen)
        if any(c.isdigit() for c in m.group())
    ]
    return [
        digits[i : i + 4]
        for i in range(len(digits) - 3)
        if any(digits[i : i + 4] in r for r in runs)
    ]


# -- the combinations that fail today: findings for the detector owners --------------------------


@dataclass(frozen=True)
class Known:
    case: Case
    detector: str
    why: str


D = vst.disguise
F1, F2 = FILLERS

#: found by hypothesis (the same minimal example under seeds 1, 2, 3 at 250 examples each), left
#: for the detectors' owners; "also" names a real-looking value that fails the same way. The
#: canonical reading (88052df) fixed 17 others: zero-width / soft hyphens / odd spaces in phones,
#: tax codes, BHXH numbers, passports and keys, full-width BHYT codes, passports, keys, stamps;
#: main at d314735 an OCR'd passport; 04baf52 (a text converted in two words or more is not
#: vouched for) the ASCII passport, stamp and OCR'd phone behind a mojibake cue; round two the
#: rest (spaced phones and passports, identifier-style cues, OCR'd BHYT codes, stamps in
#: backticks or alone on the first line, TCVN3 with soft hyphens, a VNI paste, spaced and
#: underscore-wrapped keys). An entry here marks a combination as a strict xfail.
KNOWN: dict[tuple[str, str], Known] = {}


def _visible(text: str) -> str:
    """Invisible characters and odd spaces written as escapes, for a readable reason."""
    return "".join(
        f"\\u{ord(c):04x}" if c != " " and unicodedata.category(c) in ("Cf", "Zs") else c
        for c in text
    )


def _combinations() -> list[object]:
    params: list[object] = []
    for entity in SOURCES:
        for name in vst.DISGUISE_NAMES:
            if not applies(entity, name):
                continue
            known = KNOWN.get((entity, name))
            marks = []
            if known is not None:
                reason = _visible(f"{known.detector}: {known.why}; minimal example {known.case!r}")
                marks = [pytest.mark.xfail(strict=True, reason=reason)]
            params.append(pytest.param(entity, name, marks=marks, id=f"{entity}-{name}"))
    return params


def check_case(case: Case, *outer: vst.Disguise) -> None:
    """(a), (b), (c) for ``case``, with ``outer`` prompt disguises applied on top of its own."""
    plain = check_prompt(case.text(disguised=False))
    if plain.allowed:
        reject()  # the plain form is not stopped: a miss of its own, not a disguise's
    text = case.text()
    for d in outer:
        text = d(text)
    result = check_prompt(text)  # (c) never raises
    if plain.blocked:  # (a)
        assert result.blocked, f"blocked plain, {result.decision.value} disguised: {text!r}"
    else:  # (b)
        assert not result.allowed, f"redacted plain, allowed disguised: {text!r}"
    if result.blocked:
        return  # nothing is sent
    left = visible_parts(result.redacted_text, case, *outer)
    assert not left, f"{left} visible in {result.redacted_text!r} (from {text!r})"


@pytest.mark.parametrize(("entity", "name"), _combinations())
def test_a_disguise_never_lets_out_what_its_plain_form_stops(entity: str, name: str) -> None:
    @SETTINGS
    @given(cases(entity, name))
    def check(case: Case) -> None:
        check_case(case)

    known = KNOWN.get((entity, name))
    if known is not None:
        check = example(known.case)(check)
    check()


_VALUE_DISGUISES = [n for n in vst.DISGUISE_NAMES if vst.disguise(n).scope == "value"]


@st.composite
def mixed(draw: st.DrawFn) -> Mixed:
    name = draw(st.sampled_from(vst.DISGUISE_NAMES))
    entities = [e for e in SOURCES if e != "STATE_SECRET_MARK" and applies(e, name)]
    picked = draw(st.lists(st.sampled_from(entities), min_size=1, max_size=3)) if entities else []
    if not picked or draw(st.booleans()):  # a stamp alone for a disguise of stamps only
        picked.insert(0, "STATE_SECRET_MARK")
    items = [draw(cases(e, name)) for e in picked]
    d = items[0].disguise  # one disguise, with its options, for every value
    return Mixed(tuple(Case(c.entity, c.value, c.cue, d) for c in items), items[0].filler)


@SETTINGS
@given(mixed())
def test_a_disguised_prompt_with_a_stamp_and_identifiers(prompt: Mixed) -> None:
    """A whole prompt (a stamp or not, 1-3 identifiers after their cues) under one disguise."""
    if any((c.entity, c.disguise.name) in KNOWN for c in prompt.items):
        reject()  # one of its values alone already fails: marked above
    plain = check_prompt(prompt.text(disguised=False))
    if plain.allowed:
        reject()
    text = prompt.text()
    result = check_prompt(text)
    if plain.blocked:
        assert result.blocked, f"blocked plain, {result.decision.value} disguised: {text!r}"
    else:
        assert not result.allowed, f"redacted plain, allowed disguised: {text!r}"
    if result.blocked:
        return  # nothing is sent
    for case in prompt.items:
        left = visible_parts(result.redacted_text, case)
        assert not left, f"{left} visible in {result.redacted_text!r} (from {text!r})"


@SETTINGS
@given(
    st.tuples(st.sampled_from(sorted(SOURCES)), st.sampled_from(_VALUE_DISGUISES)).flatmap(
        lambda t: cases(*t)
    ),
    vst.disguises(scope="prompt"),
)
def test_disguises_stack(case: Case, outer: vst.Disguise) -> None:
    """A value disguise inside a prompt disguise (zero-width characters in a CCCD of a prompt
    typed without diacritics): still stopped, still not visible."""
    if (case.entity, case.disguise.name) in KNOWN or (case.entity, outer.name) in KNOWN:
        reject()  # each alone already fails: marked above
    if not (applies(case.entity, case.disguise.name) and applies(case.entity, outer.name)):
        reject()  # not tried on this kind of value (see applies)
    if case.disguise.name == "ocr_digits" and "_case" in outer.name:
        reject()  # l -> L, S -> s: letters no scanner reads for a digit
    check_case(case, outer)


#: stacks that once failed while each disguise alone passed (found by test_disguises_stack,
#: fixed in 04baf52 and 38d3ae6), kept as plain regressions
STACK_REGRESSIONS = [
    pytest.param(
        Case("PHONE", "0320000000", "SĐT", D("ocr_digits", positions=(0,))),
        D("mojibake", scheme="tcvn3"),
        id="PHONE-ocr_digits-mojibake",  # 'S§T: O912345678': the cue only the conversion shows
    ),
    pytest.param(
        Case("STATE_SECRET_MARK", "MẬT", "Độ mật", D("soft_hyphens", every=1)),
        D("mojibake", scheme="tcvn3"),
        id="STATE_SECRET_MARK-soft_hyphens-mojibake",  # TCVN3 '§é mËt: M\xadË\xadT'
    ),
    pytest.param(
        Case("STATE_SECRET_MARK", "MẬT", "Độ mật", D("soft_hyphens", every=1)),
        D("mojibake", scheme="vni"),
        # VNI 'M\xadAÄ\xadT': "Ä\xad" is also UTF-8 for "ĭ", a letter Vietnamese never
        # writes; the UTF-8 repair took it and the stamp went out (i14-forms)
        id="STATE_SECRET_MARK-soft_hyphens-mojibake-vni",
    ),
    pytest.param(
        Case("PASSPORT", "B0000000", "Hộ chiếu số", D("soft_hyphens", every=1)),
        D("mojibake", scheme="tcvn3"),
        # 'B\xad0\xad0...': a soft hyphen next to a digit was read as TCVN3 "ư" (i14-forms)
        id="PASSPORT-soft_hyphens-mojibake",
    ),
]


@pytest.mark.parametrize(("case", "outer"), STACK_REGRESSIONS)
def test_stacks_that_once_failed(case: Case, outer: vst.Disguise) -> None:
    check_case(case, outer)


# -- the transformations themselves --------------------------------------------------------------


#: the disguises that reading() undoes exactly (the others lose or add information)
READ_BACK = ("zero_width", "soft_hyphens", "full_width", "letter_spaced", "odd_spaces",
             "decomposed", "mojibake")  # fmt: skip


def test_every_disguise_changes_what_it_applies_to_and_reads_back() -> None:
    plain = (
        "TỐI MẬT\nSố CCCD: 001085012345, SĐT 0912 345 678, email an.nv@moh.gov.vn, "
        "key gsk_4fQ9xT2LmZ8vW1"
    )
    for name in vst.DISGUISE_NAMES:
        d = vst.disguise(name)
        if name == "scientific_notation":  # it changes accounts only
            assert d(plain + ", STK 19035822807378") == plain + ", STK 1,90358E+13"
            continue
        assert d(plain) != plain, name
        if d.name in READ_BACK:
            assert reading(d(plain), d) == plain, name


def test_the_leak_check_sees_what_a_disguise_hides() -> None:
    """The oracle of (b) is not vacuous: pieces left visible are found through each disguise."""
    cccd = Case("CCCD", "079085012345", "Số CCCD", D("full_width"))
    assert visible_parts("Số CCCD: [CCCD_1] ２３４５", cccd) == ["2345"]
    assert visible_parts("Số CCCD: [CCCD_1]", cccd) == []
    ocr = Case("CCCD", "079085012345", "Số CCCD", D("ocr_digits"))
    assert visible_parts("Số CCCD: O79OBS[CCCD_1]", ocr) == ["0790", "7908", "9085"]
    spaced = Case("STATE_SECRET_MARK", "TỐI MẬT", "Độ mật", D("letter_spaced"))
    assert visible_parts("Độ mật: T Ố I  M Ậ T", spaced) == ["MAT"]
    assert visible_parts("Độ mật: [STATE_SECRET_MARK_1]", spaced) == []
    key = "sk-ant-api03-sqAQgS0K50MzjWBSe4QxO4AY39cBGHVkCZNY4NRF"
    hidden = Case("API_SECRET", key, "API key", D("zero_width"))
    assert visible_parts(f"API key: [API_SECRET_1]{vst.zero_width(key[-9:])}", hidden) == [
        key[-9:-1],
        key[-8:],
    ]
    moji = Case("STATE_SECRET_MARK", "MẬT", None, D("mojibake", scheme="vni"))
    assert visible_parts(vst.mojibake("MẬT\nNhờ bạn", scheme="vni"), moji) == ["MAT"]
