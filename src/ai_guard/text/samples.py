"""Documentation's sample values that name no one: the claims of the JSON Web Token every
JWT introduction shows ("sub": "1234567890", "name": "John Doe", "iat": 1516239022).

One judgement for two readers: the key detector (a sample token opens nothing) and the
disguises reading (its decoded payload names no person)."""

from __future__ import annotations

import json

__all__ = ["sample_claims"]

#: claim values documentation puts in its sample tokens: a payload whose every claim is one
#: of these, or a time, and that names a placeholder person identifies no one ("admin" alone
#: is no sample: a real token may carry it)
_SAMPLE_CLAIMS = frozenset({"john doe", "jane doe", "1234567890", "user@example.com"})
_SAMPLE_NAMES = frozenset({"john doe", "jane doe"})
#: claims a sample may hold as numbers (issued, expires, not before)
_TIME_CLAIMS = frozenset({"iat", "exp", "nbf"})


def sample_claims(payload: str) -> bool:
    """Whether ``payload`` (a token's decoded middle part) is a JSON object of placeholder
    claims and times naming a placeholder person. Anything else (not JSON, another claim, a
    real name) is not a sample: fail closed."""
    if not payload.startswith("{"):
        return False
    try:
        claims = json.loads(payload)
    except ValueError:
        return False
    if not isinstance(claims, dict) or not claims:
        return False
    named = False
    for key, value in claims.items():
        if key in _TIME_CLAIMS and isinstance(value, int):
            continue
        if not isinstance(value, str) or value.lower() not in _SAMPLE_CLAIMS:
            return False
        named = named or value.lower() in _SAMPLE_NAMES
    return named
