"""The classify package: the old import paths keep working, the package loads lazily, and the
classification models are the same objects under every name they have had."""

from __future__ import annotations

import subprocess
import sys

import pytest


def _loaded_after(code: str) -> list[str]:
    names = "sorted(m for m in sys.modules if m.startswith(('ai_guard', 'pydantic')))"
    probe = f"{code}; import sys; print({names})"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return list(eval(out.stdout))  # a list literal printed above


@pytest.mark.parametrize(
    ("old", "new", "names"),
    [
        ("ai_guard.layout", "ai_guard.classify.layout",
         ["Layout", "Segment", "TypeName", "data_rows", "later_papers", "official_title_at",
          "parse_layout", "segments", "type_names"]),
        ("ai_guard.lexicon", "ai_guard.classify.lexicon",
         ["Hit", "Term", "category_hits", "has_diacritics", "score", "signal_hits"]),
        ("ai_guard.extract", "ai_guard.classify.extract",
         ["READ_KINDS", "SUPPORTED_SUFFIXES", "decode_text", "decode_utf8", "document_images",
          "file_not_found", "html_to_text", "read_document", "read_document_and_images",
          "read_document_bytes",
          "read_document_bytes_decoded", "read_document_decoded", "read_file"]),
    ],
)  # fmt: skip
def test_old_module_paths_give_the_same_objects(old: str, new: str, names: list[str]) -> None:
    import importlib

    before, after = importlib.import_module(old), importlib.import_module(new)
    for name in names:
        assert getattr(before, name) is getattr(after, name), name
    assert set(names) >= set(after.__all__)


def test_models_still_exports_the_classification_models() -> None:
    import ai_guard
    import ai_guard.classify.models as cm
    import ai_guard.models as m

    for name in cm.__all__:
        assert getattr(m, name) is getattr(cm, name), name
    assert set(cm.__all__) - {"PROTECTED_CATEGORIES"} <= set(m.__all__)
    assert ai_guard.DocumentClassification is cm.DocumentClassification
    with pytest.raises(AttributeError):
        _ = m.NoSuchModel  # type: ignore[attr-defined]


def test_classify_package_public_names() -> None:
    import ai_guard
    import ai_guard.classify as classify
    from ai_guard.classify import pipeline

    for name in classify.__all__:
        assert getattr(classify, name) is not None
    assert classify.classify_text is pipeline.classify_text
    assert ai_guard.classify_document is pipeline.classify_document
    assert ai_guard.classify_file is pipeline.classify_file
    assert classify.official_title_iter is not None  # a public name of the old module
    with pytest.raises(AttributeError):
        _ = classify.no_such_name  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "module",
    [
        "ai_guard.extract",
        "ai_guard.classify.extract",
        "ai_guard.classify.layout",
        "ai_guard.classify",
    ],
)
def test_reading_files_does_not_load_the_models_or_detectors(module: str) -> None:
    loaded = _loaded_after(f"import {module}")
    assert not [m for m in loaded if m.startswith(("pydantic", "ai_guard.detectors"))]
    assert "ai_guard.models" not in loaded
    assert "ai_guard.i18n" not in loaded  # the sentences load when a file cannot be read


@pytest.mark.parametrize(
    "first", ["ai_guard.classify.models", "ai_guard.models", "ai_guard.classify.pipeline"]
)
def test_models_import_in_any_order(first: str) -> None:
    loaded = _loaded_after(
        f"import {first}; from ai_guard.models import DocumentClassification, Finding; "
        "from ai_guard.classify.models import Category; assert Category.HEALTH"
    )
    assert {"ai_guard.models", "ai_guard.classify.models"} <= set(loaded)


@pytest.mark.parametrize("classify_first", [True, False])
def test_classification_strategy_registered_whichever_loads_first(classify_first: bool) -> None:
    imports = [
        "from hypothesis import strategies as st",
        "from ai_guard.classify.models import DocumentClassification",
    ]
    if classify_first:
        imports.reverse()
    code = "; ".join(
        [*imports, "from ai_guard.models import Finding",
         "print(type(st.from_type(Finding).example()).__name__,"
         " type(st.from_type(DocumentClassification).example()).__name__)"]
    )  # fmt: skip
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["Finding", "DocumentClassification"]


def test_process_pool_workers_import_the_classify_job() -> None:
    """``ai-guard classify --jobs N`` sends ``_classify_job`` to worker processes by name."""
    import pickle

    from ai_guard.cli.classify import _classify_job

    assert pickle.loads(pickle.dumps(_classify_job)) is _classify_job
