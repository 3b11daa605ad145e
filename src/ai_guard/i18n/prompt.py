"""Sentences of check_prompt and its policy: labels, finding reasons, decisions."""

from __future__ import annotations

__all__ = [
    "ENTITY_LABELS",
    "POLICY_VALUE_ERRORS",
    "decision_summary",
    "entity_label",
    "finding_reason",
    "policy_load_error",
    "policy_refusal",
    "policy_value_error",
    "private_role_reason",
    "public_role_reason",
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
    "DRIVER_LICENSE": ("số giấy phép lái xe", "driving licence number"),
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
    "INTERNAL_HOST": (
        "địa chỉ hệ thống nội bộ (IP nội bộ, máy chủ, chuỗi kết nối; 557 P13)",
        "internal system address (private IP, host, connection string; guidance 557 P13)",
    ),
    "INTERNAL_MARK": (
        "dấu tài liệu nội bộ (lưu hành nội bộ, không phổ biến; Công văn 557, nguyên tắc 5)",
        "internal-circulation mark (internal document; guidance 557, principle 5)",
    ),
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


def _article(label: str) -> str:
    """English's indefinite article before an entity's label ("an address", "an API secret
    key", "a phone number")."""
    return "an" if label[:1].lower() in "aeio" or label.startswith("API") else "a"


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
    if pattern == "public_role.private" and context:
        return private_role_reason(detector, context, action)
    if pattern.startswith("public_role.") and action == "allow":
        return public_role_reason(pattern.removeprefix("public_role."), detector, context)
    if pattern == "internal.declassified":
        return declassified_reason(detector, action)
    val_vi, val_en = _VALIDATION.get(validation, ("", ""))
    act_vi, act_en = _ACTIONS.get(action, (action, action))
    parts_vi = [f"Phát hiện {label_vi} (bộ phát hiện {detector}"]
    parts_en = [f"Found {_article(label_en)} {label_en} (detector {detector}"]
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


def declassified_reason(detector: str, action: str) -> tuple[str, str]:
    """A GIẢI MẬT stamp: the document was a state secret; its declassification is not the
    guard's to vouch for (FACTS c.4: warn, do not auto-allow)."""
    act_vi, act_en = _ACTIONS.get(action, (action, action))
    return (
        f"Dấu «GIẢI MẬT» (bộ phát hiện {detector}): văn bản từng là bí mật nhà nước và đã được "
        "giải mật; hãy kiểm tra quyết định và ngày giải mật trước khi gửi, công cụ không tự "
        f"cho phép; {act_vi}.",
        f"A «GIẢI MẬT» (declassified) stamp (detector {detector}): the document was a state "
        "secret and has been declassified; check the declassification decision and date "
        f"before sending, the guard does not allow it on its own; {act_en}.",
    )


def public_role_reason(kind: str, detector: str, evidence: str | None) -> tuple[str, str]:
    """Why a person's name was kept visible: a historical figure, an office holder named
    with their title (the title as the lexicon spells it; never the name), or the signer of
    a pasted document."""
    if kind == "historical":
        why_vi = "nhân vật lịch sử (danh mục public_figures.txt)"
        why_en = "historical figure (lexicon public_figures.txt)"
    elif kind == "official" and evidence is not None and evidence.startswith("signature"):
        why_vi = "vai trò công: người ký văn bản (dưới chức danh ở khối chữ ký"
        why_en = "public role: signer of the document (under the signature block's title"
        title = evidence.partition(": ")[2]
        if title:
            why_vi, why_en = f"{why_vi} «{title}»", f"{why_en} «{title}»"
        why_vi += "; người ký được công khai ở mọi cấp)"
        why_en += "; a signer is public at every level)"
        evidence = None
    else:
        why_vi, why_en = "vai trò công", "public role"
    if evidence:
        level_vi, level_en = _office_level(evidence)
        why_vi, why_en = f"{why_vi}: {evidence}{level_vi}", f"{why_en}: {evidence}{level_en}"
    return (
        f"Tên người (bộ phát hiện {detector}), {why_vi}; được giữ nguyên, không che "
        "(chính sách official_names_are_public; đặt false để che như mọi tên người).",
        f"A person's name (detector {detector}), {why_en}; kept visible, not redacted "
        "(policy official_names_are_public; set it to false to redact it like any name).",
    )


#: an office's level (``public_role.OfficeLevel``'s values) as a reason words it
_LEVELS = {
    "national": (" (chức vụ cấp trung ương)", " (a national office)"),
    "provincial": (" (chức vụ cấp tỉnh)", " (a provincial office)"),
    "district": (" (chức vụ cấp huyện)", " (a district office)"),
    "commune": (" (chức vụ cấp xã)", " (a commune office)"),
}


def _office_level(title: str) -> tuple[str, str]:
    """The level of the office a title names, as a reason words it (nothing where the
    title does not say it)."""
    from ai_guard.public_role import office_standing

    standing = office_standing(title)
    return ("", "") if standing is None else _LEVELS.get(standing.level.value, ("", ""))


def private_role_reason(detector: str, context: str, action: str) -> tuple[str, str]:
    """Why a name that had a public role is redacted: the role ("Thứ trưởng", a historical
    figure's name) and the private person's mark beside it ("sinh nam", "to cao", "cccd")
    that makes it personal data (``public_role.private_role_context``: "role | mark")."""
    role, _, mark = context.partition(" | ")
    act_vi, act_en = _ACTIONS.get(action, (action, action))
    if role == "historical":
        role_vi, role_en = "trùng tên một nhân vật lịch sử", "shares a historical figure's name"
    else:
        role_vi, role_en = f"có chức danh «{role}»", f"named with the title «{role}»"
    return (
        f"Tên người (bộ phát hiện {detector}) {role_vi}, nhưng bên cạnh có dấu hiệu của người "
        f"riêng tư «{mark}» (năm sinh, giấy tờ, nơi ở, quan hệ thân nhân, vụ việc khiếu nại, "
        f"tố cáo, kỷ luật): là dữ liệu cá nhân; {act_vi}.",
        f"A person's name (detector {detector}) {role_en}, but a private person's mark stands "
        f"beside it «{mark}» (a birth year, an ID, a residence, kin, a complaint, a "
        f"denunciation, discipline): personal data; {act_en}.",
    )


def redaction_failure(reason: str) -> tuple[str, str]:
    """Why the engine blocked a text whose redaction it could not vouch for."""
    if reason == "legacy_encoding":
        return (
            "Văn bản có vẻ được gõ bằng bảng mã cũ (TCVN3, VNI hoặc Windows-1258) và đang hiển "
            "thị sai; đọc theo bảng mã đó thì có dữ liệu phải che hoặc chặn mà bản hiện tại che "
            "giấu. Văn bản bị chặn: hãy chuyển sang Unicode (ai_guard.text.encodings.repair_text "
            "hoặc lệnh ai-guard check) rồi kiểm tra lại.",
            "The text looks like a legacy Vietnamese encoding (TCVN3, VNI or Windows-1258) shown "
            "wrongly; read in that encoding it holds data to redact or block that this form "
            "hides. It is blocked: convert it to Unicode (ai_guard.text.encodings.repair_text, "
            "or the ai-guard check command) and check it again.",
        )
    if reason == "repeat_budget":
        from ai_guard.prompt.repeats import STEPS_PER_CHAR

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


#: Why a policy cannot be loaded: (vi, en) templates; the error adds the key and the file.
_POLICY_LOAD: dict[str, tuple[str, str]] = {
    "not_a_table": (
        "chính sách phải là một bảng, nhận được {type}",
        "policy must be a table, got {type}",
    ),
    "invalid": ("chính sách không hợp lệ: {detail}", "invalid policy: {detail}"),
    "not_found": ("không tìm thấy tệp chính sách", "policy file not found"),
    "unreadable": (
        "không đọc được tệp chính sách: {detail}",
        "cannot read policy file: {detail}",
    ),
    "not_utf8": ("tệp chính sách không phải UTF-8", "policy file is not UTF-8"),
    "not_toml": (
        "tệp chính sách không đúng cú pháp TOML: {detail}",
        "policy file is not valid TOML: {detail}",
    ),
}


def policy_load_error(problem: str, **fields: str) -> tuple[str, str]:
    """A policy that cannot be loaded; ``detail`` is the parser's own words."""
    vi, en = _POLICY_LOAD[problem]
    return vi.format(**fields), en.format(**fields)


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


#: why a policy value is refused -> (Vietnamese, English) templates; ``{key}``, ``{known}``,
#: ``{pattern}``, ``{error}`` are filled with the offending key, pattern or parser message
POLICY_VALUE_ERRORS: dict[str, tuple[str, str]] = {
    "statement": (
        "lời xác nhận phải nói rõ ai đã phê duyệt và vì sao (ít nhất ba từ)",
        "an acknowledgement must be a statement of who approved the weaker protection and why "
        "(three words or more)",
    ),
    "unknown_entity": (
        "loại thực thể không tồn tại {key}; các loại có: {known}",
        "unknown entity type {key}; known: {known}",
    ),
    "must_block": (
        "{key} phải giữ 'block': một lần kiểm tra thất bại không bao giờ được cho qua",
        "{key} must stay 'block': a failed check never passes",
    ),
    "bad_regex": (
        "biểu thức chính quy không hợp lệ {pattern}: {error}",
        "invalid regular expression {pattern}: {error}",
    ),
    "empty_term": (
        "deny_terms không được chứa mục rỗng",
        "deny_terms may not contain an empty term",
    ),
}


def policy_value_error(kind: str) -> str:
    """The template of a refused policy value, English then Vietnamese in one string (pydantic
    carries one message; :class:`~ai_guard.errors.PolicyError` shows it in both languages)."""
    vi, en = POLICY_VALUE_ERRORS[kind]
    return f"{en} / {vi}"
