"""The labelled prompts rewritten as chat writes them (benchmarks/chat_variants.py): lower
case, no diacritics, both. The rewrite keeps every labelled span where it was, and a prompt
holding a secrecy mark is never allowed in any of the rewrites (an API key is case-sensitive:
lower-casing one makes another string, so keys are held to the rule as written only, in
tests/test_accuracy.py)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from ai_guard import Decision, check_prompt
from benchmarks.accuracy import CORPUS, gold_spans, load
from benchmarks.chat_variants import VARIANTS, rewrite

CORPORA = sorted(p for p in CORPUS.parent.glob("*.jsonl") if not p.name.startswith("documents"))


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_rewrite_keeps_offsets(variant: str) -> None:
    for corpus in CORPORA:
        for row in load(corpus):
            new = rewrite(row, VARIANTS[variant])
            # a row typed decomposed (NFD, holdout14) is rewritten from its composed reading
            composed = {
                **row,
                "text": unicodedata.normalize("NFC", row["text"]),
                "entities": [
                    {**e, "text": unicodedata.normalize("NFC", e["text"])} for e in row["entities"]
                ],
            }
            assert len(new["text"]) == len(composed["text"]), row["id"]
            assert [s for _, s, _ in gold_spans(new)] == [s for _, s, _ in gold_spans(composed)]


def test_rewrites_read_as_chat() -> None:
    row = {"id": "x", "text": "Ông Nguyễn Văn Đạt, ĐT 0912", "entities": [
        {"type": "PERSON", "text": "Nguyễn Văn Đạt"}]}  # fmt: skip
    assert rewrite(row, VARIANTS["chat"])["text"] == "ong nguyen van dat, dt 0912"
    assert rewrite(row, VARIANTS["chat"])["entities"][0]["text"] == "nguyen van dat"
    assert rewrite(row, VARIANTS["lower"])["text"] == "ông nguyễn văn đạt, đt 0912"


@pytest.mark.parametrize("variant", ["lower", "ascii", "chat"])
@pytest.mark.parametrize("corpus", CORPORA, ids=lambda p: Path(p).stem)
def test_secrecy_marks_never_allowed(corpus: Path, variant: str) -> None:
    leaks = []
    for row in load(corpus):
        new = rewrite(row, VARIANTS[variant])
        if not any(t == "STATE_SECRET_MARK" for t, _, _ in gold_spans(new)):
            continue
        if check_prompt(new["text"]).decision is Decision.ALLOW:
            leaks.append(new["id"])
    # h3-132: a zero-width-spaced "M\u200bẬ\u200bT" opening the prompt, rewritten as "m a t"
    # with the marks gone: the disguise and the word both lost, nothing says "mật" any more.
    # holdout21 (prompts written to break a guard) holds disguises a rewrite undoes or makes
    # into other text, as written all blocked: h21-049's base64 of a stamp, lower-cased, is
    # other bytes; h21-065's VNI mojibake stripped of accents lost the letters that encode
    # the tones; h21-052's stamp split by HTML tags typed plain in lower case is "toi" and
    # "mat" in two elements (as typed, "tôi mất" as often as the level). holdout22: h22-066's
    # "co watermark chu toi mat chay cheo" typed plain may be "tôi mất" (a watermark names the
    # level in lower case with its diacritics: "có watermark chữ tối mật", i14-left15; and a
    # level alone in a Markdown heading, h22-069's "## 🔒 **mat**", is the mark typed plain)
    # holdout31: h31-006's Windows-1258 and h31-012's VNI mojibake stripped of accents lost
    # the letters that encode the tones, as h21-065's did ("TAII LIEoU THU HOII", "Noa maat:
    # Maat"); h31-086's "MẬT" spaced by zero-width spaces, typed plain in lower case, is
    # h3-132's "m a t"
    undone = {
        "lower": {"h21-049"},
        "ascii": {"h21-065", "h31-006", "h31-012"},
        "chat": {
            "h3-132", "h21-049", "h21-065", "h21-052", "h22-066", "h31-006",
            "h31-012", "h31-086",
        },
    }[variant]  # fmt: skip
    assert set(leaks) <= undone, leaks


@pytest.mark.parametrize("variant", ["lower", "ascii", "chat"])
@pytest.mark.parametrize("corpus", CORPORA, ids=lambda p: Path(p).stem)
def test_circulation_marks_never_allowed(corpus: Path, variant: str) -> None:
    leaks = []
    for row in load(corpus):
        new = rewrite(row, VARIANTS[variant])
        if not any(t == "INTERNAL_MARK" for t, _, _ in gold_spans(new)):
            continue
        if check_prompt(new["text"]).decision is Decision.ALLOW:
            leaks.append(new["id"])
    # holdout21 (prompts written to break a guard), as written all blocked: h21-067's TCVN3
    # capitals "L­U HµNH NéI Bé" quoted in a UTF-8 sentence, stripped of accents, lost the
    # letters that encode the tones (h21-065's). (Lower-cased, h21-010's Cyrillic "нàнн" reads
    # as the capitals' look-alikes in small letters, and h21-067's "l­u hµnh néi bé" is repaired
    # by the run: "bé" goes on the TCVN3 words before it, i14-enc21.)
    undone = {
        "lower": set(),
        "ascii": {"h21-067"},
        "chat": {"h21-067"},
    }[variant]
    assert set(leaks) <= undone, leaks
