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
