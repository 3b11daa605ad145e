"""Every sentence a user sees, in Vietnamese and English.

Functions here build messages from field names, types, positions and cue words: never from a
matched value. Keep both languages side by side so that one is never updated without the other.
"""

from __future__ import annotations

__all__ = ["ENTITY_LABELS", "decision_summary", "entity_label", "finding_reason"]

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
