"""AIG106: a file's content sent to a model (uploads, OCR and document APIs, audio), and
classify_document run on a file of the repository that a literal names."""

from __future__ import annotations

from pathlib import Path

import pytest

from ai_guard.scan import CallSite, scan_paths

HEAD = (
    "from openai import OpenAI\n"
    "from mistralai import Mistral\n"
    "from ai_guard.integrations.openai import guard_client\n"
    "client = OpenAI()\n"
    "m = Mistral()\n"
    "safe = guard_client(OpenAI())\n"
)
SECRET = (
    "MẬT\n\nQUYẾT ĐỊNH\nVề việc xử phạt vi phạm hành chính đối với ông Nguyễn Văn An, "
    "CCCD 001203004567, trú tại số 12 Hàng Bạc, Hà Nội.\n"
)
PUBLIC = "Hướng dẫn sử dụng cổng dịch vụ công: đăng nhập, chọn thủ tục, nộp hồ sơ trực tuyến.\n"


def _scan(tmp_path: Path, body: str) -> tuple[list[tuple[str, str]], list[CallSite]]:
    (tmp_path / "ho_so").mkdir(exist_ok=True)
    (tmp_path / "ho_so" / "quyet_dinh.txt").write_text(SECRET, "utf-8")
    (tmp_path / "ho_so" / "huong_dan.txt").write_text(PUBLIC, "utf-8")
    (tmp_path / "app.py").write_text(HEAD + body, "utf-8")
    report = scan_paths([str(tmp_path / "app.py")])
    return [(f.rule, f.message("en")) for f in report.findings], report.calls


@pytest.mark.parametrize(
    ("body", "said"),
    [
        ('client.files.create(file=open("ho_so/quyet_dinh.txt", "rb"), purpose="assistants")\n',
         "ho_so/quyet_dinh.txt: classify_document: do not send"),
        ('client.files.create(file=open("hoso.pdf", "rb"), purpose="assistants")\n',
         "hoso.pdf: not a file of the repository"),
        ("def f(path):\n    return client.files.create(file=open(path, 'rb'), purpose='x')\n",
         "(openai);"),
        ('def f(url):\n    return m.ocr.process(model="o", document={"document_url": url})\n',
         "(mistral);"),
        ("def f(p):\n    return client.audio.transcriptions.create(model='w', file=open(p))\n",
         "(openai);"),
    ],
    ids=["secret-file", "missing-file", "variable-path", "ocr", "audio"],
)  # fmt: skip
def test_a_files_content_sent_unchecked_is_aig106(tmp_path: Path, body: str, said: str) -> None:
    findings, calls = _scan(tmp_path, body)
    assert [r for r, _ in findings] == ["AIG106"]
    assert said in findings[0][1]
    assert [c.status for c in calls] == ["upload"]


def test_a_repository_file_classify_document_lets_be_sent_is_literal(tmp_path: Path) -> None:
    body = 'client.files.create(file=open("ho_so/huong_dan.txt", "rb"), purpose="assistants")\n'
    findings, calls = _scan(tmp_path, body)
    assert findings == []
    assert [c.status for c in calls] == ["literal"]


def test_a_guarded_client_upload_is_guarded(tmp_path: Path) -> None:
    findings, calls = _scan(
        tmp_path, "def f(p):\n    return safe.files.create(file=open(p, 'rb'))\n"
    )
    assert findings == []
    assert [(c.vendor, c.status) for c in calls] == [("openai", "guarded")]


@pytest.mark.parametrize(
    "body",
    [
        "def f(p):\n    return open(p, 'rb').read()\n",
        "import shutil\nshutil.copy('ho_so/quyet_dinh.txt', 'b.txt')\n",
        "def f(t):\n    return client.chat.completions.create(model='m', messages=[])\n",
    ],
)
def test_file_handling_that_sends_nothing_to_a_model_is_not_aig106(
    tmp_path: Path, body: str
) -> None:
    findings, _ = _scan(tmp_path, body)
    assert "AIG106" not in [r for r, _ in findings]


def test_aig106_message_is_bilingual(tmp_path: Path) -> None:
    body = 'client.files.create(file=open("ho_so/quyet_dinh.txt", "rb"), purpose="assistants")\n'
    _scan(tmp_path, body)
    report = scan_paths([str(tmp_path / "app.py")])
    vi = report.findings[0].message("vi")
    assert "nội dung một tệp được gửi tới API" in vi
    assert "classify_document: không được gửi" in vi


@pytest.mark.parametrize(
    "body",
    [
        "client.audio.transcriptions.create(model='w', file=b'Example data')\n",
        "client.files.create(file=('a.txt', b'contents'), purpose='assistants')\n",
        "client.vector_stores.files.create('vs_1', file_id='file_1')\n",
        "client.containers.files.create(container_id='c_1')\n",
    ],
    ids=["bytes-literal", "named-bytes", "file-id", "container"],
)
def test_content_written_in_the_code_or_a_file_already_sent_is_no_upload(
    tmp_path: Path, body: str
) -> None:
    findings, calls = _scan(tmp_path, body)
    assert findings == []
    assert all(c.status != "upload" for c in calls)


def test_a_known_clients_call_is_named_by_its_own_vendor(tmp_path: Path) -> None:
    body = "def f(client: OpenAI):\n    return client.batches.create(input_file_id='f')\n"
    _, calls = _scan(tmp_path, body)
    assert [c.vendor for c in calls] == ["openai"]


def _scan_script(tmp_path: Path, name: str, source: str) -> tuple[list[tuple[str, str]], list[str]]:
    (tmp_path / "ho_so").mkdir(exist_ok=True)
    (tmp_path / "ho_so" / "quyet_dinh.txt").write_text(SECRET, "utf-8")
    (tmp_path / "ho_so" / "huong_dan.txt").write_text(PUBLIC, "utf-8")
    (tmp_path / name).write_text(source, "utf-8")
    report = scan_paths([str(tmp_path / name)])
    return [(f.rule, f.message("en")) for f in report.findings], [c.status for c in report.calls]


JS_HEAD = 'import OpenAI from "openai";\nimport fs from "fs";\nconst openai = new OpenAI();\n'


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ('await openai.files.create({ file: fs.createReadStream("ho_so/quyet_dinh.txt"), '
         'purpose: "assistants" });\n', "ho_so/quyet_dinh.txt: classify_document: do not send"),
        ("await openai.files.create({ file: fs.createReadStream(userPath), purpose: 'x' });\n",
         "(javascript/typescript);"),
        ('await openai.audio.transcriptions.create({ file: fs.createReadStream("a.mp3"), '
         'model: "whisper-1" });\n', "a.mp3: not a file of the repository"),
        ("await client.ocr.process({ model: 'o', document: { documentUrl: url } });\n",
         "(javascript/typescript);"),
    ],
    ids=["secret-file", "variable-path", "audio", "ocr-document"],
)  # fmt: skip
def test_a_javascript_upload_is_aig106(tmp_path: Path, line: str, said: str) -> None:
    findings, statuses = _scan_script(tmp_path, "app.ts", JS_HEAD + line)
    assert [r for r, _ in findings] == ["AIG106"]
    assert said in findings[0][1]
    assert statuses == ["upload"]


def test_a_javascript_upload_of_a_sendable_repository_file_passes(tmp_path: Path) -> None:
    line = 'await openai.files.create({ file: fs.createReadStream("ho_so/huong_dan.txt") });\n'
    findings, _ = _scan_script(tmp_path, "app.js", JS_HEAD + line)
    assert findings == []


@pytest.mark.parametrize(
    ("command", "said"),
    [
        ('curl https://api.openai.com/v1/files -F purpose="assistants" '
         '-F file="@ho_so/quyet_dinh.txt"\n', "curl, ho_so/quyet_dinh.txt: classify_document"),
        ("curl https://api.openai.com/v1/files \\\n  -F purpose=assistants \\\n"
         "  -F file=@$1\n", "(curl);"),
        ("curl https://api.openai.com/v1/chat/completions --data-binary @request.json\n",
         "curl, request.json: not a file of the repository"),
        ("curl -T ho_so/quyet_dinh.txt https://api.anthropic.com/v1/files\n",
         "curl, ho_so/quyet_dinh.txt"),
    ],
    ids=["form", "form-variable", "data-binary", "upload-file"],
)  # fmt: skip
def test_a_curl_that_sends_a_file_is_aig106(tmp_path: Path, command: str, said: str) -> None:
    findings, statuses = _scan_script(tmp_path, "send.sh", command)
    assert [r for r, _ in findings] == ["AIG106"]
    assert said in findings[0][1]
    assert statuses == ["upload"]


def test_a_curl_that_sends_a_sendable_repository_file_passes_and_a_prompt_is_still_aig101(
    tmp_path: Path,
) -> None:
    source = (
        "curl https://api.openai.com/v1/files -F purpose=assistants -F file=@ho_so/huong_dan.txt\n"
        'curl https://api.openai.com/v1/chat/completions -d "{\\"messages\\": [$PROMPT]}"\n'
    )
    findings, statuses = _scan_script(tmp_path, "send.sh", source)
    assert [r for r, _ in findings] == ["AIG101"]
    assert statuses == ["literal", "unchecked"]
