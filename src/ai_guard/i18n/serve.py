"""Sentences of the gateway (``ai-guard serve``): its configuration, the errors it answers
callers with, and its command line. Built from key names, route names, numbers and model
names that passed the identifier check, never from a prompt's text."""

from __future__ import annotations

__all__ = [
    "serve_config_error",
    "serve_error",
    "serve_health",
    "serve_help",
    "serve_missing_extra",
    "serve_started",
]

#: Problems of the ``[gateway]`` table: (vi, en) templates.
_CONFIG: dict[str, tuple[str, str]] = {
    "inline_key": (
        "khoá API của upstream không được ghi thẳng trong tệp cấu hình (ai đọc được tệp là "
        "có khoá). Hãy đặt khoá vào biến môi trường (api_key_env) hoặc một tệp riêng chỉ "
        "máy chủ đọc được (api_key_file)",
        "an upstream's API key must never be written in the configuration file (whoever "
        "reads the file holds the key). Put it in an environment variable (api_key_env) or "
        "in a file only the server can read (api_key_file)",
    ),
    "key_source": (
        "mỗi upstream cần đúng một nguồn khoá: api_key_env hoặc api_key_file",
        "each upstream needs exactly one key source: api_key_env or api_key_file",
    ),
    "no_upstreams": (
        "chưa khai báo upstream nào ([[gateway.upstreams]]): gateway sẽ từ chối mọi yêu cầu",
        "no upstream is declared ([[gateway.upstreams]]): the gateway would refuse every request",
    ),
    "mcp_server_entry": (
        "'{entry}' không phải địa chỉ https:// của một máy chủ MCP (có tên máy, không có tên "
        "người dùng, truy vấn hay '#') cũng không phải mã đường hầm (tunnel_id)",
        "'{entry}' is neither the https:// address of an MCP server (with a host, no user "
        "name, query or '#') nor a tunnel id",
    ),
    "duplicate_upstream": (
        "tên upstream '{name}' bị trùng; mỗi upstream cần một tên riêng",
        "upstream name '{name}' is used twice; each upstream needs its own name",
    ),
    "bad_name": (
        "tên upstream phải là một định danh (chữ cái, số, '.', '_', '-'; bắt đầu bằng chữ cái)",
        "an upstream's name must be an identifier (letters, digits, '.', '_', '-'; starting "
        "with a letter)",
    ),
    "bad_url": (
        "base_url phải là một địa chỉ http:// hoặc https:// (ví dụ https://api.openai.com/v1)",
        "base_url must be an http:// or https:// address (e.g. https://api.openai.com/v1)",
    ),
    "no_models": (
        "upstream cần danh sách mô hình được phép (models); danh sách rỗng sẽ từ chối mọi yêu cầu",
        "an upstream needs its list of allowed models (models); an empty list refuses every "
        "request",
    ),
    "bad_model": (
        "tên mô hình chỉ gồm chữ cái, chữ số và . _ : / @ + - (ví dụ gpt-4o-mini), không có "
        "dấu cách",
        "a model name holds only letters, digits and . _ : / @ + - (e.g. gpt-4o-mini), no space",
    ),
    "not_a_table": (
        "[gateway] phải là một bảng TOML",
        "[gateway] must be a TOML table",
    ),
    "key_env_missing": (
        "biến môi trường '{env}' (khoá của upstream '{name}') chưa được đặt hoặc rỗng",
        "the environment variable '{env}' (the key of upstream '{name}') is not set or empty",
    ),
    "key_file_unreadable": (
        "không đọc được tệp khoá của upstream '{name}': {detail}",
        "cannot read the key file of upstream '{name}': {detail}",
    ),
    "key_file_empty": (
        "tệp khoá của upstream '{name}' rỗng",
        "the key file of upstream '{name}' is empty",
    ),
    "tokens_required": (
        "require_tokens = true nhưng không có bộ kiểm tra token nào: gateway không chạy khi "
        "không xác thực được người gọi",
        "require_tokens = true but no token verifier was given: the gateway does not run "
        "without knowing who calls it",
    ),
    "invalid": ("giá trị không hợp lệ: {detail}", "invalid value: {detail}"),
    "digest_key_unreadable": (
        "không tạo hoặc đọc được khoá băm của nhật ký kiểm toán '{path}': {detail}",
        "cannot create or read the audit log's digest key '{path}': {detail}",
    ),
    "digest_key_open": (
        "khoá băm của nhật ký kiểm toán '{path}' để người khác đọc được (quyền {detail}): "
        "chạy chmod 600 với tệp này",
        "the audit log's digest key '{path}' can be read by others (mode {detail}): "
        "run chmod 600 on it",
    ),
    "digest_key_damaged": (
        "tệp khoá băm của nhật ký kiểm toán '{path}' hỏng (cần 64 chữ số hex)",
        "the audit log's digest key '{path}' is damaged (64 hex digits expected)",
    ),
}


def serve_config_error(problem: str, **fields: str) -> tuple[str, str]:
    """A ``[gateway]`` table that cannot be used; ``fields`` are key names, upstream names,
    environment variable names and the parser's own words."""
    vi, en = _CONFIG[problem]
    return vi.format(**fields), en.format(**fields)


#: What the gateway answers a caller with: (vi, en) templates.
_ERRORS: dict[str, tuple[str, str]] = {
    "token_missing": (
        "thiếu token của gateway: gửi token do cơ quan cấp trong 'Authorization: Bearer ...' "
        "hoặc 'x-api-key'",
        "no gateway token: send the token your agency issued in 'Authorization: Bearer ...' "
        "or 'x-api-key'",
    ),
    "token_invalid": (
        "token của gateway không hợp lệ hoặc đã bị thu hồi",
        "the gateway token is unknown or revoked",
    ),
    "model_missing": (
        "yêu cầu cần trường 'model' (tên mô hình, dạng chuỗi)",
        "the request needs a 'model' field (the model's name, a string)",
    ),
    "model_refused": (
        "mô hình '{model}' không nằm trong danh sách được phép của gateway cho API này; "
        "không gửi gì. Các mô hình được phép: {allowed}",
        "model '{model}' is not approved on this gateway for this API; nothing was sent. "
        "Approved models: {allowed}",
    ),
    "model_refused_unnamed": (
        "tên mô hình không hợp lệ và không nằm trong danh sách được phép; không gửi gì. Các "
        "mô hình được phép: {allowed}",
        "the model name is not a valid identifier and not approved; nothing was sent. "
        "Approved models: {allowed}",
    ),
    "not_found": (
        "gateway không có đường dẫn này; các đường dẫn: {routes}",
        "no such route on this gateway; routes: {routes}",
    ),
    "method": (
        "phương thức {method} không dùng được ở đường dẫn này",
        "method {method} is not allowed on this route",
    ),
    "bad_json": (
        "thân yêu cầu không phải JSON hợp lệ (UTF-8)",
        "the request body is not valid JSON (UTF-8)",
    ),
    "too_deep": (
        "thân yêu cầu lồng nhau quá sâu nên không đọc hết được; không gửi gì",
        "the request body is nested too deep to be read whole; nothing was sent",
    ),
    "not_object": (
        "thân yêu cầu phải là một đối tượng JSON",
        "the request body must be a JSON object",
    ),
    "too_large": (
        "thân yêu cầu vượt giới hạn {limit} byte của gateway; không gửi gì",
        "the request body is over the gateway's limit of {limit} bytes; nothing was sent",
    ),
    "no_stream": (
        "API này không hỗ trợ stream",
        "this API does not stream",
    ),
    "blocked": ("{vi}", "{en}"),
    "refused": ("{vi}", "{en}"),
    "audit_failed": (
        "không ghi được nhật ký kiểm toán nên không gửi gì (mọi yêu cầu phải được ghi lại); "
        "quản trị viên xem chi tiết trong nhật ký của gateway, mã yêu cầu {request_id}",
        "the audit log cannot be written, so nothing was sent (every request must be "
        "recorded); the administrator finds the detail in the gateway's log, request id "
        "{request_id}",
    ),
    "upstream_unreachable": (
        "không kết nối được upstream '{name}'",
        "cannot reach upstream '{name}'",
    ),
    "upstream_timeout": (
        "upstream '{name}' không trả lời kịp thời hạn",
        "upstream '{name}' did not answer in time",
    ),
    "upstream_bad_answer": (
        "upstream '{name}' trả lời không phải JSON hợp lệ; gateway không chuyển tiếp câu trả "
        "lời chưa kiểm tra",
        "upstream '{name}' answered with something that is not valid JSON; the gateway does "
        "not forward an answer it cannot read",
    ),
    "upstream_too_large": (
        "câu trả lời của upstream '{name}' vượt giới hạn max_answer_bytes của gateway; gateway "
        "không chuyển tiếp câu trả lời nó chưa đọc hết",
        "upstream '{name}' answered with more than the gateway's max_answer_bytes; the "
        "gateway does not forward an answer it has not read whole",
    ),
    "upstream_broken_stream": (
        "luồng trả lời (SSE) của upstream '{name}' bị hỏng hoặc bị cắt; phần còn lại không "
        "được chuyển tiếp",
        "the streamed (SSE) answer of upstream '{name}' is broken or cut short; the rest "
        "was not forwarded",
    ),
    "internal": (
        "lỗi bên trong gateway khi kiểm tra yêu cầu; không gửi gì",
        "an internal error of the gateway while checking the request; nothing was sent",
    ),
}


def serve_error(problem: str, **fields: str) -> tuple[str, str]:
    """What the gateway answers a caller with; ``vi``/``en`` fields carry a nested message
    (a check's explanation), other fields are route names, numbers and identifiers."""
    vi, en = _ERRORS[problem]
    return vi.format(**fields), en.format(**fields)


_HEALTH = {
    "audit": (
        "nhật ký kiểm toán không ghi hoặc không đọc được, nên gateway từ chối mọi yêu cầu: {vi}",
        "the audit log cannot be written or read, so the gateway refuses every request: {en}",
    ),
}


def serve_health(problem: str, **fields: str) -> tuple[str, str]:
    """Why ``/healthz`` says the gateway is unavailable (``vi``/``en``: the cause's words)."""
    vi, en = _HEALTH[problem]
    return vi.format(**fields), en.format(**fields)


def serve_missing_extra(module: str) -> tuple[str, str]:
    """``ai-guard serve`` without the ``serve`` extra installed."""
    return (
        f"ai-guard serve cần gói bổ sung 'serve' (thiếu mô-đun {module}): "
        "pip install 'ai-guard[serve]'",
        f"ai-guard serve needs the 'serve' extra (module {module} is missing): "
        "pip install 'ai-guard[serve]'",
    )


def serve_started(host: str, port: int, upstreams: int, models: int) -> tuple[str, str]:
    """The line ``ai-guard serve`` prints when it starts."""
    return (
        f"gateway ai-guard nghe tại http://{host}:{port}/v1 ({upstreams} upstream, "
        f"{models} mô hình được phép)",
        f"ai-guard gateway listening on http://{host}:{port}/v1 ({upstreams} upstreams, "
        f"{models} approved models)",
    )


_HELP: dict[str, tuple[str, str]] = {
    "serve": (
        "chạy gateway tương thích OpenAI/Anthropic: mọi yêu cầu được kiểm tra theo chính "
        "sách, che dữ liệu, ghi nhật ký kiểm toán rồi mới gửi đến upstream được phép",
        "run the OpenAI/Anthropic-compatible gateway: every request is checked under the "
        "policy, redacted and recorded in the audit log before it reaches an approved "
        "upstream",
    ),
    "policy": (
        "tệp chính sách có bảng [gateway] (mặc định: ai-guard.toml)",
        "the policy file with its [gateway] table (default: ai-guard.toml)",
    ),
    "host": (
        "địa chỉ lắng nghe (mặc định: gateway.host)",
        "address to listen on (default: gateway.host)",
    ),
    "port": ("cổng lắng nghe (mặc định: gateway.port)", "port (default: gateway.port)"),
    "page_only": (
        "chỉ chạy trang kiểm tra trước khi gửi (và /healthz): không gateway, không upstream, "
        "không cần token; mặc định nghe tại 127.0.0.1",
        "serve only the pre-flight page (and /healthz): no gateway, no upstream, no token "
        "needed; binds 127.0.0.1 by default",
    ),
    "commands": (
        "lệnh con (ví dụ: ai-guard serve token ...); không có lệnh con: chạy gateway",
        "a sub-command (e.g. ai-guard serve token ...); none: run the gateway",
    ),
}


def serve_help(key: str) -> str:
    """A ``--help`` text of ``ai-guard serve``: English, then Vietnamese, like every command."""
    vi, en = _HELP[key]
    return f"{en} / {vi}"
