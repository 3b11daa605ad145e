"""Shapes met on real repositories (sc28: what sc25 and sc26 left, and ten more public
repositories: Vietnamese RAG chatbots, Zalo and Telegram bots, a voice agent's prompts, PHP
and TypeScript clients), each rebuilt here as a small fixture of our own. Each test of a rule
fails without it (main 15557c26); the negatives hold what must stay clean."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard.scan import scan_paths
from ai_guard.scan.literals import personas, prompt_finding, reading_file


def _tree(root: Path, files: dict[str, str | bytes]) -> None:
    (root / ".git").mkdir(exist_ok=True)
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")


def _scan(path: Path) -> tuple[list[tuple[str, int]], list[str], list[str]]:
    report = scan_paths([str(path)])
    findings = sorted((f.rule, f.line) for f in report.active)
    calls = [f"{c.line}:{c.vendor}:{c.status}" for c in report.calls]
    return findings, calls, [f.message("en") for f in report.active]


# --- fail closed: a module of the project the scanner cannot read ---------------------------

_MAIN = (
    "from openai import OpenAI\n"
    "from app.helpers import ask\n"
    "\n"
    "client = OpenAI()\n"
    "\n"
    "def handle(text):\n"
    "    return ask(client, text)\n"
)
_HELPERS = (
    "def ask(client, text):\n"
    '    return client.chat.completions.create(model="m", messages=[{"role": "user", '
    '"content": text}])\n'
)


@pytest.mark.parametrize(
    ("helpers", "why"),
    [
        (_HELPERS.replace("def ask(client, text):", "def ask(client, text)"), "SyntaxError"),
        (_HELPERS.encode("utf-8") + b"\n# \xff\xfe\xfa\n", "UnicodeDecodeError"),
        (_HELPERS.replace("text):", "text):\n    match text:\n  case 1: pass"), "SyntaxError"),
    ],
)
def test_a_client_handed_to_a_module_that_cannot_be_read_is_reported(
    helpers: str | bytes, why: str, tmp_path: Path
) -> None:
    """The pre-commit hook is given the changed file alone: ``ask(client, text)`` handed the
    client and the user's text to a module with a syntax error (or bytes that are no text),
    and the scan said nothing (exit 0). Now AIG101 at the hand-off, naming the module and
    why it cannot be read."""
    _tree(tmp_path, {"app/__init__.py": "", "app/main.py": _MAIN, "app/helpers.py": helpers})
    findings, calls, messages = _scan(tmp_path / "app" / "main.py")
    assert findings == [("AIG101", 7)]
    assert calls == ["7:unknown:unchecked"]
    assert "helpers.py" in messages[0]
    assert why in messages[0]


@pytest.mark.parametrize(
    ("name", "main"),
    [
        (
            "fast.cpython-311-x86_64-linux-gnu.so",
            "from app import fast\n\ndef h(t):\n    fast.ask(t)\n",
        ),
        ("fast.pyx", "from .fast import ask\n\ndef h(t):\n    ask(t)\n"),
        ("fast.pyd", "import app.fast as fast\n\ndef h(t):\n    fast.ask(t)\n"),
    ],
)
def test_data_handed_to_a_compiled_or_cython_module_is_reported(
    name: str, main: str, tmp_path: Path
) -> None:
    """A module of the project in a language the scanner does not parse (Cython, an
    extension compiled from it) handed a user's text: what it sends is not known."""
    _tree(
        tmp_path,
        {"app/__init__.py": "", "app/main.py": main, f"app/{name}": b"\x7fELF\x00binary"},
    )
    findings, calls, messages = _scan(tmp_path / "app" / "main.py")
    assert findings == [("AIG101", 4)]
    assert calls == ["4:unknown:unchecked"]
    assert "cannot read" in messages[0]


def test_a_module_named_from_a_package_without_init_is_found(tmp_path: Path) -> None:
    """``from pkg import mod`` where ``pkg`` is a folder with no ``__init__.py`` and
    ``mod.py`` has a syntax error: ``mod.run(text)`` is reported."""
    _tree(
        tmp_path,
        {
            "main.py": "from pkg import mod\n\ndef h(text):\n    return mod.run(text)\n",
            "pkg/mod.py": "def run(t)\n    return t\n",
        },
    )
    findings, _, _ = _scan(tmp_path / "main.py")
    assert findings == [("AIG101", 4)]


@pytest.mark.parametrize(
    "main",
    [
        # the same hand-off to a module that reads: nothing there calls a model
        "from app.helpers import clean\n\ndef h(text):\n    return clean(text)\n",
        # only text written in the code handed to the broken module: no data
        'from app.broken import run\n\ndef h():\n    return run("ping", 3, ["a"])\n',
        # the broken module imported, never called
        "from app import broken\n\nVERSION = 1\n",
    ],
)
def test_no_finding_where_nothing_unread_is_handed_data(main: str, tmp_path: Path) -> None:
    _tree(
        tmp_path,
        {
            "app/__init__.py": "",
            "app/main.py": main,
            "app/helpers.py": "def clean(t):\n    return t.strip()\n",
            "app/broken.py": "def run(*a)\n    return a\n",
        },
    )
    findings, calls, _ = _scan(tmp_path / "app" / "main.py")
    assert findings == []
    assert calls == []


def test_the_unreadable_module_itself_is_still_an_error(tmp_path: Path) -> None:
    _tree(tmp_path, {"app/main.py": _MAIN, "app/helpers.py": "def ask(c, t)\n"})
    report = scan_paths([str(tmp_path)])
    assert [str(e[0]).endswith("helpers.py") for e in report.errors] == [True]
    assert ("AIG101", 7) in [(f.rule, f.line) for f in report.active]


# --- the prompt check: the bot's own persona is no person's data ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bạn là trợ lý ảo tên Mai Anh của phòng khám. Hãy chào khách.",
        "Ban la tro ly ao ten Thu Trang cua cong ty. Hay chao khach.",
        "Chào anh, em là An Tâm – Trợ lý y khoa của Jio Health. Em sẽ giúp anh đặt lịch khám.",
        "Hi, my name is Sarah Nguyen, your virtual receptionist at the clinic.",
        "Xin chào, em là Hương Giang, nhân viên tư vấn của shop.",
    ],
)
def test_a_persona_named_in_a_prompt_is_not_a_person(text: str) -> None:
    """A voice bot's prompts (sc26: 42 false AIG105 in one repository, ``em là An Tâm –
    Trợ lý y khoa``): the name a prompt gives the assistant, by a role word next to it, is
    the bot's, not a private person's."""
    assert prompt_finding(text) is not None  # read alone, as on main
    with reading_file(text):
        assert prompt_finding(text) is None


def test_a_name_repeated_as_the_bots_own_is_not_a_person(tmp_path: Path) -> None:
    """A chat log: the bot introduces itself once, then is called by its name in a turn
    with no role word (``Dạ anh An Tâm nghe ạ``); the patient's own data stays AIG105."""
    turns = [
        "Chào anh, em là An Tâm – Trợ lý y khoa của phòng khám.",
        "Dạ anh An Tâm nghe ạ. Anh muốn khám ngày nào?",
        "Em xác nhận: anh Trần Văn Hùng, sinh năm 1997, SĐT 0918678005.",
    ]
    log = "[\n" + ",\n".join(f'  {{\n    "message": "{t}"\n  }}' for t in turns) + "\n]\n"
    _tree(tmp_path, {"chat_log.json": log})
    findings, _, messages = _scan(tmp_path / "chat_log.json")
    assert findings == [("AIG105", 9)]
    assert "phone" in messages[0]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "bot.py",
            'AGENT_NAME = "Mai Anh"\ngreeting_prompt = "Dạ anh Mai Anh nghe ạ, anh cần gì?"\n',
        ),
        (
            "bot.ts",
            "const botName = 'Thu Trang';\n"
            "const prompt = `Em Thu Trang sẽ hỗ trợ anh đặt lịch khám ngay.`;\n",
        ),
    ],
)
def test_a_setting_named_for_the_bots_name_makes_it_a_persona(
    name: str, text: str, tmp_path: Path
) -> None:
    _tree(tmp_path, {name: text})
    findings, _, _ = _scan(tmp_path / name)
    assert [r for r, _ in findings if r == "AIG105"] == []


@pytest.mark.parametrize(
    "text",
    [
        # a real citizen in a hard-coded prompt, with no name given the bot
        "Bạn là trợ lý ảo. Khách hàng Nguyễn Văn Bình cần tư vấn.",
        # a person writing about themself: no bot's role next to the name
        "Tôi là Nguyễn Văn Bình, kỹ sư ở Hà Nội, hãy viết đơn giúp tôi.",
        "Em là Trần Thị Lan, nhân viên phòng kế toán, gửi anh bảng lương.",
        # a person asking for an assistant: the role is not the name's
        "Tôi là Nguyễn Văn Bình, cần bạn làm trợ lý viết thư.",
        # "ai" is Vietnamese "who", not AI
        "Ai tên là Nguyễn Văn Bình trong danh sách?",
        # the persona named, and a customer whose name holds it
        "You are Linh Tran, a friendly assistant. Customer Nguyễn An Tâm called.",
    ],
)
def test_a_real_person_in_a_prompt_stays_a_person(text: str) -> None:
    with reading_file(text + " Chào anh, em là An Tâm – Trợ lý y khoa."):
        assert prompt_finding(text) is not None


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["Mai Anh", "Thu Trang", "Hương Giang", "Long Vân", "Bảo Ngọc"]),
    st.sampled_from(
        [
            "Bạn là trợ lý ảo tên {n}.",
            "Bạn là {n}, một trợ lý thân thiện.",
            "Em là {n} – tổng đài viên của công ty.",
            "You are {n}, a helpful assistant.",
            "an assistant named {n}",
        ]
    ),
)
def test_every_cue_gives_the_persona(name: str, cue: str) -> None:
    """Each cue gives the whole name, folded (no diacritics, lower case)."""
    found = personas(cue.format(n=name))
    assert len(found) == 1
    assert len(next(iter(found))) == 2


# --- fail closed: a LlamaIndex setting in modules the walk did not read -----------------------


def test_a_repository_walk_cut_short_vouches_for_no_local_embedding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A local embedding model set in one module made every ``VectorStoreIndex`` of the
    repository no call, even when the walk stopped before reading every module (over its
    file count) or skipped one (over its size): an API set there was passed. Now the index
    is a call of the embedding API (AIG101) unless every module was read."""
    from ai_guard.scan.python import llama

    _tree(
        tmp_path,
        {
            "a_settings.py": (
                "from llama_index.core import Settings\n"
                "from llama_index.embeddings.huggingface import HuggingFaceEmbedding\n"
                'Settings.embed_model = HuggingFaceEmbedding(model_name="bge")\n'
            ),
            "b_index.py": (
                "from llama_index.core import VectorStoreIndex\n\n"
                "def build(docs):\n"
                "    return VectorStoreIndex.from_documents(docs)\n"
            ),
        },
    )
    llama._CACHE.clear()
    findings, _, _ = _scan(tmp_path / "b_index.py")
    assert [r for r, _ in findings] == []  # every module read: the local model holds
    monkeypatch.setattr(llama, "_MAX_FILES", 1)
    llama._CACHE.clear()
    findings, _, _ = _scan(tmp_path / "b_index.py")
    assert ("AIG101", 4) in findings
    llama._CACHE.clear()


def test_a_folder_the_walk_cannot_list_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder the walk could not list (no permission) was skipped in silence: the files
    in it unscanned and the exit code clean. It is an error now (exit 2), named."""
    import os

    _tree(tmp_path, {"ok.py": "X = 1\n", "locked/bot.py": "X = 2\n"})
    locked = str(tmp_path / "locked")
    real = os.scandir

    def scandir(path: str = ".") -> object:
        if str(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    report = scan_paths([str(tmp_path)])
    assert report.errors == [(locked, "PermissionError")]
    assert report.files == 1


# --- HepAI: an OpenAI-shaped client under another name (left by sc26) ------------------------


def test_hepai_calls_are_calls(tmp_path: Path) -> None:
    """``hai.LLM.chat(model="openai/gpt-4o", messages=[...])`` and a ``HepAI(...)`` client's
    ``chat.completions.create`` were no calls (HepAI's SDK was not in the catalogue)."""
    _tree(
        tmp_path,
        {
            "ask.py": (
                "import os\n"
                "import hai\n"
                "from hepai import HepAI\n\n"
                'client = HepAI(base_url=os.getenv("HEPAI_URL"), api_key=os.getenv("K"))\n\n'
                "def ask(q):\n"
                '    a = hai.LLM.chat(model="openai/gpt-4o", messages=[{"role": "user", '
                '"content": q}])\n'
                '    b = client.chat.completions.create(model="m", messages=[{"role": "user", '
                '"content": q}])\n'
                "    return a, b\n\n"
                "def hello():\n"
                '    return hai.LLM.chat(model="m", messages=[{"role": "user", "content": "hi"}])\n'
            ),
        },
    )
    findings, calls, _ = _scan(tmp_path / "ask.py")
    assert calls == ["8:hepai:unchecked", "9:hepai:unchecked", "13:hepai:literal"]
    assert findings == [("AIG101", 8), ("AIG101", 9)]


def test_hai_of_the_project_is_no_sdk(tmp_path: Path) -> None:
    """A module of the project named ``hai`` is the project's, not HepAI's."""
    _tree(
        tmp_path,
        {
            "hai.py": "class LLM:\n    @staticmethod\n    def chat(**kw):\n        return kw\n",
            "main.py": "import hai\n\ndef go(q):\n    return hai.LLM.chat(messages=q)\n",
        },
    )
    _, calls, _ = _scan(tmp_path / "main.py")
    assert calls == []


# --- a PDF read in one module and sent from another (left by sc26) ---------------------------

_SUMMARISER = (
    "import google.generativeai as genai\n\n"
    "def initialize_model(key):\n"
    "    genai.configure(api_key=key)\n"
    '    return genai.GenerativeModel("gemini-1.5-flash")\n\n'
    "def summarize(file, model):\n"
    '    return model.generate_content(["Tóm tắt tài liệu:", file])\n\n'
    "def count(file, model):\n"
    '    model.count_tokens("x")\n'
    "    return len(file)\n"
)


@pytest.mark.parametrize(
    ("body", "aig106"),
    [
        # the PDF's pages read here, handed with the model to the summariser: AIG106 here
        (
            "    text = ''\n"
            "    for page in PyPDF2.PdfReader(upload).pages:\n"
            "        text += page.extract_text()\n"
            "    return summarize(text, model)\n",
            True,
        ),
        # by keyword, the reader's own call handed
        (
            "    return summarize(model=model, file=pdfplumber.open(upload).pages[0]"
            ".extract_text())\n",
            True,
        ),
        # a user's question, no document: AIG101 in the summariser's module only
        ("    return summarize(upload, model)\n", False),
        # the document handed to a function that does not send it to the model
        (
            "    text = ''\n"
            "    for page in PyPDF2.PdfReader(upload).pages:\n"
            "        text += page.extract_text()\n"
            "    return count(text, model)\n",
            False,
        ),
    ],
)
def test_a_document_read_here_and_sent_from_another_module(
    body: str, aig106: bool, tmp_path: Path
) -> None:
    """SAGE: ``text_content += page.extract_text()`` in the app, then
    ``summarize(text_content, model)`` of another module, whose body sends ``file`` to
    ``model.generate_content``: AIG101 there, and no AIG106 anywhere. The file's content
    sent is AIG106 at the hand-off now."""
    app = (
        "import PyPDF2\nimport pdfplumber\n"
        "from summary import initialize_model, summarize, count\n\n"
        'model = initialize_model("k")\n\n'
        "def handle(upload):\n" + body
    )
    _tree(tmp_path, {"summary.py": _SUMMARISER, "app.py": app})
    findings, _, _ = _scan(tmp_path / "app.py")
    assert [r for r, _ in findings if r == "AIG106"] == (["AIG106"] if aig106 else [])


# --- PHP: its own cURL, and orhanerday/open-ai ------------------------------------------------

_CURL_POST = (
    "<?php\n"
    "$api_url = 'https://api.openai.com/v1/chat/completions';\n"
    "$msg = trim($_POST['text']);\n"
    "$data = ['model' => 'gpt-4o', 'messages' => [['role' => 'user', 'content' => $msg]]];\n"
    "$ch = curl_init($api_url);\n"
    "curl_setopt($ch, CURLOPT_POST, true);\n"
    "curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($data));\n"
    "$response = curl_exec($ch);\n"
)


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        # the endpoint in a variable, the body set apart: unchecked
        (_CURL_POST, ["5:http:unchecked"]),
        # the endpoint written in the call, an options array
        (
            "<?php\nfunction ask(string $p, array $payload) {\n"
            '  $ch = curl_init("https://api.openai.com/v1/$p");\n'
            "  curl_setopt_array($ch, [CURLOPT_POST => true, "
            "CURLOPT_POSTFIELDS => json_encode($payload)]);\n"
            "  return curl_exec($ch);\n}\n",
            ["3:http:unchecked"],
        ),
        # curl_init() with the URL as an option
        (
            "<?php\n$ch = curl_init();\n"
            'curl_setopt($ch, CURLOPT_URL, "https://generativelanguage.googleapis.com/v1beta/'
            'models/gemini-pro:generateContent");\n'
            "curl_setopt($ch, CURLOPT_POSTFIELDS, $body);\ncurl_exec($ch);\n",
            ["2:http:unchecked"],
        ),
        # a GET of the model list: nothing sent
        (
            "<?php\n$ch = curl_init('https://api.openai.com/v1/models');\n"
            "curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);\ncurl_exec($ch);\n",
            [],
        ),
        # a payment gateway's request: no model
        (
            "<?php\n$ch = curl_init($vnp_apiUrl);\n"
            "curl_setopt($ch, CURLOPT_POSTFIELDS, $payload);\ncurl_exec($ch);\n",
            [],
        ),
        # a GET helper before an LLM request in the same file: its own options only
        (
            "<?php\nfunction get($url) {\n  $ch = curl_init();\n"
            "  curl_setopt($ch, CURLOPT_URL, $url);\n  return curl_exec($ch);\n}\n"
            "function ask($c) {\n  $url = 'https://api.openai.com/v1/chat/completions';\n"
            "  $curl = curl_init($url);\n  curl_setopt($curl, CURLOPT_POSTFIELDS, $c);\n"
            "  return curl_exec($curl);\n}\n",
            ["9:http:unchecked"],
        ),
    ],
)
def test_php_curl_to_an_llm_endpoint_is_a_call(text: str, calls: list[str], tmp_path: Path) -> None:
    """PHP's own cURL (``curl_init($api_url)`` with ``CURLOPT_POSTFIELDS``), the way most
    PHP chatbots call a model, was no call: a shop's chatbot and an API proxy sending the
    user's text to OpenAI scanned clean."""
    _tree(tmp_path, {"bot.php": text})
    findings, found, _ = _scan(tmp_path / "bot.php")
    assert found == calls
    assert [r for r, _ in findings] == ["AIG101"] * len(calls)


def test_orhanerday_open_ai_client_calls(tmp_path: Path) -> None:
    """``$open_ai = new OpenAi($key)`` (orhanerday/open-ai), then ``$open_ai->chat([...])``:
    no call on main; a prompt written in the code is literal, a user's text unchecked."""
    text = (
        "<?php\nuse Orhanerday\\OpenAi\\OpenAi;\n"
        "$open_ai = new OpenAi(getenv('OPENAI_API_KEY'));\n"
        "$chat = $open_ai->chat(['model' => 'gpt-4o', 'messages' => [['role' => 'user', "
        "'content' => 'Xin chào?']]]);\n"
        "$more = $open_ai->chat(['model' => 'gpt-4o', 'messages' => $_SESSION['history']]);\n"
        "$other->chat($x);\n"
    )
    _tree(tmp_path, {"chat.php": text})
    findings, calls, _ = _scan(tmp_path / "chat.php")
    assert calls == ["4:openai:literal", "5:openai:unchecked"]
    assert findings == [("AIG101", 5)]


# --- LlamaIndex's global model read in another module ------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "    return Settings.llm.complete(prompt)\n",
        "    llm = Settings.llm\n    return llm.complete(prompt)\n",
        '    llm = getattr(Settings, "_llm", None)\n    return llm.chat(prompt)\n',
    ],
)
def test_the_settings_model_read_in_another_module_is_a_call(body: str, tmp_path: Path) -> None:
    """A Vietnamese multi-tenant RAG: ``Settings.llm = GoogleGenAI(...)`` in one module,
    ``Settings.llm.complete(prompt)`` in seven others (a router, a fee extractor, a memory
    summariser): none was a call. LlamaIndex's global model (the default, OpenAI's, when
    none is set) is a model wherever it is read."""
    text = "from llama_index.core import Settings\n\ndef ask(prompt):\n" + body
    _tree(tmp_path, {"router.py": text})
    findings, calls, _ = _scan(tmp_path / "router.py")
    assert [c.split(":", 1)[1] for c in calls] == ["llama_index:unchecked"]
    assert [r for r, _ in findings] == ["AIG101"]


def test_a_settings_object_of_another_library_is_no_model(tmp_path: Path) -> None:
    text = (
        "from django.conf import settings\nfrom app.config import Settings\n\n"
        "def ask(prompt):\n    return Settings.llm.complete(prompt), settings.llm.chat(prompt)\n"
    )
    _tree(tmp_path, {"router.py": text})
    _, calls, _ = _scan(tmp_path / "router.py")
    assert calls == []


# --- a class of the project that holds the model, and a model piped in another module ---------

_MODEL = (
    "from langchain_google_genai import ChatGoogleGenerativeAI\n\n"
    "class Model:\n"
    "    def __init__(self):\n"
    '        self.llm_gemini = ChatGoogleGenerativeAI(model="gemini-2.0-flash")\n'
    '        self.name = "gemini"\n\n'
    "    def get_llm_gemini(self):\n"
    "        return self.llm_gemini\n\n"
    "    def get_name(self):\n"
    "        return self.name\n"
)


@pytest.mark.parametrize(
    ("bot", "calls"),
    [
        # the wrapper held by the chatbot, its getter's model invoked
        (
            "from src.model import Model\n\nclass Chatbot:\n    def __init__(self):\n"
            "        self.model = Model()\n        self.llm = self.model.get_llm_gemini()\n\n"
            "    def chat(self, q):\n        return self.llm.invoke(q)\n",
            ["9:langchain:unchecked"],
        ),
        # chained at once
        (
            "from src.model import Model\n\ndef ask(q):\n"
            "    return Model().get_llm_gemini().invoke(q)\n",
            ["4:langchain:unchecked"],
        ),
        # a getter of plain data is no model
        (
            "from src.model import Model\n\ndef ask(q):\n    return Model().get_name().invoke(q)\n",
            [],
        ),
    ],
)
def test_a_class_holding_the_model_gives_it_by_its_getter(
    bot: str, calls: list[str], tmp_path: Path
) -> None:
    """A Vietnamese travel chatbot: ``Model`` (another module) makes the Gemini model in
    ``__init__`` and ``get_llm_gemini()`` returns it; the chatbot's calls on it were no calls
    (the model's kind was lost at the wrapper)."""
    _tree(tmp_path, {"src/model.py": _MODEL, "src/bot.py": bot})
    _, found, _ = _scan(tmp_path / "src" / "bot.py")
    assert found == calls


def test_a_model_piped_into_a_chain_in_another_module_is_sent_there(tmp_path: Path) -> None:
    """``rewrite_query(self.llm, q)`` of another module, whose body is ``chain = prompt | llm
    | parser; chain.invoke(...)``: the model handed is run there (AIG101 at the hand-off);
    a function that only reads a setting of it is none."""
    services = (
        "def rewrite_query(llm, query):\n"
        "    chain = PROMPT | llm | PARSER\n"
        '    return chain.invoke({"query": query})\n\n'
        "def label(llm, query):\n"
        "    return str(llm) + query\n"
    )
    bot = (
        "from langchain_openai import ChatOpenAI\n"
        "from services import rewrite_query, label\n\n"
        "llm = ChatOpenAI()\n\n"
        "def handle(q):\n"
        "    return rewrite_query(llm, q), label(llm, q)\n"
    )
    _tree(tmp_path, {"services.py": services, "bot.py": bot})
    findings, calls, _ = _scan(tmp_path / "bot.py")
    assert calls == ["7:langchain:unchecked"]
    assert findings == [("AIG101", 7)]
