"""Issue 15, private names typed plain that chat still sent out (twenty-fifth session,
i15-nd25), on new probes (none of a corpus's rows), with the ordinary words beside them that
must stay clean:

* where a full name typed plain ends, the words after it that mark the end: "là" before a
  number ("sdt chi luu thi hanh la 0903 ..."), a vehicle's plate after "biển (số)" ("xe cua
  anh tang van kien bien 29h1-..."), the year the person died ("bui van thu mat nam 2019"),
  a verb of asking or saying after a given name of two syllables no lexicon holds ("ba huynh
  thi ngoc thuom hoi ...");
* a verb and what follows it, each a given name alone, not taken as the name's fourth word:
  "sống ở", "sống một mình", "trực đêm", "làm ở" ("ong le van nam song o xom 3", "ong thach
  sa mol song o soc tra set").
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.detectors._probes import found

from ai_guard.models import EntityType

PERSON = EntityType.PERSON

_CUES = ("ong", "ba", "anh", "chi")
_SURNAMES = ("bui", "luu", "tang", "ngo", "quach", "phung", "trieu", "khuc")
_PHRASED = ("van thu", "thi hanh", "van kien", "van hoa", "thi thanh", "van ban")
_ENDS = (
    "la 0903 415 286",
    "la 0912345678 nhe",
    "bien 29h1-427.58",
    "bien so 51f 123.45",
    "mat nam 2019",
    "mat 2020 roi",
)


@settings(max_examples=40, deadline=None, derandomize=True, database=None)
@given(
    cue=st.sampled_from(_CUES),
    surname=st.sampled_from(_SURNAMES),
    phrased=st.sampled_from(_PHRASED),
    end=st.sampled_from(_ENDS),
)
def test_a_phrased_name_before_its_number_plate_or_death_is_found(
    cue: str, surname: str, phrased: str, end: str
) -> None:
    name = f"{surname} {phrased}"
    text = f"cho e hoi {cue} {name} {end}, giup e voi"
    assert name in found(text, PERSON)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("xe may cua anh tang van kien bien 29h1-427.58, tra giup", "tang van kien"),
        ("anh tran van bien 29h1 do xe o day", "tran van bien"),  # Biên, then the plate
        ("anh tran van bien, sdt 0912345678", "tran van bien"),
    ],
)
def test_a_plate_after_a_name_is_no_fourth_word(text: str, name: str) -> None:
    assert name in found(text, PERSON)
    assert not any(f.startswith(name + " ") for f in found(text, PERSON))


@pytest.mark.parametrize(
    ("head", "fourth", "after"),
    [
        ("huynh thi ngoc", "thuom", "hoi viec cap doi bang lai"),
        ("tran thi kim", "thoa", "noi la chua nhan duoc"),
        ("le thi bich", "thuom", "xin cap lai giay"),
        ("vo thi hong", "nhiem", "de nghi xem lai"),
    ],
)
def test_a_two_syllable_given_name_before_asking_is_the_names(
    head: str, fourth: str, after: str
) -> None:
    text = f"ba {head} {fourth} {after}, soan tra loi giup"
    assert f"{head} {fourth}" in found(text, PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "ho so ba cam thi pheng xong chua",  # "xong chưa": no fourth word
        "ba le thi hoa xong roi thi bao",
    ],
)
def test_done_after_a_name_is_no_given_name(text: str) -> None:
    assert not any(len(f.split()) >= 4 for f in found(text, PERSON))


_HEADS = ("le van nam", "tran van ba", "nguyen thi hoa", "pham van hung", "do thi lan")
_VERBS = ("song o xom 3", "song mot minh", "truc dem nay", "truc ca sang", "lam o cty")


@settings(max_examples=25, deadline=None, derandomize=True, database=None)
@given(head=st.sampled_from(_HEADS), verb=st.sampled_from(_VERBS), cue=st.sampled_from(_CUES))
def test_a_verb_and_its_object_end_the_name(head: str, verb: str, cue: str) -> None:
    text = f"nho viet giup: {cue} {head} {verb}, can xac nhan"
    assert head in found(text, PERSON)
    assert not any(f.startswith(head + " ") for f in found(text, PERSON))


def test_a_khmer_name_ends_before_living_at() -> None:
    text = "nho tom tat: ong thach sa mol song o soc tra set xa thanh phu; vo la son thi nga"
    names = found(text, PERSON)
    assert "thach sa mol" in names
    assert "thach sa mol song" not in names


@pytest.mark.parametrize(
    "text",
    [
        "chi nay song o ha noi",
        "ong ba song mot minh",
        "anh ay truc dem nay",
        "em ve que, bien so xe la 29h1",
        "ban hanh van ban la 2 cai",
        "chi tiet thanh toan la 500k",
        "phuong an nay an toan, tam thoi binh thuong",
        "tu van giup e thu tuc, khach san o gan",
    ],
)
def test_everyday_words_around_those_ends_stay_clean(text: str) -> None:
    assert found(text, PERSON) == []


_NICKS = ("tit", "bin", "ti", "mit", "bom", "na")
_KIN = ("be", "chau", "thang", "con", "bac")
_FULL = ("nguyen khoi nguyen", "tran gia bao", "le van hung", "pham minh khoi", "ha tue lam")
_REAL = ("", "ten that la ", "ten khai sinh: ", "ten la ")


@settings(max_examples=40, deadline=None, derandomize=True, database=None)
@given(
    kin=st.sampled_from(_KIN),
    nick=st.sampled_from(_NICKS),
    full=st.sampled_from(_FULL),
    real=st.sampled_from(_REAL),
)
def test_a_full_name_in_brackets_after_a_nickname_is_found(
    kin: str, nick: str, full: str, real: str
) -> None:
    text = f"lop trinh bay ds: {kin} {nick} ({real}{full}) 2020, o khu tap the ga"
    names = found(text, PERSON)
    assert full in names
    assert nick in names


@pytest.mark.parametrize(
    "text",
    [
        "em an (nguyen nhan khac) roi",  # nguyên nhân
        "anh nam (le hoi lon) vui",  # lễ hội
        "chi mua (ban hang online) nhe",
    ],
)
def test_everyday_words_in_brackets_stay_clean(text: str) -> None:
    assert found(text, PERSON) == []


@pytest.mark.parametrize(
    ("text", "boy"),
    [
        ("thang ti con ba tu o khom 4 bi phat", "ti"),
        ("thang cu con nha ong kha van thuan lam be bi thuong", "cu"),
        ("báo là thằng cu nhà bên cạnh đánh cháu", "cu"),
        ("thang bom nha hang xom lay xe", "bom"),
        ("thang teo con cua chi lan dap vo kinh", "teo"),
    ],
)
def test_a_boy_of_a_family_is_named(text: str, boy: str) -> None:
    assert boy in found(text, PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "thang nay con ba tien dien chua dong",  # tháng này
        "tháng tư con bà sẽ về quê",
        "thang sau con chi ay di hoc",
        "thang ba con nha ong ay moi ve",  # tháng ba
    ],
)
def test_months_before_a_family_stay_clean(text: str) -> None:
    assert not any(len(f.split()) == 1 for f in found(text, PERSON))


@pytest.mark.parametrize(
    ("text", "nick"),
    [
        ("con ba tu o khom 4 bi phat nguoi", "tu"),
        ("nho chu sau o kp 2 sua xe giup", "sau"),
        ("ong bay o kiet 5 ban rau", "bay"),
    ],
)
def test_a_birth_order_nickname_living_at_a_southern_unit_is_named(text: str, nick: str) -> None:
    assert nick in found(text, PERSON)


@pytest.mark.parametrize("text", ["ba nam o khom 3 roi", "co hai o duong 3/2 a", "ba lan o kp 2"])
def test_counts_before_a_southern_unit_stay_clean(text: str) -> None:
    assert found(text, PERSON) == []


_PLAIN_NAMES = ("ngo thi lanh", "le van hung", "ngo van toan", "quach thi men", "bui thi hoa")
_TOLD = ("bao khach", "noi la chua nhan", "hoi ve so do", "nho em viet don", "bao voi e")


@settings(max_examples=25, deadline=None, derandomize=True, database=None)
@given(name=st.sampled_from(_PLAIN_NAMES), told=st.sampled_from(_TOLD))
def test_a_plain_name_that_says_or_asks_is_found(name: str, told: str) -> None:
    text = f"ghi lai cuoc goi: chu tro {name} {told} o tu 3/12"
    assert name in found(text, PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "roi mai thi lam bao la xong",  # mai thì làm, báo là
        "gap kho khan thi hoi anh",
        "viec nay ho thi bao em",
        "xong viec thi noi chuyen sau",
    ],
)
def test_then_and_a_verb_stay_clean(text: str) -> None:
    assert found(text, PERSON) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("khach morita yuki o phong 809 mat vi", "morita yuki"),
        ("nho don khach tran thi mai o phong 202", "tran thi mai"),
    ],
)
def test_a_guest_is_named(text: str, name: str) -> None:
    assert name in found(text, PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "khach san muong thanh o da nang",
        "khach quen cua quan",
        "khach dong qua, khach san het phong",
    ],
)
def test_hotels_and_regulars_stay_clean(text: str) -> None:
    assert found(text, PERSON) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("thu kho hung bao kho xa con 12 bao", "hung"),
        ("ma ke toan mai ghi con 10, viet bien ban", "mai"),
        ("lop truong hung noi mai nghi", "hung"),
        ("to truong lan bao hop luc 7h", "lan"),
        ("thu quy nga nhac nop tien", "nga"),
    ],
)
def test_a_role_holder_who_tells_is_named(text: str, name: str) -> None:
    assert name in found(text, PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "to truong to dan pho bao hop",  # the role's unit
        "ke toan tong hop bao cao",
        "thu kho dang bao",
        "lop truong lop 9a noi",
        "ke toan moi ghi so",
    ],
)
def test_a_role_and_its_unit_or_work_stay_clean(text: str) -> None:
    assert found(text, PERSON) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("dia chi cua ba mai thi ngoc tu day a / so 14 ngach 3", "mai thi ngoc tu"),
        ("ten chi la ma thi cam tu day nhe", "ma thi cam tu"),
        ("nguoi nhan la le thi thanh tai day a", "le thi thanh tai"),
    ],
)
def test_a_given_name_spelled_as_from_before_here_it_is(text: str, name: str) -> None:
    assert name in found(text, PERSON)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ba tran thi hoa tu day ve nha", "tran thi hoa"),  # từ đây (from here)
        ("chi le thi lan tu day di bo", "le thi lan"),
    ],
)
def test_from_here_after_a_name_is_no_given_name(text: str, name: str) -> None:
    assert name in found(text, PERSON)
    assert not any(f.startswith(name + " ") for f in found(text, PERSON))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("gui hang cho e thai bao ngoc dia chi so 14 ngo 7", "thai bao ngoc"),
        ("e thai quang huy o dau vay", "thai quang huy"),
        ("chu tang kien phat o to 6 khu pho 5", "tang kien phat"),
        ("chu ung van thu, sdt 0912345678", "ung van thu"),
    ],
)
def test_chat_cues_before_a_rare_surname_or_a_phrased_name(text: str, name: str) -> None:
    assert name in found(text, PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "c thai thanh hoa nhe",  # Thái (the place), Thanh Hóa
        "chu dau tu lam cham tien do",  # chủ đầu tư
        "chu dau tu lam, sdt",
        "chu the thuc hien la cong ty",
        "chu so huu ma so thue",
    ],
)
def test_chu_and_thai_phrases_stay_clean(text: str) -> None:
    assert found(text, PERSON) == []
