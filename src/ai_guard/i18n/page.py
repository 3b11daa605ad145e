"""Sentences of the pre-flight page's server (``/page/api``): the one-line summary of an
analysis, why a text is blocked and what to do about it, and the errors of the page's API.

Built from entity types, categories, counts, limits and suffixes, never from the text or a
file's name (a file name can hold a person's name; the readers' own sentences that repeat the
name the user gave are passed through only to that user, never logged)."""

from __future__ import annotations

from ai_guard.i18n.classify import CATEGORY_LABELS
from ai_guard.i18n.prompt import ENTITY_LABELS

__all__ = [
    "PAGE_ADVICE",
    "page_advice",
    "page_block_reason",
    "page_error",
    "page_file_name",
    "page_started",
    "page_summary",
]

#: What the page's API answers bad input with: code -> (vi, en) templates.
_ERRORS: dict[str, tuple[str, str]] = {
    "bad_json": (
        'nội dung gửi lên không phải JSON hợp lệ (UTF-8); trang gửi {{"text": "..."}}',
        'the request body is not valid JSON (UTF-8); the page sends {{"text": "..."}}',
    ),
    "not_json": (
        "hãy gửi văn bản dưới dạng JSON (Content-Type: application/json), hoặc gửi tệp tới "
        "/page/api/upload",
        "send the text as JSON (Content-Type: application/json), or send a file to "
        "/page/api/upload",
    ),
    "not_object": (
        'nội dung gửi lên phải là một đối tượng JSON có trường "text"',
        'the request body must be a JSON object with a "text" field',
    ),
    "text_missing": (
        'thiếu trường "text" (văn bản cần kiểm tra)',
        'the "text" field (the text to check) is missing',
    ),
    "text_not_string": (
        'trường "text" phải là một chuỗi ký tự, không phải {got}',
        'the "text" field must be a string, not {got}',
    ),
    "text_invalid": (
        "văn bản chứa ký tự không hợp lệ (nửa cặp UTF-16 ở vị trí {offset}); hãy dán lại văn "
        "bản từ tài liệu gốc",
        "the text holds an invalid character (half a UTF-16 pair at position {offset}); paste "
        "the text again from the original document",
    ),
    "body_too_large": (
        "nội dung gửi lên vượt giới hạn {limit} byte của trang; chưa kiểm tra gì. Hãy chia "
        "văn bản thành nhiều phần",
        "the upload is over the page's limit of {limit} bytes; nothing was checked. Split the "
        "document into parts",
    ),
    "text_too_long": (
        "văn bản dài {chars} ký tự, vượt giới hạn {limit} ký tự của trang; chưa kiểm tra gì. "
        "Hãy chia văn bản thành nhiều phần",
        "the text is {chars} characters long, over the page's limit of {limit}; nothing was "
        "checked. Split it into parts",
    ),
    "file_name_missing": (
        "thiếu tên tệp (tiêu đề X-File-Name); trang cần tên tệp để biết cách đọc tệp",
        "the file name is missing (header X-File-Name); the page reads a file by its type",
    ),
    "file_name_invalid": (
        "tên tệp không hợp lệ (rỗng, quá 255 ký tự hoặc có ký tự điều khiển)",
        "the file name is not valid (empty, over 255 characters or with control characters)",
    ),
    "unsupported_type": (
        "trang không đọc được loại tệp '{suffix}'; các loại đọc được: {supported}",
        "the page cannot read files of type '{suffix}'; it reads: {supported}",
    ),
    "missing_extra": (
        "máy chủ chưa cài gói để đọc tệp '{suffix}' (pip install 'ai-guard[{extra}]'); báo "
        "quản trị viên, hoặc dán nội dung văn bản vào ô văn bản",
        "the server lacks the package that reads '{suffix}' files "
        "(pip install 'ai-guard[{extra}]'); tell the administrator, or paste the text instead",
    ),
    "empty_file": (
        "tệp rỗng: không có gì để kiểm tra; hãy chọn đúng tệp",
        "the file is empty: there is nothing to check; choose the right file",
    ),
    "unreadable": ("{vi}", "{en}"),
    "unreadable_text": (
        "văn bản đọc từ tệp có ký tự không hợp lệ; hãy lưu lại tệp (ví dụ dưới dạng .docx "
        "hoặc .txt UTF-8) rồi thử lại",
        "the text read from the file holds invalid characters; save the file again (as .docx "
        "or UTF-8 .txt, for instance) and try again",
    ),
    "not_found": (
        "trang kiểm tra không có đường dẫn này; các đường dẫn: {routes}",
        "the pre-flight page has no such route; routes: {routes}",
    ),
    "method": (
        "đường dẫn này chỉ nhận {allowed}",
        "this route takes {allowed} only",
    ),
    "internal": (
        "lỗi bên trong máy chủ khi kiểm tra: văn bản bị CHẶN vì chưa kiểm tra được (không gửi "
        "văn bản này cho AI). Thử lại; nếu lỗi lặp lại, báo quản trị viên (mã yêu cầu "
        "{request_id})",
        "an internal error of the server while checking: the text is BLOCKED because it "
        "could not be checked (do not send it to an AI). Try again; if it happens again, tell "
        "the administrator (request id {request_id})",
    ),
    "disconnected": (
        "kết nối bị ngắt trước khi gửi xong; chưa kiểm tra gì",
        "the connection closed before the upload ended; nothing was checked",
    ),
    "audit_no_log": (
        "[gateway.page] audit = true nhưng trang không có nhật ký kiểm toán để ghi; đặt "
        "gateway.audit_log (hoặc audit_log của chính sách)",
        "[gateway.page] audit = true but the page was given no audit log to write; set "
        "gateway.audit_log (or the policy's audit_log)",
    ),
    "page_disabled": (
        "--page-only nhưng [gateway.page] enabled = false: trang đang bị tắt trong tệp cấu hình",
        "--page-only but [gateway.page] enabled = false: the page is switched off in the "
        "configuration file",
    ),
    "audit_failed": (
        "chính sách của cơ quan yêu cầu ghi nhật ký mỗi lần kiểm tra nhưng không ghi được "
        "nhật ký, nên không trả kết quả (văn bản coi như bị CHẶN). Báo quản trị viên (mã yêu "
        "cầu {request_id})",
        "the agency's policy asks for an audit record of each check, and the audit log cannot "
        "be written, so no result is given (treat the text as BLOCKED). Tell the "
        "administrator (request id {request_id})",
    ),
}


def page_error(code: str, **fields: str) -> tuple[str, str]:
    """The (vi, en) message of an error of the page's API; ``fields`` are limits, counts,
    suffixes, type names, request ids (``vi``/``en`` carry a reader's own sentence)."""
    vi, en = _ERRORS[code]
    return vi.format(**fields), en.format(**fields)


def _items(counts: dict[str, int]) -> tuple[str, str]:
    vi = ", ".join(f"{n} {ENTITY_LABELS.get(e, (e, e))[0]}" for e, n in sorted(counts.items()))
    en = ", ".join(f"{n} × {ENTITY_LABELS.get(e, (e, e))[1]}" for e, n in sorted(counts.items()))
    return vi, en


def page_summary(
    decision: str,
    counts: dict[str, int],
    *,
    blocked: dict[str, int] | None = None,
    secrecy: str | None = None,
    categories: list[str] | None = None,
    failed: bool = False,
) -> tuple[str, str]:
    """One sentence: what happens to the text and why. ``counts``: findings per entity
    type (all of them); for a block, what blocked it: ``secrecy`` (the stamp's word),
    ``blocked`` (the entities the policy blocks), ``failed`` (the check itself could not be
    completed) or ``categories`` (protected categories about identifiable people)."""
    if decision == "block":
        if secrecy:
            return (
                f"KHÔNG GỬI: văn bản mang dấu chỉ độ mật «{secrecy}»; văn bản mật không bao giờ "
                "được đưa vào AI.",
                f"DO NOT SEND: the document carries the secrecy stamp «{secrecy}»; secret "
                "documents never go to an AI.",
            )
        if failed:
            return (
                "KHÔNG GỬI: chưa kiểm tra được đầy đủ văn bản nên không được gửi cho AI; xem lý "
                "do và cách xử lý bên dưới.",
                "DO NOT SEND: the text could not be fully checked, so it may not go to an AI; "
                "see why and what to do below.",
            )
        if blocked:
            vi, en = _items(blocked)
            return (
                f"KHÔNG GỬI: văn bản chứa nội dung không được đưa vào AI ({vi}); xem lý do và "
                "cách xử lý bên dưới.",
                f"DO NOT SEND: the text holds what may not go to an AI ({en}); see why and what "
                "to do below.",
            )
        cats_vi = ", ".join(CATEGORY_LABELS.get(c, (c, c))[0] for c in categories or [])
        cats_en = ", ".join(CATEGORY_LABELS.get(c, (c, c))[1] for c in categories or [])
        if cats_vi:
            return (
                f"KHÔNG GỬI: tài liệu thuộc nhóm {cats_vi} về người cụ thể không được đưa vào AI "
                "bên ngoài, kể cả khi đã che; xem cách xử lý bên dưới.",
                f"DO NOT SEND: {cats_en} files about identifiable people may not go to an "
                "external AI, not even redacted; see what to do below.",
            )
        return (
            "KHÔNG GỬI: văn bản không được đưa vào AI; xem lý do và cách xử lý bên dưới.",
            "DO NOT SEND: the text may not go to an AI; see why and what to do below.",
        )
    if not counts:
        return (
            "Không phát hiện dữ liệu cần bảo vệ: có thể gửi văn bản này.",
            "Nothing that needs protection was found: this text may be sent.",
        )
    vi, en = _items(counts)
    if decision == "redact":
        return (
            f"CHE RỒI MỚI GỬI: {vi} được thay bằng nhãn giữ chỗ như [PERSON_1]; chỉ gửi bản đã "
            "che. Tên và số được điền lại vào câu trả lời ngay trên máy này.",
            f"REDACT, THEN SEND: {en} replaced by placeholders such as [PERSON_1]; send only "
            "the redacted text. Names and numbers are put back into the answer on this "
            "computer.",
        )
    return (
        f"Có thể gửi: các phát hiện ({vi}) được chính sách của cơ quan cho phép.",
        f"May be sent: the policy allows what was found ({en}).",
    )


def page_block_reason(entity: str, count: int) -> tuple[str, str]:
    """Why a text is blocked: ``count`` findings of ``entity`` that the policy blocks."""
    vi, en = ENTITY_LABELS.get(entity, (entity, entity))
    if entity == "STATE_SECRET_MARK":
        return (
            f"Văn bản có dấu chỉ độ mật của bí mật nhà nước ({count} chỗ): tài liệu mật "
            "tuyệt đối không đưa vào AI (Luật Bảo vệ bí mật nhà nước; Công văn 557/BKHCN-CĐSQG).",
            f"The text carries a state-secret marking ({count} place(s)): secret material "
            "never goes to an AI (Law on Protection of State Secrets; guidance 557/BKHCN-CĐSQG).",
        )
    return (
        f"Văn bản chứa {count} {vi}; chính sách của cơ quan chặn loại dữ liệu này, không cho "
        "gửi kể cả khi đã che.",
        f"The text holds {count} × {en}; the agency's policy blocks it, even redacted.",
    )


#: What to do when a text is blocked, by what blocked it: an entity type the policy blocks,
#: a protected category (directive 1690/TCTHADS-NV3), a failure of the check, or the advice
#: every blocked text ends with (``not_sure``).
PAGE_ADVICE: dict[str, tuple[str, str]] = {
    "secret": (
        "Không đưa tài liệu này vào AI dưới bất kỳ hình thức nào: văn bản mật không bao giờ "
        "được đưa vào AI, kể cả khi xoá dấu mật hay che bớt nội dung. Nếu cần xử lý, hỏi thủ "
        "trưởng đơn vị hoặc cán bộ phụ trách bảo vệ bí mật nhà nước.",
        "Do not put this document into an AI in any form: secret documents never go to an AI, "
        "not even with the stamp removed or parts hidden. If it must be processed, ask the "
        "head of unit or the officer in charge of state secrets.",
    ),
    "secret_quoted": (
        "Nếu chữ «MẬT» ở đây chỉ là một phần câu văn (không phải dấu chỉ độ mật của văn bản), "
        "hỏi thủ trưởng đơn vị trước khi xoá dấu đó và kiểm tra lại.",
        "If «MẬT» here is only part of a sentence (not the document's secrecy stamp), ask the "
        "head of unit before removing it and checking again.",
    ),
    "API_SECRET": (
        "Xoá khoá khỏi văn bản (thay bằng chữ như <API_KEY>) rồi kiểm tra lại. Nếu khoá đã "
        "từng được dán vào chatbot, gửi qua thư hay lưu trong tài liệu dùng chung, thu hồi khoá "
        "và cấp khoá mới ngay.",
        "Remove the key from the text (write a stand-in such as <API_KEY>) and check again. If "
        "the key was ever pasted into a chatbot, e-mailed or stored in a shared document, "
        "revoke it and issue a new one now.",
    ),
    "INTERNAL_HOST": (
        "Xoá địa chỉ hệ thống nội bộ (IP nội bộ, tên máy chủ, chuỗi kết nối) hoặc thay bằng "
        "tên chung như «máy chủ CSDL», rồi kiểm tra lại (Công văn 557, nguyên tắc 13).",
        "Remove the internal system addresses (private IPs, host names, connection strings) or "
        "write a generic name such as «the database server», then check again (guidance 557, "
        "principle 13).",
    ),
    "INTERNAL_MARK": (
        "Tài liệu lưu hành nội bộ không được đưa vào AI bên ngoài (Công văn 557, nguyên tắc "
        "5): dùng công cụ nội bộ của đơn vị, hoặc hỏi thủ trưởng đơn vị.",
        "Internal-circulation documents may not go to an external AI (guidance 557, principle "
        "5): use your unit's internal tool, or ask the head of unit.",
    ),
    "DENY_TERM": (
        "Văn bản có thuật ngữ nội bộ mà cơ quan không cho đưa ra ngoài: xoá hoặc thay bằng mô "
        "tả chung, rồi kiểm tra lại.",
        "The text uses an internal term the agency keeps inside: remove it or write a general "
        "description instead, then check again.",
    ),
    "GOV_EMAIL": (
        "Xoá địa chỉ thư công vụ (.gov.vn) khỏi văn bản rồi kiểm tra lại; không dùng thư công "
        "vụ để đăng ký tài khoản AI (Công văn 557, nguyên tắc 7).",
        "Remove the official (.gov.vn) e-mail addresses and check again; never use an official "
        "address to sign up for an AI service (guidance 557, principle 7).",
    ),
    "blocked_entity": (
        "Xoá các dữ liệu được đánh dấu (hoặc thay bằng mô tả chung) rồi kiểm tra lại: chính "
        "sách của cơ quan không cho gửi chúng, kể cả khi đã che.",
        "Remove the marked data (or write a general description instead) and check again: the "
        "agency's policy does not let it go out, even redacted.",
    ),
    "enforcement_case": (
        "Hồ sơ thi hành án về người cụ thể không được đưa vào AI bên ngoài (Công văn "
        "1690/TCTHADS-NV3): dùng công cụ nội bộ của đơn vị. Nếu chỉ cần hỏi về quy định, thủ "
        "tục, hãy viết lại câu hỏi không nêu người, số hồ sơ, địa chỉ rồi kiểm tra lại.",
        "Enforcement case files about identifiable people may not go to an external AI "
        "(directive 1690/TCTHADS-NV3): use your unit's internal tool. If you only need to ask "
        "about rules or procedure, rewrite the question without the people, case numbers and "
        "addresses, and check again.",
    ),
    "complaint_denunciation": (
        "Hồ sơ khiếu nại, tố cáo về người cụ thể không được đưa vào AI bên ngoài (Công văn "
        "1690/TCTHADS-NV3), và danh tính người tố cáo phải được giữ bí mật: dùng công cụ nội bộ "
        "của đơn vị. Nếu chỉ cần hỏi về thủ tục giải quyết, hãy viết lại câu hỏi không nêu "
        "người, rồi kiểm tra lại.",
        "Complaint and denunciation files about identifiable people may not go to an external "
        "AI (directive 1690/TCTHADS-NV3), and a denouncer's identity must be kept secret: use "
        "your unit's internal tool. If you only need to ask about the procedure, rewrite the "
        "question without the people, and check again.",
    ),
    "personnel": (
        "Hồ sơ tổ chức, cán bộ về người cụ thể không được đưa vào AI bên ngoài (Công văn "
        "1690/TCTHADS-NV3): dùng công cụ nội bộ của đơn vị, hoặc hỏi bộ phận tổ chức cán bộ.",
        "Personnel files about identifiable people may not go to an external AI (directive "
        "1690/TCTHADS-NV3): use your unit's internal tool, or ask the personnel office.",
    ),
    "criminal_procedure": (
        "Hồ sơ tố tụng hình sự về người cụ thể không được đưa vào AI bên ngoài: dùng công cụ "
        "nội bộ của đơn vị. Nếu chỉ cần hỏi về quy định, viết lại câu hỏi không nêu người rồi "
        "kiểm tra lại.",
        "Criminal procedure files about identifiable people may not go to an external AI: use "
        "your unit's internal tool. If you only need to ask about the rules, rewrite the "
        "question without the people and check again.",
    ),
    "health": (
        "Hồ sơ sức khoẻ, bệnh án của người cụ thể là dữ liệu cá nhân nhạy cảm, không được đưa "
        "vào AI bên ngoài: dùng công cụ nội bộ của đơn vị.",
        "Health and medical records of identifiable people are sensitive personal data and may "
        "not go to an external AI: use your unit's internal tool.",
    ),
    "do_not_send": (
        "Không gửi văn bản này cho AI bên ngoài: dùng công cụ nội bộ của đơn vị, hoặc hỏi thủ "
        "trưởng đơn vị.",
        "Do not send this text to an external AI: use your unit's internal tool, or ask the "
        "head of unit.",
    ),
    "detector_error": (
        "Một bộ phát hiện gặp lỗi nên văn bản chưa được kiểm tra đầy đủ. Thử lại; nếu lỗi lặp "
        "lại, báo quản trị viên (tên bộ phát hiện ở phần lý do).",
        "A detector failed, so the text was not fully checked. Try again; if it happens again, "
        "tell the administrator (the detector is named in the reasons).",
    ),
    "legacy_encoding": (
        "Văn bản có vẻ được gõ bằng bảng mã cũ (TCVN3, VNI): chuyển sang Unicode (ví dụ bằng "
        "công cụ chuyển mã của Unikey) rồi kiểm tra lại.",
        "The text looks typed in a legacy encoding (TCVN3, VNI): convert it to Unicode (with "
        "Unikey's converter, for instance) and check again.",
    ),
    "repeat_budget": (
        "Văn bản có quá nhiều dữ liệu lặp lại để che chắc chắn: chia văn bản thành các phần "
        "nhỏ hơn rồi kiểm tra từng phần.",
        "The text repeats too much data to redact it with certainty: split it into smaller "
        "parts and check each.",
    ),
    "value_left": (
        "Không che được chắc chắn mọi chỗ lặp lại của dữ liệu: chia văn bản thành các phần nhỏ "
        "hơn rồi kiểm tra lại; nếu vẫn bị chặn, báo quản trị viên.",
        "Not every repeat of the data could be redacted with certainty: split the text into "
        "smaller parts and check again; if it is still blocked, tell the administrator.",
    ),
    "not_sure": (
        "Nếu cho rằng kết quả này chưa đúng, hỏi thủ trưởng đơn vị trước khi gửi; không tìm "
        "cách sửa chữ để lọt qua bộ kiểm tra.",
        "If you think this result is wrong, ask the head of unit before sending; do not "
        "rewrite the text to slip past the check.",
    ),
}


def page_file_name(entities: list[str], *, blocked: bool) -> tuple[str, str]:
    """What an uploaded file's name holds (the types, never the values): the file goes to a
    chatbot with its name, so the file itself must not be uploaded."""
    vi = ", ".join(ENTITY_LABELS.get(e, (e, e))[0] for e in entities)
    en = ", ".join(ENTITY_LABELS.get(e, (e, e))[1] for e in entities)
    if blocked:
        return (
            f"Tên tệp chứa dữ liệu bị chặn ({vi}): tệp được gửi kèm tên của nó, nên không được "
            "đưa tệp này vào AI.",
            f"The file's name holds data that is blocked ({en}): a file goes with its name, so "
            "this file may not go to an AI.",
        )
    return (
        f"CHỈ GỬI BẢN ĐÃ CHE: tên tệp chứa {vi}; tệp được gửi kèm tên của nó, nên đừng tải "
        "chính tệp này lên AI: hãy dán văn bản bên dưới (hoặc đổi tên tệp rồi kiểm tra lại).",
        f"SEND THE REDACTED TEXT ONLY: the file's name holds {en}; a file goes with its name, "
        "so do not upload this file itself: paste the text below (or rename the file and "
        "check it again).",
    )


def page_advice(key: str) -> tuple[str, str]:
    """What to do about one reason a text is blocked (:data:`PAGE_ADVICE`); an entity type
    with no advice of its own gets the general one (``blocked_entity``)."""
    return PAGE_ADVICE.get(key, PAGE_ADVICE["blocked_entity"])


def page_started(host: str, port: int, gateway: bool) -> tuple[str, str]:
    """The line ``ai-guard serve`` prints for the page (``gateway``: served beside it)."""
    url = f"http://{host}:{port}/"
    if gateway:
        return (
            f"trang kiểm tra trước khi gửi: {url}",
            f"pre-flight page: {url}",
        )
    return (
        f"trang kiểm tra trước khi gửi (chỉ trang, không có gateway) nghe tại {url}",
        f"ai-guard pre-flight page (page only, no gateway) listening on {url}",
    )
