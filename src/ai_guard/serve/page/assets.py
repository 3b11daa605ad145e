"""Placeholder until the page's files land (the page-ui branch replaces this module): no
asset route yet."""

from __future__ import annotations

from starlette.routing import BaseRoute

__all__ = ["asset_routes"]


def asset_routes() -> list[BaseRoute]:
    return []
