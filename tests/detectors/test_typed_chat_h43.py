"""What a civil servant types in a chat box (issue 15, holdout43's classes), on probes of our
own: a name whose words are joined by one sign in place of the spaces. Each family with its
negatives."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import check_prompt
from ai_guard.models import Decision, EntityType


def _found(text: str, entity: EntityType) -> list[str]:
    return [text[f.start : f.end] for f in check_prompt(text).findings if f.entity is entity]


# -- a name whose words are joined by one sign (a hyphen, an underscore, a dot, a pictograph) --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("tom tat giup tin nhan: mai-thi-hanh hoi thu tuc tach thua", "mai-thi-hanh"),
        ("tóm tắt: Đặng🌻Kim🌻Liên hỏi về tiền học bổng của con", "Đặng🌻Kim🌻Liên"),
        ("tin nhắn của Lê❤️Thị❤️Hoa gửi lúc 9h", "Lê❤️Thị❤️Hoa"),
        ("acc Tran_Van_Nam nhan tin hoi ve ho so dat", "Tran_Van_Nam"),
        ("nick nguyen.thi.thu.trang comment rang chua nhan tien", "nguyen.thi.thu.trang"),
        ("tin nhắn: Vũ⭐Hải⭐Nam hỏi lịch tiếp dân", "Vũ⭐Hải⭐Nam"),
        ("ho so cua pham*van*duc con thieu giay to", "pham*van*duc"),
    ],
)
def test_joined_name_is_one_person(text: str, name: str) -> None:
    assert name in _found(text, EntityType.PERSON)
    assert check_prompt(text).decision is not Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        # a path or a slug in an address, an e-mail, a file's name, a compound or a Korean
        # given name's two words, a festival's name joined as a slug
        "xem bai https://baomoi.vn/tin-tuc/le-hoi-den-hung nhe",
        "luu file bien-ban-hop-to.docx vao thu muc chung",
        "tu khoa: le-hoi-den-hung, du-lich-cong-dong",
        "ma so B-1203-A va QĐ-UBND-VP",
        "mã màu 🌻🌻🌻 đẹp quá",
        "em chào chị ❤️ cảm ơn chị",
    ],
)
def test_joined_words_that_are_no_name_stay_clean(text: str) -> None:
    assert _found(text, EntityType.PERSON) == []


@given(
    sep=st.sampled_from(["-", "_", ".", "🌻", "❤️", "⭐"]),
    name=st.sampled_from(
        [("tran", "van", "nam"), ("Đỗ", "Thị", "Mai"), ("nguyen", "thi", "thu", "ha")]
    ),
)
def test_joined_name_found_whatever_the_sign(sep: str, name: tuple[str, ...]) -> None:
    joined = sep.join(name)
    text = f"tom tat tin nhan: {joined} hoi ve thu tuc cap giay"
    assert joined in _found(text, EntityType.PERSON)


# -- a given name alone after an older kin word typed plain, the object of a verb of two words
# that answers, explains or advises someone ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("goi y giup e cach tra loi ba nhung hoi sao tien luong huu cham", "nhung"),
        ("viet thu tra loi ba thuy, noi ro ly do", "thuy"),
        ("tu van ong khoi hoi ve thu tuc tach thua", "khoi"),
        ("soan tin tra loi ba huong hoi ve luong", "huong"),
    ],
)
def test_given_name_after_verb_of_answering(text: str, name: str) -> None:
    assert name in _found(text, EntityType.PERSON)


@pytest.mark.parametrize(
    "text",
    [
        # "ba" (three) before what is counted or listed, a title of honour
        "tra loi ba cau hoi sau cho dung",
        "giai thich ba diem chinh cua nghi dinh",
        "huong dan ba buoc lam ho so",
        "tra loi ba lan deu sai",
        "tham hoi ba me viet nam anh hung nhan ngay 27/7",
    ],
)
def test_three_after_verb_of_answering_stays_clean(text: str) -> None:
    assert _found(text, EntityType.PERSON) == []


# -- a post of a hamlet, a village, a school or a commune right after a given name or a short
# minority name: the post ends the name and says a person is meant ---------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("sdt cua chu tinh truong thon la 0867 230 519, soan tin nho chu", "tinh"),
        ("bao co hoai giao vien chu nhiem lop 4b la chau nghi hoc", "hoai"),
        ("nho ba mai truong thon bao cac ho di hop", "mai"),
        ("viet giay moi cho ong a dui truong lang den hop", "a dui"),
        ("moi ong a pao truong thon len xa lam viec", "a pao"),
        ("mời ông a thút già làng đến dự lễ", "a thút"),
    ],
)
def test_given_name_before_a_post(text: str, name: str) -> None:
    assert name in _found(text, EntityType.PERSON)


@pytest.mark.parametrize(
    "text",
    [
        # "có" (has, once) and "ba" (three) before a count or a number, then a post
        "truong co hai giao vien chu nhiem moi",
        "co lan giao vien chu nhiem noi voi em",
        "nho ba lan truong thon deu vang",
        "co nam giao vien moi ve truong",
        "xa co bay truong thon moi",
        # a verb typed plain whose object is the post or a body ("báo công an", "hỏi giáo
        # viên"), though the verb spells a given name
        "da, e bao cong an xa ho tro roi a",
        "ong bao truong thon di hop",
        "chi hoi giao vien chu nhiem lop 2",
    ],
)
def test_count_before_a_post_stays_clean(text: str) -> None:
    assert _found(text, EntityType.PERSON) == []


# -- a village's unit word typed twice: the first closes a post ("trưởng làng"), the second opens
# the village --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "moi truong lang lang kon ktu, xa dak ro wa, tinh quang ngai den hop",
            "lang kon ktu, xa dak ro wa, tinh quang ngai",
        ),
        (
            "mời trưởng bản bản Hua Pàu, xã Chiềng Khoi, tỉnh Sơn La dự họp",
            "bản Hua Pàu, xã Chiềng Khoi, tỉnh Sơn La",
        ),
        (
            "moi truong thon thon kon ktu, xa dak ro wa, tinh quang ngai den hop",
            "thon kon ktu, xa dak ro wa, tinh quang ngai",
        ),
    ],
)
def test_village_after_its_heads_post(text: str, address: str) -> None:
    assert address in _found(text, EntityType.ADDRESS)


# -- chat's "dc" typed plain is "được": no comrade's name after it but a plain surname ---------


@pytest.mark.parametrize(
    "text",
    [
        "doi 3 nam chua dc tra loi",
        "chau da nhat dc vi tra lai nguoi danh roi",
        "ho so da dc tra lai cho dan",
        "don cua dan van chua dc tra loi, e phai lam sao",
    ],
)
def test_plain_dc_is_duoc(text: str) -> None:
    assert _found(text, EntityType.PERSON) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("moi dc nguyen van an phu trach", "nguyen van an"),
        ("dc tran thi hoa phat bieu y kien", "tran thi hoa"),
        ("đc trà văn lợi phát biểu", "trà văn lợi"),
    ],
)
def test_comrade_before_a_name_still_found(text: str, name: str) -> None:
    assert name in _found(text, EntityType.PERSON)


# -- a name written with initials after an honorific -----------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("viết lại: ông T.Q.Lộc và bà Ng. Thị Hảo ở thôn phú lễ", "T.Q.Lộc"),
        ("viết lại: ông T.Q.Lộc và bà Ng. Thị Hảo ở thôn phú lễ", "Ng. Thị Hảo"),
        ("soạn thư trả lời ông Ng.V.Khoát, email ở dưới", "Ng.V.Khoát"),
        ("soạn thư trả lời ông N. V. Khoát về việc cấp đổi", "N. V. Khoát"),
        ("soạn thư trả lời ông Nguyễn V. Khoát về việc cấp đổi", "Nguyễn V. Khoát"),
        ("gửi chị P.Thảo bản mềm nhé", "P.Thảo"),
        ("Ong T.Q.Loc va ba Ng. Thi Hao o xom 3", "Ng. Thi Hao"),
        ("gửi đ/c T.V.Hùng dự thảo", "T.V.Hùng"),
    ],
)
def test_name_written_with_initials(text: str, name: str) -> None:
    assert name in _found(text, EntityType.PERSON)
    assert check_prompt(text).decision is not Decision.ALLOW


@pytest.mark.parametrize(
    ("text", "not_name"),
    [
        ("gửi anh TP. Huế hồ sơ", "TP. Huế"),
        ("gặp ông A. Sau đó về", "A. Sau"),
        ("ông T.Ư Đảng chỉ đạo", "T.Ư Đảng"),
        ("bà Nguyễn Thị H. ở xóm 2", "Nguyễn Thị H. ở"),
    ],
)
def test_initials_that_are_no_name_written_out(text: str, not_name: str) -> None:
    assert not_name not in _found(text, EntityType.PERSON)


# -- the recipient of a paper sent, though the kin word and the name spell an everyday word ----


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("sửa lại câu: em gửi anh dũng hồ sơ của hộ bà quế nhé", "dũng"),
        ("e gui anh hung ho so nhe", "hung"),
        ("chuyển chị hằng bản báo cáo tháng 9", "hằng"),
    ],
)
def test_recipient_though_kin_and_name_spell_a_word(text: str, name: str) -> None:
    assert name in _found(text, EntityType.PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "gửi anh dũng cảm nhất lời chúc",
        "em gửi anh hùng ca này",
        "gửi anh em hồ sơ nhé",
        # the phrase again elsewhere: the everyday word, a list of heroes
        "em gửi anh hùng danh sách anh hùng lao động của tỉnh",
    ],
)
def test_everyday_word_after_sending_stays_clean(text: str) -> None:
    assert _found(text, EntityType.PERSON) == []


# -- a street's word that folds to an everyday word but is written otherwise ("đằng", no "đang")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "cư trú tại số 31 đường bạch đằng, phường hải châu, đà nẵng",
            "số 31 đường bạch đằng, phường hải châu, đà nẵng",
        ),
        (
            "bà ở số 9 đường lê cơ, phường an lạc, quận bình tân",
            "số 9 đường lê cơ, phường an lạc",
        ),
    ],
)
def test_street_word_written_otherwise_goes_on(text: str, address: str) -> None:
    found = _found(text, EntityType.ADDRESS)
    assert any(address in f for f in found)


def test_everyday_word_written_so_still_ends_the_street() -> None:
    found = _found("ông ở số 5 đường lê lợi đang chờ kết quả", EntityType.ADDRESS)
    assert found == ["số 5 đường lê lợi"]


def test_street_before_a_verb_written_otherwise_still_ends() -> None:
    assert _found("ông ở 12 trần phú mời mọi người đến", EntityType.ADDRESS) == ["12 trần phú"]


_JOINED_ALPHABET = st.sampled_from(
    list("aăâbdđeêghiklmnoôơpqrstuưvxyAĐNTV")
    + list("-_.*+~\u00b7\u2022 ,/@")
    + ["🌻", "\u2764\ufe0f", "1"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_JOINED_ALPHABET, max_size=40).map("".join))
def test_the_joined_names_gate_never_skips_a_text_the_pattern_matches(text: str) -> None:
    """The two cheap gates before the joined-names pattern are exact: whenever the whole
    pattern matches, one of them does (so skipping the pattern on neither finds nothing)."""
    from ai_guard.text import disguises

    if disguises._JOINED.search(text) is not None:
        assert (
            disguises._JOINED_ASCII.search(text) is not None
            or disguises._PICTOGRAPH_CHAR.search(text) is not None
        )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("bà Lê T. Kim Dung cùng đo lại ranh giới", "Lê T. Kim Dung"),
        ("gửi chị Trần T. Bích Ngọc.", "Trần T. Bích Ngọc"),
        ("anh Phạm V. Minh Đức, phòng kế toán", "Phạm V. Minh Đức"),
        # a run opened by an initial keeps three words: the fourth is the place after it
        ("gặp ông T.Q.Lộc Hà Nội hôm qua", "T.Q.Lộc"),
        ("bà Ng. Thị Hảo Đến muộn", "Ng. Thị Hảo"),
        # a fourth word that opens the next full name stays out
        ("Ông Lê V. Kim Trần Thị Hoa", "Lê V. Kim"),
    ],
)
def test_a_written_surname_lets_the_initials_run_take_a_two_word_given_name(
    text: str, name: str
) -> None:
    found = [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.PERSON
    ]
    assert name in found, found


_INITIALS_ALPHABET = st.sampled_from(
    [*"aeonTQLVgà. \t\n", "ông ", "bà ", "anh ", "d/c ", "dong chi ", "Ng.", "T.", "Lộc"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_INITIALS_ALPHABET, max_size=20).map("".join))
def test_the_initials_gate_never_skips_a_cue_the_pattern_finds(text: str) -> None:
    """The initial's site tested before the cue's pattern is exact: wherever the pattern finds
    a cue, the text holds the site it looks ahead to."""
    from ai_guard.detectors.person import initials
    from ai_guard.text import Document

    folded = Document(text).folded
    if initials._CUE.search(folded) is not None:
        assert initials._INITIAL_SITE.search(folded) is not None
