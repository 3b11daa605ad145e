"""What a sign-off is bound to: a SHA-256 digest over a canonical rendering of the action and
every bound argument (no ``hash()``, no ``id()``: the same values give the same digest in any
process), and the readable rendering of the arguments the approver is shown."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import hashlib
import json
import uuid
from collections.abc import Mapping
from decimal import Decimal
from pathlib import PurePath
from typing import Any

from pydantic import BaseModel

from ai_guard import i18n

__all__ = ["DIGEST_VERSION", "arguments_digest", "render_arguments"]

DIGEST_VERSION = "ai-guard-signoff/v1"


def _qualname(value: object) -> str:
    cls = type(value)
    return f"{cls.__module__}.{cls.__qualname__}"


def canon(value: Any, where: str) -> Any:
    """A JSON structure that represents ``value`` exactly and stably (no hash(), no id())."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return {"$int": str(value)} if abs(value) > 2**53 else value
    if isinstance(value, float):
        return {"$float": value.hex()}
    if isinstance(value, enum.Enum):
        return {"$enum": f"{_qualname(value)}.{value.name}"}
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"$bytes": bytes(value).hex()}
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return {"$" + type(value).__name__: value.isoformat()}
    if isinstance(value, dt.timedelta):
        return {"$timedelta": value.total_seconds()}
    if isinstance(value, uuid.UUID):
        return {"$uuid": str(value)}
    if isinstance(value, PurePath):
        return {"$path": str(value)}
    if isinstance(value, BaseModel):
        return {
            "$model": _qualname(value),
            "fields": canon(value.model_dump(mode="python"), where),
        }
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            "$dataclass": _qualname(value),
            "fields": {
                f.name: canon(getattr(value, f.name), f"{where}.{f.name}")
                for f in dataclasses.fields(value)
            },
        }
    if isinstance(value, Mapping):
        items = [[canon(k, f"{where}[key]"), canon(v, f"{where}[{k!r}]")] for k, v in value.items()]
        items.sort(key=lambda kv: json.dumps(kv[0], sort_keys=True))
        return {"$dict": items}
    if isinstance(value, (list, tuple)):
        body = [canon(v, f"{where}[{i}]") for i, v in enumerate(value)]
        return body if isinstance(value, list) else {"$tuple": body}
    if isinstance(value, (set, frozenset)):
        body = [canon(v, f"{where}{{}}") for v in value]
        return {"$set": sorted(body, key=lambda x: json.dumps(x, sort_keys=True))}
    raise TypeError(i18n.signoff_unbindable(where, type(value).__name__))


def arguments_digest(action: str, arguments: Mapping[str, Any]) -> str:
    """The SHA-256 digest that binds a sign-off to ``action`` and these exact arguments."""
    payload = json.dumps(
        {"action": action, "arguments": {k: canon(v, k) for k, v in arguments.items()}},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(f"{DIGEST_VERSION}\n{payload}".encode()).hexdigest()


def render_arguments(arguments: Mapping[str, Any], limit: int = 400) -> dict[str, str]:
    """Each argument as the approver reads it: the text itself, or its ``repr``, cut at
    ``limit`` characters."""
    out = {}
    for name, value in arguments.items():
        text = value if isinstance(value, str) else repr(value)
        if len(text) > limit:
            text = text[:limit] + i18n.signoff_more_characters(len(text) - limit)
        out[name] = text
    return out
