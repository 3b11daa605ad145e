"""Each decision of classify_text on its own: a Reading in, a conclusion and its evidence out.

test_classify.py checks the whole verdict; these pin what each module concludes from the
evidence it is given, so a change in one decision shows where it is.
"""

from __future__ import annotations

import pytest
from tests.test_classify import ENFORCEMENT, INTERNAL_PLAN, LAW

from ai_guard import Policy, check_prompt
from ai_guard.classify.categories import CATEGORY_THRESHOLD, decide_categories
from ai_guard.classify.doc_type import decide_doc_type
from ai_guard.classify.evidence import Reading
from ai_guard.classify.header import read_header
from ai_guard.classify.layout import parse_layout
from ai_guard.classify.lexicon import category_hits, signal_hits
from ai_guard.classify.models import Category, PersonalData, Sensitivity
from ai_guard.classify.personal import decide_personal, has_private_contacts
from ai_guard.classify.public import decide_public
from ai_guard.classify.secrecy import decide_secrecy
from ai_guard.classify.verdict import decide_action, decide_sensitivity
from ai_guard.text import Document


def reading(text: str, policy: Policy | None = None) -> Reading:
    policy = policy or Policy()
    doc = Document(text)
    check = check_prompt(text, policy=policy, document=doc)
    return Reading(doc, parse_layout(doc), check.findings, policy)


def test_evidence_spans_are_on_the_original_text() -> None:
    text = "Cong\u0301 văn\nSố: 12/STP-VP\n"  # a combining accent: NFC shortens doc.text
    r = reading(text)
    assert len(r.doc.text) < len(r.doc.original)
    assert r.layout.number_symbol is not None
    ev = r.evidence("symbol", "x", *r.layout.number_symbol)
    assert text[ev.start : ev.end] == "12/STP-VP"
    assert r.to_text(ev.start) == r.layout.number_symbol[0]
    header = read_header(r)
    assert header.number_symbol is not None
    assert header.number_symbol.text == "12/STP-VP"


def test_doc_type_votes_and_its_evidence() -> None:
    r = reading(ENFORCEMENT)
    doc_type = decide_doc_type(r)
    assert doc_type.name == "quyet_dinh"
    assert 0.5 < doc_type.confidence < 1.0
    assert {e.kind for e in doc_type.evidence} == {"layout", "symbol"}
    assert decide_doc_type(reading("xin chào")) == ("other", 0.5, [])


@pytest.mark.parametrize(
    ("head", "level"),
    [("MẬT", "mat"), ("TỐI MẬT", "toi_mat"), ("TUYỆT MẬT", "tuyet_mat"), ("T0I MAT", "toi_mat"),
     ("MẬT\nGIẢI MẬT", "none")],
)  # fmt: skip
def test_secrecy_from_stamps(head: str, level: str) -> None:
    secrecy, evidence = decide_secrecy(reading(head + "\n" + INTERNAL_PLAN))
    assert secrecy == level
    assert evidence
    assert all(e.kind == "stamp" for e in evidence)


def test_public_needs_three_points_and_no_internal_mark() -> None:
    law = reading(LAW)
    public = decide_public(law, signal_hits(law.doc))
    assert public.is_public
    assert public.evidence
    assert not public.internal_marks
    marked = reading(LAW.replace("QUỐC HỘI", "QUỐC HỘI\nLƯU HÀNH NỘI BỘ", 1))
    public = decide_public(marked, signal_hits(marked.doc))
    assert not public.is_public
    assert public.internal_marks


def test_categories_from_terms_and_the_symbol() -> None:
    r = reading(ENFORCEMENT)
    public = decide_public(r, signal_hits(r.doc))
    cats = decide_categories(r, "quyet_dinh", category_hits(r.doc), public)
    assert cats[0].category is Category.ENFORCEMENT_CASE
    assert cats[0].evidence[0].kind == "symbol"  # the document's own convention comes first
    assert all(c.category is not Category.GENERAL_ADMIN for c in cats)  # protected: not ordinary
    plan = reading(INTERNAL_PLAN)
    cats = decide_categories(plan, "ke_hoach", [], decide_public(plan, []))
    assert [c.category for c in cats] == [Category.GENERAL_ADMIN]
    assert CATEGORY_THRESHOLD == 3.0


def test_personal_data_sets_officials_apart() -> None:
    r = reading(ENFORCEMENT)
    personal = decide_personal(r, [], signal_hits(r.doc))
    assert personal.identifiable
    assert personal.private_names >= 1
    assert personal.public_role_names >= 1  # the signer
    strict = reading(ENFORCEMENT, Policy(official_names_are_public=False))
    assert decide_personal(strict, [], []).public_role_names == 0


def _personal(identifiable: bool, kinds: list[str], contact: bool = False) -> PersonalData:
    from ai_guard.classify.models import Evidence

    evidence = [Evidence(kind="entity", label="PHONE", start=0, end=1)] if contact else []
    return PersonalData(
        counts={}, identifiable=identifiable, private_names=int(identifiable), public_role_names=0,
        sensitive_kinds=kinds, evidence=evidence,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("secrecy", "personal", "public", "expected"),
    [
        ("toi_mat", _personal(True, ["health"]), True, Sensitivity.TOP_SECRET),
        ("none", _personal(True, ["health"]), True, Sensitivity.SENSITIVE_PERSONAL),
        ("none", _personal(False, [], contact=True), False, Sensitivity.PERSONAL),
        ("none", _personal(False, []), True, Sensitivity.PUBLIC),
        ("none", _personal(False, []), False, Sensitivity.INTERNAL),
    ],
)
def test_sensitivity(
    secrecy: str, personal: PersonalData, public: bool, expected: Sensitivity
) -> None:
    assert decide_sensitivity(secrecy, personal, public) is expected  # type: ignore[arg-type]
    assert has_private_contacts(_personal(False, [], contact=True))


def test_action_follows_secrecy_blocks_protection_and_personal_data() -> None:
    r = reading(INTERNAL_PLAN)
    nobody, someone = _personal(False, []), _personal(True, [])
    protected = decide_categories(reading(ENFORCEMENT), "quyet_dinh", [], decide_public(r, []))
    assert decide_action(r, "mat", nobody, []) == "do_not_send"
    assert decide_action(r, "none", nobody, []) == "send"
    assert decide_action(r, "none", someone, []) == "redact_then_send"
    assert decide_action(r, "none", someone, protected) == "do_not_send"
    lenient = reading(INTERNAL_PLAN, Policy(protected_redaction_suffices=True))
    assert decide_action(lenient, "none", someone, protected) == "redact_then_send"
    keyed = reading(INTERNAL_PLAN + "\nsk-proj-" + "a1B2c3D4e5F6g7H8i9J0" * 3)
    assert decide_action(keyed, "none", nobody, []) == "do_not_send"  # check_prompt blocks a key
