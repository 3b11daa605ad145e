"""The secrecy stamp: MẬT, TỐI MẬT, TUYỆT MẬT (check_prompt's ``vn.secrecy_mark`` findings, or
a stamp line damaged by OCR near the top), and GIẢI MẬT, which lifts it."""

from __future__ import annotations

import re

from ai_guard.classify.evidence import Found, Reading
from ai_guard.classify.models import Evidence, Secrecy
from ai_guard.detectors.secrecy import vertical_letters
from ai_guard.models import EntityType
from ai_guard.text import fold_word

__all__ = ["decide_secrecy", "quoted_stamps"]

_SECRECY_RANK: dict[str, int] = {"none": 0, "mat": 1, "toi_mat": 2, "tuyet_mat": 3}
#: A stamp line as OCR damages it ("T0I MAT", "TUY3T MAT"), on the folded, cased view.
_OCR_STAMP = re.compile(
    r"^[\s\[(«*\"'-]*(T\s?U\s?Y\s?[E3]\s?T|T\s?[O0Ô6]\s?[I1l])?\s*M\s?[A@4]\s?T[\s\])»*\"'.-]*$",
    re.M,
)


#: A level quoted rather than stamped: in quotes ('dấu "TỐI MẬT"'), defined ("MẬT - bí mật nhà
#: nước quan trọng") or the word "BÍ MẬT" of a title.
_QUOTED_BEFORE = re.compile(r"(?:[\"“'«]|\bbi\s)$", re.I)
_QUOTED_AFTER = re.compile(r"^(?:[\"”'»]|\s*[-–—:]\s*[a-zđà-ỹ])")
#: the levels named as a list, each in quotes or not ('ba độ mật "Tuyệt mật", "Tối mật",
#: "Mật"', "độ Tối mật hoặc Mật"), folded: a text about the levels (a plan to teach the law, a
#: news item, a leaflet), whatever case it writes them in
_LEVELS_LISTED = re.compile(
    r"(?<![a-z])(?:tuyet|toi)\s+mat[\"”»']?\s*(?:,|va|hoac|/)\s*[\"“«']?\s*(?:toi\s+mat|mat)"
    r"(?![a-z])"
)


#: an envelope letter with its key, folded ("do mat: a", "do mat - b", "do mat (c")
_ENVELOPE = re.compile(r"do mat\W*([abc])")


#: what may stand around a stamp alone on its line: spaces, quotes, brackets, emphasis
_AROUND = " \t\r\"'“”«»()[]*_-–—.:"
#: check_prompt's pattern for a stamp a sentence says some document has ("văn bản có dấu mật")
_NAMED_IN_PROSE = "secrecy.stamp_named"

_LEET = str.maketrans("0134", "oiea")
#: what a level's letters keep once the spaces, dots and dashes OCR or a typist put between them
#: are gone ("T U Y Ệ T  M Ậ T", "T.Ố.I M.Ậ.T", "TUY ỆT MẬT"): letters and the bar OCR reads
#: for an I
_NOT_A_LETTER = re.compile(r"[^a-z|]+")
#: the first word of a two-word level in those letters, as OCR reads it too ("TỐl", "TO|"),
#: a table's bar between the two words too ("T Ố I | M Ậ T")
_TWO_WORD_HEAD = re.compile(r"(tuyet|to[il|])\|?mat")


def _stamp(text: str, f: Found) -> str:
    """A mark's text, spaces made one: a stamp read down a margin (``secrecy.vertical``) by
    its letters alone, not the lines it spans."""
    if f.pattern == "secrecy.vertical":
        return vertical_letters(text, f.start, f.end)
    return " ".join(text[f.start : f.end].split())


def _level(key: str) -> Secrecy:
    # the envelope letters: A = Tuyệt mật, B = Tối mật, C = Mật; the official translations:
    # Top Secret = Tuyệt mật, Secret = Tối mật, Confidential = Mật
    # a mark read through leetspeak or OCR keeps its digits as typed ("t0i mat", "tuy3t mat")
    key = " ".join(key.split()).translate(_LEET)
    envelope = _ENVELOPE.fullmatch(key)
    if envelope is not None:
        key = envelope.group(1)  # "do mat: a": the mark with its key, the letter decides
    # its letters run together: a level letter-spaced ("t u y e t m a t") or split by OCR ("tuy
    # et mat") reads as the level it spells, never as a lone "mật" (a level read short)
    head = _TWO_WORD_HEAD.search(_NOT_A_LETTER.sub("", key))
    first = head.group(1) if head is not None else ""
    if "tuyet" in key or first == "tuyet" or key in ("a", "top secret"):
        return "tuyet_mat"
    if "toi" in key or first or key in ("b", "secret"):
        return "toi_mat"
    return "mat"


def quoted_stamps(r: Reading) -> set[int]:
    """The starts of the secrecy marks a document quotes rather than carries: a leaflet or a
    rule that lists the levels ("TUYỆT MẬT - bí mật nhà nước đặc biệt quan trọng", 'các dấu
    "MẬT", "TỐI MẬT"'). Only in a text naming two levels or more (a stamped document carries
    one), as marks or in prose, in any case ('ba độ mật "Tuyệt mật", "Tối mật", "Mật"'); a
    mark standing alone on its line is always a stamp. In a text that lists the levels in
    prose, a stamp its sentences speak of ("cán bộ chụp văn bản có dấu mật gửi qua mạng xã
    hội", check_prompt's ``secrecy.stamp_named``) is another document's, not this one's."""
    marks = [f for f in r.findings if f.entity is EntityType.STATE_SECRET_MARK]
    if not marks:
        return set()
    text = r.doc.original
    levels = {_level(fold_word(_stamp(text, f))) for f in marks}
    listed = _LEVELS_LISTED.search(r.doc.folded) is not None
    if len(levels) < 2 and not listed:
        return set()
    out: set[int] = set()
    for f in marks:
        ls = text.rfind("\n", 0, f.start) + 1
        le = text.find("\n", f.end)
        if not (text[ls : f.start] + text[f.end : len(text) if le < 0 else le]).strip(_AROUND):
            continue  # '"MẬT"' alone on its line: a stamp, quoted or not
        before = fold_word(text[max(0, f.start - 3) : f.start])
        after = text[f.end : f.end + 4]
        if (
            _QUOTED_BEFORE.search(before)
            or _QUOTED_AFTER.match(after)
            or (listed and f.pattern == _NAMED_IN_PROSE)
        ):
            out.add(f.start)
    return out


def decide_secrecy(r: Reading) -> tuple[Secrecy, list[Evidence]]:
    """The highest secrecy stamp, with every stamp seen; ``none`` when a GIẢI MẬT stamp stands
    next to the old mark."""
    level: Secrecy = "none"
    evidence: list[Evidence] = []
    if r.layout.declassified is not None:
        s, e = r.layout.declassified
        evidence.append(r.evidence("stamp", "giai mat", s, e))
    quoted = quoted_stamps(r)
    for f in r.findings:
        if f.entity is not EntityType.STATE_SECRET_MARK or f.start in quoted:
            continue
        stamp = _stamp(r.doc.original, f)
        key = fold_word(stamp)
        found = _level(key)
        evidence.append(Evidence(kind="stamp", label=key, start=f.start, end=f.end))
        if _SECRECY_RANK[found] > _SECRECY_RANK[level]:
            level = found
    if level == "none":
        ocr = _ocr_stamp(r)
        if ocr is not None:
            level, ev = ocr
            evidence.append(ev)
    if r.layout.declassified is not None and level != "none":
        # a GIẢI MẬT stamp next to the old mark: the document is no longer secret
        return "none", evidence
    return level, evidence


def _ocr_stamp(r: Reading) -> tuple[Secrecy, Evidence] | None:
    """A stamp line damaged by OCR ("T0I MAT", "TUY3T MAT") in the first lines."""
    cased = r.doc.folded_cased
    head_end = (
        r.layout.segments[min(len(r.layout.segments), 40) - 1].end if (r.layout.segments) else 0
    )
    for m in _OCR_STAMP.finditer(cased, 0, head_end):
        whole = m.group().strip()
        if not whole or whole != whole.upper():
            continue
        lvl = m.group(1) or ""
        squeezed = lvl.replace(" ", "")
        found: Secrecy = (
            "tuyet_mat" if squeezed.startswith("TUY") else "toi_mat" if squeezed else "mat"
        )
        return found, r.evidence("stamp", f"ocr: {whole}", m.start(), m.end())
    return None
