"""The disguise reading decodes a base64 or hex run only when it decodes to writing
(``ai_guard.text.disguises._written``): e-mail user names such as ``buidinhbay98`` happen to be
base64 of bytes that are UTF-8 (``n蝊x[k/|``), and each such run made every detector read a whole
table a second time (a table of citizens' e-mails: twice the time and a third more memory past
a few hundred rows). Proved here: what such a run is read as changes no finding (the check with
the test and without it agree), and real text encoded is still read."""

from __future__ import annotations

import base64
import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ai_guard.text.disguises as disguises
from ai_guard import check_prompt
from ai_guard.text import Document
from ai_guard.text.disguises import read_disguises
from benchmarks.corpus import _fold, _table_names

CORPUS = Path(__file__).parent / "corpus"


def _garbage_user_names(limit: int) -> list[str]:
    """E-mail user names as the citizens' table writes them (a name folded, joined, a number)
    whose base64 decoding the reading took for text before the writing test, and no longer."""
    surnames, middles, givens = _table_names()
    out: list[str] = []
    for s, m, g in itertools.product(surnames[:12], middles[:12], givens[:40]):
        for sep, n in (("", 17), (".", 45), ("_", 98)):
            local = _fold(f"{s} {m} {g}").lower().replace(" ", sep) + str(n)
            if read_disguises(local) is not None:
                continue
            try:
                raw = base64.b64decode(local + "=" * (-len(local) % 4), validate=True)
                plain = raw.decode("utf-8")
            except ValueError:
                continue
            if not plain.isascii() and disguises._text(raw) is None and plain.isprintable():
                out.append(local)
                if len(out) == limit:
                    return out
    return out


def _written_always(_: str) -> bool:
    return True


def test_user_names_seen_in_tables_are_not_read_as_base64() -> None:
    # ("dinhtatmy52" reads "v)ᵫf˝": a phonetic letter and a spacing accent, Latin by name)
    for local in (
        "buidinhbay98",
        "bui_mi_nha17",
        "buikimnhi45",
        "dinhlanchi45",
        "dinhhanhha46",
        "dinhtatmy52",
    ):
        text = f"Lê Văn Nam,001099012345,0912345678,{local}@gmail.com\n"
        assert read_disguises(Document(text).text) is None, local


def test_a_run_that_is_no_writing_changes_no_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    """Gate on and off agree: each user name the writing test turns away, in a table row and
    in a sentence, gives the same check whether its decoding is read or not."""
    names = _garbage_user_names(40)
    assert len(names) >= 10  # the class exists in the table's own names
    texts = [
        f"Họ và tên,CCCD,SĐT,Email\nBùi Đình Bảy,001099012345,0912345678,{local}@hotmail.com\n"
        for local in names
    ] + [f"Gửi giúp em tới {local}@vnpt.vn, cảm ơn anh Tuấn." for local in names]
    gated = [check_prompt(t).model_dump() for t in texts]
    monkeypatch.setattr(disguises, "_written", _written_always)
    assert any(read_disguises(Document(t).text) is not None for t in texts)
    ungated = [check_prompt(t).model_dump() for t in texts]
    assert gated == ungated


def _corpus_texts() -> list[str]:
    out: list[str] = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            text = json.loads(line).get("text")
            if isinstance(text, str) and text and not text.isascii():
                out.append(text)
    return out


def test_every_corpus_text_encoded_is_still_read() -> None:
    """Every prompt and document of the corpora outside ASCII reads as writing: base64 of it
    decodes to its reading, as before the test."""
    texts = _corpus_texts()
    assert len(texts) > 1000
    for text in texts:
        raw = text.encode("utf-8")
        before = Document(raw.decode("utf-8")).text
        if disguises._CONTROL.search(raw.decode("utf-8")) is not None:
            continue  # never read, test or not
        assert disguises._text(raw) == before, text[:80]


_VIETNAMESE = st.text(
    alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ",
    min_size=1,
    max_size=7,
)
_HAN = st.text(alphabet="我的密钥是电话号码身份证姓名地址東京タワー한국어", min_size=1, max_size=5)
_WORD = st.one_of(
    _VIETNAMESE,
    _VIETNAMESE.map(str.capitalize),
    _HAN,
    st.from_regex(r"[0-9]{1,12}", fullmatch=True),
    st.from_regex(r"[A-Za-z][a-z0-9-]{1,10}", fullmatch=True),
)


_SEPARATOR = st.sampled_from([" ", ", ", ": ", "\n", "。", " - "])


@given(st.lists(st.tuples(_WORD, _SEPARATOR), min_size=1))
@settings(max_examples=300, deadline=None)
def test_words_of_one_script_each_are_writing(words: list[tuple[str, str]]) -> None:
    """Text of words, each in one script (Vietnamese, Chinese, Japanese or Korean, digits,
    ASCII codes), decodes as text: the test turns away bytes, not a language."""
    text = "".join(w + sep for w, sep in words).strip() or "a"
    raw = text.encode("utf-8")
    if disguises._CONTROL.search(text) is not None:
        return
    assert disguises._text(raw) == Document(text).text
