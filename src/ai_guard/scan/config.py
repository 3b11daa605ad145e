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

        def fail(key: str, en: str, vi: str) -> PolicyError:
            return PolicyError(
                f"invalid scan configuration: {en}",
                f"cấu hình quét không hợp lệ: {vi}",
                key=f"scan.{key}",
                source=source,
            )

        data = data or {}
        if not isinstance(data, dict):
            raise fail("", "expected a table", "cần một bảng (table)")
        values: dict[str, Any] = {}
        for key, value in data.items():
            if key == "extra_clients":
                if not isinstance(value, dict) or not all(
                    isinstance(k, str) and isinstance(v, str) for k, v in value.items()
                ):
                    raise fail(key, "expected a table of strings", "cần một bảng các chuỗi")
                values[key] = dict(value)
            elif key in _LISTS:
                if not isinstance(value, list):
                    raise fail(key, "expected a list of strings", "cần một danh sách chuỗi")
                for i, item in enumerate(value):
                    if not isinstance(item, str) or not item.strip():
                        raise fail(f"{key}.{i}", "expected a non-empty string",
                                   "cần một chuỗi khác rỗng")  # fmt: skip
                    if key == "decision_patterns":
                        try:
                            re.compile(item)
                        except re.error as exc:
                            raise fail(
                                f"{key}.{i}",
                                f"invalid regular expression {item!r}: {exc}",
                                f"biểu thức chính quy không hợp lệ {item!r}: {exc}",
                            ) from None
                values[key] = tuple(value)
            else:
                raise fail(str(key), f"unknown key {key!r}", f"khoá không được hỗ trợ {key!r}")
        return cls(**values)

    @classmethod
    def discover(cls, start: str | os.PathLike[str] | None = None) -> ScanConfig:
        here = Path(start or Path.cwd()).resolve()
        for folder in (here, *here.parents):
            for name, path in (
                ("ai-guard.toml", ("scan",)),
                ("pyproject.toml", ("tool", "ai-guard", "scan")),
            ):
                candidate = folder / name
                if not candidate.is_file():
                    continue
                try:
                    data: Any = tomllib.loads(candidate.read_text("utf-8"))
                except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
                    raise PolicyError(
                        f"cannot read {name}: {exc}", f"không đọc được {name}: {exc}",
                        source=str(candidate),
                    ) from None  # fmt: skip
                if name == "pyproject.toml" and "ai-guard" not in data.get("tool", {}):
                    continue
                for key in path:
                    data = data.get(key, {}) if isinstance(data, dict) else {}
                return cls.from_mapping(data, source=str(candidate))
        return cls()
