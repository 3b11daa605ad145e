"""Issue 15's proof: names and addresses in the shapes people write them are stopped, redacted
whole, and the clean chat around them stays clean.

Over the strategies of :mod:`ai_guard.testing.strategies` (Kinh names in every writing and
context, ethnic-minority and foreign names, short references, given names alone in chat,
street / unit-chain / abbreviated addresses, lower-case chat), shape by shape:

(a) check_prompt never allows a prompt holding a generated private name or address;
(b) no labelled span is partly visible: every letter and digit of it lies inside a redacted
    finding (read from the findings, and checked against ``redacted_text``), unless the prompt
    is blocked (nothing is sent);
(c) the clean chat sentences alone (``chat_fillers``) yield no PERSON or ADDRESS finding;
(d) nothing outside the labelled spans (the clean sentences mixed into chat, the template
    around a name) is redacted as a PERSON or an ADDRESS: recall must not be bought with
    "an toàn" or "mai mốt".

A shape the detectors do not handle yet is an ``xfail(strict=True)`` in :data:`KNOWN`, with the
minimal example hypothesis found kept as an explicit ``@example``: it fails every run, and turns
red the day the detectors handle it, to be removed from KNOWN then.

Examples: deterministic and few in CI; ``HYPOTHESIS_PROFILE=nightly`` gives random runs with
many more. ``python tests/test_name_shapes.py [n]`` prints, for every shape and property, how
many of n drawn examples fail today and the minimal failing one (``--known``: as the source
of KNOWN; a second argument keeps the shapes that start with it)::

    HYPOTHESIS_PROFILE=nightly .venv/bin/python -m pytest tests/test_name_shapes.py
    .venv/bin/python tests/test_name_shapes.py 200
    .venv/bin/python tests/test_name_shapes.py 200 --known address.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ai_guard import check_prompt
from ai_guard.models import EntityType
from ai_guard.prompt.redact import PLACEHOLDER
from ai_guard.testing import strategies as vst
from ai_guard.testing.strategies import LabelledPrompt
from ai_guard.text import data

NIGHTLY = os.environ.get("HYPOTHESIS_PROFILE") == "nightly"
EXAMPLES = int(os.environ.get("NAME_SHAPE_EXAMPLES", 400 if NIGHTLY else 15))
SETTINGS = settings(
    derandomize=not NIGHTLY,
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)

# -- the shapes ----------------------------------------------------------------------------------


def _shapes() -> dict[str, st.SearchStrategy[LabelledPrompt]]:
    shapes: dict[str, st.SearchStrategy[LabelledPrompt]] = {}
    for context in vst.NAME_CONTEXTS:
        for writing in vst.WRITINGS:
            shapes[f"name.{context}.{writing}"] = vst.name_prompts(
                contexts=[context], writings=[writing]
            )
    for group in vst.MINORITY_GROUPS:
        for writing in ("proper", "folded_lower"):
            shapes[f"minority.{group}.{writing}"] = vst.minority_name_prompts(
                groups=[group], writings=[writing]
            )
    for writing in ("proper", "lower"):
        shapes[f"khmer_list.{writing}"] = vst.khmer_list_prompts(writings=[writing])
    shapes["short_name_list.lower"] = vst.short_name_list_prompts()
    shapes["cued_plain.folded_lower"] = vst.cued_plain_name_prompts()
    for origin in vst.FOREIGN_ORIGINS:
        for writing in ("proper", "lower"):
            shapes[f"foreign.{origin}.{writing}"] = vst.foreign_name_prompts(
                origins=[origin], writings=[writing]
            )
    for writing in ("proper", "lower", "folded_lower"):
        shapes[f"short_reference.{writing}"] = vst.short_reference_prompts(writings=[writing])
        shapes[f"short_reference_before.{writing}"] = vst.short_reference_prompts(
            writings=[writing], before=True
        )
    for writing in ("proper", "lower"):
        shapes[f"short_reference_uncued.{writing}"] = vst.short_reference_prompts(
            writings=[writing], uncued=True
        )
    for writing in ("proper", "lower", "folded_lower"):
        shapes[f"given_alone.{writing}"] = vst.given_name_prompts(writings=[writing])
    for writing in ("proper", "folded"):
        shapes[f"lower_middle.{writing}"] = vst.lower_middle_name_prompts(writings=[writing])
    for shape in vst.ADDRESS_SHAPES:
        for writing in ("proper", "lower", "folded", "folded_lower"):
            shapes[f"address.{shape}.{writing}"] = vst.address_prompts(
                shapes=[shape], writings=[writing]
            )
    for shape in vst.CHAT_LOG_SHAPES:
        shapes[f"chat_log.{shape}.proper"] = vst.chat_log_prompts(shapes=[shape])
        if shape not in ("parent", "tally", "counted_kin", "decorated_speaker", "telex"):
            shapes[f"chat_log.{shape}.folded"] = vst.chat_log_prompts(shapes=[shape], folded=True)
    shapes["chat.lower"] = vst.chat_prompts(diacritics=True)
    shapes["chat.folded_lower"] = vst.chat_prompts(diacritics=False)
    for shape in vst.PASTED_SHAPES:
        shapes[f"pasted.{shape}"] = vst.pasted_prompts(shapes=[shape])
    for shape in vst.CHAT_ROW_SHAPES:
        shapes[f"chat_row.{shape}"] = vst.chat_row_prompts(shapes=[shape])
    return shapes


SHAPES = _shapes()
FILLERS: dict[str, st.SearchStrategy[str]] = {
    "filler.vi.lower": vst.chat_fillers(diacritics=True, languages=["vi"]),
    "filler.vi.folded_lower": vst.chat_fillers(diacritics=False, languages=["vi"]),
    "filler.en": vst.chat_fillers(languages=["en"]),
}


# -- the properties ------------------------------------------------------------------------------


def allowed(prompt: LabelledPrompt) -> str | None:
    """(a): why the prompt is a leak (it is allowed), or None."""
    if check_prompt(prompt.text).allowed:
        return f"allowed: {prompt.text!r}"
    return None


#: a house-number word at the start of an address may stay visible: it says nothing private
HOUSE_WORD = re.compile(r"(?:số nhà|so nha|nhà số|nha so|số|so|sn)\s+", re.IGNORECASE)


def uncovered(
    text: str, redacted: list[tuple[int, int]], spans: tuple[tuple[int, int, str], ...]
) -> str | None:
    """The letters and digits of the first labelled span left outside the ``redacted``
    regions, or None (a leading house-number word, ``Sn`` / ``số``, may stay)."""
    hidden = [False] * len(text)
    for start, end in redacted:
        hidden[start:end] = [True] * (end - start)
    for start, end, entity in spans:
        word = HOUSE_WORD.match(text, start, end) if entity == "ADDRESS" else None
        first = word.end() if word is not None else start
        left = "".join(text[i] for i in range(first, end) if not hidden[i] and text[i].isalnum())
        if left:
            return f"{entity} {text[start:end]!r}: {left!r} visible"
    return None


def partly_visible(prompt: LabelledPrompt) -> str | None:
    """(b): what :func:`uncovered` finds outside the redacted findings, or None; nothing when
    the prompt is blocked (nothing is sent). The findings' word is checked against
    ``redacted_text``: removing the placeholders from it must give the text without the
    redacted regions."""
    result = check_prompt(prompt.text)
    if result.blocked:
        return None
    text = prompt.text
    regions = [(f.start, f.end) for f in result.findings if f.placeholder is not None]
    hidden = [False] * len(text)
    for start, end in regions:
        hidden[start:end] = [True] * (end - start)
    shown = "".join(c for c, h in zip(text, hidden, strict=True) if not h)
    assert PLACEHOLDER.sub("", result.redacted_text) == shown, "findings disagree with redaction"
    left = uncovered(text, regions, prompt.spans)
    return f"{left} in {result.redacted_text!r}" if left else None


def overreach(prompt: LabelledPrompt) -> str | None:
    """(d): a PERSON / ADDRESS finding redacted outside every labelled span (in the clean
    sentences or the template around the names), or None."""
    text = prompt.text
    for f in check_prompt(text).findings:
        if f.entity not in (EntityType.PERSON, EntityType.ADDRESS) or f.placeholder is None:
            continue
        if not any(f.start < end and start < f.end for start, end, _ in prompt.spans):
            return f"{f.entity.value} {text[f.start : f.end]!r} redacted in {text!r}"
    return None


def person_or_address(text: str) -> str | None:
    """(c): the PERSON / ADDRESS findings in a clean text, or None."""
    found = [
        f"{f.entity.value} {text[f.start : f.end]!r}"
        for f in check_prompt(text).findings
        if f.entity in (EntityType.PERSON, EntityType.ADDRESS)
    ]
    return f"{found} in {text!r}" if found else None


PROPERTIES: dict[str, Callable[[LabelledPrompt], str | None]] = {
    "allowed": allowed,
    "partly_visible": partly_visible,
    "overreach": overreach,
}


# -- what fails today: for the detectors' owners ---------------------------------------------


@dataclass(frozen=True)
class Known:
    """A shape that fails a property today: how many drawn examples failed (``"112/200"``,
    measured with ``python tests/test_name_shapes.py 200 --known``, which prints this table),
    and the minimal failing example hypothesis found, as its text and spans."""

    rate: str
    text: str
    spans: tuple[tuple[int, int, str], ...]

    def example(self, shape: str) -> LabelledPrompt | str:
        return LabelledPrompt(self.text, self.spans, shape) if self.spans else self.text


#: (property, shape) -> what fails today; an entry marks the pair a strict xfail. Measured
#: (200 draws) on branch h-names at 50a0650, while the detectors' owners work on issue 15:
#: remove an entry when its test turns red (XPASS), i.e. when the shape is handled.
KNOWN: dict[tuple[str, str], Known] = {
    # the draws moved when middle_names.txt gained Quý, Phi, Kha, Lâm, Năng (i15-lowname): "Đỗ
    # An" after "cho" mid-sentence, the surname "Đỗ" (đỗ, to park; "do", because, typed so) and
    # a one-syllable given name, is not found, as before the change (same example, base tree)
    ("allowed", "name.mid_sentence.proper"): Known(
        "1 of i15-lowname's draws",
        "Nhắn lại cho Đỗ An là mai họp lúc 2 giờ chiều, cc Đỗ An.",
        ((13, 18, "PERSON"), (50, 55, "PERSON")),
    ),
    ("allowed", "name.mid_sentence.folded"): Known(
        "1 of i15-lowname's draws",
        "Nhan lai cho Do An la mai hop luc 2 gio chieu, cc Do An.",
        ((13, 18, "PERSON"), (50, 55, "PERSON")),
    ),
    ("partly_visible", "name.mid_sentence.proper"): Known(
        "1 of i15-lowname's draws",
        "Nhắn lại cho Nguyễn An là mai họp lúc 2 giờ chiều, cc Đỗ An.",
        ((13, 22, "PERSON"), (54, 59, "PERSON")),
    ),
    ("partly_visible", "name.mid_sentence.folded"): Known(
        "1 of i15-lowname's draws",
        "Nhan lai cho Nguyen An la mai hop luc 2 gio chieu, cc Do An.",
        ((13, 22, "PERSON"), (54, 59, "PERSON")),
    ),
    ("allowed", "name.honorific.folded_lower"): Known(
        "38/200",  # measured on i15-chat4: "ong phan an" passes; "vu an" is "vụ án" typed so
        ("de nghi ong vu an bo sung ho so truoc ngay 15."),
        ((12, 17, "PERSON"),),
    ),
    ("allowed", "name.older_honorific.folded_lower"): Known(
        "20/40",  # measured on i15-chat6: typed so "co", "chu", "bac" are có, chủ, bắc as often
        ("de nghi chu phan an bo sung ho so truoc ngay 15."),
        ((12, 19, "PERSON"),),
    ),
    ("allowed", "name.line_break.upper"): Known(
        "3/200",
        ("Người đề nghị: CAO\nAN LONG AN, xin cấp lại giấy khai sinh."),
        ((15, 29, "PERSON"),),
    ),
    ("allowed", "name.line_break.folded"): Known(
        "6/200",
        ("Nguoi de nghi: La\nAn, xin cap lai giay khai sinh."),
        ((15, 20, "PERSON"),),
    ),
    ("allowed", "name.line_break.folded_lower"): Known(
        "13/200",
        ("nguoi de nghi: vi\nan, xin cap lai giay khai sinh."),
        ((15, 20, "PERSON"),),
    ),
    ("allowed", "minority.ede.folded_lower"): Known(
        "12/60",  # measured on i15-chat4 (60 draws), after "ong ksor to", "ong y hen nie" passed
        ("chu ho: y bia nie\nviet giup bien ban xac minh hoan canh gia dinh."),
        ((8, 17, "PERSON"),),
    ),
    ("allowed", "minority.jrai.proper"): Known(
        "12/200",
        ("Đề nghị bà Kpuih H'Nham bổ sung hồ sơ trước ngày 15."),
        ((11, 23, "PERSON"),),
    ),
    ("allowed", "minority.jrai.folded_lower"): Known(
        "13/60",  # measured on i15-chat4 (60 draws), after "ong ksor to", "ong y hen nie" passed
        ("de nghi ong nay nham bo sung ho so truoc ngay 15."),
        ((12, 20, "PERSON"),),
    ),
    ("allowed", "minority.bahnar.folded_lower"): Known(
        "112/200",
        ("chao ban, toi la y tho, can hoi thu tuc dang ky ket hon."),
        ((17, 22, "PERSON"),),
    ),
    ("allowed", "minority.hmong.proper"): Known(
        "5/200",
        (
            "Viết giúp đơn xin xác nhận.\nHọ và tên: Sình A Páo\nNội dung: xin cấp lại giấy "
            "khai sinh."
        ),
        ((39, 49, "PERSON"),),
    ),
    ("allowed", "minority.hmong.folded_lower"): Known(
        "23/60",  # measured on i15-chat4 (60 draws), after "ong ksor to", "ong y hen nie" passed
        ("de nghi ba sung my pao bo sung ho so truoc ngay 15."),
        ((11, 22, "PERSON"),),
    ),
    ("allowed", "minority.thai.proper"): Known(
        "5/200",
        ("Đề nghị ông Khằm Pọm bổ sung hồ sơ trước ngày 15."),
        ((12, 20, "PERSON"),),
    ),
    ("allowed", "minority.thai.folded_lower"): Known(
        "83/200",
        ("de nghi ong cam pom bo sung ho so truoc ngay 15."),
        ((12, 19, "PERSON"),),
    ),
    ("allowed", "minority.khmer.folded_lower"): Known(
        "22/60",  # measured on i15-chat4 (60 draws), after "ong ksor to", "ong y hen nie" passed
        ("de nghi ong kim sa ra bo sung ho so truoc ngay 15."),
        ((12, 21, "PERSON"),),
    ),
    ("allowed", "foreign.chinese.proper"): Known(
        "10/100",  # measured on i15-chat4; "Mr. Li Na" passes since the foreign title counts
        ("Soạn giúp thư mời ông Li Min sang làm việc với Sở vào tuần sau."),
        ((22, 28, "PERSON"),),
    ),
    ("allowed", "foreign.chinese.lower"): Known(
        "19/100",  # measured on i15-chat4; "mr. li na" passes since the foreign title counts
        ("soạn giúp thư mời ông li na sang làm việc với sở vào tuần sau."),
        ((22, 27, "PERSON"),),
    ),
    ("allowed", "chat.folded_lower"): Known(
        "9/200",  # measured on i15-chat4: "ong phan an" passes; "vu an" is "vụ án" typed so
        (
            "de nghi ong vu an bo sung ho so truoc ngay 15. nho ban viet lai doan nay cho an "
            "toan hon"
        ),
        ((12, 17, "PERSON"),),
    ),
    ("partly_visible", "name.honorific.folded_lower"): Known(
        "49/200",  # measured on i15-chat4: "ong phan an" passes; "vu an" is "vụ án" typed so
        ("de nghi ong vu an bo sung ho so truoc ngay 15."),
        ((12, 17, "PERSON"),),
    ),
    ("partly_visible", "name.older_honorific.folded_lower"): Known(
        "20/40",  # measured on i15-chat6: typed so "co", "chu", "bac" are có, chủ, bắc as often
        ("de nghi chu phan an bo sung ho so truoc ngay 15."),
        ((12, 19, "PERSON"),),
    ),
    ("partly_visible", "name.line_break.upper"): Known(
        "3/200",
        ("Người đề nghị: CAO\nAN LONG AN, xin cấp lại giấy khai sinh."),
        ((15, 29, "PERSON"),),
    ),
    ("partly_visible", "name.line_break.folded"): Known(
        "8/200",
        ("Nguoi de nghi: La\nAn, xin cap lai giay khai sinh."),
        ((15, 20, "PERSON"),),
    ),
    ("partly_visible", "name.line_break.folded_lower"): Known(
        "13/200",
        ("nguoi de nghi: la\nan, xin cap lai giay khai sinh."),
        ((15, 20, "PERSON"),),
    ),
    ("partly_visible", "minority.ede.folded_lower"): Known(
        "15/60",  # measured on i15-chat4 (60 draws), after "ong ksor to", "ong y hen nie" passed
        ("chu ho: y bia nie\nviet giup bien ban xac minh hoan canh gia dinh."),
        ((8, 17, "PERSON"),),
    ),
    ("partly_visible", "minority.jrai.proper"): Known(
        "12/200",
        ("Đề nghị bà Kpuih H'Nham bổ sung hồ sơ trước ngày 15."),
        ((11, 23, "PERSON"),),
    ),
    ("partly_visible", "minority.jrai.folded_lower"): Known(
        "13/60",  # measured on i15-chat4 (60 draws), after "ong ksor to", "ong y hen nie" passed
        ("de nghi ong nay nham bo sung ho so truoc ngay 15."),
        ((12, 20, "PERSON"),),
    ),
    ("partly_visible", "minority.bahnar.folded_lower"): Known(
        "140/200",
        ("chao ban, toi la y tho, can hoi thu tuc dang ky ket hon."),
        ((17, 22, "PERSON"),),
    ),
    ("partly_visible", "minority.hmong.proper"): Known(
        "5/200",
        (
            "Viết giúp đơn xin xác nhận.\nHọ và tên: Sình A Páo\nNội dung: xin cấp lại giấy "
            "khai sinh."
        ),
        ((39, 49, "PERSON"),),
    ),
    ("partly_visible", "minority.hmong.folded_lower"): Known(
        "33/60",  # measured on i15-chat4 (60 draws), after "ong ksor to", "ong y hen nie" passed
        ("de nghi ba sung my pao bo sung ho so truoc ngay 15."),
        ((11, 22, "PERSON"),),
    ),
    ("partly_visible", "minority.thai.proper"): Known(
        "5/200",
        ("Đề nghị ông Khằm Pọm bổ sung hồ sơ trước ngày 15."),
        ((12, 20, "PERSON"),),
    ),
    ("partly_visible", "minority.thai.folded_lower"): Known(
        "84/200",
        ("de nghi ong cam pom bo sung ho so truoc ngay 15."),
        ((12, 19, "PERSON"),),
    ),
    ("partly_visible", "minority.khmer.folded_lower"): Known(
        "28/60",  # measured on i15-chat4 (60 draws), after "ong ksor to", "ong y hen nie" passed
        ("de nghi ong kim sa ra bo sung ho so truoc ngay 15."),
        ((12, 21, "PERSON"),),
    ),
    ("partly_visible", "foreign.chinese.proper"): Known(
        "10/100",  # measured on i15-chat4; "Mr. Li Na" passes since the foreign title counts
        ("Soạn giúp thư mời ông Li Min sang làm việc với Sở vào tuần sau."),
        ((22, 28, "PERSON"),),
    ),
    ("partly_visible", "foreign.chinese.lower"): Known(
        "19/100",  # measured on i15-chat4; "mr. li na" passes since the foreign title counts
        ("soạn giúp thư mời ông li na sang làm việc với sở vào tuần sau."),
        ((22, 27, "PERSON"),),
    ),
    # a street whose first syllable folds to a unit word ("Ngô" -> "ngo", "ngõ"), capitalised
    # after a lane's number, stops the lane's name there (measured on i15-addr11)
    ("allowed", "address.lane_street.proper"): Known(
        "2/200",
        ("Nhà tôi ở hẻm 17/17 Ngô Thì Sĩ, cần hỏi thủ tục cấp giấy chứng nhận quyền sử dụng đất."),
        ((10, 30, "ADDRESS"),),
    ),
    ("partly_visible", "address.lane_street.proper"): Known(
        "2/200",
        ("Nhà tôi ở hẻm 17/17 Ngô Thì Sĩ, cần hỏi thủ tục cấp giấy chứng nhận quyền sử dụng đất."),
        ((10, 30, "ADDRESS"),),
    ),
    # chat's short forms (i15-addr12): in lower case, a ward then a city that is no province
    # ("phường lê lợi, vinh") is read as no chain, nor the room before it; and streets whose
    # first syllable is an everyday word too ("đặng" / "đang", "triệu", "hồ" / "hộ") stay
    # unread after a lane's number ("k.1/1 đặng văn ngữ, p. ..."); measured with 150 random
    # draws per writing: lower 14, folded 1, folded_lower 17, proper and upper 0
    ("allowed", "address.chat_short.lower"): Known(
        "14/150",
        "nhờ bạn viết đơn xác nhận cư trú, tôi đang ở room 1, block a, happy valley, phường lê"
        " lợi, vinh.",
        ((45, 95, "ADDRESS"),),
    ),
    ("partly_visible", "address.chat_short.lower"): Known(
        "14/150",
        "nhờ bạn viết đơn xác nhận cư trú, tôi đang ở room 1, block a, happy valley, phường lê"
        " lợi, vinh.",
        ((45, 95, "ADDRESS"),),
    ),
    ("allowed", "address.chat_short.folded_lower"): Known(
        "17/150",
        "nho ban viet don xac nhan cu tru, toi dang o room 1, block a, happy valley, phuong le"
        " loi, vinh.",
        ((45, 95, "ADDRESS"),),
    ),
    ("partly_visible", "address.chat_short.folded_lower"): Known(
        "17/150",
        "nho ban viet don xac nhan cu tru, toi dang o room 1, block a, happy valley, phuong le"
        " loi, vinh.",
        ((45, 95, "ADDRESS"),),
    ),
    # the same class after a kiệt's number in lower case: a street named after a figure whose
    # surname is an everyday word too ("k1/1 đặng thai mai, p. ...": "đặng" / "đang") is read as
    # the figure, the house's number left visible (drawn after the sixteenth session's lexicon
    # additions moved CI's draws; the same text fails on main before them)
    ("partly_visible", "address.abbreviated.lower"): Known(
        "1 of CI's draws today",
        (
            "nhờ bạn viết đơn xác nhận cư trú, tôi đang ở k1/1 đặng thai mai, p. láng hạ, q. "
            "đống đa, tp. hà nội."
        ),
        ((45, 99, "ADDRESS"),),
    ),
    ("partly_visible", "address.abbreviated.folded_lower"): Known(
        "1 of CI's draws today",
        (
            "nho ban viet don xac nhan cu tru, toi dang o k1/1 dang thai mai, p. lang ha, q. "
            "dong da, tp. ha noi."
        ),
        ((45, 99, "ADDRESS"),),
    ),
    ("partly_visible", "chat.lower"): Known(
        "8/200",  # measured on i15-names11 (13/200 before, 56/200 before i15-given)
        (
            "đề nghị ông nguyễn an bổ sung hồ sơ trước ngày 15. đề nghị ông nay nham bổ sung "
            "hồ sơ trước ngày 15. nhờ bạn viết lại đoạn này cho an toàn hơn"
        ),
        ((12, 21, "PERSON"), (63, 71, "PERSON")),
    ),
    # i15-names11's new surnames changed the Kinh names drawn: "chú hồ an bổ sung" (a kin word,
    # then two words; main before the branch misses it too) came up
    ("allowed", "name.older_honorific.lower"): Known(
        "5/200",
        "đề nghị chú hồ an bổ sung hồ sơ trước ngày 15.",
        ((12, 17, "PERSON"),),
    ),
    ("partly_visible", "name.older_honorific.lower"): Known(
        "6/200",
        "đề nghị chú hồ an bổ sung hồ sơ trước ngày 15.",
        ((12, 17, "PERSON"),),
    ),
    ("partly_visible", "chat.folded_lower"): Known(
        "67/200",
        (
            "ong nguyen an den nop ho so hom thu hai. nho ban soan tin nhan bao ong an bo sung "
            "giay to. nho ban viet lai doan nay cho an toan hon"
        ),
        ((4, 13, "PERSON"), (71, 73, "PERSON")),
    ),
    ("allowed", "name.chat_speaker.folded_lower"): Known(
        "15/100",  # measured on i15-chat4: "[08:10] phan an:", "nguyễn văn diệu:" pass
        (
            "tom tat doan chat sau giup toi:\n[08:10] nguyen van thu an: chi oi ho so em nop hom "
            "thu hai xong chua a?\n[09:10] can bo mot cua: da em kiem tra roi bao lai a."
        ),
        ((40, 57, "PERSON"),),
    ),
    ("allowed", "name.chat_speaker.lower"): Known(
        "4/100",  # measured on i15-chat4: "[08:10] phan an:", "nguyễn văn diệu:" pass
        (
            "tóm tắt đoạn chat sau giúp tôi:\n[08:31] cao an long an: chị ơi hồ sơ em nộp hôm "
            "thứ hai xong chưa ạ?\n[09:31] cán bộ một cửa: dạ em kiểm tra rồi báo lại ạ."
        ),
        ((40, 54, "PERSON"),),
    ),
    # a two-word name typed plain after an honorific whose given name is an everyday word
    # ("thu", autumn; "thư", a letter): its colon-closed form ("ong nguyen an: ...") is found
    # since i15-left17, this one (no mark after it) not; CI's draws met it
    ("allowed", "short_reference.folded_lower"): Known(
        "1 of i15-left17's whole-suite draws",
        (
            "ho so cua anh nguyen thu con thieu ban sao.\nviet giup thu nhac anh thu nop truoc "
            "thu sau."
        ),
        ((14, 24, "PERSON"), (67, 70, "PERSON")),
    ),
    ("allowed", "short_reference.lower"): Known(
        "1/200",  # measured on i15-given (22/200 before)
        (
            "sáng nay tôi tiếp anh trương thế. sau đó anh thế gọi lại hỏi kết quả, viết giúp "
            "biên bản."
        ),
        ((22, 32, "PERSON"), (45, 48, "PERSON")),
    ),
    ("partly_visible", "name.chat_speaker.folded_lower"): Known(
        "19/100",  # measured on i15-chat4: "[08:10] phan an:", "nguyễn văn diệu:" pass
        (
            "tom tat doan chat sau giup toi:\n[08:10] nguyen van thu an: chi oi ho so em nop hom "
            "thu hai xong chua a?\n[09:10] can bo mot cua: da em kiem tra roi bao lai a."
        ),
        ((40, 57, "PERSON"),),
    ),
    ("partly_visible", "name.chat_speaker.lower"): Known(
        "4/100",  # measured on i15-chat4: "[08:10] phan an:", "nguyễn văn diệu:" pass
        (
            "tóm tắt đoạn chat sau giúp tôi:\n[08:10] ông kim an: chị ơi hồ sơ em nộp hôm thứ "
            "hai xong chưa ạ?\n[09:10] cán bộ một cửa: dạ em kiểm tra rồi báo lại ạ."
        ),
        ((40, 50, "PERSON"),),
    ),
    ("partly_visible", "name.list_item.folded"): Known(
        "5/200",
        ("Lap bang tu danh sach sau:\n1. Ong Nguyen An, sinh nam 1950, xin cap lai giay khai sinh"),
        ((30, 43, "PERSON"),),
    ),
    ("partly_visible", "name.list_item.folded_lower"): Known(
        "85/200",
        (
            "lap bang tu danh sach sau:\n1. nguyen an, sinh nam 1950, xin cap lai giay khai "
            "sinh\n2. phan an, sinh nam 1950, xin cap lai giay khai sinh"
        ),
        ((30, 39, "PERSON"), (86, 93, "PERSON")),
    ),
    ("partly_visible", "short_reference.folded_lower"): Known(
        "119/200",
        (
            "ong nguyen an den nop ho so hom thu hai. nho ban soan tin nhan bao ong an bo sung "
            "giay to."
        ),
        ((4, 13, "PERSON"), (71, 73, "PERSON")),
    ),
    ("allowed", "name.label.lower"): Known(
        "14/200",
        ("viết giúp đơn xin xác nhận.\nhọ và tên: chu an\nnội dung: xin cấp lại giấy khai sinh."),
        ((39, 45, "PERSON"),),
    ),
    ("allowed", "name.mid_sentence.upper"): Known(
        "36/200",
        ("So sánh lý lịch của NGUYỄN AN và NGUYỄN AN xem có phải một người khai hai lần không."),
        ((20, 29, "PERSON"), (33, 42, "PERSON")),
    ),
    ("allowed", "name.mid_sentence.lower"): Known(
        "28/200",
        ("so sánh lý lịch của nguyễn an và nguyễn an xem có phải một người khai hai lần không."),
        ((20, 29, "PERSON"), (33, 42, "PERSON")),
    ),
    ("allowed", "name.mid_sentence.folded_lower"): Known(
        "38/200",
        ("so sanh ly lich cua nguyen an va nguyen an xem co phai mot nguoi khai hai lan khong."),
        ((20, 29, "PERSON"), (33, 42, "PERSON")),
    ),
    ("partly_visible", "name.mid_sentence.upper"): Known(
        "123/200",
        ("So sánh lý lịch của NGUYỄN AN và NGUYỄN AN xem có phải một người khai hai lần không."),
        ((20, 29, "PERSON"), (33, 42, "PERSON")),
    ),
    ("partly_visible", "name.mid_sentence.lower"): Known(
        "124/200",
        ("so sánh lý lịch của nguyễn an và nguyễn an xem có phải một người khai hai lần không."),
        ((20, 29, "PERSON"), (33, 42, "PERSON")),
    ),
    ("partly_visible", "name.mid_sentence.folded_lower"): Known(
        "133/200",
        ("so sanh ly lich cua nguyen an va nguyen an xem co phai mot nguoi khai hai lan khong."),
        ((20, 29, "PERSON"), (33, 42, "PERSON")),
    ),
    ("partly_visible", "short_reference_before.lower"): Known(
        # "lã an" is read since i15-h17n (confirmed by "ông an"); "chu an" after "là" is not:
        # "chu" is "chú" as often
        "2/200",
        "ông an bán tạp hóa đầu ngõ nhờ hỏi thủ tục, ông an tên thật là chu an, viết giúp đơn.",
        ((4, 6, "PERSON"), (48, 50, "PERSON"), (63, 69, "PERSON")),
    ),
    ("partly_visible", "short_reference_before.folded_lower"): Known(
        # i15-lowname's draws passed; CI's derandomized draws still find "la an" (surname La,
        # "là" typed plain) after "ten that la": the full name's "an" is left visible
        "1 of CI's draws",
        ("ong an ban tap hoa dau ngo nho hoi thu tuc, ong an ten that la la an, viet giup don."),
        ((4, 6, "PERSON"), (48, 50, "PERSON"), (63, 68, "PERSON")),
    ),
    ("overreach", "short_reference_before.lower"): Known(
        # the given name "Thư" is "thư" (a letter) too: the request's own word is redacted
        # with the person's repeats (measured by CI at 8fb451b)
        "1 of CI's draws",
        ("ông thư gọi điện hỏi kết quả, tên đầy đủ là nguyễn thư, soạn giúp thư trả lời ông thư."),
        ((4, 7, "PERSON"), (44, 54, "PERSON"), (82, 85, "PERSON")),
    ),
    ("overreach", "short_reference_before.folded_lower"): Known(
        "4/200",
        (
            "ba que ban tap hoa dau ngo nho hoi thu tuc, ba que ten that la lam thi hung que, "
            "viet giup don."
        ),
        ((3, 6, "PERSON"), (47, 50, "PERSON"), (63, 79, "PERSON")),
    ),
    # the full name with no cue, confirmed by the kin word and the given name later
    # (person/confirmed.py, i15-h17n): a surname that spells an everyday word or a street's unit
    # ("đường", "quán", "lại", "mai"), a given name no lexicon holds, stay unread
    # a lower-case name run on into the next word with no comma (i15-h27's name_ends): a
    # two-word name is almost never read ("nguyễn an nhưng", a given name that is a verb:
    # "hỏi"), a longer one before "bảo" or a lane's number at times ("tat thi duy thao bao",
    # "... hẻm 53/5 phạm hùng"); measured on i15-left17 (100 draws, 2/3/4-word names missed
    # in 32/33, 18/38, 36/56 prompts)
    ("allowed", "chat_log.run_on.proper"): Known(
        "8/100",
        ("giấy cũ ghi nguyễn an nhưng cccd ghi khác thì sửa thế nào"),
        ((12, 21, "PERSON"),),
    ),
    ("allowed", "chat_log.run_on.folded"): Known(
        "39/100",
        ("giay cu ghi nguyen an nhung cccd ghi khac thi sua the nao"),
        ((12, 21, "PERSON"),),
    ),
    ("partly_visible", "chat_log.run_on.proper"): Known(
        "42/100",
        ("giấy cũ ghi nguyễn an nhưng cccd ghi khác thì sửa thế nào"),
        ((12, 21, "PERSON"),),
    ),
    ("partly_visible", "chat_log.run_on.folded"): Known(
        "55/100",
        ("giay cu ghi nguyen an nhung cccd ghi khac thi sua the nao"),
        ((12, 21, "PERSON"),),
    ),
    # chat in capitals read again in lower case (i15-h27's shouted.py): two-word names stay
    # unread ("TÔI LÀ NGUYỄN AN SINH NĂM": "an sinh", welfare; 29/33), longer ones after "GỬI"
    # or "CHO" at times ("NHO ... CHO NHAN THI TY THUONG TRU"), measured as above
    ("allowed", "chat_log.shouted.folded"): Known(
        "1/100",
        (
            "NHO CAN BO XAC NHAN CHO NGUYEN AN THUONG TRU 1/1 VO NGUYEN GIAP HOAN KIEM HA NOI "
            "DE LAM HO SO VAY VON"
        ),
        ((24, 33, "PERSON"), (45, 80, "ADDRESS")),
    ),
    # measured on i15-left18: the two-word name before "SINH NĂM" is found now (birth_marked);
    # a city after the district ("... BÌNH THẠNH TP. HỒ CHÍ MINH") stays outside the address
    ("partly_visible", "chat_log.shouted.proper"): Known(
        "57/100",
        (
            "TÔI LÀ NGUYỄN AN SINH NĂM 1950 Ở SỐ 1 NGÕ 2 VÕ NGUYÊN GIÁP BÌNH THẠNH TP. HỒ CHÍ "
            "MINH MUỐN HỎI THỦ TỤC CẤP LẠI SỔ ĐỎ"
        ),
        ((7, 16, "PERSON"), (26, 30, "DATE_OF_BIRTH"), (33, 85, "ADDRESS")),
    ),
    ("partly_visible", "chat_log.shouted.folded"): Known(
        "62/100",
        (
            "TOI LA NGUYEN AN SINH NAM 1950 O SO 1 NGO 2 VO NGUYEN GIAP BINH THANH TP. HO CHI "
            "MINH MUON HOI THU TUC CAP LAI SO DO"
        ),
        ((7, 16, "PERSON"), (26, 30, "DATE_OF_BIRTH"), (33, 85, "ADDRESS")),
    ),
    # two-digit birth years in brackets (i15-h27's years_after_names): the years are found;
    # since i15-left18 (person/birth_marked) a two-word name before one is too ("nguyễn an
    # (60)"), save one that spells an everyday word typed plain ("vu an (1995)": vụ án)
    ("partly_visible", "chat_log.short_year.folded"): Known(
        "15/100",
        ("thong bao cho: nguyen an (60), vu an (1995) di kham ngay mai"),
        (
            (15, 24, "PERSON"),
            (26, 28, "DATE_OF_BIRTH"),
            (31, 36, "PERSON"),
            (38, 42, "DATE_OF_BIRTH"),
        ),
    ),
    # a name typed in Telex with the input method off: some two-word names ("ninh an", 7/21)
    # and names before a Telex verb ("chu khair ddaij ddieenf dduwowcj") are not read whole
    ("allowed", "chat_log.telex.proper"): Known(
        "9/100",
        ("nhowf chij xem giups hoof sow cuar nguyeenx vawn minh an dduwowcj duyeetj chuwa"),
        ((35, 56, "PERSON"),),
    ),
    ("partly_visible", "chat_log.telex.proper"): Known(
        "10/100",
        ("em teen laf ninh an muoons hoir veef thur tucj nhaapj khaaur"),
        ((12, 19, "PERSON"),),
    ),
}


def _params(names: list[str], prop: str) -> list[object]:
    params: list[object] = []
    for shape in names:
        known = KNOWN.get((prop, shape))
        marks = []
        if known is not None:
            # the whole minimal example is in KNOWN; the summary line stays short
            reason = f"fails {known.rate} today; minimal example {known.text[:60]!r}"
            marks = [pytest.mark.xfail(strict=True, reason=reason)]
        params.append(pytest.param(shape, marks=marks, id=shape))
    return params


def _run(
    prop: str, shape: str, strategy: st.SearchStrategy[object], check: Callable[..., object]
) -> None:
    @SETTINGS
    @given(strategy)
    def run(value: object) -> None:
        failure = check(value)
        assert failure is None, failure

    known = KNOWN.get((prop, shape))
    if known is not None:
        run = example(known.example(shape))(run)
    run()


@pytest.mark.parametrize("shape", _params(sorted(SHAPES), "allowed"))
def test_a_prompt_holding_a_private_name_or_address_is_never_allowed(shape: str) -> None:
    _run("allowed", shape, SHAPES[shape], allowed)


@pytest.mark.parametrize("shape", _params(sorted(SHAPES), "partly_visible"))
def test_a_labelled_name_or_address_is_redacted_whole(shape: str) -> None:
    _run("partly_visible", shape, SHAPES[shape], partly_visible)


@pytest.mark.parametrize("shape", _params(sorted(SHAPES), "overreach"))
def test_nothing_around_the_names_and_addresses_is_redacted_as_one(shape: str) -> None:
    _run("overreach", shape, SHAPES[shape], overreach)


@pytest.mark.parametrize("shape", _params(sorted(FILLERS), "clean"))
def test_clean_chat_full_of_name_like_words_has_no_name_or_address(shape: str) -> None:
    _run("clean", shape, FILLERS[shape], person_or_address)


# -- the strategies do what they say -------------------------------------------------------------

_SURNAMES = {vst.without_diacritics(s).lower() for s in data.lines("detectors/surnames.txt")}
_GIVENS = {vst.without_diacritics(s).lower() for s in data.lines("detectors/given_names.txt")}
_PUBLIC = {vst.without_diacritics(s).lower() for s in data.lines("detectors/public_figures.txt")}


@settings(SETTINGS, max_examples=60)
@given(st.sampled_from(sorted(SHAPES)).flatmap(lambda s: SHAPES[s].map(lambda p: (s, p))))
def test_every_shape_labels_exact_spans_in_its_writing(drawn: tuple[str, LabelledPrompt]) -> None:
    shape, prompt = drawn
    if shape == "cued_plain.folded_lower":  # the strategy names the kind: cued_plain.<kind>
        assert prompt.shape.startswith("cued_plain.")
    else:
        assert prompt.shape == shape
    assert prompt.spans
    end = 0
    for start, stop, entity in prompt.spans:
        assert end <= start < stop <= len(prompt.text)
        value = prompt.text[start:stop]
        assert value == value.strip()
        # a person's birth year beside the name (the birth_year and bracketed_year shapes)
        assert entity in ("PERSON", "ADDRESS", "DATE_OF_BIRTH")
        end = stop
    writing = shape.rsplit(".", 1)[-1]
    if writing in ("lower", "folded_lower"):
        assert prompt.text == prompt.text.lower()
    if writing.startswith("folded"):
        assert prompt.text.isascii(), prompt.text
    if writing == "upper":
        assert all(prompt.text[a:b] == prompt.text[a:b].upper() for a, b, _ in prompt.spans)


@settings(SETTINGS, max_examples=60)
@given(vst.name_prompts(writings=["folded_lower"]))
def test_kinh_names_come_from_the_lexicons_and_are_never_public_figures(
    prompt: LabelledPrompt,
) -> None:
    for start, end, _ in prompt.spans:
        words = prompt.text[start:end].split()
        assert words[0] in _SURNAMES, words
        assert words[-1] in _GIVENS, words
        assert " ".join(words) not in _PUBLIC
        if ".line_break." in prompt.shape:
            assert "\n" in prompt.text[start:end]


@settings(SETTINGS, max_examples=40)
@given(vst.short_reference_prompts())
def test_a_short_reference_is_the_given_name_after_an_honorific(prompt: LabelledPrompt) -> None:
    (a, b, _), (c, d, _) = prompt.spans
    assert prompt.text[c:d] == prompt.text[a:b].split()[-1]
    assert re.search(r"(?:ông|bà|anh|chị|ong|ba|chi) $", prompt.text[:c].lower())


@settings(SETTINGS, max_examples=40)
@given(vst.minority_names(groups=["ede"]), vst.foreign_names(origins=["korean"]))
def test_minority_and_foreign_names_keep_their_customs(ede: str, korean: str) -> None:
    assert re.match(r"(?:Y |H |H')", ede), ede
    assert "-" in korean.split()[-1], korean


@settings(SETTINGS, max_examples=40)
@given(vst.address_prompts(shapes=["street"], writings=["proper"]))
def test_a_street_address_has_no_unit_word(prompt: LabelledPrompt) -> None:
    ((a, b, _),) = prompt.spans
    address = prompt.text[a:b]
    assert address[0].isdigit()
    assert not re.search(r"\b(?:số|đường|phố|ngõ|phường|xã|huyện|tỉnh)\b", address.lower())


@settings(SETTINGS, max_examples=40)
@given(vst.chat_log_prompts(shapes=["short_year"]))
def test_two_digit_years_are_led_by_a_zero_beside_a_four_digit_one_or_above_the_age_bound(
    prompt: LabelledPrompt,
) -> None:
    years = [prompt.text[a:b] for a, b, e in prompt.spans if e == "DATE_OF_BIRTH"]
    assert len(years) >= 2
    bound = re.search(r"dưới (\d+) tuổi", prompt.text)
    assert (
        all(y.startswith("0") for y in years)
        or any(len(y) == 4 for y in years)
        or (bound is not None and all(int(y) > int(bound.group(1)) for y in years))
    )
    assert all(
        prompt.text[a - 1] == "(" and prompt.text[b] == ")"
        for a, b, e in prompt.spans
        if e == "DATE_OF_BIRTH"
    )


@settings(SETTINGS, max_examples=40)
@given(vst.chat_log_prompts(shapes=["shouted"]), vst.chat_log_prompts(shapes=["telex"]))
def test_a_shouted_line_is_all_capitals_and_a_telex_name_types_a_lexicon_name(
    shouted: LabelledPrompt, telex: LabelledPrompt
) -> None:
    from ai_guard.testing._base import fold
    from ai_guard.text.typing import untype

    assert shouted.text.isupper()
    assert len(shouted.text.split()) >= 8
    assert {"PERSON", "ADDRESS"} <= {e for _, _, e in shouted.spans}
    ((a, b, _),) = telex.spans
    assert telex.text.isascii()
    words = [fold(untype(w) or w) for w in telex.text[a:b].split()]
    surnames = {fold(w).lower() for w in data.lines("detectors/surnames.txt")}
    assert words[0] in surnames, words  # (folded: "nguyj" reads "nguỵ", the lexicon "Ngụy")


@settings(SETTINGS, max_examples=40)
@given(vst.chat_fillers())
def test_fillers_are_lower_case_chat(text: str) -> None:
    assert text == text.lower()
    assert not any(c.isdigit() for c in text)


def test_the_fillers_hold_words_that_look_like_names() -> None:
    sentences = " ".join(r[1] for r in data.rows("testing/chat.tsv"))
    for word in ("an toàn", "nam bộ", "hoa hồng", "mai mốt"):
        assert word in sentences


def test_the_test_data_files_say_what_they_are() -> None:
    for name in ("names.tsv", "addresses.tsv", "chat.tsv"):
        assert data.read_text(f"testing/{name}").startswith("# "), name


def test_unknown_choices_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown"):
        vst.minority_names(groups=["martian"])
    with pytest.raises(ValueError, match="unknown"):
        vst.kinh_names(writing="shouting")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown"):
        vst.address_prompts(shapes=["moon"])
    with pytest.raises(ValueError, match="unknown"):
        vst.name_prompts(writings=["whisper"])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="max_items"):
        vst.chat_prompts(max_items=0)


def test_the_visibility_oracle_sees_a_name_left_half_visible() -> None:
    """(b) is not vacuous: a name whose given name escapes is reported, a whole one is not; a
    house-number word may stay, the number may not."""
    text = "Người đề nghị: Nguyễn Văn\nAn, trú tại Hà Nội"
    name = ((15, 28, "PERSON"),)
    assert uncovered(text, [(15, 28)], name) is None
    assert uncovered(text, [(10, 30)], name) is None
    left = uncovered(text, [(15, 25)], name)
    assert left is not None
    assert "'An'" in left
    text = "tôi ở Sn 12, ng. 34 Lê Lợi, Q. Đống Đa"
    address = ((6, len(text), "ADDRESS"),)
    assert uncovered(text, [(9, len(text))], address) is None
    left = uncovered(text, [(17, len(text))], address)
    assert left is not None
    assert "'12ng'" in left


# -- measuring: python tests/test_name_shapes.py [n] [--known] ----------------------------------


def _count(
    strategy: st.SearchStrategy[object], check: Callable[..., str | None], n: int
) -> tuple[int, list[object]]:  # pragma: no cover - a tool for the detectors' owners
    from hypothesis import Phase

    seen: list[object] = []
    failures: list[object] = []

    @settings(
        max_examples=n,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def count(value: object) -> None:
        seen.append(value)
        if check(value) is not None:
            failures.append(value)

    count()
    return len(seen), failures


from hypothesis.errors import NoSuchExample  # noqa: E402 - the measuring tool's own import


def _minimal(
    strategy: st.SearchStrategy[object], check: Callable[..., str | None], n: int
) -> object:  # pragma: no cover
    from hypothesis import find

    quiet = settings(max_examples=n, derandomize=True, database=None, deadline=None)
    return find(strategy, lambda v: check(v) is not None, settings=quiet)


def _chunks(text: str, width: int = 84) -> str:
    """A string literal split after spaces into implicitly concatenated pieces that fit a
    line."""
    pieces = [""]
    for word in re.findall(r"\S*\s*", text):
        if pieces[-1] and len(repr(pieces[-1] + word)) > width:
            pieces.append("")
        pieces[-1] += word
    return "\n            ".join(repr(p) for p in pieces if p) or "''"


def _measure(n: int, as_known: bool, prefix: str) -> None:  # pragma: no cover
    table: list[tuple[str, str, Callable[..., str | None], st.SearchStrategy[object]]] = []
    for prop, check in PROPERTIES.items():
        table += [(prop, shape, check, s) for shape, s in SHAPES.items()]
    table += [("clean", shape, person_or_address, s) for shape, s in FILLERS.items()]
    table = [row for row in table if row[1].startswith(prefix)]
    if as_known:
        print("KNOWN: dict[tuple[str, str], Known] = {")
    for prop, shape, check, strategy in table:
        total, failures = _count(strategy, check, n)
        if not failures:
            if not as_known:
                print(f"ok   {prop:15} {shape}  0/{total}")
            continue
        try:
            worst = _minimal(strategy, check, n)
        except NoSuchExample:  # a rare failure the search did not meet again: the shortest seen
            worst = min(failures, key=lambda v: len(getattr(v, "text", str(v))))
        if not as_known:
            print(f"FAIL {prop:15} {shape}  {len(failures)}/{total}  {worst!r}")
            continue
        text = worst.text if isinstance(worst, LabelledPrompt) else str(worst)
        spans = worst.spans if isinstance(worst, LabelledPrompt) else ()
        print(f"    ({prop!r}, {shape!r}): Known(")
        print(f'        "{len(failures)}/{total}",')
        print(f"        (\n            {_chunks(text)}\n        ),")
        print(f"        {spans!r},")
        print("    ),")
    if as_known:
        print("}")


if __name__ == "__main__":  # pragma: no cover
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    _measure(int(args[0]) if args else 100, "--known" in sys.argv, args[1] if args[1:] else "")
