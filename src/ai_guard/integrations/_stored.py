"""Content the service holds, named by a reference: vouched for only when this guard made it.

A request may make a model read content the service stored earlier instead of carrying it: a
response continued by ``previous_response_id``, a stored ``conversation``, a code
interpreter's ``container``, an Assistants ``thread`` or ``assistant``, a stored ``prompt``,
an ``item_reference`` to an earlier output item, Gemini's ``cached_content`` and file search
stores, Anthropic's custom skills and files. The guard never read that content unless it
went out through the guard. :class:`Stored` keeps the ids the service gave back to requests
this guard checked (:func:`harvest`): a reference to one of them passes; any other is refused
(reason ``stored_reference``, both languages) unless the user opted in (``allow_stored=True``
of ``guard_client``, ``[gateway] allow_stored_content = true``).

The registry lives in the process, by policy (docs/gateway.md, "several instances"):
another process, another instance of the gateway or a restart does not know the ids (a
reference made through it is refused here: fail closed). The gateway keeps, with each id,
the token of the caller whose request made it: another caller naming it is refused too, and
nothing is kept for a caller without a token (every such caller would be the same owner).
Ids are kept from a stream helper's answer however the application reads it (events,
``until_done()``, ``text_stream``, the final message).
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from typing import Any

__all__ = ["Stored", "harvest"]

#: how many ids a registry keeps; the oldest is forgotten first (then refused: fail closed)
_LIMIT = 100_000
#: Gemini names its stored objects by resource names (``cachedContents/abc``, ``files/abc``)
_RESOURCE = re.compile(r"(?:cachedContents|files|fileSearchStores|interactions)/[A-Za-z0-9_.-]+")


class Stored:
    """Ids of content the service holds that was made from requests this guard checked,
    each with its owner (the gateway's caller; ``""`` for a guarded client)."""

    def __init__(self, limit: int = _LIMIT) -> None:
        self._ids: OrderedDict[str, str] = OrderedDict()
        self._lock = threading.Lock()
        self._limit = limit

    def add(self, ids: Iterable[str], owner: str = "") -> None:
        with self._lock:
            for ref in ids:
                if ref in self._ids:
                    continue  # made by its first owner: another's answer cannot claim it
                self._ids[ref] = owner
                if len(self._ids) > self._limit:
                    self._ids.popitem(last=False)

    def vouches(self, ref: str, owner: str = "") -> bool:
        """Whether ``ref`` was made through this guard, by ``owner``."""
        with self._lock:
            return self._ids.get(ref) == owner

    def judge(self, owner: str = "") -> Callable[[str], bool]:
        """:meth:`vouches` for one owner, as the payload reader takes it."""
        return lambda ref: self.vouches(ref, owner)


def _get(value: Any, name: str) -> Any:
    if isinstance(value, Mapping):
        return value.get(name)
    return getattr(value, name, None)


def harvest(answer: Any, asked: Iterable[str] = ()) -> list[str]:
    """The ids of stored content an answer names as made by its request: its own ``id``
    (a response, a conversation, a container, a file, an assistant, a thread), a run's
    ``thread_id`` (``threads.create_and_run``), Gemini's
    resource ``name`` (``cachedContents/...``, ``files/...``), a Responses output item's
    ``id`` and ``container_id``, Anthropic's ``container.id``; also inside a stream's event
    (``response``, ``message``, ``item``, ``delta``). An id the request itself named
    (``asked``: a retrieve's or a cancel's id, an echoed ``previous_response_id``) is not
    one it made."""
    named = set(asked)
    found: list[str] = []

    def take(value: Any) -> None:
        if isinstance(value, str) and value and len(value) <= 256 and value not in named:
            found.append(value)

    def one(obj: Any) -> None:
        if obj is None or isinstance(obj, (str, bytes, int, float, list)):
            return
        take(_get(obj, "id"))
        name = _get(obj, "name")
        if isinstance(name, str) and _RESOURCE.fullmatch(name):
            take(name)
            uri = _get(obj, "uri")  # a Gemini file is named by its URI too (file_data)
            take(uri if isinstance(uri, str) else None)
        take(_get(obj, "container_id"))
        take(_get(obj, "thread_id"))  # a run made with its thread (create_and_run)
        container = _get(obj, "container")
        if container is not None and not isinstance(container, str):
            take(_get(container, "id"))
        output = _get(obj, "output")
        for item in output if isinstance(output, list) else []:
            if item is not None and not isinstance(item, (str, bytes, int, float, list)):
                take(_get(item, "id"))
                take(_get(item, "container_id"))
        upload = _get(obj, "file")  # Gemini's upload answer: {"file": {"name": "files/abc"}}
        if upload is not None and not isinstance(upload, (str, bytes)):
            name = _get(upload, "name")
            if isinstance(name, str) and _RESOURCE.fullmatch(name):
                take(name)
                uri = _get(upload, "uri")
                take(uri if isinstance(uri, str) else None)

    one(answer)
    for part in ("response", "message", "item", "delta"):
        inner = _get(answer, part) if not isinstance(answer, (str, bytes, list)) else None
        one(inner)
    return found
