"""False person names on real code and ordinary prose (issue 15 precision, fp26): a contract's
parties ("Bên A", "Bên B" after an English role word in a code comment), a law's name asked
for by "tên" ("kèm theo tên Luật, số Điều"), an adverb after a kin word confirming a
surname-like word as a name ("vợ và chồng sau khi" made "đăng ký lại sau" a name), the
infinitive's "to" in English ("want to chat"), minerals that spell a surname and a middle name
("thạch anh là đá quý"), "X thì <verb> <object>" typed plain ("mai thi lam bao cao": tomorrow
then), a verb and its object typed plain after chat's "e" ("e lam van ban"). Each family with
its forms and the real names in the same place, which must still be found."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import check_prompt
from ai_guard.models import EntityType


def _names(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.PERSON
    ]


_SIGNER_ROLES = """enum SignerRole {
  landlord // Bên A - Cho thuê
  tenant // Bên B - Thuê
  witness // Người làm chứng
}"""

_LAW_PROMPT = (
    "Bạn là một Luật sư ảo chuyên nghiệp, tận tâm và chính xác. "
    "2. Trích dẫn nguồn: Mỗi câu trả lời BẮT BUỘC phải kèm theo tên Luật, số Điều và số Khoản "
    "cụ thể (ví dụ: Theo Điều 8, Luật Hôn nhân và Gia đình 2014)."
)

_HISTORY = (
    "*   **Hôn nhân** là quan hệ giữa vợ và chồng sau khi kết hôn theo quy định của pháp luật.\n"
    "2.  **Đăng ký lại sau ly hôn (Điều 9 khoản 2):**\n"
    "    *   **Vợ chồng đã ly hôn muốn xác lập lại quan hệ vợ chồng thì phải đăng ký.**"
)


@pytest.mark.parametrize(
    "text",
    [
        # a contract's parties, by letter or role, in code comments and contracts
        _SIGNER_ROLES,
        "landlord // Ben A - Cho thue",
        "tenant // Bên Cho thuê",
        "landlord: Bên Thuê",
        "HỢP ĐỒNG THUÊ NHÀ. Bên A thanh toán cho Bên B trước ngày 5.",
        "bên thuê phải trả tiền trước ngày 5",
        # a law's or a document's name after "tên"
        _LAW_PROMPT,
        "phải kèm theo tên Luật, số Điều và số Khoản",
        "ghi rõ tên Nghị định, số hiệu và ngày ban hành",
        "ghi tên Quyết định, ngày ký",
        "nêu tên Luật Đất đai 2024 và Bộ luật Dân sự",
        # an adverb after a kin word is no given name confirming a run ("lại sau")
        _HISTORY,
        "thử lại sau nhé, chồng sau khi đi làm về sẽ gọi",
        "làm lại nữa đi, vợ nữa cũng muốn",
        # English's infinitive "to"
        "Hello, friend! My name's Matthew. Whether you have questions or just want to chat, "
        "feel free to reach out.",
        "I just want to chat with you",
        # minerals and the like that spell a surname and a middle name
        "thạch anh là đá quý",
        "thach anh la da quy",
        "vòng thạch anh tím giá bao nhiêu",
        "tường thạch cao bị nứt",
        "nhẫn thạch anh và vòng cẩm thạch",
        "ngọc trai là quà",
        # "X thì <verb> <object>" typed plain, at the text's start
        "mai thi lam bao cao",
        "mai thi lam bao cao gui sep nhe",
        "ha thi roi va vo nhau",
        "hom nay, mai thi lam bao cao",
        # a verb and its object after chat's "e", "a"
        "e lam van ban, gui sep duyet",
        "a lam van phong o dau",
        "chi tu thi truong ve",
    ],
)
def test_ordinary_words_are_no_names(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a real name in the same places
        ("my friend Ben Carter called", "Ben Carter"),
        ("vợ ông Bình tên Lụa, làm ruộng", "Lụa"),
        ("con tên Luật, học lớp 2", "Luật"),
        ("anh ấy tên Nghị, làm ở xã", "Nghị"),
        ("ông Lại Văn Sâm nộp đơn. Sau đó ông Sâm rút đơn.", "Lại Văn Sâm"),
        ("ly hôn với lại văn sâm, sau đó anh sâm không trả tiền", "lại văn sâm"),
        ("hang xom la nguyen van sau, anh sau hay say", "nguyen van sau"),
        ("send this to minh from finance", "minh"),
        ("we need to talk to tuan asap", "tuan"),
        ("i want to ask lan tomorrow", "lan"),
        ("anh Thạch Anh Tuấn gửi hồ sơ", "Thạch Anh Tuấn"),
        ("gặp anh thạch anh tuấn ở quán", "thạch anh tuấn"),
        ("bà Mai Thị Lam báo cáo", "Mai Thị Lam"),
        ("ba mai thi lam bao cao", "mai thi lam"),
        ("chi mai thi lam bao cao roi", "mai thi lam"),
        ("toi la mai thi lam, bao cao ve viec", "mai thi lam"),
        ("mai thi lam da nop ho so", "mai thi lam"),
        ("nguyen thi lam van ban nay", "nguyen thi lam"),
        ("cap lai so do cho ho bach kim long: thua 12 to 5", "bach kim long"),
        ("e lam van tuan, lop 12a", "lam van tuan"),
        ("bao a lam van tuan len gap", "lam van tuan"),
    ],
)
def test_names_in_the_same_places_are_found(text: str, name: str) -> None:
    assert name in _names(text)


_PARTY = st.sampled_from(["Bên A", "Bên B", "Bên C", "Bên Thuê", "Bên Cho thuê", "Bên Mua"])
_ROLE = st.sampled_from(["landlord", "tenant", "buyer", "seller", "witness", "lender"])


@settings(max_examples=40, deadline=None)
@given(role=_ROLE, party=_PARTY, sep=st.sampled_from([" // ", ": ", " - ", " "]))
def test_a_contract_party_after_a_role_is_no_name(role: str, party: str, sep: str) -> None:
    assert _names(f"{role}{sep}{party} - ký hợp đồng") == []


_OPENER = st.sampled_from(["mai", "ha", "hom nay"])
_VERB = st.sampled_from(["lam", "gui", "doc", "viet"])
_OBJECT = st.sampled_from(["bao cao", "ho so", "van ban", "ke hoach", "bien ban"])


@settings(max_examples=40, deadline=None)
@given(opener=_OPENER, verb=_VERB, obj=_OBJECT)
def test_then_clause_typed_plain_is_no_name(opener: str, verb: str, obj: str) -> None:
    assert _names(f"{opener} thi {verb} {obj} gui sep") == []
