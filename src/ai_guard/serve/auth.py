"""Who is calling the gateway: the person and unit behind an agency-issued token.

The gateway asks a :class:`TokenVerifier` for the :class:`Caller` behind the bearer token a
request presents; ``None`` means the token is unknown or revoked and the request is refused.
:class:`ai_guard.serve.tokens.TokenStore` is the verifier that ships (hashed tokens in a file).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

__all__ = ["Caller", "TokenVerifier"]


@dataclass(frozen=True)
class Caller:
    """The holder of a gateway token: recorded with every request (never the token)."""

    token_id: str
    unit: str
    person: str


@runtime_checkable
class TokenVerifier(Protocol):
    """Anything that maps a presented bearer token to its holder."""

    def verify(self, presented: str) -> Caller | None:
        """The holder of ``presented``, or ``None`` when it is unknown or revoked.

        The gateway calls it on its event loop for every request: it must answer from memory
        or a local file (no network, no slow key derivation), and never raise for a token it
        does not know."""
        ...
