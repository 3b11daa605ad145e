"""Chat speakers named by a handle or by two words (person/handles.py), a storage line's
drafter, a surname alone after a lower-case "dr" (person/titled.py asks handles), and what
stays clean: a form's labels, roles, one line alone."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import Decision, EntityType, check_prompt


def _names(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.PERSON
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "summarise this chat pls:\ntom h: did linh send the contract?\n"
            "linh vu: yes sent to dr patel this morning",
            ["tom h", "linh", "linh vu", "patel"],
        ),
        (
            "tom tat cuoc chat:\n[09:12] hung.tran: ae nho check lai ho so\n"
            "[09:14] quyen.le: ok, thieu ban sao cccd\n[09:15] hung.tran: goi lai sau",
            ["hung.tran", "quyen.le", "hung.tran"],
        ),
        ("Tom H: hi, any news?\nLinh Vu: not yet", ["Tom H", "Linh Vu"]),
        ("09:01 - mai_anh: da gui\n09:03 - duc_pham: ok e", ["mai_anh", "duc_pham"]),
        ("please forward it to mr nguyen before noon", ["nguyen"]),
        ("the judgment debtor mr. lieu van hau, born 1971", ["lieu van hau"]),
        # the drafter in brackets at the end of a document's storage line
        ("Nơi nhận:\n- Như trên;\n- Lưu: VT, CCVC (Hoa).\nKT. GIÁM ĐỐC", ["Hoa"]),
        ("- Lưu: VT, TCCB (Nguyễn Thu Hà).", ["Nguyễn Thu Hà"]),
        # typed without diacritics, capitalised or not
        ("- Luu: VT, TCCB (Duyen).\nKT. BO TRUONG", ["Duyen"]),
        ("noi nhan:\n- nhu tren;\n- luu: vt, hctp (nhung).\ngiam doc", ["nhung"]),
    ],
)
def test_chat_speakers_and_titled_surnames_are_found(text: str, expected: list[str]) -> None:
    assert sorted(_names(text)) == sorted(expected)
    r = check_prompt(text)
    assert r.decision is Decision.REDACT
    for name in expected:
        assert name not in r.redacted_text


@pytest.mark.parametrize(
    "text",
    [
        # a form's labels, however many, are no chat's speakers
        "Quê quán: Nghệ An\nĐiện thoại: liên hệ văn phòng\nChẩn đoán: chưa rõ",
        "Bên nam: đồng ý\nBên nữ: đồng ý",
        "Ben A: Cong ty TNHH An Phu\nBen B: UBND xa Thieu Hoa",
        "Giới tính: Nam\nTrình độ: đại học",
        "QUYẾT ĐỊNH: ban hành\nTHÀNH PHẦN: các phòng",
        "que quan: nghe an\ndien thoai: chua co",
        # roles and tools
        "user: hello\nassistant: hi there",
        "Q: what is this\nA: nothing",
        "Subject: test\nFrom: admin",
        # a storage line's unit codes and notes in brackets
        "- Lưu: VT, CCVC (b/c).",
        "- Lưu: VT, P.TH (Văn thư).",
        "- luu: vt, p.th (van thu).",
        "- luu: vt, (b/c).",
        "- luu: vt, tccb (tccb).",
        # one speaker line alone is a label as often as a chat
        "linh vu: yes sent",
        # "dr" before a word that is no name
        "the dr said to rest",
        "dr who is on tv tonight",
    ],
)
def test_labels_roles_and_lone_lines_stay_clean(text: str) -> None:
    assert _names(text) == []


_SPEAKERS = st.sampled_from(["tom h", "linh vu", "hung.tran", "quyen_le", "Mai Anh", "an nguyen"])


#: a message's words: no control characters or line separators (a line is one message)
_MESSAGES = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp", "Zs")),
    min_size=1,
    max_size=30,
).filter(lambda m: any(c.isalnum() for c in m))  # a message says something


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_SPEAKERS, _MESSAGES), min_size=2, max_size=5))
def test_a_chat_log_never_crashes_and_its_handles_never_show(
    lines: list[tuple[str, str]],
) -> None:
    text = "\n".join(f"{who}: {msg}" for who, msg in lines)
    r = check_prompt(text)
    # two speaker lines of names: a chat log, so something is always redacted (or blocked,
    # when a message happens to spell a secret), and no handle is left at a line's start
    assert r.decision is not Decision.ALLOW
    if r.decision is Decision.REDACT:
        for who, _ in lines:
            if "." in who or "_" in who:
                assert f"{who}:" not in r.redacted_text


def test_a_speakers_unit_tag_is_left_out_of_the_name() -> None:
    # "Tuấn CA:" typed in lower case: the given name and the police's tag, no "Tuấn Ca"
    text = (
        "tổng hợp giúp vụ này từ nhóm chat:\n"
        "tuấn ca: nhà bà lượm ở kiệt 3 bị mất xe\n"
        "quý: camera thấy thằng đi xe chở đi\n"
        "tuấn ca: ừ nhớ tra lại hồ sơ cũ\n"
    )
    found = _names(text)
    assert found.count("tuấn") == 2
    assert "tuấn ca" not in found
