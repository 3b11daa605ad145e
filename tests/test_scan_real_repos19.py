"""Shapes met on public repositories, left by sc18 (nineteenth session, sc19): a law article's
placeholder in a legal prompt template, LlamaIndex's default embedding model, vector stores
filled by position. Each test fails without its rule (main 614fee5e)."""

from __future__ import annotations

from pathlib import Path

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
