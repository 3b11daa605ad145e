"""The process-wide caches of a text's words (a run of capitalised words, a word's fold, its
spelling key, its Telex reading, an e-mail address's validity ...), and letting go of those a
large text churned through.

Each is an ``lru_cache`` of a few thousand entries, worth keeping across prompts: the same
words, headings and names come back. A text with more distinct words than a cache holds
(a megabyte's table of citizens: every name a new run) misses on every word and leaves the
cache full of its own last entries, none of the ones kept before; held through the rest of
the check they were a third of its memory (tracemalloc's peak over a megabyte's CSV). The
engine lets go of each cache that missed at least its size during a large text's detectors
(:func:`let_go_churned`); a cache the text did not churn keeps what it holds.

Let go at the end, a churned cache still held its size of the text's own entries while the
text was read (the runs of capitalised words: ~6.5x a megabyte's CSV at vn.person's peak). A
reader of a large text's words that may churn a cache goes through :class:`Churned`: the
shared cache until the text has missed it a bound's times, then a dict of its own, emptied
when full and dropped with the text. Call sites that read a cache a word at a time, with no
walk of their own to hold a reader, ask :func:`reader_for` for the one their text holds."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

if TYPE_CHECKING:
    from functools import _lru_cache_wrapper

__all__ = ["READ_CHURNED_FROM", "Churned", "let_go_churned", "misses", "reader_for", "word_cache"]

_T = TypeVar("_T")

#: every cache made by :func:`word_cache`, in the order their modules were imported
_CACHES: list[_lru_cache_wrapper[Any]] = []


def word_cache(maxsize: int) -> Callable[[Callable[..., _T]], _lru_cache_wrapper[_T]]:
    """``functools.lru_cache(maxsize=maxsize)``, registered among the caches of a text's
    words (:func:`let_go_churned`)."""

    def wrap(fn: Callable[..., _T]) -> _lru_cache_wrapper[_T]:
        cached = lru_cache(maxsize=maxsize)(fn)
        _CACHES.append(cached)
        return cached

    return wrap


def misses() -> dict[_lru_cache_wrapper[Any], int]:
    """Each cache's misses so far (what :func:`let_go_churned` compares with)."""
    return {cache: cache.cache_info().misses for cache in _CACHES}


def let_go_churned(before: dict[_lru_cache_wrapper[Any], int]) -> int:
    """Empty each cache that missed at least its size since ``before`` (:func:`misses`; a
    cache made since counts from none): it holds only the last words of the text that missed,
    nothing kept from earlier prompts. Returns how many were emptied."""
    emptied = 0
    for cache in _CACHES:
        info = cache.cache_info()
        if info.maxsize is not None and info.misses - before.get(cache, 0) >= info.maxsize:
            cache.cache_clear()
            emptied += 1
    return emptied


class Churned(Generic[_T]):
    """One large text's way to a cache of words (``cache``, made by :func:`word_cache`, of a
    one-argument function): through the shared cache until the text has missed it ``bound``
    times (what it stores there, pushing out what earlier prompts left: at most ``bound``
    entries), then through a dict of its own, emptied each time it holds ``bound`` entries and
    dropped with the reader. A text that churns (a megabyte's table of citizens, every name
    a new run) holds ``2 * bound`` entries at most while it is read, not the cache's size,
    and leaves the cache what earlier prompts stored less ``bound``; the answers are the
    function's, as through the cache."""

    __slots__ = ("_bound", "_cache", "_own", "_until")

    def __init__(self, cache: _lru_cache_wrapper[_T], bound: int) -> None:
        self._cache = cache
        self._bound = bound
        #: the shared cache's misses past which the text reads through its own dict (counted
        #: from now: a cache emptied meanwhile counts from none, and is read a little longer)
        self._until = cache.cache_info().misses + bound
        self._own: dict[Any, _T] | None = None

    def __call__(self, key: Any) -> _T:
        own = self._own
        if own is None:
            cache = self._cache
            out = cache(key)
            if cache.cache_info().misses >= self._until:
                self._own = {}
            return out
        if key in own:
            return own[key]
        if len(own) >= self._bound:
            own.clear()
        out = own[key] = self._cache.__wrapped__(key)
        return out


#: a text's size (characters) from which :func:`reader_for` reads a cache through a
#: :class:`Churned` of the text's own (a prompt's words go through the shared cache).
#: Measured on CSVs of citizens (the check after a warm one on the same text): under ~200K
#: characters the text's names fit the spelling cache, which a second check then reads
#: without storing anything, while the reader stores ~1,000 entries again (200 KB: 19.1x
#: shared, 22.0x reader); by 350K they churn it, and the shared cache's 8,192 entries are
#: made again (350 KB: 28.7x shared, 21.9x reader)
READ_CHURNED_FROM = 1 << 18


class _Cached(Protocol):
    """What :func:`reader_for` needs of a text: a ``Document``'s text and per-text cache."""

    text: str

    def cached(self, key: str, /) -> object: ...

    def store(self, key: str, value: object, /) -> None: ...


def reader_for(doc: _Cached, cache: _lru_cache_wrapper[_T], bound: int) -> Callable[[Any], _T]:
    """The way ``doc``'s detectors read ``cache`` (made by :func:`word_cache`, of a
    one-argument function): the cache itself for a text under :data:`READ_CHURNED_FROM`
    characters; past it one :class:`Churned` reader of ``bound`` held in the document's own
    cache, shared by every call site that asks and dropped with the document. A megabyte's
    table of citizens, each name a new key, holds ``2 * bound`` of its keys at most while it
    is read, not the cache's size of them (the spelling cache full of a megabyte CSV's names
    was ~2.6x its size at vn.person's peak)."""
    if len(doc.text) < READ_CHURNED_FROM:
        return cache
    key = f"word_caches:{cache.__module__}.{cache.__qualname__}"
    found = doc.cached(key)
    if isinstance(found, Churned):
        return found
    reader: Churned[_T] = Churned(cache, bound)
    doc.store(key, reader)
    return reader
