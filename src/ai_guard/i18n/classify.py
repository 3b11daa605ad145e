"""Sentences of classify_document and classify_file."""

from __future__ import annotations

__all__ = [
    "ACTION_LABELS",
    "CATEGORY_LABELS",
    "DOC_TYPE_LABELS",
    "ENCODING_LABELS",
    "SENSITIVITY_LABELS",
    "SUMMARY_LABELS",
    "blocked_entities_reason",
    "category_reason",
    "classification_headline",
    "classify_skipped",
    "classify_skipped_error",
    "classify_summary_title",
    "declassified_reason",
    "doc_type_reason",
    "draft_for_comments_reason",
    "letters_lost_reason",
    "path_given_as_text",
    "path_given_to_check_prompt",
    "personal_reason",
    "read_converted",
    "read_damaged",
    "read_embedded",
    "read_encrypted",
    "read_failed",
    "read_is_directory",
    "read_legacy_doc",
    "read_missing_extra",
    "read_not_found",
    "read_not_regular",
    "read_not_utf8",
    "read_pdf_encrypted",
    "read_pdf_no_text",
    "read_unsupported_type",
    "secrecy_reason",
    "unread_images_reason",
    "verdict_reason",
]

from ai_guard.i18n.common import label
from ai_guard.i18n.prompt import ENTITY_LABELS


def path_given_as_text(function: str, suffix: str) -> tuple[str, str]:
    """A ``str`` that reads as a file path was given where a ``str`` is the document's text.
    ``suffix`` is its document suffix, or ``""`` when it names an existing file. The string
    itself is not repeated (a file name can hold a person's name)."""
    if suffix:
        what_vi = f"trông giống đường dẫn tới một tệp văn bản (một dòng, kết thúc bằng '{suffix}')"
        what_en = f"looks like a path to a document (one line ending in '{suffix}')"
    else:
        what_vi, what_en = "là tên một tệp đang có", "names an existing file"
    return (
        f"{function}: chuỗi (str) được đưa vào {what_vi}; một chuỗi được hiểu là nội dung văn "
        f"bản, nên sẽ chỉ phân loại vài ký tự của đường dẫn. Để đọc tệp, dùng "
        f"{function}(Path(...)) hoặc classify_file(...); nếu đây thật là nội dung văn bản, dùng "
        f"ai_guard.classify.classify_text(...).",
        f"{function}: the str given {what_en}; a str is taken as the document's text, so only "
        f"the few characters of the path would be classified. To read the file, pass "
        f"Path(...) or use classify_file(...); if this really is the text, use "
        f"ai_guard.classify.classify_text(...).",
    )


def path_given_to_check_prompt(got: object) -> str:
    name = type(got).__name__
    return (
        f"check_prompt() expects the prompt's text (str), got a path ({name}); to check a "
        f"document file use classify_document(path) or classify_file(path), or read the file "
        f"and pass its text / check_prompt() cần nội dung câu lệnh (str), nhận được một đường "
        f"dẫn ({name}); để kiểm tra tệp văn bản, dùng classify_document(path) hoặc "
        f"classify_file(path), hoặc đọc tệp rồi truyền nội dung"
    )


DOC_TYPE_LABELS: dict[str, tuple[str, str]] = {
    "cong_van": ("công văn", "official letter (công văn)"),
    "quyet_dinh": ("quyết định", "decision"),
    "thong_bao": ("thông báo", "notice"),
    "bao_cao": ("báo cáo", "report"),
    "to_trinh": ("tờ trình", "submission"),
    "ke_hoach": ("kế hoạch", "plan"),
    "ban_an": ("bản án", "court judgment"),
    "don_khieu_nai": ("đơn khiếu nại, tố cáo, kiến nghị", "complaint or denunciation letter"),
    "ly_lich": ("lý lịch", "CV / personnel record"),
    "nghi_quyet": ("nghị quyết", "resolution"),
    "chi_thi": ("chỉ thị", "directive"),
    "huong_dan": ("hướng dẫn", "guidance"),
    "bien_ban": ("biên bản", "minutes / record"),
    "hop_dong": ("hợp đồng", "contract"),
    "giay_moi": ("giấy mời", "invitation"),
    "cong_dien": ("công điện", "official telegram"),
    "other": ("loại khác", "other"),
}

SENSITIVITY_LABELS: dict[str, tuple[str, str]] = {
    "public": ("công khai", "public"),
    "internal": ("nội bộ", "internal"),
    "personal": ("có dữ liệu cá nhân cơ bản", "basic personal data"),
    "sensitive_personal": ("có dữ liệu cá nhân nhạy cảm", "sensitive personal data"),
    "secret": ("MẬT", "secret (MẬT)"),
    "top_secret": ("TỐI MẬT", "top secret (TỐI MẬT)"),
    "absolute_secret": ("TUYỆT MẬT", "absolute secret (TUYỆT MẬT)"),
}

CATEGORY_LABELS: dict[str, tuple[str, str]] = {
    "enforcement_case": ("hồ sơ thi hành án", "civil judgment enforcement case"),
    "complaint_denunciation": ("khiếu nại, tố cáo", "complaint or denunciation"),
    "personnel": ("tổ chức, cán bộ", "organisation and personnel"),
    "criminal_procedure": ("tố tụng hình sự", "criminal procedure"),
    "health": ("sức khỏe, bệnh án", "health and medical records"),
    "finance": ("tài chính, ngân hàng", "finance and banking"),
    "general_admin": ("hành chính thông thường", "ordinary administration"),
    "public_info": ("thông tin công khai", "public information"),
}

ACTION_LABELS: dict[str, tuple[str, str]] = {
    "send": ("ĐƯỢC GỬI", "SEND"),
    "redact_then_send": ("CHE RỒI MỚI GỬI", "REDACT, THEN SEND"),
    "do_not_send": ("KHÔNG ĐƯỢC GỬI", "DO NOT SEND"),
}

_SECRECY_WORDS = {"mat": "MẬT", "toi_mat": "TỐI MẬT", "tuyet_mat": "TUYỆT MẬT"}


def classification_headline(action: str, doc_type: str, sensitivity: str, lang: str) -> str:
    return (
        f"{label(ACTION_LABELS, action, lang)}: {label(DOC_TYPE_LABELS, doc_type, lang)}, "
        f"{label(SENSITIVITY_LABELS, sensitivity, lang)}"
    )


def doc_type_reason(doc_type: str, symbol: str | None, type_line: bool) -> tuple[str, str]:
    vi_t, en_t = DOC_TYPE_LABELS.get(doc_type, (doc_type, doc_type))
    how_vi: list[str] = []
    how_en: list[str] = []
    if type_line:
        how_vi.append("dòng tên loại văn bản")
        how_en.append("the type line")
    if symbol:
        how_vi.append(f"ký hiệu {symbol}")
        how_en.append(f"the symbol {symbol}")
    if not how_vi:
        how_vi.append("nội dung và cách trình bày")
        how_en.append("its content and conventions")
    return (
        f"Loại văn bản: {vi_t} (căn cứ {', '.join(how_vi)}).",
        f"Document type: {en_t} (from {', '.join(how_en)}).",
    )


def secrecy_reason(secrecy: str) -> tuple[str, str]:
    word = _SECRECY_WORDS.get(secrecy, secrecy)
    return (
        f"Văn bản mang dấu chỉ độ mật «{word}»: là bí mật nhà nước, tuyệt đối không đưa vào hệ "
        "thống AI (Luật Bảo vệ bí mật nhà nước; Công văn 557/BKHCN-CĐSQG).",
        f"The document carries the secrecy stamp «{word}»: it is a state secret and must never "
        "be put into an AI system (Law on Protection of State Secrets; guidance "
        "557/BKHCN-CĐSQG).",
    )


def unread_images_reason(count: int) -> tuple[str, str]:
    """A document file that carries images no reader here sees."""
    return (
        f"Tệp có {count} hình ảnh không đọc được: nội dung trong ảnh (trang scan, ảnh chụp "
        "giấy tờ, con dấu) chưa được kiểm tra; kết luận trên chỉ dựa vào phần chữ. Gửi cả tệp "
        "lên AI là gửi cả các ảnh đó.",
        f"The file carries {count} image(s) that were not read: what they show (a scanned "
        "page, a photo of an ID, a stamp) was not checked; the verdict above covers the text "
        "only. Sending the file sends the images too.",
    )


def letters_lost_reason() -> tuple[str, str]:
    """A text whose Vietnamese letters a lossy conversion replaced with "?"."""
    return (
        "Văn bản bị mất chữ khi chuyển mã (các chữ có dấu đã thành dấu «?»): không đọc được "
        "để kiểm tra họ tên, số định danh và nội dung, nên không thể bảo đảm an toàn khi gửi. "
        "Hãy lấy lại văn bản từ tệp gốc (Unicode) rồi kiểm tra lại.",
        "The text lost its letters in a conversion (every accented letter became «?»): its "
        "names, identifiers and content cannot be read to be checked, so nothing vouches for "
        "sending it. Take the text again from the original file (Unicode) and check it again.",
    )


def declassified_reason() -> tuple[str, str]:
    return (
        "Văn bản có dấu «GIẢI MẬT»: đã được giải mật; hãy kiểm tra ngày giải mật trước khi dùng.",
        "The document is stamped «GIẢI MẬT» (declassified); check the declassification date "
        "before using it.",
    )


def draft_for_comments_reason() -> tuple[str, str]:
    """A ``DỰ THẢO`` whose note says it was sent to units for their comments."""
    return (
        "Dự thảo gửi xin ý kiến các đơn vị: văn bản chưa ban hành của đơn vị khác, Công văn 557 "
        "(nguyên tắc 5) không cho đưa lên hệ thống AI bên ngoài; dự thảo do chính đơn vị soạn "
        "(không có ghi chú gửi xin ý kiến) hoặc đã đăng lấy ý kiến rộng rãi thì được xét theo "
        "nội dung.",
        "A draft circulated to units for their comments: another unit's unpublished text, which "
        "guidance 557 (principle 5) keeps away from external AI; one's own draft (without such a "
        "note) or a draft posted for public comment is judged on its content.",
    )


def blocked_entities_reason(entities: list[str]) -> tuple[str, str]:
    vi = ", ".join(ENTITY_LABELS.get(e, (e, e))[0] for e in entities)
    en = ", ".join(ENTITY_LABELS.get(e, (e, e))[1] for e in entities)
    return (
        f"Văn bản chứa nội dung chính sách buộc phải chặn: {vi}.",
        f"The document holds what the policy blocks: {en}.",
    )


def category_reason(category: str, score: float, terms: list[str]) -> tuple[str, str]:
    vi_c, en_c = CATEGORY_LABELS.get(category, (category, category))
    shown = ", ".join(f"«{t}»" for t in terms)
    vi = f"Thuộc nhóm: {vi_c} (điểm {score:.2f}"
    en = f"Category: {en_c} (score {score:.2f}"
    if shown:
        vi += f"; căn cứ {shown}"
        en += f"; evidence {shown}"
    return vi + ").", en + ")."


#: why a name was taken as public-role data, for the kinds that are not a title
_PUBLIC_WHY = {
    "signature": ("người ký", "signer"),
    "named again": ("nêu lại tên cán bộ đã có chức danh", "named again after their title"),
    "historical": ("nhân vật lịch sử", "historical figure"),
}


def personal_reason(
    counts: dict[str, int],
    identifiable: bool,
    private_names: int,
    public_names: int,
    sensitive: list[str],
    public_why: list[str] | None = None,
) -> tuple[str, str]:
    """``public_why``: for each public-role name, the title it was named with ("Thứ trưởng"),
    ``signature``, ``named again`` or ``historical``."""
    personal = {k: v for k, v in counts.items() if k not in ("STATE_SECRET_MARK", "CASE_NUMBER")}
    if not personal:
        return (
            "Không phát hiện dữ liệu cá nhân.",
            "No personal data was found.",
        )
    items_vi = ", ".join(f"{n} {ENTITY_LABELS.get(e, (e, e))[0]}" for e, n in personal.items())
    items_en = ", ".join(f"{n} × {ENTITY_LABELS.get(e, (e, e))[1]}" for e, n in personal.items())
    vi = f"Phát hiện: {items_vi}"
    en = f"Found: {items_en}"
    if public_names:
        why = list(dict.fromkeys(public_why or []))
        why_vi = "; ".join(_PUBLIC_WHY.get(w, (w, w))[0] for w in why)
        why_en = "; ".join(_PUBLIC_WHY.get(w, (w, w))[1] for w in why)
        vi += (
            f"; {public_names} họ tên là của cán bộ, công chức trong vai trò công vụ hoặc nhân "
            "vật công"
        )
        en += f"; {public_names} name(s) belong to officials in their public role or public figures"
        if why:
            vi += f" (căn cứ: {why_vi})"
            en += f" (because: {why_en})"
    if identifiable:
        vi += f"; có thể nhận diện cá nhân ({private_names} họ tên người dân hoặc số định danh)"
        en += f"; private persons are identifiable ({private_names} private name(s) or IDs)"
    if sensitive:
        vi += f"; dữ liệu cá nhân nhạy cảm: {', '.join(sensitive)}"
        en += f"; sensitive personal data: {', '.join(sensitive)}"
    return vi + ".", en + "."


def verdict_reason(
    action: str, sensitivity: str, protected: list[str], identifiable: bool
) -> tuple[str, str]:
    sens_vi, sens_en = SENSITIVITY_LABELS.get(sensitivity, (sensitivity, sensitivity))
    if action == "do_not_send":
        if protected and identifiable:
            cats_vi = ", ".join(CATEGORY_LABELS.get(c, (c, c))[0] for c in protected)
            cats_en = ", ".join(CATEGORY_LABELS.get(c, (c, c))[1] for c in protected)
            return (
                f"KHÔNG ĐƯỢC GỬI: tài liệu thuộc nhóm {cats_vi} về người cụ thể không được đưa vào "
                "hệ thống AI "
                "(Công văn 1690/TCTHADS-NV3; Công văn 557/BKHCN-CĐSQG).",
                f"DO NOT SEND: {cats_en} files about identifiable people must not be put into an "
                "AI system (letter 1690/TCTHADS-NV3; guidance 557/BKHCN-CĐSQG).",
            )
        return (
            f"KHÔNG ĐƯỢC GỬI: văn bản {sens_vi} hoặc chứa nội dung bị chặn.",
            f"DO NOT SEND: the document is {sens_en} or holds blocked content.",
        )
    if action == "redact_then_send":
        return (
            "CHE RỒI MỚI GỬI: chỉ gửi bản đã che dữ liệu cá nhân (dùng check_prompt và gửi "
            "redacted_text).",
            "REDACT, THEN SEND: send only the redacted text (use check_prompt and send "
            "redacted_text).",
        )
    vi, en = (
        f"ĐƯỢC GỬI: văn bản {sens_vi}, không có dữ liệu cá nhân của người dân",
        f"SEND: the document is {sens_en} and holds no personal data of private persons",
    )
    if protected and not identifiable:
        cats_vi = ", ".join(CATEGORY_LABELS.get(c, (c, c))[0] for c in protected)
        cats_en = ", ".join(CATEGORY_LABELS.get(c, (c, c))[1] for c in protected)
        vi += (
            f"; nội dung thuộc lĩnh vực {cats_vi} nhưng không nêu người cụ thể nào: văn bản về "
            "lĩnh vực, không phải hồ sơ của một người"
        )
        en += (
            f"; its subject is {cats_en}, but it names no private person: a document about the "
            "field, not anyone's case file"
        )
    return vi + ".", en + "."


# -- reading document files (ai_guard.classify.extract; every command reads through it) ----------


def read_is_directory(name: str) -> tuple[str, str]:
    return (f"{name}: là thư mục, không phải tệp", f"{name}: is a directory, not a file")


def read_not_regular(name: str) -> tuple[str, str]:
    return (
        f"{name}: không phải tệp thông thường (ống dẫn, socket hay thiết bị), không đọc; "
        "để kiểm tra dữ liệu từ một lệnh khác, truyền qua đầu vào chuẩn: ... | ai-guard check -",
        f"{name}: not a regular file (a pipe, a socket or a device), not read; to check what "
        "another command writes, send it on standard input: ... | ai-guard check -",
    )


def read_not_found(name: str) -> tuple[str, str]:
    return (f"{name}: không tìm thấy tệp", f"{name}: file not found")


def read_failed(name: str, reason: str) -> tuple[str, str]:
    """The operating system's reason (``strerror``) a file could not be read."""
    return (f"{name}: không đọc được ({reason})", f"{name}: cannot read ({reason})")


def read_legacy_doc(name: str) -> tuple[str, str]:
    """A Word 6/95 or Excel 5/95 file: a format older than the binary one read here."""
    return (
        f"{name}: tệp Office quá cũ (Word 6/95 hoặc Excel 5/95) không đọc được; hãy mở và lưu "
        "lại dưới dạng .docx hoặc .xlsx",
        f"{name}: a Word 6/95 or Excel 5/95 file cannot be read; open it and save it as .docx "
        "or .xlsx",
    )


def read_encrypted(name: str) -> tuple[str, str]:
    """An Office document protected by a password."""
    return (
        f"{name}: tệp có mật khẩu bảo vệ nên không kiểm tra được; hãy gỡ mật khẩu trước",
        f"{name}: the file is protected by a password and cannot be checked; remove the "
        "password first",
    )


def read_unsupported_type(name: str, suffix: str, supported: str) -> tuple[str, str]:
    """``suffix`` is empty for a file name without one; ``supported`` lists the suffixes."""
    return (
        f"{name}: không hỗ trợ loại tệp '{suffix or '(không có)'}'; hỗ trợ: {supported}",
        f"{name}: unsupported file type '{suffix or '(none)'}'; supported: {supported}",
    )


def read_not_utf8(name: str, offset: int) -> tuple[str, str]:
    return (
        f"{name}: không phải văn bản UTF-8 (byte không hợp lệ ở vị trí {offset}); "
        "hãy chuyển sang UTF-8",
        f"{name}: not UTF-8 text (invalid byte at offset {offset}); convert it to UTF-8",
    )


def read_missing_extra(name: str, extra: str, package: str) -> tuple[str, str]:
    """Reading the file needs an optional package (``pip install 'ai-guard[extra]'``)."""
    return (
        f"{name}: cần gói tùy chọn '{package}' để đọc tệp này; "
        f"cài đặt bằng: pip install 'ai-guard[{extra}]'",
        f"{name}: reading this file needs the optional package '{package}'; "
        f"install it with: pip install 'ai-guard[{extra}]'",
    )


#: a file of a kind the reader parses -> (Vietnamese, English) names in "not a readable ..."
_DAMAGED_KINDS = {
    "docx": (".docx", ".docx file"),
    "pdf": ("PDF", "PDF"),
    "xlsx": ("bảng tính .xlsx", ".xlsx workbook"),
    "doc": ("Word .doc", "Word .doc file"),
    "xls": ("bảng tính .xls", ".xls workbook"),
    "rtf": (".rtf", ".rtf document"),
    "odt": ("OpenDocument .odt", "OpenDocument .odt file"),
    "ods": ("bảng tính OpenDocument .ods", "OpenDocument .ods spreadsheet"),
    "odp": ("trình chiếu OpenDocument .odp", "OpenDocument .odp presentation"),
    "pptx": ("trình chiếu .pptx", ".pptx presentation"),
    "eml": ("thư điện tử .eml", ".eml message"),
    "msg": ("thư Outlook .msg", "Outlook .msg message"),
}


def read_damaged(name: str, kind: str, error: str) -> tuple[str, str]:
    """A document file its reader rejects (``kind`` is its suffix without the dot; ``error``
    is the exception's type name, or what is wrong)."""
    vi, en = _DAMAGED_KINDS[kind]
    return (
        f"{name}: tệp {vi} bị hỏng hoặc không đọc được ({error})",
        f"{name}: not a readable {en} ({error})",
    )


def read_embedded(name: str, part: str) -> tuple[str, str]:
    """A document that carries an embedded object or file its reader cannot vouch for."""
    return (
        f"{name}: tệp có đối tượng nhúng ({part}) không kiểm tra được; hãy dán nội dung của nó "
        "vào văn bản dưới dạng chữ hoặc xóa nó trước",
        f"{name}: the file carries an embedded object ({part}) that cannot be checked; paste "
        "its content into the document as text or remove it first",
    )


def read_pdf_encrypted(name: str) -> tuple[str, str]:
    return (
        f"{name}: tệp PDF có mật khẩu; hãy gỡ mật khẩu trước",
        f"{name}: the PDF is encrypted; remove the password first",
    )


def read_pdf_no_text(name: str) -> tuple[str, str]:
    return (
        f"{name}: tệp PDF không có lớp văn bản (ảnh quét?); hãy nhận dạng ký tự (OCR) trước",
        f"{name}: the PDF has no text layer (a scanned image?); run OCR on it first",
    )


# -- ai-guard classify -------------------------------------------------------------------------


def classify_skipped(path: str) -> tuple[str, str]:
    """A file of another type found while walking a folder (text output)."""
    return (
        f"{path}: bỏ qua (loại tệp không hỗ trợ, chưa được kiểm tra)",
        f"{path}: skipped (unsupported file type, not checked)",
    )


def classify_skipped_error(path: str, suffix: str, supported: str) -> tuple[str, str]:
    """The same, as the error of a JSON line."""
    return (
        f"{path}: bỏ qua: không hỗ trợ loại tệp '{suffix}' (chưa được kiểm tra); hỗ trợ: "
        + supported,
        f"{path}: skipped: unsupported file type '{suffix}' (not checked); supported: " + supported,
    )


def classify_summary_title(documents: int) -> tuple[str, str]:
    return (f"Tổng hợp: {documents} văn bản", f"Summary: {documents} documents")


#: the summary's table headings and its rows for what was not checked
SUMMARY_LABELS: dict[str, tuple[str, str]] = {
    "sensitivity": ("Mức độ nhạy cảm", "Sensitivity"),
    "verdict": ("Kết luận", "Verdict"),
    "unreadable": ("tệp không đọc được", "unreadable files"),
    "skipped": ("bỏ qua (loại tệp khác)", "skipped (other types)"),
}


#: what :func:`read_converted` names -> (Vietnamese, English)
ENCODING_LABELS: dict[str, tuple[str, str]] = {
    "tcvn3": ("bảng mã TCVN3 (ABC, phông .VnTime)", "the TCVN3 encoding (ABC, .VnTime fonts)"),
    "vni": ("bảng mã VNI (phông VNI-Times)", "the VNI encoding (VNI-Times fonts)"),
    "windows-1258": ("bảng mã Windows-1258", "the Windows-1258 encoding"),
    "utf-16-le": ("UTF-16 (có BOM)", "UTF-16 (with a BOM)"),
    "utf-16-be": ("UTF-16 (có BOM)", "UTF-16 (with a BOM)"),
    "utf-32-le": ("UTF-32 (có BOM)", "UTF-32 (with a BOM)"),
    "utf-32-be": ("UTF-32 (có BOM)", "UTF-32 (with a BOM)"),
}


def read_converted(name: str, converted: str, confidence: float) -> tuple[str, str]:
    """A note (not an error): the text of ``name`` was converted to Unicode before it was
    checked. ``converted`` is an encoding of :data:`ENCODING_LABELS`, or a scheme followed
    by ``-mojibake`` for text of that scheme already misread as Latin-1/Windows-1252."""
    scheme = converted.removesuffix("-mojibake")
    if scheme == "utf-8":
        vi_what, en_what = "UTF-8", "UTF-8"
    else:
        vi_what, en_what = ENCODING_LABELS.get(scheme, (scheme, scheme))
    if converted.endswith("-mojibake"):
        return (
            f"{name}: văn bản {vi_what} bị đọc sai thành ký tự Latin-1 (lỗi phông); đã chuyển "
            f"sang Unicode trước khi kiểm tra (độ tin cậy {confidence:.2f})",
            f"{name}: text in {en_what} misread as Latin-1 (mojibake); converted to Unicode "
            f"before checking (confidence {confidence:.2f})",
        )
    return (
        f"{name}: đã chuyển từ {vi_what} sang Unicode trước khi kiểm tra "
        f"(độ tin cậy {confidence:.2f})",
        f"{name}: converted from {en_what} to Unicode before checking "
        f"(confidence {confidence:.2f})",
    )
