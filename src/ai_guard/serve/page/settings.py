"""The ``[gateway.page]`` table: whether the pre-flight page is served, and its limits.

::

    [gateway.page]
    enabled = true                  # false: the gateway serves no page (and no /page/api)
    max_upload_bytes = 20971520     # 20 MiB: a larger upload (or /check body) gets 413
    max_text_chars = 2000000        # a longer text (pasted or read from a file) gets 413
    audit = false                   # true: one audit row per check (never the text)

Read by :class:`~ai_guard.serve.config.GatewayConfig` (its ``page`` field); a wrong value
or an unknown key is a :class:`~ai_guard.errors.PolicyError` naming ``gateway.page.<key>``.
"""

from __future__ import annotations

from pydantic import ConfigDict, Field
from pydantic.dataclasses import dataclass

__all__ = ["DEFAULT_MAX_TEXT_CHARS", "DEFAULT_MAX_UPLOAD_BYTES", "PageSettings"]

DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024
DEFAULT_MAX_TEXT_CHARS = 2_000_000


@dataclass(frozen=True, config=ConfigDict(extra="forbid"))
class PageSettings:
    """The page's settings. Immutable; validated when built (a limit must be positive)."""

    enabled: bool = Field(default=True, strict=True)
    """Serve the page (``GET /``, ``/page/static/...``, ``/page/api/...``) beside the gateway."""
    max_upload_bytes: int = Field(default=DEFAULT_MAX_UPLOAD_BYTES, gt=0, strict=True)
    """The most bytes one request to the page's API may carry (an uploaded file, or the JSON
    of a pasted text); counted while the body streams in, so a larger one is refused (413)
    before it is held in memory."""
    max_text_chars: int = Field(default=DEFAULT_MAX_TEXT_CHARS, gt=0, strict=True)
    """The longest text checked (pasted, or read from a file), in characters (413 past it)."""
    audit: bool = Field(default=False, strict=True)
    """Write one row per check in the gateway's audit log (action ``page:check`` or
    ``page:upload``, the decision, counts per entity type, the keyed digest of the text; never the
    text, the file's name or the placeholders' values). Off: the server keeps nothing."""
