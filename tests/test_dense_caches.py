"""The per-domain and per-line memos behind dense text (issue 14, speed) answer exactly what
the direct computation answers: e-mail validity, official domains, table headers."""

from __future__ import annotations

import random

import email_validator
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard.detectors.email import _gov_domains, email_valid, is_gov_domain
from ai_guard.text import Document, tables

_LOCAL_CHARS = "abcXYZ019._+-'\"é "
_DOMAIN_LABELS = ["gmail", "com", "gov", "vn", "moj", "xn--bcher-kva", "a-b", "-x", "x-", "123"]


def _direct(address: str) -> bool:
    try:
        email_validator.validate_email(address, check_deliverability=False)
    except (email_validator.EmailNotValidError, UnicodeError, ValueError):
        return False
    return True


@settings(max_examples=400)
@given(
    local=st.text(_LOCAL_CHARS, min_size=0, max_size=70),
    labels=st.lists(st.sampled_from(_DOMAIN_LABELS), min_size=1, max_size=4),
    pad=st.integers(0, 200),
)
def test_email_valid_answers_what_email_validator_answers(
    local: str, labels: list[str], pad: int
) -> None:
    # long domains too: the length limit is judged on the whole address
    domain = ".".join(labels) if pad < 150 else "a" * (pad - 140) + "." + ".".join(labels)
    address = f"{local}@{domain}"
    email_valid.cache_clear()
    assert email_valid(address) is _direct(address)


@pytest.mark.parametrize(
    ("address", "valid"),
    [
        ("nguyen.van.an@gmail.com", True),
        ("an..b@gmail.com", False),
        ("an@gmail", False),
        ("a" * 64 + "@" + "b" * 63 + "." + "c" * 63 + "." + "d" * 58 + ".vn", True),
        ("a" * 64 + "@" + "b" * 63 + "." + "c" * 63 + "." + "d" * 59 + ".vn", False),
    ],
)
def test_email_valid_keeps_email_validators_limits(address: str, valid: bool) -> None:
    assert email_valid(address) is valid is _direct(address)


def _gov_reference(domain: str) -> bool:
    d = domain.lower().rstrip(".")
    if d == "gov.vn" or d.endswith(".gov.vn"):
        return True
    return any(d == g or d.endswith("." + g) for g in _gov_domains())


@given(
    st.lists(
        st.sampled_from(["chinhphu", "vn", "quochoi", "mail", "gov", "Chinhphu", "x", "com"]),
        min_size=1,
        max_size=5,
    ).map(".".join)
)
def test_official_domains_are_looked_up_label_by_label_with_the_same_answer(domain: str) -> None:
    assert is_gov_domain(domain) is _gov_reference(domain)
    assert is_gov_domain(domain + ".") is _gov_reference(domain + ".")


def _header_reference(doc: Document, line_start: int, sep: str, count: int) -> list[str]:
    """The walk as it was written before its memo: up to 60 lines above, every time."""
    text = doc.text
    end = line_start - 1
    for _ in range(60):
        if end < 0:
            break
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        end = start - 1
        if tables._RULE_LINE.match(line) or not line.strip():
            continue
        if abs(tables._separators(line, sep) - count) > 1:
            break
        if not any(map(str.isdigit, line)):
            folded = doc.folded[start : start + len(line)]
            return [" ".join(c.replace("_", " ").split()) for c in folded.split(sep)]
    return []


_LINES = ["a,b,c", "1,2,3", "x,y", "1,2", "", "---", "4,5,6,7", "Họ,tên,CCCD", "9;8;7", "h;k;l"]


@settings(max_examples=150)
@given(
    lines=st.lists(st.sampled_from(_LINES), min_size=1, max_size=140),
    order=st.randoms(use_true_random=False),
)
def test_table_headers_are_found_as_by_the_walk_of_every_row(
    lines: list[str], order: random.Random
) -> None:
    text = "\n".join(lines)
    doc = Document(text)
    starts = [0]
    for i, c in enumerate(text):
        if c == "\n":
            starts.append(i + 1)
    order.shuffle(starts)
    for ls in starts:  # rows asked in any order: the memo of one never misleads another
        for sep in ",;":
            for count in range(5):
                assert tables._find_header(doc, ls, sep, count) == _header_reference(
                    doc, ls, sep, count
                )


def test_a_header_however_far_up_is_in_reach() -> None:
    # (sec31: the sixty-line reach lost a long export's columns; the walk now holds the header)
    text = "Họ tên,CCCD\n" + "".join(f"An,{i:012d}\n" for i in range(80))
    doc = Document(text)
    row = [i + 1 for i, c in enumerate(text) if c == "\n"]
    for at in (0, 59, 60, 79):
        assert tables._find_header(doc, row[at], ",", 1) == ["ho ten", "cccd"]
