"""``warm_up`` builds what the detectors build on first use, so that a first request does not."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from ai_guard import check_prompt
from ai_guard.prompt.warm import _SAMPLES, warm_up

ROOT = Path(__file__).resolve().parent.parent

# In a fresh process: warm up, list every lexicon builder (an ``lru_cache`` of at most 8
# entries in an ai_guard module) still empty, check corpus prompts, list those filled since.
_SCRIPT = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path

    def empty_builders():
        out = set()
        for name, mod in list(sys.modules.items()):
            if not name.startswith("ai_guard"):
                continue
            for attr, obj in list(vars(mod).items()):
                info = getattr(obj, "cache_info", None)
                if callable(info) and getattr(obj, "__module__", None) == name:
                    ci = info()
                    if ci.maxsize is not None and ci.maxsize <= 8 and ci.currsize == 0:
                        out.add(f"{name}.{attr}")
        return out

    from ai_guard import check_prompt
    from ai_guard.prompt.warm import warm_up

    if sys.argv[1] == "warm":
        warm_up()
    else:
        check_prompt("x")
    before = empty_builders()
    for f in sorted(Path(sys.argv[2]).glob("*.jsonl")):
        for line in f.read_text("utf-8").splitlines()[:120]:
            if line.strip():
                check_prompt(json.loads(line)["text"])
    print(json.dumps(sorted(before - empty_builders())))
    """
)


def _built_after(mode: str) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-c", _SCRIPT, mode, str(ROOT / "tests" / "corpus")],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    built: list[str] = json.loads(out.stdout)
    return built


def test_after_warm_up_no_prompt_of_the_corpora_builds_a_lexicon() -> None:
    # without the warm-up the corpora build some (the test can fail), after it none
    assert _built_after("cold")
    assert _built_after("warm") == []


def test_warm_up_leaves_results_unchanged() -> None:
    before = [check_prompt(t) for t in _SAMPLES]
    warm_up(freeze=False)  # (freezing is process-wide: tested in a process of its own below)
    after = [check_prompt(t) for t in _SAMPLES]
    assert [r.model_dump() for r in before] == [r.model_dump() for r in after]


# In a fresh process: what a full collection walks (the tracked objects outside the permanent
# generation) and how many objects are frozen, after ``ai_guard.warm_up`` with or without
# freezing; then a check still finds what it found.
_FREEZE_SCRIPT = textwrap.dedent(
    """
    import gc, json, sys
    import ai_guard

    ai_guard.warm_up(freeze=sys.argv[1] == "1")
    r = ai_guard.check_prompt("Ông Nguyễn Văn An, CCCD 001085012345")
    print(json.dumps([len(gc.get_objects()), gc.get_freeze_count(),
                      sorted(f.entity.value for f in r.findings)]))
    """
)


def _after_warm_up(freeze: bool) -> tuple[int, int, list[str]]:
    out = subprocess.run(
        [sys.executable, "-c", _FREEZE_SCRIPT, "1" if freeze else "0"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    walked, frozen, found = json.loads(out.stdout)
    return walked, frozen, found


def test_warm_up_freezes_the_lexicons_out_of_full_collections() -> None:
    walked, frozen, found = _after_warm_up(freeze=True)
    plain_walked, plain_frozen, plain_found = _after_warm_up(freeze=False)
    assert plain_frozen == 0
    assert plain_walked > 20_000  # the lexicons, walked by each full collection
    assert frozen > 20_000
    assert walked < plain_walked // 10
    assert found == plain_found == ["CCCD", "PERSON"]


def test_the_commands_freeze_their_imports(tmp_path: Path) -> None:
    # ``ai-guard check``, ``ai-guard classify`` and the prompts and documents hooks freeze what
    # their imports made before they check
    # (a large input's full collections then walk the rest only); a plain library import
    # freezes nothing
    prompt = tmp_path / "p.txt"
    prompt.write_text("Ông Nguyễn Văn An, CCCD 001085012345", encoding="utf-8")
    script = textwrap.dedent(
        """
        import contextlib, gc, io, sys
        if sys.argv[1] == "cli":
            from ai_guard.cli import main
            with contextlib.redirect_stdout(io.StringIO()):
                code = main(["check", sys.argv[2]])
        elif sys.argv[1] == "hook":
            from ai_guard.cli.hooks import prompts
            with contextlib.redirect_stdout(io.StringIO()):
                code = prompts([sys.argv[2]])
        elif sys.argv[1] == "classify":
            from ai_guard.cli import main
            with contextlib.redirect_stdout(io.StringIO()):
                code = main(["classify", sys.argv[2]])
        elif sys.argv[1] == "documents":
            from ai_guard.cli.hooks import documents
            quiet = contextlib.redirect_stderr(io.StringIO())
            with contextlib.redirect_stdout(io.StringIO()), quiet:
                code = documents([sys.argv[2]])
        else:
            from ai_guard import check_prompt
            code = len(check_prompt("Ông Nguyễn Văn An, CCCD 001085012345").findings)
        print(code, gc.get_freeze_count())
        """
    )
    counts = {}
    for mode in ("cli", "hook", "classify", "documents", "library"):
        out = subprocess.run(
            [sys.executable, "-c", script, mode, str(prompt)],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        code, frozen = out.stdout.split()
        counts[mode] = (int(code), int(frozen))
    assert counts["cli"][0] == 1  # redaction needed: the check ran as before
    assert counts["hook"][0] == 1
    assert counts["classify"][0] == 1  # a CCCD and a name: not to be sent as it is
    assert counts["documents"][0] == 0  # the hook refuses only what may not be sent at all
    for mode in ("cli", "hook", "classify", "documents"):
        assert counts[mode][1] > 20_000, mode
    assert counts["library"] == (2, 0)
