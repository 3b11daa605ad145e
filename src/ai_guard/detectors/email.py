"""E-mail addresses, with official ones (``*.gov.vn`` and the State's other domains) apart.

Candidates are found from each '@' (a single fast scan), then checked by email-validator's
syntax rules (no DNS: everything runs offline). An address on ``*.gov.vn`` or on a domain in
``data/gov_domains.txt`` (chinhphu.vn, quochoi.vn, ...) is a GOV_EMAIL: guidance 557 and
directive 1690 forbid using it as the identity of an AI account.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ai_guard.detectors import scores
from ai_guard.detectors.base import Detection, Shape
from ai_guard.models import EntityType
from ai_guard.text import Document, data

__all__ = ["EmailDetector", "email_valid", "is_gov_domain"]

# RFC 5322 allows more ("=", "/", "{"), but in real text those characters end a key=value or a
# path before the address: in "user=an@moj.gov.vn" the address is an@moj.gov.vn
_LOCAL = re.compile(r"[\w!#$%&'*+?^`~\-]+(?:\.[\w!#$%&'*+?^`~\-]+)*$")
_DOMAIN = re.compile(r"(?:[\w](?:[\w\-]{0,61}[\w])?\.)+[\w](?:[\w\-]{0,61}[\w])?")


@lru_cache(maxsize=4096)
def email_valid(address: str) -> bool:
    """Syntax check through email-validator (deliverability is not checked: no network)."""
    import email_validator  # lazy: keeps `import ai_guard` fast

    try:
        email_validator.validate_email(address, check_deliverability=False)
    except (email_validator.EmailNotValidError, UnicodeError, ValueError):
        return False
    return True


def is_gov_domain(domain: str) -> bool:
    d = domain.lower().rstrip(".")
    if d == "gov.vn" or d.endswith(".gov.vn"):
        return True
    extra = _gov_domains()
    return any(d == g or d.endswith("." + g) for g in extra)


@lru_cache(maxsize=1)
def _gov_domains() -> frozenset[str]:
    try:
        return frozenset(x.lower() for x in data.lines("detectors/gov_domains.txt") if "." in x)
    except FileNotFoundError:  # pragma: no cover - the file ships with the package
        return frozenset({"chinhphu.vn", "quochoi.vn", "dangcongsan.vn"})


_GOV = Shape(EntityType.GOV_EMAIL, "email.gov", scores.BASE_EMAIL)
_ADDRESS = Shape(EntityType.EMAIL, "email.address", scores.BASE_EMAIL)


class EmailDetector:
    id = "vn.email"
    entities = (EntityType.EMAIL, EntityType.GOV_EMAIL)

    def detect(self, doc: Document) -> Iterator[Detection]:
        text = doc.text
        at = text.find("@")
        while at != -1:
            nxt = text.find("@", at + 1)
            local = _LOCAL.search(text, max(0, at - 64), at)
            dom = _DOMAIN.match(text, at + 1, min(len(text), at + 256))
            if local and dom:
                start, end = local.start(), dom.end()
                # keep the local part from swallowing a leading quote or dot
                while start < at and text[start] in ".'`{|}~":
                    start += 1
                domain = dom.group(0)
                address = text[start:end]
                if start < at and "." in domain and email_valid(address):
                    gov = is_gov_domain(domain)
                    if gov:
                        yield _GOV.hit(self.id, start, end, scores.EMAIL_GOV, True)
                    else:
                        yield _ADDRESS.hit(self.id, start, end, scores.EMAIL, True)
            at = nxt
