"""The pre-flight page: a page on the agency's network where a civil servant pastes a text
or drops a document and sees, before anything goes to a chatbot, what ai-guard finds in it,
why, the document's classification, and the redacted text to send; the chatbot's answer is
restored in the browser (the mapping never comes back to the server).

Served by ``ai-guard serve`` beside the gateway (``[gateway.page] enabled``, the default), or
alone with ``ai-guard serve --page-only`` (:func:`create_page_app`: the page and ``/healthz``,
no upstream, no token). The API (:mod:`ai_guard.serve.page.api`) answers JSON; the page's
files come from :mod:`ai_guard.serve.page.assets`. What the server keeps: nothing, unless
``[gateway.page] audit = true`` (one audit row per check, never the text). docs/page.md
describes the whole page and its JSON API.

This module imports nothing heavy: the gateway's configuration reads
:class:`~ai_guard.serve.page.settings.PageSettings` from here without Starlette.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ai_guard.serve.page.settings import PageSettings

if TYPE_CHECKING:
    from starlette.applications import Starlette
    from starlette.routing import BaseRoute

    from ai_guard.prompt.policy import Policy

__all__ = ["PageSettings", "create_page_app", "page_routes"]


def page_routes(policy: Policy, settings: PageSettings, audit: Any | None) -> list[BaseRoute]:
    """The page's routes: its JSON API under ``/page/api/`` and its files (``GET /``,
    ``/page/static/...``). ``audit``: where a row per check goes (anything with
    :meth:`~ai_guard.signoff.audit.AuditLog.append`'s keywords), used only when
    ``settings.audit`` is on; ``None`` with ``settings.audit`` on is refused when the app is
    built (the policy asks for a record no one could write)."""
    from ai_guard.serve.page import assets
    from ai_guard.serve.page.api import api_routes

    return [*api_routes(policy, settings, audit), *assets.asset_routes()]


def create_page_app(policy: Policy, settings: PageSettings, audit: Any | None = None) -> Starlette:
    """The page alone as an ASGI app (``ai-guard serve --page-only``): the page's routes and
    ``/healthz``; anything else is 404 in the page's error shape."""
    from ai_guard.serve.page.api import page_app

    return page_app(page_routes(policy, settings, audit))
