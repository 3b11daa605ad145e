"""Who may approve: an approver id that names an AI (``Policy.ai_approver_patterns``) or is
shaped like a service, automation or shared account (:data:`SERVICE_ACCOUNT_PATTERNS`) is
refused; a person approves and answers for it."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from ai_guard import i18n
from ai_guard.errors import PolicyError

__all__ = ["SERVICE_ACCOUNT_PATTERNS", "compile_patterns", "refusal"]

#: Approver ids shaped like a service, automation or shared account (case-insensitive,
#: searched in the id after NFKC and with invisible characters removed). Refused by default
#: (reason ``service_account``) on top of ``Policy.ai_approver_patterns``; a guard's
#: ``service_account_patterns=`` replaces them. Human ids such as ``tran.thi.lan`` or
#: ``lan.tt@thads.moj.gov.vn`` match none of them.
SERVICE_ACCOUNT_PATTERNS: tuple[str, ...] = (
    # svc-x, svc_x, svc.x, srv-x, bot-x, robot-x ... and x-svc, x_bot, x.bot (also before @)
    r"^(?:svc|srv|bot|robot)[-_.]",
    r"[-_.](?:svc|srv|bot|robot)(?:$|@)",
    # app accounts of code hosts: github-actions[bot], dependabot[bot]
    r"\[bot\]",
    # service-account, service_account, serviceaccount, system:serviceaccount:ns:name
    r"service[-_. ]?accounts?",
    # cloud identities: Google service accounts, AWS IAM roles and assumed roles
    r"gserviceaccount\.com$",
    r"^arn:aws[\w-]*:(?:iam|sts)::",
    # mailboxes nobody reads
    r"no[-_.]?reply|do[-_.]?not[-_.]?reply",
    # shared or automation accounts named for what they are (the whole id, or before @)
    r"^(?:system|automation|automated|auto|ci|cd|ci[-_]?cd|cron|daemon|scheduler|pipeline"
    r"|deploy(?:er)?|build(?:er)?|runner|jenkins|root|admin(?:istrator)?|guest|anonymous"
    r"|nobody|test|user)(?:$|@)",
    # a CI system or automation word as a part of the id, joined by - or _ (people's ids use
    # dots: nguyen.van.ci stays a person): gitlab-ci, ci-runner, cron_daily, jenkins-deploy
    r"(?:^|[-_])(?:ci|cicd|automation|cron|pipeline|jenkins|github[-_]actions|gitlab[-_]ci)"
    r"(?:$|[-_@])",
)


def approver_key(approver: str) -> str:
    """What the patterns are searched in: NFKC (full-width letters become ASCII), without
    invisible format characters (a zero-width space inside ``s\u200bvc-x``)."""
    text = unicodedata.normalize("NFKC", approver)
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def compile_patterns(patterns: Iterable[str], key: str) -> tuple[re.Pattern[str], ...]:
    """The patterns, case-insensitive; :class:`PolicyError` naming ``key`` for a bad one."""
    compiled = []
    for i, pat in enumerate(patterns):
        if not isinstance(pat, str):
            vi, en = i18n.signoff_pattern_invalid(i, None)
            raise PolicyError(vi=vi, en=en, key=key)
        try:
            compiled.append(re.compile(pat, re.IGNORECASE))
        except re.error as exc:
            vi, en = i18n.signoff_pattern_invalid(i, exc.msg)
            raise PolicyError(vi=vi, en=en, key=key) from None
    return tuple(compiled)


SERVICE_ACCOUNT_RES = compile_patterns(SERVICE_ACCOUNT_PATTERNS, "service_account_patterns")


def refusal(
    approver: str,
    ai_patterns: Iterable[re.Pattern[str]],
    service_patterns: Iterable[re.Pattern[str]],
) -> str | None:
    """``ai_approver`` or ``service_account`` when the id is not a person's, else None."""
    key = approver_key(approver)
    if any(pat.search(key) for pat in ai_patterns):
        return "ai_approver"
    if any(pat.search(key) for pat in service_patterns):
        return "service_account"
    return None
