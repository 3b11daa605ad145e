"""The process-wide caches of a text's words (a run of capitalised words, a word's fold, its
spelling key, its Telex reading, an e-mail address's validity ...), and letting go of those a
large text churned through.

Each is an ``lru_cache`` of a few thousand entries, worth keeping across prompts: the same
words, headings and names come back. A text with more distinct words than a cache holds
(a megabyte's table of citizens: every name a new run) misses on every word and leaves the
cache full of its own last entries, none of the ones kept before; held through the rest of
the check they were a third of its memory (tracemalloc's peak over a megabyte's CSV). The
engine lets go of each cache that missed at least its size during a large text's detectors
(:func:`let_go_churned`); a cache the text did not churn keeps what it holds."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from functools import _lru_cache_wrapper

__all__ = ["let_go_churned", "misses", "word_cache"]

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
