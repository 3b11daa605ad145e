"""No module of the package binds one top-level name twice.

Two branches that each add a pattern of the same name to a detector merge without a conflict,
and the second silently replaces the first for every reader above it (i15-addr21's
``_LISTED_PERSON_LC`` shadowed an older pattern of that name and a list of sellers became
villages). Ruff flags a function or an import defined twice, not a constant."""

from __future__ import annotations

import ast
from pathlib import Path

import ai_guard

PACKAGE = Path(ai_guard.__file__).resolve().parent


def _rebound(path: Path, root: Path = PACKAGE) -> list[str]:
    seen: dict[str, int] = {}
    twice: list[str] = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id] if node.value is not None else []
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names = [node.name]
        else:
            names = []
        for name in names:
            if name in seen:
                twice.append(
                    f"{path.relative_to(root)}:{node.lineno} {name} (first at {seen[name]})"
                )
            seen.setdefault(name, node.lineno)
    return twice


def test_no_top_level_name_is_bound_twice() -> None:
    twice = [entry for path in sorted(PACKAGE.rglob("*.py")) for entry in _rebound(path)]
    assert twice == []


def test_the_check_sees_a_constant_bound_twice(tmp_path: Path) -> None:
    source = tmp_path / "m.py"
    source.write_text("A = 1\nB = 2\nA = 3\n", encoding="utf-8")
    assert [e.split(" ", 1)[1] for e in _rebound(source, tmp_path)] == ["A (first at 1)"]
