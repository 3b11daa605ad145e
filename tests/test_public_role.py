"""The public-role judgement (ai_guard.public_role) and how check_prompt applies it."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ai_guard import Policy, check_prompt
from ai_guard.models import Decision, EntityType
from ai_guard.public_role import (
    OfficeLevel,
    PublicRoleKind,
    judge,
    office_standing,
    private_context,
)
from ai_guard.text import Document


def _judge(text: str, name: str):  # type: ignore[no-untyped-def]
    doc = Document(text)
    start = doc.text.index(name)
    return judge(doc, start, start + len(name))


PUBLIC = [
    # English titles
    (
        "Summarise the press conference where Minister of Foreign Affairs Bùi Thanh Sơn spoke",
        "Bùi Thanh Sơn",
        "office",
        "Minister",
    ),
    (
        "Shorten this letter: Dear Minister Nguyễn Mạnh Hùng, thank you",
        "Nguyễn Mạnh Hùng",
        "office",
        "Minister",
    ),
    (
        "Deputy Prime Minister Tran Hong Ha visited Lao Cai",
        "Tran Hong Ha",
        "office",
        "Deputy Prime Minister",
    ),
    # a provincial department's director after the name, "Deputy" first as "Phó"
    (
        "Chair: Mr. Bach Van Toan, Deputy Director, Department of Justice",
        "Bach Van Toan",
        "office",
        "Deputy Director, Department of Justice",
    ),
    (
        "Mr. Tran Van Nam, Director of the Department of Finance, opened the workshop",
        "Tran Van Nam",
        "office",
        "Director of the Department of Finance",
    ),
    ("Tóm tắt bài phát biểu của Tổng Bí thư Tô Lâm", "Tô Lâm", "office", "Tổng Bí thư"),
    ("Tom tat bai phat bieu cua Tong Bi thu To Lam", "To Lam", "office", "Tổng Bí thư"),
    ("Thứ trưởng Nguyễn Văn An phát biểu tại hội nghị", "Nguyễn Văn An", "office", "Thứ trưởng"),
    ("Thu truong Bo Tu phap Nguyen Van An chu tri", "Nguyen Van An", "office", "Thứ trưởng"),
    (
        "Kính gửi: Đồng chí Lê Văn Bình, Phó Chủ tịch UBND tỉnh",
        "Lê Văn Bình",
        "office",
        "Phó Chủ tịch UBND tỉnh",
    ),
    (
        "Bộ trưởng Bộ Kế hoạch và Đầu tư Nguyễn Chí Dũng chủ trì",
        "Nguyễn Chí Dũng",
        "office",
        "Bộ trưởng",
    ),
    (
        "Chủ tịch UBND TP. Hà Nội Trần Sỹ Thanh chủ trì",
        "Trần Sỹ Thanh",
        "office",
        "Chủ tịch UBND TP",
    ),
    (
        "Đại tướng Võ Nguyên Giáp là vị tướng tài ba",
        "Võ Nguyên Giáp",
        "historical",
        "Võ Nguyên Giáp",
    ),
    (
        "Dai tuong Vo Nguyen Giap la vi tuong tai ba",
        "Vo Nguyen Giap",
        "historical",
        "Võ Nguyên Giáp",
    ),
    ("Phan Bội Châu là nhà yêu nước", "Phan Bội Châu", "historical", "Phan Bội Châu"),
    (
        "Giám đốc Sở Tư pháp tỉnh Nghệ An Nguyễn Văn Hải chủ trì",
        "Nguyễn Văn Hải",
        "office",
        "Giám đốc Sở",
    ),
    ("Phó Thủ tướng Trần Hồng Hà kiểm tra", "Trần Hồng Hà", "office", "Phó Thủ tướng"),
    ("- Đ/c Nguyễn Văn Phong, Thứ trưởng (để b/c);", "Nguyễn Văn Phong", "office", "Thứ trưởng"),
    # a sentence wrapped by PDF export or a narrow column: the title ends the line above
    (
        "Tóm tắt bài phát biểu của Phó Chủ tịch UBND tỉnh\nNguyễn Văn Sơn tại hội nghị.",
        "Nguyễn Văn Sơn",
        "office",
        "Phó Chủ tịch UBND tỉnh",
    ),
    (
        "Kính gửi: Đồng chí Giám đốc Sở Tư pháp\n  Trần Thị Hoa",
        "Trần Thị Hoa",
        "office",
        "Giám đốc Sở",
    ),
    # the heads of a province's police and mass organisations, a deputy by his delegation
    (
        "Đại tá Nguyễn Văn Bảy, Giám đốc Công an tỉnh, chủ trì buổi lễ",
        "Nguyễn Văn Bảy",
        "office",
        "Giám đốc Công an tỉnh",
    ),
    (
        "- Đồng chí Nguyễn Hữu Nghĩa, Chủ tịch Hội Nông dân tỉnh;",
        "Nguyễn Hữu Nghĩa",
        "office",
        "Chủ tịch Hội Nông dân tỉnh",
    ),
    (
        "Đại biểu Hoàng Văn Cường (Đoàn ĐBQH TP Hà Nội) đề nghị làm rõ",
        "Hoàng Văn Cường",
        "office",
        "Đoàn ĐBQH",
    ),
    # the Party's central bodies, generals, a district Party secretary, a ministry's department
    (
        "Đồng chí Lê Minh Hưng, Trưởng Ban Tổ chức Trung ương, phát biểu chỉ đạo hội nghị",
        "Lê Minh Hưng",
        "office",
        "Trưởng Ban Tổ chức Trung ương",
    ),
    (
        "Chủ nhiệm Ủy ban Kiểm tra Trung ương Trần Cẩm Tú kết luận phiên họp",
        "Trần Cẩm Tú",
        "office",
        "Chủ nhiệm Ủy ban Kiểm tra Trung ương",
    ),
    (
        "Thiếu tướng Đỗ Minh Khoa trình bày tham luận về an ninh mạng",
        "Đỗ Minh Khoa",
        "office",
        "Thiếu tướng",
    ),
    (
        "Bí thư Huyện ủy Hà Văn Quang dự lễ khánh thành cầu",
        "Hà Văn Quang",
        "office",
        "Bí thư Huyện ủy",
    ),
    (
        "Phát biểu của Vụ trưởng Vụ Pháp chế Đặng Thu Hà tại hội thảo",
        "Đặng Thu Hà",
        "office",
        "Vụ trưởng Vụ",
    ),
    # a monarch by his title, listed among the figures or not
    (
        "Sau khi lên ngôi, vua Lê Thái Tổ chia nước thành 5 đạo",
        "Lê Thái Tổ",
        "historical",
        "Lê Thái Tổ",
    ),
    (
        "Thời Lê sơ đạt đỉnh cao dưới triều vua Lê Thánh Tông.",
        "Lê Thánh Tông",
        "historical",
        "Lê Thánh Tông",
    ),
]


@pytest.mark.parametrize(("text", "name", "kind", "evidence"), PUBLIC)
def test_public(text: str, name: str, kind: str, evidence: str) -> None:
    role = _judge(text, name)
    assert role is not None
    assert role.kind is PublicRoleKind(kind)
    assert role.evidence == evidence


PRIVATE = [
    ("đơn tố cáo ông Trần Văn Bình, Chủ tịch UBND tỉnh Nghệ An", "Trần Văn Bình"),
    ("don to cao ong Tran Van Binh, Chu tich UBND tinh Nghe An", "Tran Van Binh"),
    ("kỷ luật khiển trách đồng chí Lê Thị Cúc, Giám đốc Sở Tài chính", "Lê Thị Cúc"),
    ("ky luat khien trach dong chi Le Thi Cuc, Giam doc So Tai chinh", "Le Thi Cuc"),
    ("Thứ trưởng Nguyễn Văn An bị khởi tố về tội nhận hối lộ", "Nguyễn Văn An"),
    ("Thứ trưởng Nguyễn Văn An, sinh năm 1970, trú tại Hà Nội", "Nguyễn Văn An"),
    ("Thu truong Nguyen Van An, sinh nam 1970, tru tai Ha Noi", "Nguyen Van An"),
    ("Họ và tên: Nguyễn Văn An, chức vụ Thứ trưởng", "Nguyễn Văn An"),
    ("ông Trần Phú, sinh năm 1980, trú tại xã Nghi Phong", "Trần Phú"),
    ("anh Võ Văn Kiệt ở cùng xóm", "Võ Văn Kiệt"),
    # titles that are not public offices: staff, a commune's chair, a company's director
    ("Chấp hành viên Lê Văn Toàn xác minh tài sản", "Lê Văn Toàn"),
    ("Chủ tịch UBND xã, ông Nguyễn Văn An, ký", "Nguyễn Văn An"),
    ("Giám đốc công ty Nguyễn Văn An ký hợp đồng", "Nguyễn Văn An"),
    ("Trưởng phòng Nguyễn Văn An duyệt", "Nguyễn Văn An"),
    # a Chi cục's head is a district office's, not a ministry department's: private in prose
    # (public as the signer under the block's title: test_a_signer_at_every_level)
    ("Chi cục trưởng Nguyễn Văn Tâm ký quyết định", "Nguyễn Văn Tâm"),
    ("chi cuc truong nguyen van tam ky quyet dinh", "nguyen van tam"),
    ("Phó Chi cục trưởng Lê Văn Hòa tiếp công dân", "Lê Văn Hòa"),
    # a general named in a prosecution stays private like any office holder
    (
        "Cơ quan điều tra khởi tố Thiếu tướng Nguyễn Văn Long về tội lợi dụng chức vụ",
        "Nguyễn Văn Long",
    ),
    # a title that is somebody else's
    ("Thứ trưởng phát biểu, ông Nguyễn Văn An cho biết", "Nguyễn Văn An"),
    ("Bộ trưởng tiếp ông Nguyễn Văn An", "Nguyễn Văn An"),
    ("Bộ trưởng và ông Nguyễn Văn An", "Nguyễn Văn An"),
    ("Nguyễn Văn An nộp đơn", "Nguyễn Văn An"),
    ("Lê Văn Tâm nộp đơn", "Lê Văn Tâm"),  # not "Lê Văn Tám"
    # a title after the name, and the matter later in the sentence
    ("Ông Nguyễn Văn Hải, nguyên Phó Chủ tịch UBND tỉnh, bị khởi tố", "Nguyễn Văn Hải"),
    ("Ong Nguyen Van Hai, nguyen Pho Chu tich UBND tinh, bi khoi to", "Nguyen Van Hai"),
    ("Tòa án xét xử bị cáo Nguyễn Văn Hải, nguyên Giám đốc Sở Tài chính", "Nguyễn Văn Hải"),
    ("Tôi muốn khiếu nại Giám đốc Sở Nguyễn Văn Hải vì chậm", "Nguyễn Văn Hải"),
    # a line break is no wrap after a stop, a list separator, a blank line or a table cell;
    # a matter on the line above still reaches the wrapped name
    ("Phó Chủ tịch UBND tỉnh;\nNguyễn Văn Sơn", "Nguyễn Văn Sơn"),
    ("Phó Chủ tịch UBND tỉnh.\nNguyễn Văn Sơn đã nộp đơn", "Nguyễn Văn Sơn"),
    ("Phó Chủ tịch UBND tỉnh\n\nNguyễn Văn Sơn tại hội nghị.", "Nguyễn Văn Sơn"),
    ("| Phó Chủ tịch UBND tỉnh |\n| Nguyễn Văn Sơn |", "Nguyễn Văn Sơn"),
    (
        "Đơn khiếu nại đối với Phó Chủ tịch UBND tỉnh\nNguyễn Văn Sơn về việc thu hồi đất",
        "Nguyễn Văn Sơn",
    ),
    ("Giám đốc Sở\nNguyễn Văn Sơn, CCCD 001085012345", "Nguyễn Văn Sơn"),
    # English: a possessive or a relation after the title makes it somebody else's
    ("the minister's assistant Nguyen Van An called", "Nguyen Van An"),
    ("The Minister's wife Nguyễn Thị Lan", "Nguyễn Thị Lan"),
    ("Minister and Mr Nguyen Van An met", "Nguyen Van An"),
    # a company's department is no provincial one; a ministry's Director General is not listed
    ("Mr. Tran Van Nam, Director, Department of Sales, Phuong Nam JSC", "Tran Van Nam"),
    ("Ms. Le Thi Hoa, Director General, Department of Civil Status (Chair)", "Le Thi Hoa"),
    # English private contexts: identifiers after the name, a complaint or discipline
    ("Mr. Tran Van Nam, Director of the Department of Finance, born 1970", "Tran Van Nam"),
    ("Deputy Minister Nguyen Van An, phone 0912 345 678", "Nguyen Van An"),
    (
        "a complaint against Mr. Tran Van Nam, Director of the Department of Finance",
        "Tran Van Nam",
    ),
    ("Deputy Minister Nguyen Van An was disciplined last year", "Nguyen Van An"),
    # a complaint against the holder of a newly listed office stays private
    ("Đơn tố cáo ông Nguyễn Văn Bảy, Giám đốc Công an tỉnh, về việc", "Nguyễn Văn Bảy"),
    # "chưa" is no lord, "vua" typed without diacritics is as often "vừa"
    ("Hồ sơ chưa Nguyễn Văn An ký duyệt", "Nguyễn Văn An"),
    ("ho so vua Nguyen Van An ky duyet", "Nguyen Van An"),
]


@pytest.mark.parametrize(("text", "name"), PRIVATE)
def test_private(text: str, name: str) -> None:
    assert _judge(text, name) is None


def test_a_title_before_another_name_is_that_persons() -> None:
    text = "Thứ trưởng Nguyễn Văn An, Nguyễn Văn Bình"
    doc = Document(text)
    a, b = text.index("Nguyễn Văn An"), text.index("Nguyễn Văn Bình")
    names = [(a, a + 13), (b, b + 15)]
    assert judge(doc, a, a + 13, names=names) is not None
    assert judge(doc, b, b + 15, names=names) is None


def test_private_context_names_the_cue() -> None:
    doc = Document("đơn tố cáo ông Trần Văn Bình, Chủ tịch UBND tỉnh")
    start = doc.text.index("Trần")
    assert private_context(doc, start, start + 13) == "to cao"


# -- check_prompt ------------------------------------------------------------------------------


def _persons(text: str, policy: Policy | None = None):  # type: ignore[no-untyped-def]
    r = check_prompt(text, policy=policy)
    return r, [f for f in r.findings if f.entity is EntityType.PERSON]


def test_engine_keeps_an_office_holder_visible_and_says_why() -> None:
    text = "Tóm tắt bài phát biểu của Tổng Bí thư Tô Lâm tại hội nghị."
    r, persons = _persons(text)
    assert r.decision is Decision.ALLOW
    assert [text[f.start : f.end] for f in persons] == ["Tô Lâm"]
    f = persons[0]
    assert f.action is Decision.ALLOW
    assert f.placeholder is None
    assert "vai trò công: Tổng Bí thư" in f.reason.vi
    assert "public role: Tổng Bí thư" in f.reason.en
    assert "official_names_are_public" in f.reason.en
    assert r.redacted_text == text


def test_engine_keeps_a_historical_figure_visible() -> None:
    text = "Viết đoạn giới thiệu về Phan Bội Châu và phong trào Đông Du."
    r, persons = _persons(text)
    assert r.decision is Decision.ALLOW
    assert len(persons) == 1
    assert "nhân vật lịch sử" in persons[0].reason.vi
    assert "historical figure" in persons[0].reason.en
    # the finding never carries the value, even a public one
    assert persons[0].context is None
    assert "Phan Bội Châu" not in persons[0].reason.vi + persons[0].reason.en


def test_engine_a_street_is_no_person() -> None:
    r, persons = _persons("Cấm xe trên đường Võ Nguyên Giáp từ 19h đến 23h.")
    assert persons == []
    assert r.decision is Decision.ALLOW


def test_engine_mixed_prompt_redacts_the_private_name_only() -> None:
    text = (
        "Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà làm việc với tỉnh; ông Lê Văn Cường, chuyên "
        "viên Sở Nội vụ, ghi biên bản."
    )
    r, persons = _persons(text)
    assert r.decision is Decision.REDACT
    by_name = {text[f.start : f.end]: f.action for f in persons}
    assert by_name == {"Phạm Thị Thanh Trà": Decision.ALLOW, "Lê Văn Cường": Decision.REDACT}
    assert "Phạm Thị Thanh Trà" in r.redacted_text
    assert "Lê Văn Cường" not in r.redacted_text


def test_engine_a_private_occurrence_redacts_every_occurrence() -> None:
    text = "Thứ trưởng Nguyễn Văn Hùng phát biểu. Đơn tố cáo ông Nguyễn Văn Hùng gửi ngày 2/3."
    r, _ = _persons(text)
    assert r.decision is Decision.REDACT
    assert "Nguyễn Văn Hùng" not in r.redacted_text


def test_the_switch_redacts_public_names_like_any_name() -> None:
    off = Policy(official_names_are_public=False)
    text = "Thứ trưởng Nguyễn Văn An phát biểu tại hội nghị."
    r, persons = _persons(text, off)
    assert r.decision is Decision.REDACT
    assert persons
    assert all(f.action is Decision.REDACT for f in persons)
    assert not any(f.pattern.startswith("public_role.") for f in persons)


_TITLES = st.sampled_from(
    ["Thứ trưởng", "Tổng Bí thư", "Đại tướng", "Bộ trưởng Bộ Tư pháp", "Đồng chí", "ông", ""]
)
_NAMES = st.sampled_from(
    ["Nguyễn Văn An", "Tô Lâm", "Võ Nguyên Giáp", "Phan Bội Châu", "Lê Thị Hoa", "Tran Van Binh"]
)
_TAILS = st.sampled_from(
    [
        " phát biểu tại hội nghị.",
        ", Phó Chủ tịch UBND tỉnh.",
        " là nhà yêu nước.",
        ", sinh năm 1970.",
    ]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TITLES, _NAMES, _TAILS, st.sampled_from(["Tóm tắt: ", "Kính gửi: ", ""]))
def test_with_the_switch_off_no_person_is_ever_allowed(
    title: str, name: str, tail: str, head: str
) -> None:
    text = f"{head}{title} {name}{tail}".strip()
    r = check_prompt(text, policy=Policy(official_names_are_public=False))
    for f in r.findings:
        if f.entity is EntityType.PERSON:
            assert f.action is not Decision.ALLOW
            assert not f.pattern.startswith("public_role.")


# -- classify_document uses the same judgement -------------------------------------------------


def test_classify_counts_public_names_as_public_role_data() -> None:
    from ai_guard import classify_document

    text = "Tóm tắt bài phát biểu của Tổng Bí thư Tô Lâm. Phan Bội Châu là nhà yêu nước."
    on = classify_document(text).personal_data
    assert on.private_names == 0
    assert on.public_role_names == 2
    off = classify_document(text, policy=Policy(official_names_are_public=False)).personal_data
    assert off.private_names == 2
    assert off.public_role_names == 0


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # identifiers after a ";" on the name's line (a delegation list)
        (
            "1. Ông Lê Hoàng Nam - Phó Giám đốc Sở, Trưởng đoàn; ngày sinh 21/06/1973",
            "Lê Hoàng Nam",
        ),
        # a vote of confidence is a personnel matter
        (
            "2 trường hợp có trên 30% phiếu tín nhiệm thấp: đồng chí Hoàng Văn Sùng, Giám đốc "
            "Sở Xây dựng",
            "Hoàng Văn Sùng",
        ),
        # the recipient of a secret envelope
        (
            "Kính gửi: đồng chí Vi Văn Thắng – Phó Chủ tịch UBND tỉnh\n"
            "CHỈ NGƯỜI CÓ TÊN MỚI ĐƯỢC BÓC BÌ",
            "Vi Văn Thắng",
        ),
        # the title belongs to the sentence before ("họp." ends it)
        ("Thứ trưởng chủ trì cuộc họp. Nguyễn Văn An nộp đơn", "Nguyễn Văn An"),
    ],
)
def test_private_in_lists_personnel_and_secret_mail(text: str, name: str) -> None:
    assert _judge(text, name) is None


def test_an_abbreviation_dot_does_not_end_the_sentence() -> None:
    role = _judge("Chủ tịch UBND TP. Hà Nội, ông Trần Sỹ Thanh, chủ trì", "Trần Sỹ Thanh")
    assert role is not None
    assert role.evidence == "Chủ tịch UBND TP"


# -- hard negatives: streets, schools, routes and bare titles stay clean ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Cấm xe trên đường Nguyễn Thị Minh Khai và Võ Văn Tần từ 19h đến 23h.",
        "cam xe tren duong Nguyen Thi Minh Khai va Vo Van Tan tu 19h den 23h",
        "Lộ trình: Hùng Vương - Điện Biên Phủ - Trần Phú - Lê Duẩn - Tràng Thi.",
        "Phân luồng tại nút giao Lê Duẩn – Tôn Đức Thắng từ 22h00.",
        "Trường THPT chuyên Lê Quý Đôn có 42 giải học sinh giỏi quốc gia.",
        "Help me write about Nguyen Hue walking street in the evening.",
        "Thủ tướng Chính phủ ban hành Chỉ thị về chuyển đổi số.",
        "Bộ trưởng, Thứ trưởng và Chủ tịch UBND tỉnh dự hội nghị.",
        "bo truong va thu truong du hoi nghi tai Ha Noi",
    ],
)
def test_no_person_in_streets_schools_and_bare_titles(text: str) -> None:
    r, persons = _persons(text)
    assert persons == []
    assert r.decision is Decision.ALLOW


def test_the_switch_loads_from_toml_keys() -> None:
    policy = Policy.from_mapping({"official-names-are-public": False})
    assert policy.official_names_are_public is False
    r, persons = _persons("Tóm tắt bài phát biểu của Tổng Bí thư Tô Lâm.", policy)
    assert r.decision is Decision.REDACT
    assert [f.action for f in persons] == [Decision.REDACT]


def test_a_failing_judgement_redacts(monkeypatch: pytest.MonkeyPatch) -> None:
    import ai_guard.prompt.engine as engine

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(engine, "judge_public_role", broken)
    r, persons = _persons("Tóm tắt bài phát biểu của Tổng Bí thư Tô Lâm.")
    assert r.decision is Decision.REDACT
    assert [f.action for f in persons] == [Decision.REDACT]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TITLES, _NAMES, _TAILS)
def test_an_allowed_person_always_says_why(title: str, name: str, tail: str) -> None:
    r = check_prompt(f"{title} {name}{tail}".strip())
    for f in r.findings:
        if f.entity is EntityType.PERSON and f.action is Decision.ALLOW:
            assert f.pattern.startswith("public_role.")
            assert (f.context is None) is (f.pattern == "public_role.historical")
            assert ("vai trò công" in f.reason.vi) or ("nhân vật lịch sử" in f.reason.vi)
            assert ("public role" in f.reason.en) or ("historical figure" in f.reason.en)


def test_a_signer_who_shares_a_figures_name_is_no_historical_figure() -> None:
    text = "CHI CỤC TRƯỞNG\n(Đã ký)\nHuỳnh Tấn Phát\n"
    assert _judge(text, "Huỳnh Tấn Phát") is None
    assert _judge("Huỳnh Tấn Phát là nhà kiến trúc sư", "Huỳnh Tấn Phát") is not None


def test_the_law_named_near_an_official_does_not_make_them_private() -> None:
    """Only a mark that handles a secret ("CHỈ NGƯỜI CÓ TÊN MỚI ĐƯỢC BÓC BÌ", a level, an
    "Độ mật:" label) near a name makes it private; prose about state secrets does not."""
    from ai_guard import check_prompt

    text = (
        "Phát biểu bế mạc, Thứ trưởng Lâm Quang Huy nhấn mạnh việc bảo vệ bí mật nhà nước "
        "và xác định độ mật của dữ liệu khi dùng trí tuệ nhân tạo."
    )
    (name,) = [f for f in check_prompt(text).findings if f.entity.value == "PERSON"]
    assert name.action.value == "allow"
    envelope = (
        "Kính gửi: đồng chí Vi Văn Thắng – Phó Chủ tịch UBND tỉnh\nCHỈ NGƯỜI CÓ TÊN MỚI ĐƯỢC BÓC BÌ"
    )
    (name,) = [f for f in check_prompt(envelope).findings if f.entity.value == "PERSON"]
    assert name.action.value == "redact"


@pytest.mark.parametrize(
    "text",
    [
        "STT\tHọ tên\tChức vụ\n1\tTrần Quốc Toản\tTrưởng phòng\n2\tHà Thị Bích\tChuyên viên",
        "| Họ và tên | Năm sinh |\n|---|---|\n| Trần Quốc Toản | 1980 |",
    ],
)
def test_a_historical_name_in_a_list_of_people_is_a_namesake(text: str) -> None:
    redacted = check_prompt(text).redacted_text
    assert "Trần Quốc Toản" not in redacted


@pytest.mark.parametrize(
    "text",
    [
        "| STT | Tên đường | Chiều dài |\n|---|---|---|\n| 1 | Võ Thị Sáu | 2 km |",
        "| Nhân vật | Năm sinh |\n|---|---|\n| Trần Quốc Toản | 1267 |",
    ],
)
def test_a_historical_name_in_a_column_of_streets_or_figures_stays_visible(text: str) -> None:
    assert check_prompt(text).decision is Decision.ALLOW


SIGNED = [
    # (text, signer): the name under a signature block's title, a rank or a seal note between
    (
        "Tóm tắt quyết định:\nQUYẾT ĐỊNH\nXử phạt ông Hầu Văn Chung, sinh năm 1983.\n"
        "TRƯỞNG CÔNG AN XÃ\n\nThượng úy Vàng Seo Chúng",
        "Vàng Seo Chúng",
    ),
    (
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Quốc Hội",
        "Trần Quốc Hội",
    ),
    ("Điều 3. Thi hành.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(Đã ký)\nLê Văn Tâm", "Lê Văn Tâm"),
]


@pytest.mark.parametrize(("text", "signer"), SIGNED)
def test_engine_keeps_a_documents_signer_visible_and_says_why(text: str, signer: str) -> None:
    """The signer acts for the office whatever the document is about (one notion with
    classify_document); the person the document is about stays redacted."""
    r, persons = _persons(text)
    kept = [f for f in persons if text[f.start : f.end] == signer]
    assert [f.action for f in kept] == [Decision.ALLOW]
    assert kept[0].pattern == "public_role.official"
    assert "người ký văn bản" in kept[0].reason.vi
    assert "signer of the document" in kept[0].reason.en
    assert signer in r.redacted_text
    assert all(f.action is Decision.REDACT for f in persons if f is not kept[0])


@pytest.mark.parametrize(
    "text",
    [
        # a citizen signs their own letter: private, under however official a layout
        "ĐƠN KHIẾU NẠI\nKính gửi: UBND xã\n...\nNGƯỜI LÀM ĐƠN\n(ký, ghi rõ họ tên)\nLê Thị Hồng",
        # a capitals line over a name that signs nothing: a list's heading, a form's label
        "DANH SÁCH HỘ NGHÈO\nNguyễn Văn An",
        "HỌ VÀ TÊN\nNguyễn Văn An",
        # a name alone on its line with no capitals title above it
        "Người liên hệ:\nNguyễn Văn An",
    ],
)
def test_engine_a_name_that_signs_no_official_document_is_redacted(text: str) -> None:
    r, persons = _persons(text)
    assert persons
    assert all(f.action is Decision.REDACT for f in persons)
    assert r.decision is Decision.REDACT


def test_the_switch_redacts_a_signer_too() -> None:
    text = "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Tâm"
    r, persons = _persons(text, Policy(official_names_are_public=False))
    assert [f.action for f in persons] == [Decision.REDACT]
    assert "Lê Văn Tâm" not in r.redacted_text


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # "hội" of "Quốc hội" ends the body, no association named so
        (
            "trích dẫn phát biểu của Phó Chủ tịch Quốc hội Nguyễn Khắc Định khi tiếp xúc cử tri",
            "Nguyễn Khắc Định",
            "Phó Chủ tịch Quốc hội",
        ),
        ("Tóm tắt bài phát biểu của Chủ tịch Quốc hội Trần Thanh Mẫn.", "Trần Thanh Mẫn", None),
        (
            "nêu ý chính bài viết của Thường trực Ban Bí thư Trần Cẩm Tú về chống lãng phí",
            "Trần Cẩm Tú",
            "Thường trực Ban Bí thư",
        ),
    ],
)
def test_national_assembly_and_secretariat_officers_are_kept_visible(
    text: str, name: str, title: str | None
) -> None:
    r, persons = _persons(text)
    assert [(text[f.start : f.end], f.action.value) for f in persons] == [(name, "allow")]
    assert r.decision is Decision.ALLOW
    if title is not None:
        assert _judge(text, name).evidence == title


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an English office title before a two-word name, its possessive left out
        ("Summarise General Secretary Tô Lâm's speech in 150 words", "Tô Lâm"),
        ("Summarise General Secretary To Lam's speech at the Congress", "To Lam"),
        ("Prime Minister Phạm Minh Chính chaired the meeting", "Phạm Minh Chính"),
    ],
)
def test_english_office_titles_keep_the_holder_visible(text: str, name: str) -> None:
    r, persons = _persons(text)
    assert [(text[f.start : f.end], f.action.value) for f in persons] == [(name, "allow")]
    assert r.decision is Decision.ALLOW


def test_an_english_possessive_is_not_the_names() -> None:
    text = "Nguyễn Văn An's report, sinh năm 1980, is late"
    _, persons = _persons(text)
    assert [text[f.start : f.end] for f in persons] == ["Nguyễn Văn An"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("đơn tố cáo đại biểu Quốc hội Nguyễn Văn Hải nhận hối lộ", "Nguyễn Văn Hải"),
        ("kỷ luật Thường trực Ban Bí thư Trần Văn An", "Trần Văn An"),
        ("Hội Nông dân Nguyễn Văn An", "Nguyễn Văn An"),
    ],
)
def test_the_same_titles_in_a_matter_are_redacted(text: str, name: str) -> None:
    _, persons = _persons(text)
    assert [(text[f.start : f.end], f.action.value) for f in persons] == [(name, "redact")]


@pytest.mark.parametrize(
    ("text", "name", "action"),
    [
        # lower case, the office's body between the title and the holder's name
        (
            "tom tat y kien cua bo truong bo y te dao hong lan ve du thao luat",
            "dao hong lan",
            "allow",
        ),
        ("chủ tịch ubnd tỉnh lê văn bình chủ trì hội nghị", "lê văn bình", "allow"),
        # the same holder in a complaint: redacted
        ("don to cao bo truong bo y te dao hong lan ve du thao", "dao hong lan", "redact"),
        # a complaint about the holder, the name closed by "vì": redacted
        (
            "công dân khiếu nại giám đốc sở tài chính vũ minh tâm vì không trả lời đơn",
            "vũ minh tâm",
            "redact",
        ),
        ("giam doc so tai chinh vu minh tam vi khong tra loi", "vu minh tam", "allow"),
        # the head of a body that is no public office (a commune's Party secretary, a
        # commune's chair, a principal): found the same way, always redacted
        (
            "đơn tố cáo ông bí thư đảng ủy xã nguyễn văn hùng nhận tiền của dân",
            "nguyễn văn hùng",
            "redact",
        ),
        ("chu tich ubnd xa tran van binh chu tri hop", "tran van binh", "redact"),
        ("hiệu trưởng trường thcs an bình nguyễn thị lan chủ trì", "nguyễn thị lan", "redact"),
        # "là" is no "La": the name after the title is "anh quý"'s given name alone
        ("muốn viết email gửi trưởng phòng là anh quý", "quý", "redact"),
    ],
)
def test_a_lower_case_holder_after_the_office_and_its_body(
    text: str, name: str, action: str
) -> None:
    _, persons = _persons(text)
    assert [(text[f.start : f.end], f.action.value) for f in persons] == [(name, action)]


@pytest.mark.parametrize(
    "text",
    [
        "bo truong bo y te de nghi cac tinh bao cao",
        "thủ tướng chỉ đạo các bộ khẩn trương hoàn thành",
        "chủ tịch ubnd xã chủ trì cuộc họp với các hộ dân",
        "giám đốc sở tư pháp vì bận nên không dự",
        "bí thư đảng ủy xã nhận bàn giao hồ sơ",
        # typed plain, "phuong" is the ward; a sentence, a list between
        "kinh gui chu tich ubnd phuong tan dinh tiep dan",
        "chuc vu: pho truong phong. dinh dang lai thanh bang 2 cot",
        "noi nhan:\n- nhu dieu 3",
    ],
)
def test_no_holder_where_no_name_follows_the_office(text: str) -> None:
    _, persons = _persons(text)
    assert persons == []


def test_a_name_after_another_persons_cue_is_no_holder() -> None:
    text = "bộ trưởng gặp ông nguyễn văn an ở hà nội"
    _, persons = _persons(text)
    assert [(text[f.start : f.end], f.action.value) for f in persons] == [
        ("nguyễn văn an", "redact")
    ]


@pytest.mark.parametrize(
    ("text", "name", "decision"),
    [
        # scholars, physicians and generals whose names schools and streets bear, honoured
        ("Soạn bài phát biểu lễ kỷ niệm ngày sinh danh y Lê Hữu Trác.", "Lê Hữu Trác", "allow"),
        ("Tin vắn: kỷ niệm ngày sinh danh nhân Ngô Thì Nhậm ở Thanh Oai.", "Ngô Thì Nhậm", "allow"),
        # the same name as a party to a case is a private person
        ("Bị đơn: ông Lê Hữu Trác, sinh năm 1970, trú tại thôn Đông.", "Lê Hữu Trác", "redact"),
    ],
)
def test_more_historical_figures_are_public_and_parties_stay_private(
    text: str, name: str, decision: str
) -> None:
    _, persons = _persons(text)
    assert (name, decision) in [(text[f.start : f.end], f.action.value) for f in persons]


@pytest.mark.parametrize(
    ("text", "name", "decision"),
    [
        # a decision pasted in lower case: the official's title alone on its line, "(đã ký)"
        # under it, the signer's name: the signer in their role, as in capitals
        (
            "điều 3. các ông bà có tên trên thi hành quyết định này.\nnơi nhận:\n- như điều 3;"
            "\n- lưu: vt.\nkt. chủ tịch\nphó chủ tịch\n(đã ký)\nlâm hoàng sang",
            "lâm hoàng sang",
            "allow",
        ),
        # a citizen's own signature under "người làm đơn" stays private
        ("kính gửi ubnd xã.\nngười làm đơn\n(đã ký)\nlô thanh hải", "lô thanh hải", "redact"),
        # the bare title (no "kt.", "tm."), typed without diacritics too, "(đã ký)" or blank
        # lines between, a rank before the name, the level of the unit after the title
        ("điều 3. thi hành.\ngiám đốc\n(đã ký)\nvi văn thắm", "vi văn thắm", "allow"),
        ("dieu 3. thi hanh.\nchi cuc truong\n(da ky)\nau van hung", "au van hung", "allow"),
        ("muc phat: 15.000.000 dong.\nchu tich\n\nha duc thien", "ha duc thien", "allow"),
        ("- luu: vt.\ntl. chu tich\nchanh van phong\nnguyen the khai", "nguyen the khai", "allow"),
        (
            "khong doi mu bao hiem.\ntruong cong an xa\n\nthuong uy vang seo chung",
            "vang seo chung",
            "allow",
        ),
        # a citizen again; a title in sentence case over "(đã ký)" is a signature block too
        # (the judge signing a court's decision: holdout2's h2-039, settled public)
        ("kinh gui ubnd xa.\nnguoi lam don\n(da ky)\nlo thanh hai", "lo thanh hai", "redact"),
        ("Bà Tú trả lại.\nThẩm phán\n(đã ký)\nDương Hoài Phong", "Dương Hoài Phong", "allow"),
        ("Điều 3. Thi hành.\nGiám đốc\n\n(Đã ký)\nHà Minh Lộc", "Hà Minh Lộc", "allow"),
        ("Kính gửi UBND xã.\nNgười làm đơn\n(đã ký)\nHà Minh Lộc", "Hà Minh Lộc", "redact"),
    ],
)
def test_a_lower_case_signature_block_under_an_officials_title(
    text: str, name: str, decision: str
) -> None:
    _, persons = _persons(text)
    assert (name, decision) in [(text[f.start : f.end], f.action.value) for f in persons]


_TWO_SIGNERS = (
    "Chủ trì: bà Đinh Thị Phương Thảo, {title}.\n{body}THƯ KÝ        CHỦ TRÌ\n"
    "{gap}Vi Thị Hạnh        Đinh Thị Phương Thảo"
)


@pytest.mark.parametrize("gap", ["", "(Đã ký)        (Đã ký)\n", "\n"])
def test_a_provincial_chair_signing_the_minutes_beside_the_clerk_stays_public(gap: str) -> None:
    """The settled rule (tests/corpus/PROMPTS.md): the chair named with a provincial title is
    public, and so is her signature under CHỦ TRÌ in a two-signer row; the clerk beside her
    is private. Before, the signature was read as a private name and redacted both."""
    text = _TWO_SIGNERS.format(title="Phó Giám đốc Sở Tư pháp", body="", gap=gap)
    result = check_prompt(text)
    assert result.redacted_text.count("Đinh Thị Phương Thảo") == 2, result.redacted_text
    assert "Vi Thị Hạnh" not in result.redacted_text
    kept = [f for f in result.findings if f.action is Decision.ALLOW]
    assert [f.pattern for f in kept] == ["public_role.office"] * 2
    assert all(f.context == "Phó Giám đốc Sở" for f in kept)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # a commune official chairing: private (the settled rule), her signature too
        ("Phó Chủ tịch UBND xã", ""),
        # the same name in a private matter in the minutes: redacted everywhere
        ("Phó Giám đốc Sở Tư pháp", "Bà Đinh Thị Phương Thảo còn nợ tiền ông Tư.\n"),
    ],
)
def test_a_signature_row_does_not_make_a_private_chair_public(title: str, body: str) -> None:
    result = check_prompt(_TWO_SIGNERS.format(title=title, body=body, gap=""))
    assert "Đinh Thị Phương Thảo" not in result.redacted_text, result.redacted_text
    assert "Vi Thị Hạnh" not in result.redacted_text


def test_a_name_beside_others_on_a_prose_line_is_no_signature_cell() -> None:
    """Only a whole column of the line counts: a name inside a sentence under a heading in
    capitals is not a signer's."""
    text = (
        "Chủ trì: bà Đinh Thị Phương Thảo, Phó Giám đốc Sở Tư pháp.\nNỢ ĐỌNG\n"
        "Bà Đinh Thị Phương Thảo ký nhận khoản vay."
    )
    assert "Đinh Thị Phương Thảo" not in check_prompt(text).redacted_text


def test_a_name_pasted_after_the_signature_is_no_signer() -> None:
    """An appendix pasted after the signer's name with a blank line between (a list of
    debtors) holds private persons, however near the signature: they are redacted, the
    signer stays visible in his public role."""
    from ai_guard import check_prompt

    text = (
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHI CỤC TRƯỞNG\n\n\nPhan Đình Thụ\n\n"
        "PHỤ LỤC\nNgười phải thi hành án\tSố tiền\nVõ Văn Lĩnh\t415.000.000"
    )
    result = check_prompt(text)
    actions = {text[f.start : f.end]: f.action.value for f in result.findings}
    assert actions.get("Võ Văn Lĩnh") == "redact"
    assert actions.get("Phan Đình Thụ") == "allow"


# -- holdout32 (blind): a police director beside suspects, a branch's director in a list, a
# -- street that bears a figure's name ----------------------------------------------------------


def _actions(text: str) -> dict[str, str]:
    return {text[f.start : f.end]: f.action.value for f in check_prompt(text).findings}


def test_identifiers_after_the_next_name_are_that_persons() -> None:
    """A birth year past the clause, after another person's name, is that person's: the
    office holder who spoke before them stays public."""
    text = (
        "Viết tin: Giám đốc Công an tỉnh Trịnh Văn Quyết thông tin vụ án; đối tượng Lò Văn"
        " Phong (sinh năm 1995) đã bị bắt."
    )
    actions = _actions(text)
    assert actions["Trịnh Văn Quyết"] == "allow"
    assert actions["Lò Văn Phong"] == "redact"


@pytest.mark.parametrize(
    "title",
    ["Giám đốc Bảo hiểm xã hội tỉnh", "Giám đốc BHXH tỉnh", "Giám đốc Kho bạc Nhà nước khu vực"],
)
def test_a_central_agencys_provincial_head_is_public(title: str) -> None:
    text = f"Danh sách đại biểu: ông Tạ Minh Khôi - {title}; bà Lưu Thị Lụa - đại diện người dân."
    actions = _actions(text)
    assert actions["Tạ Minh Khôi"] == "allow"
    assert actions["Lưu Thị Lụa"] == "redact"


def test_an_agencys_initials_after_the_title_are_no_identifier() -> None:
    """The "BHXH" inside the office named after the name is the agency; a social-insurance
    number after the office is still the person's."""
    assert _actions("Kính gửi: ông Tạ Minh Khôi, Giám đốc BHXH tỉnh.")["Tạ Minh Khôi"] == "allow"
    text = "ông Tạ Minh Khôi, Giám đốc BHXH tỉnh, mã số BHXH 0123456789"
    assert _actions(text)["Tạ Minh Khôi"] == "redact"


def test_a_street_bearing_a_figures_name_is_no_form_label() -> None:
    """The words "mang tên" give a street's or a school's namesake, not a form's "Tên:" label:
    the figure stays visible; a form's label still makes the name private."""
    text = "Vì sao con đường trước cổng trường mang tên Nguyễn Văn Trỗi?"
    assert set(_actions(text).values()) <= {"allow"}
    assert check_prompt(text).decision is Decision.ALLOW
    assert _actions("Tên: Nguyễn Văn Trỗi, sinh năm 1990")["Nguyễn Văn Trỗi"] == "redact"


# -- one table of an office's standing (issue 15: one notion of public role) --------------------


@pytest.mark.parametrize(
    ("title", "level", "in_prose"),
    [
        ("Thứ trưởng", OfficeLevel.NATIONAL, True),
        ("Cục trưởng Cục Thuế", OfficeLevel.NATIONAL, True),
        ("Q. Tổng cục trưởng", OfficeLevel.NATIONAL, True),
        ("Đại tướng", OfficeLevel.NATIONAL, True),
        ("phó chủ tịch ubnd tỉnh", OfficeLevel.PROVINCIAL, True),
        ("Giám đốc Sở", OfficeLevel.PROVINCIAL, True),
        ("chu tich ubnd huyen", OfficeLevel.DISTRICT, True),
        ("Bí thư Huyện ủy", OfficeLevel.DISTRICT, True),
        # heads and staff whose names stay private in prose, public as signers
        ("CHI CỤC TRƯỞNG", OfficeLevel.DISTRICT, False),
        ("KT. CHI CỤC TRƯỞNG", OfficeLevel.DISTRICT, False),
        ("phó chi cục trưởng", OfficeLevel.DISTRICT, False),
        ("Chủ tịch UBND xã", OfficeLevel.COMMUNE, False),
        ("trưởng công an xã", OfficeLevel.COMMUNE, False),
        ("Trưởng phòng", OfficeLevel.UNIT, False),
        ("chấp hành viên", OfficeLevel.UNIT, False),
        ("CHỦ TỊCH", OfficeLevel.UNIT, False),
    ],
)
def test_an_offices_standing_is_one_table(title: str, level: OfficeLevel, in_prose: bool) -> None:
    standing = office_standing(title)
    assert standing is not None
    assert standing.title.startswith("Q.") is title.startswith("Q.")  # an acting head's
    assert standing.level is level
    assert standing.in_prose is in_prose
    assert standing.as_recipient is in_prose
    assert standing.as_signer  # the settled rule: the signer is public at every level


@pytest.mark.parametrize("title", ["Người làm đơn", "giám đốc công ty abc xyz", "bị đơn", "ông"])
def test_what_no_lexicon_holds_has_no_standing(title: str) -> None:
    standing = office_standing(title)
    assert standing is None or (standing.level is OfficeLevel.UNIT and not standing.in_prose)


@pytest.mark.parametrize(
    "block",
    [
        "CHI CUC TRUONG (da ky) {n}",
        "CHI CỤC TRƯỞNG (đã ký) {n}",
        "KT. CHI CỤC TRƯỞNG (đã ký) {n}",
        "KT. CHI CỤC TRƯỞNG PHÓ CHI CỤC TRƯỞNG (đã ký) {n}",
        "Ngày 2/3/2026.\nCHI CỤC TRƯỞNG\n(đã ký)\n{n}",
        "dieu 3. thi hanh.\nchi cuc truong\n(da ky)\n{n}",
        "CHỦ TỊCH (đã ký) {n}",
        "TRƯỞNG PHÒNG (đã ký) {n}",
        "Người ký: KT. CHỦ TỊCH UBND xã, PHÓ CHỦ TỊCH {n}.",
        "Người ký: {n} - Phó Chi cục trưởng",
    ],
)
def test_a_signer_at_every_level(block: str) -> None:
    """The settled rule (PROMPTS.md, 2026-12-03): the signer of an official document, under
    its signature block's title, is public whatever the office's level, in a block on its
    lines, flattened onto one line with or without "KT." (holdout41's h41-120), or in a
    signer's field; the same title in prose keeps the holder private (test_private)."""
    for name in ("Kiều Văn Dũng", "Kieu Van Dung"):
        text = block.format(n=name)
        _, persons = _persons(text)
        kept = [f for f in persons if text[f.start : f.end] == name]
        assert kept, text
        assert all(
            f.action is Decision.ALLOW and f.pattern == "public_role.official" for f in kept
        ), text


@pytest.mark.parametrize(
    "block",
    [
        "NGƯỜI LÀM ĐƠN (đã ký) {n}",
        "Người làm đơn\n(đã ký)\n{n}",
        "nguoi lam don\n(da ky)\n{n}",
    ],
)
def test_a_citizen_under_a_signature_stays_private(block: str) -> None:
    text = block.format(n="Kiều Văn Dũng")
    _, persons = _persons(text)
    assert persons
    assert all(f.action is not Decision.ALLOW for f in persons)


# -- a private namesake of a figure a place is named after --------------------------------------

#: entries of public_figures.txt that are no one's name as a person bears it: events, an
#: epithet, a pen name
_NOT_A_NAMESAKES_NAME = frozenset(
    {"Trường Chinh", "Hai Bà Trưng", "Bà Triệu", "Điện Biên Phủ", "Bác Hồ"}
)


def _figures() -> list[str]:
    from ai_guard.text import data

    return [x for x in data.lines("detectors/public_figures.txt") if x not in _NOT_A_NAMESAKES_NAME]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    figure=st.sampled_from(_figures()),
    template=st.sampled_from(
        [
            "ông {x} sinh năm 1980",
            "Bà {x}, sinh năm 1975, trú tại thôn 3, xã An Bình",
            "đơn khiếu nại của ông {x}, CCCD 001080012345",
        ]
    ),
)
def test_a_figures_namesake_with_a_private_mark_is_redacted(figure: str, template: str) -> None:
    """A private person's marks (a birth year, an ID, a residence, a complaint) beside a
    hero's or a leader's name make it a person to redact, even where a district, a ward or a
    street bears the name ("ông Ngô Quyền sinh năm 1980" found nothing)."""
    text = template.format(x=figure)
    _, persons = _persons(text)
    start = text.index(figure)
    assert any(
        f.start <= start and f.end >= start + len(figure) - 1 and f.action is not Decision.ALLOW
        for f in persons
    ), text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ong ngo quyen sinh nam 1980", "ngo quyen"),
        ("ong quang trung sinh nam 1970 o thon 2", "quang trung"),
        ("ba vo thi sau cccd 001175012345", "vo thi sau"),
    ],
)
def test_a_namesake_typed_in_lower_case_is_redacted(text: str, name: str) -> None:
    _, persons = _persons(text)
    start = text.index(name)
    assert any(
        f.start <= start and f.end >= start + len(name) and f.action is not Decision.ALLOW
        for f in persons
    ), text


@pytest.mark.parametrize("figure", ["Ngô Quyền", "Quang Trung", "Lê Lợi", "Hồ Chí Minh"])
def test_places_and_history_named_after_a_figure_stay_so(figure: str) -> None:
    # a street, a ward, a school named after the figure: no person
    for text in (
        f"nhà ở số 5 đường {figure}, phường Bến Nghé, SĐT 0912345678",
        f"12 {figure}, SĐT 0912345678",
        f"UBND phường {figure}, điện thoại 0225 3123456",
        f"Trường THCS {figure}, điện thoại 0225 3123456",
    ):
        _, persons = _persons(text)
        assert persons == [], text
    # the figure in history: public where found, never redacted
    for text in (
        f"Năm 938, {figure} lãnh đạo quân dân đánh tan quân giặc.",
        f"{figure} đánh tan quân giặc",
    ):
        _, persons = _persons(text)
        assert all(f.action is Decision.ALLOW for f in persons), text


# -- each finding's reason names the role or the private mark that decided it ------------------


@pytest.mark.parametrize(
    ("text", "name", "vi", "en"),
    [
        # a signer: the block's title, at whatever level
        (
            "CHI CUC TRUONG (da ky) Kieu Van Dung",
            "Kieu Van Dung",
            "người ký văn bản (dưới chức danh ở khối chữ ký «chi cục trưởng»",
            "signer of the document (under the signature block's title «chi cục trưởng»",
        ),
        (
            "Điều 3. Thi hành.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n(đã ký)\nNinh Văn Quảng",
            "Ninh Văn Quảng",
            "«phó giám đốc»",
            "«phó giám đốc»",
        ),
        # an office holder in prose: the title and its level
        (
            "Phó Chủ tịch UBND tỉnh Lê Văn Bình phát biểu",
            "Lê Văn Bình",
            "Phó Chủ tịch UBND tỉnh (chức vụ cấp tỉnh)",
            "Phó Chủ tịch UBND tỉnh (a provincial office)",
        ),
        # a private mark overriding a title or a figure: both named, the name redacted
        (
            "Thứ trưởng Nguyễn Văn An, sinh năm 1970, trú tại Hà Nội",
            "Nguyễn Văn An",
            "có chức danh «Thứ trưởng», nhưng bên cạnh có dấu hiệu của người riêng tư «sinh nam»",
            "named with the title «Thứ trưởng», but a private person's mark stands beside it "
            "«sinh nam»",
        ),
        (
            "don to cao ong Tran Van Binh, Chu tich UBND tinh Nghe An",
            "Tran Van Binh",
            "«Chủ tịch UBND tỉnh»",
            "«to cao»",
        ),
        (
            "ông Ngô Quyền sinh năm 1980",
            "Ngô Quyền",
            "trùng tên một nhân vật lịch sử",
            "shares a historical figure's name, but a private person's mark",
        ),
    ],
)
def test_each_findings_reason_names_what_decided_it(text: str, name: str, vi: str, en: str) -> None:
    _, persons = _persons(text)
    found = [f for f in persons if text[f.start : f.end] == name]
    assert found, text
    assert vi in found[0].reason.vi
    assert en in found[0].reason.en
    # a finding never carries the value
    assert name not in (found[0].context or "")
