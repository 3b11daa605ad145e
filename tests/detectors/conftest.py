"""Shared helpers for the per-detector tables in this folder.

Every detector test runs through the public ``ai_guard.check_prompt`` with the name and
address detectors switched off (their lexicons are being rewritten, and each table here tests
one family at a time). Plugins are off too, so an installed third-party detector cannot change
a table's outcome.
"""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from ai_guard import EntityType, Finding, Policy, PromptCheck, Validation, check_prompt

E = EntityType

#: The detectors these tables never exercise (PERSON and ADDRESS are tested elsewhere).
NOT_UNDER_TEST = frozenset({"vn.person", "vn.address"})

#: Text that must never be reported as an identifier, a mark or a key by ANY family: legal
#: references, administrative numbers, money, article numbers, years, document dates, public
#: hotlines, the law's own vocabulary, words that fold to "mat", placeholder keys, precedents.
#: ``test_common_false_positives.py`` runs each once with every detector on; beside each text,
#: the families it is a trap for (what it resembles), whose own test file runs it again so
#: that a family's file alone still covers its traps.
COMMON_TRAPS: tuple[tuple[str, frozenset[EntityType]], ...] = (
    ("Căn cứ Luật Bảo vệ bí mật nhà nước số 29/2018/QH14 ngày 15/11/2018",
     frozenset({E.STATE_SECRET_MARK, E.CASE_NUMBER, E.DATE_OF_BIRTH})),
    ("Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân", frozenset({E.CASE_NUMBER})),
    ("Thông tư 24/2020/TT-BCA quy định mẫu dấu", frozenset({E.CASE_NUMBER})),
    ("Số: 15/QĐ-UBND", frozenset({E.CASE_NUMBER})),
    ("Thực hiện Công văn 557/BKHCN-CĐSQG", frozenset({E.CASE_NUMBER})),
    ("Số tiền phải thi hành là 125.000.000 đồng",
     frozenset({E.BANK_ACCOUNT, E.CMND, E.PHONE})),
    ("Tổng giá trị hợp đồng 1.234.567.890 VNĐ",
     frozenset({E.BANK_ACCOUNT, E.TAX_CODE, E.PHONE, E.SOCIAL_INSURANCE})),
    ("Theo Điều 12 khoản 3 của Luật", frozenset({E.CASE_NUMBER})),
    ("Trong các năm 2023, 2024 và 2025", frozenset({E.DATE_OF_BIRTH})),
    ("Hà Nội, ngày 31/3/2025", frozenset({E.DATE_OF_BIRTH})),
    ("Mọi thắc mắc xin gọi tổng đài 1900 1234 hoặc 1800 5678", frozenset({E.PHONE})),
    ("Đây là thông tin bí mật, không được lộ mật khẩu; cần bảo mật tuyệt đối.",
     frozenset({E.STATE_SECRET_MARK, E.API_SECRET})),
    ("Luật Bảo vệ bí mật nhà nước quy định thông tin thuộc độ Tối mật",
     frozenset({E.STATE_SECRET_MARK})),
    ("MẤT ĐIỆN TOÀN KHU VỰC", frozenset({E.STATE_SECRET_MARK})),
    ("MẶT TRẬN TỔ QUỐC", frozenset({E.STATE_SECRET_MARK})),
    ("Điền khoá vào đây: sk-...", frozenset({E.API_SECRET})),
    ("OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxx", frozenset({E.API_SECRET})),
    ("api_key = YOUR_API_KEY", frozenset({E.API_SECRET})),
    ('api_key = "<OPENAI_API_KEY>"', frozenset({E.API_SECRET})),
    ("Án lệ số 54/2022/AL", frozenset({E.CASE_NUMBER})),
    ("Ma so thue cua co quan se duoc cong bo sau.", frozenset({E.TAX_CODE})),
)  # fmt: skip
COMMON_FALSE_POSITIVES: tuple[str, ...] = tuple(text for text, _ in COMMON_TRAPS)


def traps_for(family: Iterable[EntityType]) -> list[str]:
    """The common false positives that are traps for one of ``family``'s types."""
    wanted = set(family)
    return [text for text, traps in COMMON_TRAPS if traps & wanted]


class Scanner:
    """``check_prompt`` with the test policy, and the assertions every table makes."""

    def __init__(self, policy: Policy) -> None:
        self.policy = policy

    def __call__(self, text: str) -> PromptCheck:
        return check_prompt(text, policy=self.policy)

    def of_type(self, text: str, entities: Iterable[EntityType]) -> list[tuple[str, Finding]]:
        wanted = set(entities)
        return [(text[f.start : f.end], f) for f in self(text).findings if f.entity in wanted]

    def expect(self, text: str, entity: EntityType, value: str, min_score: float) -> Finding:
        """Exactly one finding of ``entity`` whose span is ``value``, scoring >= ``min_score``."""
        assert value in text, "bad table row: the expected value is not in the text"
        result = self(text)
        hits = [f for f in result.findings if f.entity is entity]
        spans = [text[f.start : f.end] for f in hits]
        assert spans == [value], (text, [(f.entity.value, text[f.start : f.end]) for f in hits])
        finding = hits[0]
        assert finding.score >= min_score, (text, finding.score)
        assert finding.start == text.index(value)
        assert result.decision.value in {"redact", "block"}
        return finding

    def expect_none(self, text: str, entities: Iterable[EntityType]) -> None:
        found = self.of_type(text, entities)
        assert found == [], [(f.entity.value, span, f.score) for span, f in found]

    def row(
        self,
        text: str,
        entity: EntityType | None,
        value: str | None,
        min_score: float,
        family: Iterable[EntityType],
    ) -> Finding | None:
        """One table row: a positive (entity and value) or a negative (entity None: no
        finding of any type of the ``family``)."""
        if entity is None:
            self.expect_none(text, family)
            return None
        assert value is not None
        return self.expect(text, entity, value, min_score)

    def expect_invalid(self, text: str, entity: EntityType, value: str) -> Finding:
        """A value that fails validation: reported only thanks to its cue, with a lower score
        (0.55-0.65 in the scoring convention of ``ai_guard.detectors.base``)."""
        finding = self.expect(text, entity, value, 0.5)
        assert finding.validated is False
        assert finding.validation is Validation.FAILED
        assert finding.score <= 0.65, finding.score
        assert finding.context, "an invalid value may only be reported because of a cue"
        return finding


@pytest.fixture(scope="session")
def scan() -> Scanner:
    return Scanner(Policy(disabled_detectors=NOT_UNDER_TEST, load_plugins=False))


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """``common_false_positive``: each of the 21 texts; ``family_trap``: those that are traps
    for the test module's ``FAMILY`` (its types)."""
    if "common_false_positive" in metafunc.fixturenames:
        metafunc.parametrize(
            "common_false_positive",
            COMMON_FALSE_POSITIVES,
            ids=[f"fp{i:02d}" for i in range(len(COMMON_FALSE_POSITIVES))],
        )
    if "family_trap" in metafunc.fixturenames:
        texts = traps_for(metafunc.module.FAMILY)
        metafunc.parametrize(
            "family_trap",
            texts,
            ids=[f"fp{COMMON_FALSE_POSITIVES.index(t):02d}" for t in texts],
        )
