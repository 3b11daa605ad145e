"""``[tool.ai-guard.scan]`` (pyproject.toml) or ``[scan]`` (ai-guard.toml)::

    [tool.ai-guard.scan]
    extra_clients = { "acme_llm.Client" = "acme" }     # factory -> client kind
    extra_calls = ["acme.ask", "module:acme_llm.complete"]
    extra_guards = ["myapp.safety.scrub"]              # functions, wrappers, decorators
    decision_patterns = ["^ban_"]                      # more AIG104 name patterns (regex)
    decision_functions = ["publish_result"]            # more AIG104 functions by name
    exclude = ["tests/fixtures/*", "*/migrations/*"]   # glob patterns on paths

Unknown keys and bad patterns are errors that name the key and the file.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ai_guard.errors import PolicyError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

__all__ = ["ScanConfig"]

_LISTS = ("extra_calls", "extra_guards", "decision_patterns", "decision_functions", "exclude")


@dataclass(frozen=True)
class ScanConfig:
    """A project's additions to the scanner (see the module docstring)."""

    # a plain dataclass, not a pydantic model: the hook starts on every commit, and pydantic's
    # import alone was half of its start-up time
    extra_clients: dict[str, str] = field(default_factory=dict)
    extra_calls: tuple[str, ...] = ()
    extra_guards: tuple[str, ...] = ()
    decision_patterns: tuple[str, ...] = ()
    decision_functions: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    @classmethod
    def from_mapping(cls, data: Any, *, source: str | None = None) -> ScanConfig:
        """Validate a ``[scan]`` table; errors name the key (``scan.extra_calls.1``)."""

        def fail(key: str, problem: str, value: str = "", error: str = "") -> PolicyError:
            from ai_guard.i18n.scan import scan_config_invalid

            vi, en = scan_config_invalid(problem, value, error)
            return PolicyError(vi=vi, en=en, key=f"scan.{key}", source=source)

        data = data or {}
        if not isinstance(data, dict):
            raise fail("", "table")
        values: dict[str, Any] = {}
        for key, value in data.items():
            if key == "extra_clients":
                if not isinstance(value, dict) or not all(
                    isinstance(k, str) and isinstance(v, str) for k, v in value.items()
                ):
                    raise fail(key, "table_of_strings")
                values[key] = dict(value)
            elif key in _LISTS:
                if not isinstance(value, list):
                    raise fail(key, "list_of_strings")
                for i, item in enumerate(value):
                    if not isinstance(item, str) or not item.strip():
                        raise fail(f"{key}.{i}", "non_empty_string")
                    if key == "decision_patterns":
                        try:
                            re.compile(item)
                        except re.error as exc:
                            raise fail(f"{key}.{i}", "bad_regex", item, str(exc)) from None
                values[key] = tuple(value)
            else:
                raise fail(str(key), "unknown_key", key)
        return cls(**values)

    @classmethod
    def discover(cls, start: str | os.PathLike[str] | None = None) -> ScanConfig:
        """The ``[scan]`` table of the first ``ai-guard.toml`` or ``pyproject.toml`` with a
        ``[tool.ai-guard]`` table, from ``start`` (the current directory) upwards; the
        defaults when there is none."""
        here = Path(start or Path.cwd()).resolve()
        for folder in (here, *here.parents):
            for name, path in (
                ("ai-guard.toml", ("scan",)),
                ("pyproject.toml", ("tool", "ai-guard", "scan")),
            ):
                candidate = folder / name
                if not candidate.is_file():
                    continue
                from ai_guard.text.encodings import unicode_text

                try:
                    data: Any = tomllib.loads(unicode_text(candidate.read_bytes()))
                except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
                    from ai_guard.i18n.scan import scan_config_unreadable

                    vi, en = scan_config_unreadable(name, str(exc))
                    raise PolicyError(vi=vi, en=en, source=str(candidate)) from None
                if name == "pyproject.toml" and "ai-guard" not in data.get("tool", {}):
                    continue
                for key in path:
                    data = data.get(key, {}) if isinstance(data, dict) else {}
                return cls.from_mapping(data, source=str(candidate))
        return cls()
