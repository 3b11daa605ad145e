"""vn.secrecy_mark on documents and chat typed in lower case or without diacritics: the same
prompts as the labelled corpora rewritten the way chat writes (benchmarks/chat_variants.py),
where a mark that went out unblocked is a leak. At least as many texts that must stay clean."""

from __future__ import annotations

import pytest

from ai_guard import Decision, EntityType

MARK = EntityType.STATE_SECRET_MARK
FAMILY = (MARK,)

POSITIVES = [
    pytest.param("so: 58/kh-anđn\ttối mật\nquản lý tình hình", "tối mật", id="number-line-field"),
    pytest.param("CONG AN TINH QUANG NINH\nSo: 58/KH-ANDN\tTOI MAT\nQuan ly", "TOI MAT",
                 id="number-line-field-no-diacritics"),
    pytest.param("Toi dan doan nay co dong dau Toi mat o goc, ban rut giup y chinh", "Toi mat",
                 id="stamp-title-case-no-diacritics"),
    pytest.param("doc giup em file nay, dau mat o goc trai, noi dung ve ke hoach", "dau mat",
                 id="stamp-where-it-stands"),
    pytest.param("this memo is stamped mat at the top right; summarise it", "mat",
                 id="stamp-where-it-stands-english"),
    pytest.param("The header of the scanned file says TUYET MAT in red ink, summarise it",
                 "TUYET MAT", id="says-caps-no-diacritics"),
    pytest.param("the header of the scanned file says tuyệt mật in red ink", "tuyệt mật",
                 id="says-lower-case"),
    pytest.param("sở nội vụ\nsố: 96/bc-snv\nmật\nbáo cáo\ndanh sách", "mật",
                 id="lower-case-header"),
    pytest.param("so ngoai vu\nso: 77/bc-sngv\nmat\ntp hue, ngay 09 thang 7 nam 2025", "mat",
                 id="lower-case-header-no-diacritics"),
    pytest.param("tinh uy lang son\nso 88-tb/tu\ntoi mat\nthong bao y kien", "toi mat",
                 id="two-words-between-lines"),
    pytest.param("can viet lai bao cao cho gon:\ntoi mat\ndanh sach can bo du nguon", "toi mat",
                 id="two-words-alone-no-header"),
    pytest.param("toi\u00a0mat\nbao cao\ntinh hinh an ninh noi bo", "toi\u00a0mat",
                 id="two-words-first-line-then-bao"),
    pytest.param("3. khong sao chup, khong phat tan.\ntai lieu thu hoi", "tai lieu thu hoi",
                 id="control-stamp-last-line"),
    pytest.param("tài liệu thu hồi\nthanh tra chính phủ\nsố: 112/kl-ttcp", "tài liệu thu hồi",
                 id="control-stamp-first-line"),
    pytest.param("bìa hồ sơ có dấu tài liệu thu hồi, lập phiếu mượn", "tài liệu thu hồi",
                 id="control-stamp-after-a-stamp-word"),
    pytest.param("ngoài bì thư ghi: độ mật: a – số: 15/bc-cat", "độ mật: a",
                 id="envelope-letter-lower"),
    pytest.param("tiêu đề: [mật] danh sách nhân sự dự kiến điều động", "mật",
                 id="bracket-tag-lower"),
    pytest.param("tieu de: [mat] danh sach nhan su du kien", "mat",
                 id="bracket-tag-no-diacritics"),
    pytest.param("Ban nay TUYET MAT, khong gui ra ngoai nhe", "TUYET MAT",
                 id="caps-inline-no-diacritics"),
    pytest.param("file có dấu “MẬT” ở góc, tóm tắt giúp", "MẬT", id="curly-quoted-stamp"),
    pytest.param("Văn bản này thuộc độ MẬT, không được phổ biến", "MẬT", id="this-document-level"),
    pytest.param("tài liệu này là tối mật, đừng gửi", "tối mật", id="this-document-is"),
    pytest.param("van ban nay thuoc do Toi mat", "Toi mat", id="this-document-no-diacritics"),
    pytest.param("Báo cáo này TỐI MẬT, không gửi ra ngoài", "TỐI MẬT", id="caps-then-comma"),
    pytest.param("summarise this personnel note in english:\nmật\nnhận xét cán bộ: đồng chí",
                 "mật", id="first-line-after-the-request"),
    pytest.param("ban tổ chức tỉnh ủy\nmật\nbáo cáo\nkết quả lấy phiếu tín nhiệm", "mật",
                 id="above-a-type-line"),
    # holdout6 (blind): the stamp's colour after the level ("đỏ" folds as "độ", density)
    pytest.param("em chụp văn bản có đóng dấu mật đỏ ở góc trái, nhờ AI đọc lại", "dấu mật",
                 id="stamp-colour-after"),
    pytest.param("em chup van ban co dong dau mat do o goc trai, nho AI doc lai", "dau mat",
                 id="stamp-colour-where-no-diacritics"),
    pytest.param("văn bản có đóng dấu tối mật đỏ, tóm tắt giúp", "tối mật",
                 id="stamp-colour-two-words"),
    # a document said to have the stamp, typed plain: "văn bản có dấu mật" without marks
    pytest.param("file scan nay co dau mat, nho tom tat giup", "dau mat",
                 id="a-document-has-the-stamp-no-diacritics"),
    pytest.param("cong van nay da dong dau mat nen anh doc ky", "dau mat",
                 id="a-document-stamped-no-diacritics"),
]  # fmt: skip

NEGATIVES = [
    "toi mat dien thoai roi, giup toi viet don trinh bao",  # tôi mất điện thoại
    "put the doormat at the top of the stairs",  # an English mat
    "mật độ dân số ở góc phố này cao, soạn báo cáo",  # density, then a place
    "ban do mat do dan so o goc pho cu",  # density without diacritics
    "tài liệu thu hồi được từ hiện trường gồm 3 bộ hồ sơ",  # documents seized
    "tài liệu thu hồi",  # the whole prompt: a phrase, no document around it
    "ghi nhận tài liệu thu hồi được tại chỗ",  # "ghi" is no stamp word for a control stamp
    "con dau toi mat roi, lam lai the nao",  # my stamp is lost
    "độ mật gồm ba mức: tuyệt mật, tối mật và mật",
    "TOI MAT VI TOI QUEN",  # an all-caps line
    "Hom qua TOI MAT VI, ai thay thi bao",  # capitals beside it: shouted words
    "so: 12/bc\nbao cao tinh hinh\ntoi mat ngu ca dem",
    "toi mat",
    "hôm qua\ntoi mat\n",
    "Nhờ bạn soạn\nMật\nrồi gửi",
    "ghi chú: mật ong rừng",
    "dau mat cua toi bi dau",
    "xem [mat] nhe",
    "anh ghi mật khẩu vào sổ giúp em",
    "ô tô đỗ ở góc, dau xe mat o goc",
    "The file says nothing about the secrecy levels Tuyệt mật, Tối mật and Mật",
    "Ngày mai lớp 5a, độ mật độ dân số: a",
    "Nhờ bạn soạn:\nmật ong rừng\nrồi gửi",
    "Nhờ bạn soạn\nmật\nrồi gửi",  # not after a request ending with a colon, no header
    # a leaflet naming the levels and giving an example (issue 16)
    "Tài liệu phải được đóng dấu “MẬT”, “TỐI MẬT” hoặc “TUYỆT MẬT” theo độ mật.",
    "Ví dụ: dấu “TỐI MẬT” được đóng ở góc trên bên phải trang đầu.",
    "Các mức: MẬT, TỐI MẬT, TUYỆT MẬT được quy định tại Luật.",
    "Thông tin thuộc độ Tối mật được quy định tại Điều 8",
    "Văn bản này quy định về độ mật của tài liệu",
    "Hồ sơ này có độ mật cao",
    "tài liệu này là mật khẩu wifi",
    # eye pain typed plain (đau mắt): a person has it, not a document
    "ban nay co dau mat nen em nghi hoc",
    "toi bi dau mat khi doc van ban lau",
    "ho so benh an co dau mat trai, ke don giup",
]


@pytest.mark.parametrize(("text", "value"), POSITIVES)
def test_mark_in_lower_case_or_without_diacritics(scan, text: str, value: str) -> None:
    scan.expect(text, MARK, value, 0.75)
    assert scan(text).decision is Decision.BLOCK


@pytest.mark.parametrize("text", NEGATIVES)
def test_ordinary_lower_case_words_stay_clean(scan, text: str) -> None:
    scan.expect_none(text, FAMILY)


def test_more_negatives_than_positives() -> None:
    assert len(NEGATIVES) >= len(POSITIVES)
