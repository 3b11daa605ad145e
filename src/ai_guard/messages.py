"""Every sentence a user sees, in Vietnamese and English.

Functions here build messages from field names, types, positions and cue words: never from a
matched value. Keep both languages side by side so that one is never updated without the other.
"""

from __future__ import annotations

__all__ = [
    "ENTITY_LABELS",
    "decision_summary",
    "entity_label",
    "finding_reason",
    "policy_refusal",
    "redaction_failure",
    "waiver_reason",
]

#: entity -> (Vietnamese label, English label)
ENTITY_LABELS: dict[str, tuple[str, str]] = {
    "PERSON": ("họ tên người", "person's name"),
    "ADDRESS": ("địa chỉ", "address"),
    "CCCD": ("số căn cước / định danh cá nhân", "citizen ID (CCCD) number"),
    "CMND": ("số chứng minh nhân dân", "old ID card (CMND) number"),
    "PASSPORT": ("số hộ chiếu", "passport number"),
    "TAX_CODE": ("mã số thuế", "tax code"),
    "SOCIAL_INSURANCE": ("mã số bảo hiểm xã hội", "social insurance number"),
    "HEALTH_INSURANCE": ("mã thẻ bảo hiểm y tế", "health insurance card number"),
    "PHONE": ("số điện thoại", "phone number"),
    "EMAIL": ("địa chỉ thư điện tử", "e-mail address"),
    "GOV_EMAIL": ("thư điện tử công vụ (.gov.vn)", "official e-mail address (.gov.vn)"),
    "BANK_ACCOUNT": ("số tài khoản ngân hàng", "bank account number"),
    "LICENSE_PLATE": ("biển số xe", "vehicle licence plate"),
    "DATE_OF_BIRTH": ("ngày sinh", "date of birth"),
    "STATE_SECRET_MARK": ("dấu chỉ độ mật (bí mật nhà nước)", "state-secret marking"),
    "CASE_NUMBER": ("số bản án / quyết định thi hành án", "judgment or enforcement case number"),
    "API_SECRET": ("khoá bí mật API", "API secret key"),
    "DENY_TERM": ("thuật ngữ nội bộ bị cấm", "forbidden internal term"),
    "DETECTOR_ERROR": ("lỗi bộ phát hiện", "detector failure"),
}

_ACTIONS = {
    "allow": ("được phép gửi", "allowed"),
    "redact": (
        "sẽ được che (thay bằng nhãn giữ chỗ)",
        "will be redacted (replaced by a placeholder)",
    ),
    "block": ("chặn: không được gửi cho hệ thống AI", "blocked: must not be sent to an AI system"),
}

_VALIDATION = {
    "passed": ("đã kiểm tra hợp lệ", "validated"),
    "failed": (
        "không qua kiểm tra (sai số kiểm tra hoặc mã)",
        "failed validation (check digit or code)",
    ),
    "not_applicable": ("", ""),
}


def entity_label(entity: str, lang: str = "vi") -> str:
    vi, en = ENTITY_LABELS.get(entity, (entity, entity))
    return en if lang == "en" else vi


def finding_reason(
    *,
    entity: str,
    detector: str,
    pattern: str,
    validation: str,
    context: str | None,
    score: float,
    action: str,
) -> tuple[str, str]:
    """Why a finding was reported, built from its fields only."""
    label_vi, label_en = ENTITY_LABELS.get(entity, (entity, entity))
    if entity == "DETECTOR_ERROR" and detector == "ai_guard.redaction":
        return redaction_failure(pattern)
    if entity == "DETECTOR_ERROR":
        return (
            f"Bộ phát hiện '{detector}' gặp lỗi ({pattern}); văn bản không được kiểm tra đầy đủ "
            "nên bị chặn.",
            f"Detector '{detector}' failed ({pattern}); the text could not be fully checked, "
            "so it is blocked.",
        )
    val_vi, val_en = _VALIDATION.get(validation, ("", ""))
    act_vi, act_en = _ACTIONS.get(action, (action, action))
    parts_vi = [f"Phát hiện {label_vi} (bộ phát hiện {detector}"]
    parts_en = [f"Found a {label_en} (detector {detector}"]
    if pattern:
        parts_vi.append(f", mẫu {pattern}")
        parts_en.append(f", pattern {pattern}")
    parts_vi.append(")")
    parts_en.append(")")
    if val_vi:
        parts_vi.append(f"; {val_vi}")
        parts_en.append(f"; {val_en}")
    if context:
        parts_vi.append(f"; ngữ cảnh «{context}»")
        parts_en.append(f"; context «{context}»")
    parts_vi.append(f"; độ tin cậy {score:.2f}; {act_vi}.")
    parts_en.append(f"; confidence {score:.2f}; {act_en}.")
    return "".join(parts_vi), "".join(parts_en)


def redaction_failure(reason: str) -> tuple[str, str]:
    """Why the engine blocked a text whose redaction it could not vouch for."""
    if reason == "repeat_budget":
        from ai_guard.repeats import STEPS_PER_CHAR

        return (
            "Không thể bảo đảm đã che mọi lần xuất hiện của các giá trị đã phát hiện: việc tìm "
            f"các lần lặp lại vượt hạn mức tìm lặp lại ({STEPS_PER_CHAR} bước cho mỗi ký tự); "
            "văn bản bị chặn. Hãy chia văn bản thành các phần nhỏ hơn.",
            "Could not vouch that every occurrence of the detected values is redacted: the "
            f"search for repeats exceeded the repeat-search budget ({STEPS_PER_CHAR} steps per "
            "character); the text is blocked. Split it into smaller parts.",
        )
    return (
        "Bản đã che vẫn còn một giá trị đã phát hiện (kiểm tra cuối cùng không đạt); văn bản "
        "bị chặn để không gửi dữ liệu chưa được che.",
        "The redacted text would still hold a detected value (the final check failed); the "
        "text is blocked so that nothing unredacted is sent.",
    )


def _weakening(setting: str, detail: str) -> tuple[str, str]:
    """What one weakening setting does, from the policy's own key and value."""
    if setting.startswith("actions."):
        entity = setting.removeprefix("actions.")
        label_vi, label_en = ENTITY_LABELS.get(entity, (entity, entity))
        return (
            f"hành động cho {label_vi} ({setting}) là '{detail}' thay vì 'block'",
            f"the action for a {label_en} ({setting}) is '{detail}' instead of 'block'",
        )
    if setting == "disabled_detectors":
        return (
            f"bộ phát hiện {detail} bị tắt (disabled_detectors)",
            f"the detector {detail} is disabled (disabled_detectors)",
        )
    return (
        f"{setting} '{detail}' cho qua dấu chỉ độ mật hoặc khoá bí mật",
        f"{setting} '{detail}' lets secrecy marks or secret keys through",
    )


def waiver_reason(setting: str, detail: str, statement: str) -> tuple[str, str]:
    """One line on a protection the policy weakens and the acknowledgement that allows it."""
    what_vi, what_en = _weakening(setting, detail)
    return (
        f"Chính sách nới lỏng việc bảo vệ bí mật nhà nước và khoá bí mật: {what_vi}; "
        f"đã được xác nhận (acknowledge.weaker_secret_protection): «{statement}».",
        f"The policy weakens the protection of state secrets and secret keys: {what_en}; "
        f"acknowledged (acknowledge.weaker_secret_protection): «{statement}».",
    )


def policy_refusal(weakened: list[tuple[str, str]]) -> tuple[str, str]:
    """Why a policy that weakens secret protection without an acknowledgement is refused."""
    items = [_weakening(setting, detail) for setting, detail in weakened]
    return (
        "chính sách làm yếu việc chặn bí mật nhà nước và khoá bí mật ("
        + "; ".join(vi for vi, _ in items)
        + "). Đưa bí mật nhà nước vào hệ thống AI bên ngoài là bị cấm (Luật Bảo vệ bí mật nhà "
        "nước 117/2025/QH15; Công văn 557/BKHCN-CĐSQG). Hãy giữ mặc định, hoặc ghi rõ ai đã "
        "phê duyệt và vì sao trong [tool.ai-guard.acknowledge] weaker_secret_protection = "
        '"..." (Policy(acknowledge={"weaker_secret_protection": "..."}))',
        "the policy weakens the blocking of state secrets and secret keys ("
        + "; ".join(en for _, en in items)
        + "). Sending state secrets to an external AI is forbidden (State Secrets Law "
        "117/2025/QH15; guidance 557/BKHCN-CĐSQG). Keep the default, or state who approved it "
        'and why in [tool.ai-guard.acknowledge] weaker_secret_protection = "..." '
        '(Policy(acknowledge={"weaker_secret_protection": "..."}))',
    )


def decision_summary(decision: str, counts: dict[str, int]) -> tuple[str, str]:
    """One sentence on the decision and what drove it."""
    if not counts:
        return (
            "Không phát hiện dữ liệu cần bảo vệ; được phép gửi.",
            "Nothing that needs protection was found; the prompt may be sent.",
        )
    items_vi = ", ".join(
        f"{n} {ENTITY_LABELS.get(e, (e, e))[0]}" for e, n in sorted(counts.items())
    )
    items_en = ", ".join(
        f"{n} × {ENTITY_LABELS.get(e, (e, e))[1]}" for e, n in sorted(counts.items())
    )
    if decision == "block":
        return (
            f"CHẶN: văn bản chứa {items_vi}. Không được đưa vào hệ thống AI "
            "(Công văn 557/BKHCN-CĐSQG).",
            f"BLOCKED: the text contains {items_en}. It must not be sent to an AI system "
            "(guidance 557/BKHCN-CĐSQG).",
        )
    if decision == "redact":
        return (
            f"CHE DỮ LIỆU: văn bản chứa {items_vi}; chỉ gửi bản đã che.",
            f"REDACT: the text contains {items_en}; send only the redacted text.",
        )
    return (
        f"Được phép gửi; các phát hiện ({items_vi}) được chính sách cho phép.",
        f"Allowed; the findings ({items_en}) are allowed by the policy.",
    )


def type_error(what: str, expected: str, got: object) -> str:
    name = type(got).__name__
    return f"{what} expects {expected}, got {name} / {what} cần {expected}, nhận được {name}"


# -- document classification -----------------------------------------------------------------


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


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def label(table: dict[str, tuple[str, str]], key: str, lang: str = "vi") -> str:
    return _pick(table.get(key, (key, key)), lang)


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


def declassified_reason() -> tuple[str, str]:
    return (
        "Văn bản có dấu «GIẢI MẬT»: đã được giải mật; hãy kiểm tra ngày giải mật trước khi dùng.",
        "The document is stamped «GIẢI MẬT» (declassified); check the declassification date "
        "before using it.",
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


def personal_reason(
    counts: dict[str, int],
    identifiable: bool,
    private_names: int,
    public_names: int,
    sensitive: list[str],
) -> tuple[str, str]:
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
        vi += (
            f"; {public_names} họ tên là của cán bộ, công chức trong vai trò công vụ "
            "(người ký, người thi hành công vụ)"
        )
        en += f"; {public_names} name(s) belong to officials acting in their public role"
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
    return (
        f"ĐƯỢC GỬI: văn bản {sens_vi}, không có dữ liệu cá nhân của người dân.",
        f"SEND: the document is {sens_en} and holds no personal data of private persons.",
    )


# -- what a command could not check --------------------------------------------------------------

#: why a file was not classified -> (Vietnamese, English), each after a count
UNCLASSIFIED_LABELS: dict[str, tuple[str, str]] = {
    "not_found": ("không tìm thấy", "not found"),
    "legacy_doc": ("Word cũ .doc (hãy lưu thành .docx)", "in legacy Word .doc (save as .docx)"),
    "unsupported": ("loại không hỗ trợ", "of a type that cannot be read"),
    "unreadable": ("không đọc được", "unreadable"),
    "internal_error": ("gặp lỗi nội bộ", "failed with an internal error"),
}


def unclassified_summary(failed: dict[str, int], classified: int) -> tuple[str, str]:
    """Why ``ai-guard classify`` exits 2: what was not read, counted per reason."""
    order = [*UNCLASSIFIED_LABELS, *sorted(set(failed) - set(UNCLASSIFIED_LABELS))]
    parts = [(failed[k], UNCLASSIFIED_LABELS.get(k, (k, k))) for k in order if failed.get(k)]
    vi_items = ", ".join(f"{n} tệp {vi}" for n, (vi, _) in parts)
    en_items = ", ".join(f"{n} file(s) {en}" for n, (_, en) in parts)
    if classified == 0 and not parts:
        return (
            "Không có gì để phân loại: không tìm thấy tệp nào trong các đường dẫn đã cho; "
            "không văn bản nào được kiểm tra.",
            "Nothing to classify: no file was found under the given paths; nothing was checked.",
        )
    if classified == 0:
        return (
            f"Không đọc được văn bản nào: {vi_items}. Không văn bản nào được kiểm tra.",
            f"Nothing could be read: {en_items}. Nothing was checked.",
        )
    total = classified + sum(n for n, _ in parts)
    not_read = total - classified
    return (
        f"{not_read}/{total} tệp không phân loại được ({vi_items}): kết luận ở trên không bao "
        "gồm các tệp này, chúng chưa được kiểm tra.",
        f"{not_read} of {total} files could not be classified ({en_items}): the verdicts above "
        "do not cover them; they were not checked.",
    )


def cli_jobs_invalid() -> tuple[str, str]:
    """``--jobs`` below 1 (``classify``, ``scan``)."""
    return ("--jobs phải ≥ 1", "--jobs must be >= 1")


def cli_internal_error(name: str, kind: str) -> tuple[str, str]:
    """A file that made the library fail (``kind`` is the exception's type name): refused,
    never passed, and named."""
    return (
        f"{name}: lỗi nội bộ khi kiểm tra ({kind}); tệp chưa được kiểm tra",
        f"{name}: internal error while checking it ({kind}); it was not checked",
    )


def cli_calls_format() -> tuple[str, str]:
    """``scan --calls`` with SARIF or ``--update-baseline``."""
    return ("--calls chỉ in dạng text hoặc json", "--calls lists call sites as text or JSON only")


def cli_baseline_written(findings: int) -> tuple[str, str]:
    """``scan --update-baseline`` wrote the accepted findings."""
    return (
        f"đã ghi đường cơ sở (baseline) với {findings} phát hiện",
        f"baseline written with {findings} findings",
    )


# -- the audit log -------------------------------------------------------------------------------

_AUDIT_STATUS: dict[str, tuple[str, str]] = {
    "tampered": ("BỊ CAN THIỆP", "TAMPERED"),
    "wrong_key": ("SAI KHÓA", "WRONG KEY"),
    "key_needed": ("CẦN KHÓA", "KEY NEEDED"),
    "unreadable": ("KHÔNG ĐỌC ĐƯỢC", "UNREADABLE"),
}


def audit_verification(status: str, problems: int, records: int) -> tuple[str, str]:
    """The first line of ``ai-guard audit verify``."""
    if status == "ok":
        return (
            f"HỢP LỆ: {records} bản ghi, chuỗi băm nguyên vẹn",
            f"OK: {records} records, chain intact",
        )
    vi, en = _AUDIT_STATUS.get(status, (status, status))
    if status == "tampered":
        return (
            f"{vi}: {problems} vấn đề trong {records} bản ghi",
            f"{en}: {problems} problem(s) in {records} records",
        )
    if status == "unreadable":
        return (f"{vi}: không kiểm tra được nhật ký", f"{en}: the log could not be verified")
    return (
        f"{vi}: không kiểm tra được {records} bản ghi",
        f"{en}: {records} records could not be verified",
    )


def audit_unverified(path: str, status: str, problems: int) -> tuple[str, str]:
    """Said on standard error before ``export``/``report`` print a log that did not verify."""
    vi, en = _AUDIT_STATUS.get(status, (status, status))
    if status == "tampered":
        return (
            f"{path}: nhật ký KHÔNG vượt qua kiểm tra ({vi}, {problems} vấn đề): số liệu dưới đây "
            "không thể bảo đảm; chạy 'ai-guard audit verify' để xem chi tiết",
            f"{path}: the log FAILS verification ({en}, {problems} problem(s)): what follows "
            "cannot be vouched for; run 'ai-guard audit verify' for the details",
        )
    return (
        f"{path}: nhật ký chưa được xác minh ({vi}): số liệu dưới đây không thể bảo đảm",
        f"{path}: the log could not be verified ({en}): what follows cannot be vouched for",
    )


def audit_report_unverified(status: str) -> tuple[str, str]:
    """The mark on top of a report whose log did not verify."""
    vi, en = _AUDIT_STATUS.get(status, (status, status))
    return (
        f"[CHƯA XÁC MINH: {vi}] số liệu dưới đây không thể bảo đảm",
        f"[UNVERIFIED: {en}] these figures cannot be vouched for",
    )


# -- guarded functions (ai_guard.guard) ------------------------------------------------------

#: What a guarded function's argument holds when the guard cannot read it: (vi, en).
_UNREADABLE: dict[str, tuple[str, str]] = {
    "bytes": (
        "dữ liệu byte (văn bản chưa rõ bảng mã)",
        "bytes (text in an unknown encoding)",
    ),
    "path": (
        "một đường dẫn tệp (nội dung tệp sẽ đi ra mà không được kiểm tra)",
        "a file path (the file's content would go out unchecked)",
    ),
    "file": ("một tệp hoặc luồng dữ liệu", "a file or a stream"),
    "container": (
        "một tập hợp hoặc luồng mà ai-guard không đọc được nếu không tiêu thụ nó",
        "a collection or a stream the guard cannot read without consuming it",
    ),
    "object": ("một đối tượng có văn bản bên trong", "an object with text inside"),
    "nested": (
        "các danh sách lồng nhau quá sâu hoặc chứa chính nó",
        "lists or dicts nested too deep or inside themselves",
    ),
    "not_text": (
        "giá trị không phải văn bản, trong khi params= khai báo đây là câu lệnh (cần str, "
        "list/tuple/dict chứa văn bản, hoặc None)",
        "no text, while params= names it as the prompt (it must be a str, a list/tuple/dict "
        "of text, or None)",
    ),
}


def guard_unreadable(function: str, param: str, kind: str, why: str) -> tuple[str, str]:
    """A guarded function's argument the guard cannot read; ``kind`` is its type's name."""
    what_vi, what_en = _UNREADABLE[why]
    return (
        f"{function}: tham số '{param}' chứa {what_vi} ({kind}); ai-guard không kiểm tra được "
        f"nên không gửi gì. Hãy truyền nội dung dạng chuỗi (str); nếu tham số này không mang "
        f"nội dung gửi cho AI, khai báo guard(unchecked=['{param}']).",
        f"{function}: argument '{param}' holds {what_en} ({kind}); the guard cannot check it, "
        f"so nothing was sent. Pass its text as str; if this argument carries nothing that "
        f"goes to the model, list it in guard(unchecked=['{param}']).",
    )


def guard_setup(function: str, problem: str, names: list[str] | None = None) -> tuple[str, str]:
    """``guard`` set up wrongly, at decoration time; ``names`` are parameter names."""
    listed = ", ".join(f"'{n}'" for n in names or [])
    table = {
        "missing_params": (
            f"guard(params=...): {function} không có tham số {listed}",
            f"guard(params=...): {function} has no parameter {listed}",
        ),
        "missing_unchecked": (
            f"guard(unchecked=...): {function} không có tham số {listed}",
            f"guard(unchecked=...): {function} has no parameter {listed}",
        ),
        "both": (
            f"guard: tham số {listed} của {function} vừa ở params= vừa ở unchecked=",
            f"guard: {function}'s parameter {listed} is in both params= and unchecked=",
        ),
        "not_a_list": (
            "guard: params= và unchecked= nhận một danh sách tên tham số, không phải một chuỗi",
            "guard: params= and unchecked= take a list of parameter names, not a single string",
        ),
        "empty_params": (
            "guard: params= rỗng; bỏ params= để kiểm tra mọi tham số",
            "guard: params= is empty; leave params= out to check every argument",
        ),
        "prompt_arg_and_params": (
            "guard: chỉ dùng params= (prompt_arg= là tên cũ của nó), không dùng cả hai",
            "guard: use params= only (prompt_arg= is its old name), not both",
        ),
        "no_parameters": (
            f"guard: {function} không nhận tham số nào để kiểm tra",
            f"guard: {function} takes no argument to guard",
        ),
    }
    return table[problem]


def guard_prompt_arg_deprecated() -> str:
    return (
        "guard(prompt_arg='x') is deprecated: use guard(params=['x']) / "
        "guard(prompt_arg='x') đã lỗi thời: hãy dùng guard(params=['x'])"
    )
