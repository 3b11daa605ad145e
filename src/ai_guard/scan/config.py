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
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from ai_guard.errors import PolicyError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

__all__ = ["ScanConfig"]


class ScanConfig(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    extra_clients: dict[str, str] = {}
    extra_calls: tuple[str, ...] = ()
    extra_guards: tuple[str, ...] = ()
    decision_patterns: tuple[str, ...] = ()
    decision_functions: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    @field_validator("decision_patterns")
    @classmethod
    def _regexes(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for pat in value:
            try:
                re.compile(pat)
            except re.error as exc:
                raise ValueError(f"invalid regular expression {pat!r}: {exc}") from None
        return value

    @classmethod
    def from_mapping(cls, data: Any, *, source: str | None = None) -> ScanConfig:
        try:
            return cls.model_validate(data or {})
        except ValidationError as exc:
            err = exc.errors()[0]
            key = "scan." + ".".join(str(p) for p in err["loc"])
            msg = str(err["msg"]).removeprefix("Value error, ")
            raise PolicyError(
                f"invalid scan configuration: {msg}",
                f"cấu hình quét không hợp lệ: {msg}",
                key=key,
                source=source,
            ) from None

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
