"""Shapes met on public repositories, left by sc18 (nineteenth session, sc19): a law article's
placeholder in a legal prompt template, LlamaIndex's default embedding model, vector stores
filled by position. Each test fails without its rule (main 614fee5e)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ai_guard.scan import scan_paths

_LEGAL_TEMPLATE = (
    "import google.generativeai as genai\n\n"
    'PROMPT_TEMPLATE = """Bạn là trợ lý pháp luật. Khi trích dẫn, ghi rõ: "{cite}".\n'
    'Câu hỏi: {{question}}"""\n\n'
    'model = genai.GenerativeModel("gemini-2.0-flash")\n\n\n'
    "def answer(q: str) -> str:\n"
    "    return model.generate_content(PROMPT_TEMPLATE.format(question=q)).text\n"
)


def test_a_law_article_placeholder_in_a_prompt_template_is_no_name(tmp_path: Path) -> None:
    """sc18's one false finding on a legal RAG: ``khoản X, Điều Y`` read as an Ede name (the
    Thái family name "Điêu" and the prefix "Y"). The call stays AIG101, the template is no
    AIG105; a real name in the same place still is."""
    for cite, rules in (
        ("Theo khoản X, Điều Y của Luật Z", {"AIG101"}),
        ("Căn cứ Điều Y khoản Z Nghị định N", {"AIG101"}),
        ("Theo điểm A khoản B Điều C Bộ luật Dân sự", {"AIG101"}),
        ("Ông Y Moan Niê, buôn Ko Tam", {"AIG101", "AIG105"}),
    ):
        src = tmp_path / "legal.py"
        src.write_text(_LEGAL_TEMPLATE.format(cite=cite), encoding="utf-8")
        assert {f.rule for f in scan_paths([str(src)]).active} == rules, cite


_STORE = (
    "from langchain_community.vectorstores import FAISS, Chroma\n"
    "from langchain_openai import OpenAIEmbeddings\n\n"
    "emb = OpenAIEmbeddings()\n"
    "store = Chroma(embedding_function=emb)\n\n\n"
    "def fill(chunks: list) -> None:\n"
    "    {call}\n"
)


@pytest.mark.parametrize(
    ("positional", "keyword"),
    [
        (
            "Chroma.from_documents(chunks, emb)",
            "Chroma.from_documents(documents=chunks, embedding=emb)",
        ),
        ("FAISS.from_texts(chunks, emb)", "FAISS.from_texts(texts=chunks, embedding=emb)"),
        ("store.add_documents(chunks)", "store.add_documents(documents=chunks)"),
        ("store.add_texts(chunks)", "store.add_texts(texts=chunks)"),
        (
            "FAISS.afrom_documents(chunks, emb)",
            "FAISS.afrom_documents(embedding=emb, documents=chunks)",
        ),
    ],
)
def test_a_store_filled_by_position_or_by_keyword_is_judged_alike(
    positional: str, keyword: str, tmp_path: Path
) -> None:
    """sc18's convention gave AIG106 only where documents were named ``documents=`` (and
    ``texts=`` was no prompt at all: a fill listed ``literal``); the chunks go to the
    embedding API either way: AIG101 and AIG106 for both forms."""
    got = []
    for call in (positional, keyword):
        src = tmp_path / "fill.py"
        src.write_text(_STORE.format(call=call), encoding="utf-8")
        report = scan_paths([str(src)])
        got.append(
            (
                sorted((f.rule, f.line) for f in report.active),
                [(c.line, c.status) for c in report.calls],
            )
        )
    assert got[0] == got[1] == ([("AIG101", 9), ("AIG106", 9)], [(9, "unchecked")])


@pytest.mark.parametrize(
    "call",
    [
        'FAISS.from_texts(["Giờ làm việc: 7h30-17h", "Địa chỉ: 12 Lê Lợi"], emb)',
        'store.add_texts(texts=["Giờ làm việc: 7h30-17h"])',
        'Chroma.from_documents([Document(page_content="Thủ tục cấp phép")], emb)',
    ],
)
def test_a_store_filled_with_text_written_in_the_code_is_literal(call: str, tmp_path: Path) -> None:
    src = tmp_path / "fill.py"
    src.write_text(
        "from langchain_core.documents import Document\n" + _STORE.format(call=call),
        encoding="utf-8",
    )
    report = scan_paths([str(src)])
    assert report.active == []
    assert [(c.line, c.status) for c in report.calls] == [(10, "literal")]


_INDEX = (
    "from llama_index.core import SimpleDirectoryReader, VectorStoreIndex\n\n"
    'docs = SimpleDirectoryReader("ho_so").load_data()\n'
    "index = VectorStoreIndex.from_documents(docs{extra})\n"
    "engine = index.as_query_engine()\n"
)


def _repository(root: Path, index: str, **modules: str) -> Path:
    (root / ".git").mkdir(parents=True)
    (root / "app").mkdir()
    path = root / "app" / "index.py"
    path.write_text(index, encoding="utf-8")
    for name, text in modules.items():
        (root / f"{name}.py").write_text(text, encoding="utf-8")
    return path


def test_llamaindex_default_embedding_sends_the_documents_to_openai(tmp_path: Path) -> None:
    """``VectorStoreIndex.from_documents(docs)`` with no ``embed_model`` and none set in the
    repository: LlamaIndex embeds each document with OpenAI's API (sc18's left item). A call,
    AIG101 naming the default, and AIG106 as for any store filled with documents."""
    path = _repository(tmp_path / "repo", _INDEX.format(extra=""))
    for report in (scan_paths([str(path)]), scan_paths([str(tmp_path / "repo")])):
        assert sorted((f.rule, f.line) for f in report.active) == [("AIG101", 4), ("AIG106", 4)]
        assert [(c.line, c.vendor, c.status) for c in report.calls] == [
            (4, "llama_index", "unchecked")
        ]
        first = next(f for f in report.active if f.rule == "AIG101")
        assert "default embedding model" in first.message_en
        assert "OpenAI" in first.message_en


_LOCAL_SETTINGS = (
    "from llama_index.core import Settings\n"
    "from llama_index.embeddings.huggingface import HuggingFaceEmbedding\n\n"
    'embed = HuggingFaceEmbedding(model_name="BAAI/bge-m3")\n'
    "Settings.embed_model = embed\n"
)
_API_SETTINGS = (
    "from llama_index.core import Settings\n"
    "from llama_index.embeddings.openai import OpenAIEmbedding\n\n"
    "Settings.embed_model = OpenAIEmbedding(\n"
    '    model="text-embedding-3-small",\n'
    ")\n"
)


@pytest.mark.parametrize(
    ("settings", "calls"),
    [
        (_LOCAL_SETTINGS, []),
        (_API_SETTINGS, [(4, "llama_index", "unchecked")]),
        (
            "from llama_index.core import ServiceContext\n"
            'ctx = ServiceContext.from_defaults(llm=None, embed_model="local:BAAI/bge-m3")\n',
            [],
        ),
        ("from llama_index.core import Settings\nSettings.embed_model = None\n", []),
    ],
)
def test_a_repository_that_sets_its_embedding_model_elsewhere_is_read(
    settings: str, calls: list[tuple[int, str, str]], tmp_path: Path
) -> None:
    """The setting made once in a start-up module (the hook given the index's module alone
    reads it from disk): a local model sends nothing; an API's does, and the message names no
    default."""
    path = _repository(tmp_path / "repo", _INDEX.format(extra=""), settings=settings)
    report = scan_paths([str(path)])
    assert [(c.line, c.vendor, c.status) for c in report.calls] == calls
    assert all("default" not in f.message_en for f in report.active)


@pytest.mark.parametrize(
    ("extra", "listed"),
    [
        (", embed_model=HuggingFaceEmbedding()", False),
        (', embed_model="local"', False),
        (", embed_model=OpenAIEmbedding()", True),
        (', embed_model="default"', True),
    ],
)
def test_an_embedding_model_given_to_the_index_decides(
    extra: str, listed: bool, tmp_path: Path
) -> None:
    head = (
        "from llama_index.embeddings.huggingface import HuggingFaceEmbedding\n"
        "from llama_index.embeddings.openai import OpenAIEmbedding\n"
    )
    path = _repository(tmp_path / "repo", head + _INDEX.format(extra=extra))
    report = scan_paths([str(path)])
    assert [c.line for c in report.calls] == ([6] if listed else [])


@pytest.mark.parametrize(
    ("setup", "listed"),
    [
        # shapes of public LlamaIndex apps: the setting in the function that builds the index
        (
            "from llama_index.embeddings.huggingface import HuggingFaceEmbedding\n"
            "from llama_index.llms.google_genai import GoogleGenAI\n"
            "def setup(key):\n"
            "    Settings.llm = GoogleGenAI(model='gemini-2.0-flash', api_key=key)\n"
            "    Settings.embed_model = HuggingFaceEmbedding(model_name='BAAI/bge-m3')\n",
            False,
        ),
        (
            "from llama_index.embeddings.gemini import GeminiEmbedding\n"
            "def setup(key):\n"
            "    embed_model = GeminiEmbedding(model_name='models/embedding-001', api_key=key)\n"
            "    Settings.embed_model = embed_model\n",
            True,
        ),
        (
            "from llama_index.embeddings.ollama import OllamaEmbedding\n"
            "Settings.embed_model = OllamaEmbedding(model_name='nomic-embed-text')\n",
            True,
        ),
    ],
)
def test_the_modules_own_setting_decides(setup: str, listed: bool, tmp_path: Path) -> None:
    index = "from llama_index.core import Settings\n" + setup + _INDEX.format(extra="")
    path = _repository(tmp_path / "repo", index)
    calls = [c.vendor for c in scan_paths([str(path)]).calls]
    assert ("llama_index" in calls) is listed
