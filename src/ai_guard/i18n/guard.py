"""Sentences of guarded functions and guarded clients (ai_guard.guard, guard_client)."""

from __future__ import annotations

__all__ = [
    "guard_leak_report",
    "guard_prompt_arg_deprecated",
    "guard_refusal",
    "guard_setup",
    "guard_unreadable",
]

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
        "mcp_server_entry": (
            f"{function}(allow_mcp_servers=...): {listed} không phải địa chỉ https:// của một "
            "máy chủ MCP (có tên máy, không có tên người dùng, truy vấn hay '#') cũng không "
            "phải mã đường hầm (tunnel_id); cần một danh sách, không phải một chuỗi",
            f"{function}(allow_mcp_servers=...): {listed} is neither the https:// address of "
            "an MCP server (with a host, no user name, query or '#') nor a tunnel id; a list "
            "is needed, not a single string",
        ),
    }
    return table[problem]


def guard_prompt_arg_deprecated() -> str:
    return (
        "guard(prompt_arg='x') is deprecated: use guard(params=['x']) / "
        "guard(prompt_arg='x') đã lỗi thời: hãy dùng guard(params=['x'])"
    )


# -- the test spy (ai_guard.testing: LLMSpy, assert_no_leak) -----------------------------------


def guard_leak_report(leaks: int, sent: int) -> tuple[str, str]:
    """The head of assert_no_leak's report: ``leaks`` of the ``sent`` texts are not allowed."""
    return (
        f"{leaks}/{sent} văn bản đã gửi không được ai-guard cho phép:",
        f"{leaks} of {sent} sent text(s) would not be allowed by ai-guard:",
    )


# -- guarded clients (guard_client, check_account_email) ---------------------------------------

#: Why a guarded client refuses to send something (or an address): (vi, en) templates.
_REFUSALS: dict[str, tuple[str, str]] = {
    "not_an_email": (
        "không phải địa chỉ thư điện tử (cần dạng ten@tenmien)",
        "not an e-mail address (expected name@domain)",
    ),
    "official_email": (
        "không được dùng thư điện tử công vụ (…@{domain}) để đăng ký, đăng nhập tài khoản AI "
        "(Công văn 557/BKHCN-CĐSQG); hãy dùng địa chỉ khác không phải thư công vụ",
        "an official e-mail (…@{domain}) must not be the identity of an AI account "
        "(guidance 557/BKHCN-CĐSQG); use a personal or a dedicated non-official address",
    ),
    "body_type": (
        "không kiểm tra được nội dung yêu cầu kiểu {ctype}",
        "a request body of type {ctype} cannot be checked",
    ),
    "unredacted": (
        "chứa dữ liệu cá nhân chưa được che ({names}); hãy gọi qua phương thức đã bảo vệ, "
        "hoặc kiểm tra bằng check_prompt trước",
        "holds personal data that no wrapper redacted ({names}); call a guarded method, or "
        "check the text with check_prompt first",
    ),
    "multipart": (
        "không phân tích được nội dung multipart nên không kiểm tra được",
        "the multipart body cannot be parsed, so it cannot be checked",
    ),
    "json": (
        "không phân tích được nội dung JSON nên không kiểm tra được",
        "the JSON body cannot be parsed, so it cannot be checked",
    ),
    "utf8": (
        "nội dung không phải văn bản UTF-8 nên không kiểm tra được",
        "the body is not UTF-8 text, so it cannot be checked",
    ),
    "no_hook": (
        "HTTP client của SDK ({client}) không nhận hook yêu cầu nên không kiểm tra được dữ "
        "liệu gửi đi",
        "the SDK client's HTTP client ({client}) takes no request hook, so what it sends "
        "cannot be checked",
    ),
    "keys_merged": ("hai khoá trùng nhau sau khi che", "two keys became one once redacted"),
    "base64": (
        "dữ liệu base64 không giải mã được nên không kiểm tra được",
        "the base64 data cannot be decoded, so it cannot be checked",
    ),
    "unreadable_document": (
        "không đọc được tài liệu nên không kiểm tra được ({why})",
        "the document cannot be read, so it cannot be checked ({why})",
    ),
    "document": (
        "không được gửi nguyên tài liệu này cho AI bên ngoài ({action}: {reasons}); hãy gửi "
        "phần văn bản đã kiểm tra và che",
        "the document must not go to an external AI as it is ({action}: {reasons}); send its "
        "checked, redacted text instead",
    ),
    "token_ids": (
        "không kiểm tra được văn bản đã đổi thành mã token của mô hình (số nguyên ở chỗ của "
        "văn bản: 'input', 'prompt', 'content'...): hãy gửi chính văn bản",
        "text already turned into a model's token ids (integers where text belongs: "
        "'input', 'prompt', 'content'...) cannot be checked: send the text itself",
    ),
    "media": (
        "không kiểm tra được {media_type} (không có nhận dạng ký tự/giọng nói ngoại tuyến): "
        "hãy mô tả bằng văn bản, hoặc đặt allow_media trong chính sách nếu đơn vị chấp nhận "
        "rủi ro",
        "{media_type} cannot be checked here (no OCR or speech recognition runs offline): "
        "describe it in text, or set allow_media in the policy if your unit accepts the risk",
    ),
    "document_url": (
        "không kiểm tra được tài liệu mà dịch vụ AI sẽ tự tải về từ địa chỉ URL (ai-guard không "
        "tải để kiểm tra): hãy gửi phần văn bản đã kiểm tra của tài liệu",
        "a document the AI service would fetch from a URL cannot be checked (ai-guard does "
        "not fetch it): send the document's checked text instead",
    ),
    "file_reference": (
        "'{field}' trỏ tới tệp đã nằm sẵn ở dịch vụ AI, ai-guard chưa từng đọc nên không bảo đảm "
        "được: hãy gửi chính nội dung tệp (file_data, tài liệu base64) để được kiểm tra, hoặc "
        "bật allow_file_ids nếu đơn vị chấp nhận rủi ro",
        "'{field}' names a file the AI service already holds, which ai-guard never read and "
        "cannot vouch for: send the file's content itself (file_data, a base64 document) so "
        "that it is checked, or set allow_file_ids if your unit accepts the risk",
    ),
    "body_encoding": (
        "nội dung gửi đi được mã hóa '{coding}' mà ai-guard không đọc như dịch vụ AI sẽ đọc "
        "(nén, hoặc bảng mã khác UTF-8): hãy gửi JSON/văn bản UTF-8 không nén",
        "the body is sent as '{coding}', which ai-guard does not read as the AI service will "
        "(compressed, or a charset other than UTF-8): send uncompressed UTF-8 JSON or text",
    ),
    "session_credential": (
        "yêu cầu này tạo khoá tạm hoặc phiên thoại/hình ảnh (realtime, WebRTC, cuộc gọi, "
        "ChatKit, token tạm của Gemini Live) để một kết nối khác nói chuyện thẳng với dịch vụ "
        "AI, ai-guard không nhìn thấy kết nối đó nên không cho phép",
        "this request mints a temporary key or a voice/video session (realtime, WebRTC, a "
        "call, ChatKit, Gemini Live's ephemeral tokens) for another connection to talk to the "
        "AI service directly, which ai-guard never sees: refused",
    ),
    "admin_write": (
        "yêu cầu này thay đổi quyền truy cập dịch vụ AI (tạo khóa API hoặc khóa quản trị, "
        "tài khoản dịch vụ, lời mời, vai trò, thành viên, bí mật webhook, token, thông tin "
        "xác thực): khóa tạo ra sẽ gọi dịch vụ mà không qua ai-guard, nên ai-guard không cho "
        "phép; hãy làm việc quản trị này ở bảng điều khiển của nhà cung cấp",
        "this request changes who may call the AI service (an API or admin key, a service "
        "account, an invite, a role, a member, a webhook secret, a token, a credential): a "
        "key made there calls the service without ai-guard, so ai-guard refuses it; do this "
        "administration in the vendor's console",
    ),
    "stored_reference": (
        "'{field}' trỏ tới nội dung đã nằm sẵn ở dịch vụ AI (hội thoại, phản hồi trước, "
        "container, bộ nhớ đệm...) không được tạo qua ai-guard trong tiến trình này, nên "
        "ai-guard chưa từng đọc và không bảo đảm được: hãy gửi lại chính nội dung đó để được "
        "kiểm tra, hoặc bật allow_stored (allow_stored_content ở cổng) nếu đơn vị chấp nhận "
        "rủi ro",
        "'{field}' names content the AI service already holds (a conversation, an earlier "
        "response, a container, a cache ...) that was not made through ai-guard in this "
        "process, so ai-guard never read it and cannot vouch for it: send that content itself "
        "so that it is checked, or set allow_stored (allow_stored_content on the gateway) if "
        "your unit accepts the risk",
    ),
    "mounted_resource": (
        "nguồn '{kind}' gắn vào phiên agent là nội dung dịch vụ AI tự đọc (kho mã nguồn nó tự "
        "tải, bucket, thư mục, hoặc loại ai-guard chưa biết), ai-guard không đọc được để kiểm "
        "tra: hãy tải tệp lên qua ai-guard rồi gắn tệp đó",
        "the '{kind}' resource mounted into the agent's session is content the AI service "
        "reads itself (a repository it clones, a bucket, a directory, or a kind ai-guard does "
        "not know), which ai-guard cannot read to check: upload the files through ai-guard "
        "and mount those",
    ),
    "retrieval_source": (
        "'{field}' cho mô hình đọc một nguồn dữ liệu mà dịch vụ AI tự truy vấn (kho RAG, kho "
        "dữ liệu tìm kiếm, API bên ngoài), ai-guard chưa từng đọc nên không bảo đảm được: hãy "
        "tự truy vấn rồi gửi phần văn bản tìm được qua ai-guard, hoặc bật allow_stored "
        "(allow_stored_content ở cổng) nếu đơn vị chấp nhận rủi ro",
        "'{field}' has the model read a data source the AI service queries itself (a RAG "
        "corpus, a search data store, an outside API), which ai-guard never read and cannot "
        "vouch for: query it yourself and send what it finds through ai-guard, or set "
        "allow_stored (allow_stored_content on the gateway) if your unit accepts the risk",
    ),
    "dataset": (
        "'{field}' trỏ tới dữ liệu dịch vụ AI tự đọc từ kho lưu trữ (bucket gs://, s3://, "
        "abfss://; bảng bq://; tệp của cụm hdfs://; bộ dữ liệu đã lưu ở dịch vụ), ai-guard "
        "không đọc được để kiểm tra: hãy gửi chính các bản ghi (tệp tải lên qua ai-guard, "
        "yêu cầu gửi kèm)",
        "'{field}' names data the AI service reads itself from storage (a gs://, s3:// or "
        "abfss:// bucket, a bq:// table, a cluster's hdfs:// files, a dataset stored at the "
        "service), which ai-guard cannot read to check: send the records themselves (a file "
        "uploaded through ai-guard, inline requests)",
    ),
    "service_credential": (
        "'{field}' trao khoá truy cập một dịch vụ khác cho dịch vụ AI, và dịch vụ AI có thể "
        "dùng khoá đó bất cứ lúc nào, ngoài mọi kiểm tra; chính sách không cho khoá đi ra nên "
        "không được gửi",
        "'{field}' hands the credential of another service to the AI service, which could "
        "use it at any time, outside any check; the policy does not let keys leave, so it is "
        "not sent",
    ),
    "encoded": (
        "giá trị được mã hóa ({encoding}) chứa dữ liệu cần che, mà không thể che bên trong một "
        "mã hóa: hãy gửi chính văn bản chưa mã hóa",
        "an encoded value ({encoding}) holds data that must be redacted, which cannot be done "
        "inside an encoding: send the plain text instead",
    ),
    "encoded_binary": (
        "dữ liệu nhị phân được mã hóa ({encoding}) không phải văn bản, ảnh hay tài liệu đọc được "
        "nên không kiểm tra được: hãy gửi văn bản, hoặc tài liệu dưới dạng tài liệu",
        "binary data encoded as {encoding} is no text, image or readable document, so it "
        "cannot be checked: send text, or a document as a document",
    ),
    "identifier": (
        "trường định danh chứa dữ liệu cá nhân hoặc khoá; không thể che mà không làm hỏng lời gọi",
        "an identifier field holds personal data or a key; it cannot be redacted without "
        "breaking the call",
    ),
    "model_argument": (
        "không dựng lại được tham số {name} ({kind}) sau khi che nên không gửi gì; hãy truyền "
        "dữ liệu dưới dạng dict",
        "the argument {name} ({kind}) could not be rebuilt once redacted, so nothing was sent; "
        "pass its data as a dict",
    ),
    "upload_in_pieces": (
        "tệp được tải lên thành nhiều phần nên ai-guard không đọc được trọn tệp để kiểm tra: hãy "
        "gửi tệp nhỏ hơn (một phần) hoặc gửi phần văn bản đã kiểm tra của tệp",
        "a file uploaded in several pieces cannot be read whole by ai-guard, so it cannot be "
        "checked: upload a smaller file (one piece) or send its checked text instead",
    ),
    "no_http_client": (
        "{client} không có HTTP client để ai-guard giám sát",
        "{client} has no HTTP client the guard can watch",
    ),
    "copies": (
        "không giám sát được {client}.{name}, bản sao có thể thoát lưới",
        "{client}.{name} cannot be watched, so its copies could escape the net",
    ),
    "duplicate": (
        "không sao chép hay tuần tự hoá (copy, deepcopy, pickle) được client đã bảo vệ: bản sao "
        "sẽ không còn được bảo vệ; hãy dùng with_options() hoặc copy() của chính client",
        "a guarded client cannot be copied or pickled (copy, deepcopy, pickle): the copy would "
        "not be guarded; use the client's own with_options() or copy()",
    ),
    "private_client": (
        "thuộc tính riêng của client đã bảo vệ không được bảo vệ; hãy dùng API công khai",
        "private attributes of a guarded client are not guarded; use its public API",
    ),
    "private_method": (
        "thuộc tính riêng của phương thức đã bảo vệ không được bảo vệ; hãy gọi phương thức",
        "private attributes of a guarded method are not guarded; call the method",
    ),
    "tool_code": (
        "yêu cầu đã được che nên các hàm của ứng dụng mà SDK sẽ tự gọi trong lời gọi này "
        "(công cụ của tool_runner, tool_handlers) sẽ nhận nhãn giữ chỗ ([CCCD_1]...) thay cho "
        "giá trị thật: hãy gọi mô hình, tự chạy công cụ rồi gửi kết quả qua ai-guard (được "
        "kiểm tra)",
        "the request was redacted, so the application's functions the SDK would call itself "
        "in this call (a tool runner's tools, tool_handlers) would receive placeholders "
        "([CCCD_1]...) instead of the values: call the model, run the tools yourself and send "
        "their results through ai-guard (checked)",
    ),
    "function_calling": (
        "yêu cầu đã được che nên hàm Python trong config.tools sẽ nhận nhãn giữ chỗ ([CCCD_1]...) "
        "thay cho giá trị thật nếu models.generate_content tự gọi hàm (automatic function "
        "calling): hãy dùng hội thoại (client.chats.create(...).send_message), nơi hàm nhận giá "
        "trị thật và kết quả được kiểm tra ở mỗi lượt, hoặc tắt tính năng này "
        "(automatic_function_calling={{'disable': True}}) và tự gọi hàm",
        "the request was redacted, so the Python functions in config.tools would receive "
        "placeholders ([CCCD_1]...) instead of the values if models.generate_content called "
        "them itself (automatic function calling): use a chat "
        "(client.chats.create(...).send_message), where the functions get the values and "
        "their results are checked every turn, or disable it "
        "(automatic_function_calling={{'disable': True}}) and call your functions yourself",
    ),
    "credential": (
        "tiêu đề {name} chỉ được chứa khoá truy cập của dịch vụ AI (một chuỗi liền, có thể có "
        "'Bearer ' đứng trước); giá trị này chứa thứ khác (dữ liệu cá nhân, khoảng trắng) nên "
        "không được gửi",
        "the {name} header may hold only the AI service's credential (one unbroken token, "
        "'Bearer ' before it allowed); this value holds something else (personal data, "
        "spaces) and is not sent",
    ),
    "header": (
        "tiêu đề {name} chỉ được chứa tên phiên bản hoặc tính năng (chữ, số, '.', '_', '-', '=' "
        "cách nhau bằng dấu phẩy); giá trị này không phải vậy nên không được chuyển tiếp",
        "the {name} header may hold only version or feature names (letters, digits, '.', '_', "
        "'-', '=', separated by commas); this value is not one and is not forwarded",
    ),
    "own_connection": (
        "SDK sẽ tự mở một kết nối riêng (máy chủ MCP của Agent Platform) mà ai-guard không "
        "nhìn thấy: lời gọi công cụ của mô hình và kết quả trả về đi qua đó không được kiểm "
        "tra, nên ai-guard không cho phép; hãy tự gọi công cụ và gửi kết quả qua ai-guard",
        "the SDK would open a connection of its own (an Agent Platform MCP server) that "
        "ai-guard never sees: the model's tool calls and their results would pass there "
        "unchecked, so ai-guard refuses it; call the tool yourself and send its result "
        "through ai-guard",
    ),
    "mcp_server": (
        "máy chủ MCP từ xa ({server}) không có trong danh sách được phép (allow_mcp_servers): "
        "dịch vụ AI sẽ tự kết nối tới máy chủ này, gửi cho nó lời gọi công cụ của mô hình và "
        "đưa kết quả nó trả về cho mô hình, mà ai-guard không nhìn thấy, nên không được phép; "
        "chỉ liệt kê máy chủ cơ quan đã phê duyệt (ví dụ máy chủ của chính cơ quan), hoặc tự "
        "gọi công cụ và gửi kết quả qua ai-guard",
        "the remote MCP server ({server}) is not among the allowed ones (allow_mcp_servers): "
        "the AI service would connect to it itself, send it the model's tool calls and give "
        "the model what it answers, none of which ai-guard sees, so it is refused; list only "
        "servers the agency approved (its own, for instance), or call the tool yourself and "
        "send its result through ai-guard",
    ),
    "mcp_connector": (
        "trình kết nối {connector} của dịch vụ AI: dịch vụ sẽ tự đọc hộp thư, lịch hoặc kho "
        "tài liệu của người dùng và đưa cho mô hình, ai-guard không đọc được nên luôn từ chối",
        "the AI service's connector {connector}: the service would read the user's mailbox, "
        "calendar or drive itself and give it to the model, which ai-guard cannot read, so "
        "it is always refused",
    ),
    "mcp_process": (
        "máy chủ MCP chạy như một tiến trình trong môi trường của dịch vụ AI (stdio): lời gọi "
        "công cụ và kết quả đi qua đó ai-guard không nhìn thấy, và không có địa chỉ nào để "
        "phê duyệt, nên luôn bị từ chối",
        "an MCP server started as a process in the AI service's environment (stdio): the "
        "tool calls and their results pass there unseen by ai-guard, and there is no address "
        "to approve, so it is always refused",
    ),
    "mcp_approval": (
        "máy chủ MCP ({server}) được phép, nhưng công cụ của nó sẽ được gọi mà không chờ ứng "
        "dụng phê duyệt từng lời gọi (require_approval = never, hoặc API này không có bước "
        "phê duyệt); chỉ được phép khi cơ quan bật allow_mcp_without_approval",
        "the MCP server ({server}) is allowed, but its tools would be called without the "
        "application approving each call (require_approval = never, or this API has no "
        "approval step); that takes the agency's allow_mcp_without_approval",
    ),
    "mcp_credential": (
        "{field} trao khoá truy cập máy chủ MCP cho dịch vụ AI, và dịch vụ có thể dùng khoá "
        "đó gọi máy chủ bất cứ lúc nào, ngoài mọi kiểm tra; chính sách không cho khoá đi ra "
        "nên không được gửi (để máy chủ nhận dịch vụ theo cách khác, ví dụ qua đường hầm)",
        "{field} hands the MCP server's credential to the AI service, which could call the "
        "server with it at any time, outside any check; the policy does not let keys leave, "
        "so it is not sent (let the server admit the service another way, a tunnel say)",
    ),
    "websocket": (
        "ai-guard không kiểm tra được kết nối WebSocket (realtime); hãy dùng API yêu cầu/phản "
        "hồi của cùng dịch vụ",
        "a WebSocket (realtime) connection cannot be checked by ai-guard; use the "
        "request/response API of the same service",
    ),
}


def guard_refusal(what: str, **fields: str | tuple[str, str]) -> tuple[str, str]:
    """Why a guarded client refuses to send something. A field is the same in both
    languages, or a (vi, en) pair (a nested message, a word such as "(none)")."""
    vi, en = _REFUSALS[what]
    return (
        vi.format(**{k: v[0] if isinstance(v, tuple) else v for k, v in fields.items()}),
        en.format(**{k: v[1] if isinstance(v, tuple) else v for k, v in fields.items()}),
    )
