"""The address detector's package stays a layered package (issues 14/15: arch28 cut the
8,633-line ``detectors/address.py`` into modules by what they do): its modules import each
other in one direction only (a DAG, so each can be read with only the ones below it in mind),
none grows back past ~1,500 lines, and the package's face hands on the detector alone."""

from __future__ import annotations

import ast
from pathlib import Path

import ai_guard.detectors.address as address_package
from ai_guard.detectors.address import AddressDetector
from ai_guard.detectors.registry import builtin_detectors

PACKAGE = Path(address_package.__file__).resolve().parent
PREFIX = "ai_guard.detectors.address."
#: the most lines one module of the package may hold
MAX_LINES = 1_500


def _imports(path: Path) -> set[str]:
    """The package's modules ``path`` imports, anywhere in it (a lazy import counts too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module is not None:
            if node.module.startswith(PREFIX):
                found.add(node.module.removeprefix(PREFIX))
            elif node.module == PREFIX.rstrip("."):
                found.update(a.name for a in node.names if (PACKAGE / f"{a.name}.py").exists())
        elif isinstance(node, ast.Import):
            found.update(
                a.name.removeprefix(PREFIX) for a in node.names if a.name.startswith(PREFIX)
            )
    return found


def _cycle(graph: dict[str, set[str]]) -> list[str]:
    """One cycle of ``graph`` (module -> the modules it imports), or [] when it has none."""
    state: dict[str, int] = {}  # 1: on the path being walked, 2: done
    path: list[str] = []

    def walk(node: str) -> list[str]:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (found := walk(nxt)):
                return found
        path.pop()
        state[node] = 2
        return []

    for node in sorted(graph):
        if node not in state and (found := walk(node)):
            return found
    return []


def _graph() -> dict[str, set[str]]:
    return {p.stem: _imports(p) for p in sorted(PACKAGE.glob("*.py")) if p.stem != "__init__"}


def test_the_package_imports_in_one_direction_only() -> None:
    graph = _graph()
    assert len(graph) >= 10  # the package's modules were all read
    assert _cycle(graph) == []


def test_no_module_imports_the_package_face() -> None:
    """A module importing ``ai_guard.detectors.address`` itself would load the detector (and
    everything) from below it: each takes its names from the module that defines them."""
    for path in sorted(PACKAGE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        modules = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        if path.stem != "__init__":
            assert PREFIX.rstrip(".") not in modules, path.name


def test_the_cycle_check_finds_a_cycle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) == []


def test_no_module_grows_past_the_limit() -> None:
    long = {
        p.name: n
        for p in PACKAGE.glob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}, "cut the module by what its parts do / tách mô-đun theo chức năng"


def test_the_face_hands_on_the_detector_alone() -> None:
    assert address_package.__all__ == ["AddressDetector"]
    tree = ast.parse((PACKAGE / "__init__.py").read_text(encoding="utf-8"))
    bound = {
        a.asname or a.name
        for n in tree.body
        if isinstance(n, ast.ImportFrom) and n.module != "__future__"
        for a in n.names
    }
    assert bound == {"AddressDetector"}


def test_the_registry_still_builds_the_detector() -> None:
    found = [d for d in builtin_detectors() if d.id == "vn.address"]
    assert len(found) == 1
    assert isinstance(found[0], AddressDetector)
