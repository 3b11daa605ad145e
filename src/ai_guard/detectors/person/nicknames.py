"""Nicknames. A nickname in quotes in brackets right after a person's name ("Ông Bế Văn Ngự
(thường gọi là "Ngự Gù")", "bà Lò Thị Đào (tên thường gọi "Đào Mập")", in chat with no
bracket: "lâm văn sửu hay gọi là "sửu mập""): the name the village knows the person by, a
PERSON of its own without its quotes, read over the names found; and one word after a kin
word before the label of the real name ("thằng tèo, tên thật vi văn tráng":
:func:`nicknames_before_real_names`).

Only right after a name found and only after a naming cue ("thường gọi là", "hay gọi là",
"còn gọi là", "tên thường gọi", "tên gọi khác", "biệt danh"): a quoted phrase elsewhere is a
title, a slogan or a place's nickname ("khu vực thường gọi là "xóm Giữa""), whose quotes say
nothing of a person.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.scores import BASE_SURNAME_FIRST, REPORT_FLOOR, SCORE_CUED
from ai_guard.models import EntityType
from ai_guard.text import Document

__all__ = ["REAL_NAME_LABELS", "nicknames_before_real_names", "quoted_nicknames"]

#: the bracket, a naming cue and the quoted nickname of one to three words (folded view: the
#: quotes as typed, straight or curly)
_NICKNAME_AFTER = re.compile(
    r"(?:[ \t]*[(,][ \t]*|[ \t]+)"
    r"(?:(?:thuong|hay|con|van)[ \t]+goi[ \t]+(?:la[ \t]+)?|ten[ \t]+(?:thuong"
    r"[ \t]+goi|goi[ \t]+khac|khac)(?:[ \t]+la)?[ \t]*:?[ \t]*|biet[ \t]+danh(?:[ \t]+la)?"
    r"[ \t]*:?[ \t]*)[\"\u201c\u2018'](?P<name>[^\W\d_]+(?:[ \t][^\W\d_]+){0,2})[\"\u201d\u2019']"
)


def quoted_nicknames(
    doc: Document, found: Sequence[Detection], detector_id: str
) -> Iterator[Detection]:
    """The quoted nicknames right after the names among ``found`` (see the module)."""
    if "goi" not in doc.folded and "biet danh" not in doc.folded:
        return  # (the cheap test first: most texts hold no naming cue)
    for f in _reported_persons(found):
        m = _NICKNAME_AFTER.match(doc.folded, f.end)
        nickname = None if m is None else _nickname(m.span("name"), found, detector_id)
        if nickname is not None:
            yield nickname


def _reported_persons(found: Sequence[Detection]) -> Iterator[Detection]:
    """The names among ``found`` a nickname may stand beside: persons scored to be reported."""
    return (f for f in found if f.entity is EntityType.PERSON and f.score >= REPORT_FLOOR)


def _nickname(
    span: tuple[int, int], found: Sequence[Detection], detector_id: str
) -> Detection | None:
    """The nickname at ``span``, a PERSON of its own; none where a finding already covers
    any of it."""
    s, e = span
    if any(g.start < e and s < g.end for g in found):
        return None
    return Detection(
        EntityType.PERSON,
        s,
        e,
        SCORE_CUED,
        detector_id,
        pattern="person.nickname",
        base_score=BASE_SURNAME_FIRST,
        context="nickname",
    )


#: the labels of the name a person is registered by, after the name they go by (folded)
REAL_NAME_LABELS = ("ten that", "ten khai sinh", "ten day du")
#: a kin or address word, one word the person goes by, a comma, the label, "là" or ":"
#: optional, right before a name found (folded view, searched backwards from the name)
_NICKNAME_BEFORE_LABEL = re.compile(
    r"(?<![a-z])(?:thang|con|be|cu|cai|anh|chi|em|ong|ba|co|chu|bac|a|c|e)[ \t]+"
    r"(?P<name>[a-z]+)[ \t]*,[ \t]*ten[ \t]+(?:that|khai[ \t]+sinh|day[ \t]+du)"
    r"(?:[ \t]+la)?[ \t]*:?[ \t]*\Z"
)


def nicknames_before_real_names(
    doc: Document, found: Sequence[Detection], detector_id: str
) -> Iterator[Detection]:
    """The name a person goes by, after a kin or address word and before a comma and the
    label of their real name, which a name found follows ("thằng tèo, tên thật vi văn tráng,
    7 tuổi", "cu bin, ten khai sinh la ...": the nickname names the same child)."""
    folded = doc.folded  # (the caller asks first whether ``REAL_NAME_LABELS`` are there)
    for f in _reported_persons(found):
        m = _NICKNAME_BEFORE_LABEL.search(folded, max(0, f.start - 48), f.start)
        if m is None or not doc.text[m.start("name") : m.end("name")].islower():
            continue
        nickname = _nickname(m.span("name"), found, detector_id)
        if nickname is not None:
            yield nickname
