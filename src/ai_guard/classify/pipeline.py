"""``classify_document``: what a document is, how sensitive it is, and whether it may go to an
external AI, with the evidence for each conclusion.

The steps, each reusing what ``check_prompt`` already has:

1. text: a ``str`` is the text; a path (``os.PathLike``, or :func:`classify_file`) is read by
   :mod:`ai_guard.classify.extract` (.txt, .md, .html, .docx and .pdf through extras). A
   ``str`` that names an existing file, or looks like a path to a document (one line ending
   in ``.docx``, ``.pdf`` ...), is refused rather than classified as the few characters of
   the path;
2. :func:`ai_guard.prompt.check_prompt` runs every detector under the policy (personal data,
   secrecy stamps, keys; a failing detector blocks);
3. :func:`ai_guard.classify.layout.parse_layout` reads the Decree 30/2020 header and
   signature block;
4. :mod:`ai_guard.classify.lexicon` weighs category terms on the folded view;
5. one module per decision turns that into a type (:mod:`~ai_guard.classify.doc_type`), a
   secrecy level (:mod:`~ai_guard.classify.secrecy`), public or internal
   (:mod:`~ai_guard.classify.public`), categories (:mod:`~ai_guard.classify.categories`),
   personal data (:mod:`~ai_guard.classify.personal`), a sensitivity and a verdict
   (:mod:`~ai_guard.classify.verdict`), each with its evidence; :func:`_classify` below calls
   them in that order.

The verdict (``recommended_action``):

- a secrecy stamp (MẬT, TỐI MẬT, TUYỆT MẬT, or the control stamps) -> ``do_not_send``;
- anything check_prompt blocks (API keys, the policy's forbidden terms, a failed detector, an
  entity the policy sets to block) -> ``do_not_send``;
- a protected category (``Policy.protected_categories``: enforcement cases, complaints and
  denunciations, personnel, criminal procedure, health) about identifiable people ->
  ``do_not_send``, or ``redact_then_send`` when ``Policy.protected_redaction_suffices``;
- other personal data of private persons -> ``redact_then_send``;
- otherwise (public or internal text without personal data) -> ``send``.

Names of officials acting in their role (the signer, "Chấp hành viên Nguyễn Văn B", "đồng chí
Phó Chủ tịch ...") are public-role data: with ``Policy.official_names_are_public`` (the default)
they do not make a document personal. In a personnel document the officials named are its
subject, so only the signer's name stays public there.
"""

from __future__ import annotations

import os
import re
from collections.abc import Collection
from itertools import pairwise
from typing import Any

from ai_guard import i18n
from ai_guard.classify.categories import decide_categories
from ai_guard.classify.doc_type import decide_doc_type
from ai_guard.classify.evidence import Found, FoundRows, Reading
from ai_guard.classify.header import read_header
from ai_guard.classify.layout import later_papers, parse_layout
from ai_guard.classify.lexicon import category_hits, signal_hits
from ai_guard.classify.models import (
    Category,
    CategoryEvidence,
    DocumentClassification,
    DocumentType,
    PersonalData,
)
from ai_guard.classify.personal import decide_personal
from ai_guard.classify.public import PUBLIC_THRESHOLD, Publicity, decide_public
from ai_guard.classify.reasons import explain
from ai_guard.classify.secrecy import decide_secrecy
from ai_guard.classify.verdict import decide_action, decide_sensitivity
from ai_guard.models import Decision, FindingColumns, LocalizedText, PromptCheck
from ai_guard.policy import Policy
from ai_guard.prompt import check_prompt
from ai_guard.text import Document
from ai_guard.text.encodings import DecodedText, RepairedText, letters_lost

__all__ = [
    "DOCUMENT_SUFFIXES",
    "classify_document",
    "classify_file",
    "classify_text",
    "path_like_suffix",
]

#: Suffixes of document files: a one-line ``str`` ending in one of them is taken for a path.
DOCUMENT_SUFFIXES = frozenset(
    {
        ".doc", ".docx", ".odt", ".rtf", ".pdf", ".txt", ".text", ".md", ".html", ".htm",
        ".xls", ".xlsx", ".ods", ".csv", ".tsv", ".ppt", ".pptx", ".odp", ".eml", ".msg",
    }
)  # fmt: skip
#: Longer than any path a file system accepts: such a string is text.
_PATH_MAX = 4096


def path_like_suffix(text: str) -> str | None:
    """The reason a ``str`` reads as a file path rather than as a document's text: its document
    suffix (``".docx"``), ``""`` when it names an existing file without one, else None.

    A path is one line (surrounding spaces aside) of at most 4096 characters that either ends
    in a document suffix after a non-blank name (``docs/bao_cao_mat.docx``, whether or not the
    file exists) or names an existing file."""
    candidate = text.strip()
    if not candidate or len(candidate) > _PATH_MAX or len(candidate.splitlines()) != 1:
        return None
    stem, dot, suffix = candidate.rpartition(".")
    if dot and stem.strip() and f".{suffix.lower()}" in DOCUMENT_SUFFIXES:
        return f".{suffix.lower()}"
    try:
        exists = os.path.isfile(candidate)
    except (OSError, ValueError):
        exists = False
    return "" if exists else None


def classify_document(
    source: str | os.PathLike[str], *, policy: Policy | None = None
) -> DocumentClassification:
    """Classify a document: a ``str`` is its text, a path (``os.PathLike``) is read from disk.

    A ``str`` that names an existing file, or looks like a path to a document (one line ending
    in a document suffix such as ``.docx`` or ``.pdf``, see :func:`path_like_suffix`), raises
    :class:`~ai_guard.errors.InputError` instead of being classified as a few words of text:
    pass ``Path(...)`` or use :func:`classify_file` for the file, :func:`classify_text` for
    text that really is one such line. Raises ``InputError`` for a file that cannot be read
    (naming the file and what to do) and ``TypeError`` for anything that is neither text nor a
    path.
    """
    if isinstance(source, str):
        suffix = path_like_suffix(source)
        if suffix is not None:
            from ai_guard.errors import InputError

            vi, en = i18n.path_given_as_text("classify_document", suffix)
            raise InputError(vi=vi, en=en)
        return classify_text(source, policy=policy)
    if isinstance(source, os.PathLike):
        return classify_file(source, policy=policy)
    raise TypeError(
        i18n.type_error("classify_document", "str (text) or os.PathLike (a file)", source)
    )


def classify_file(
    path: str | os.PathLike[str], *, policy: Policy | None = None
) -> DocumentClassification:
    """Classify the document stored at ``path`` (a ``str`` here is always a path): read by
    :func:`ai_guard.classify.extract.read_document` (.txt, .md, .html; .docx and .pdf with extras).

    Raises :class:`~ai_guard.errors.InputError` for a file that cannot be read (naming the file
    and what to do) and ``TypeError`` for anything that is not a path.
    """
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(i18n.type_error("classify_file", "str or os.PathLike (a file)", path))
    from ai_guard.classify.extract import read_document_and_images

    name = os.fspath(path)
    decoded, images = read_document_and_images(name)
    return _classify_text(decoded.text, policy, str(name), decoded, None, images)


def classify_text(
    text: str,
    *,
    policy: Policy | None = None,
    source: str | None = None,
    decoded: DecodedText | None = None,
    check: PromptCheck | None = None,
) -> DocumentClassification:
    """Classify text already in memory (what :func:`classify_document` does for a ``str``).
    ``decoded`` (optional): how ``text`` was read from a file, recorded in the result's
    ``converted_from`` / ``conversion_confidence`` when it was converted. ``check``
    (optional): ``check_prompt(text, policy=policy)`` when the caller has it already (the
    pre-flight page shows both), so the detectors run once."""
    if not isinstance(text, str):
        raise TypeError(i18n.type_error("classify_text", "str", text))
    return _classify_text(text, policy, source, decoded, check, 0)


def _classify_text(
    text: str,
    policy: Policy | None,
    source: str | None,
    decoded: DecodedText | None,
    check: PromptCheck | None,
    images: int,
) -> DocumentClassification:
    """:func:`classify_text`, and ``images`` the file carried (:func:`classify_file`): the
    verdict made whole at once (a copy with these added would build findings held as
    columns)."""
    policy = policy or Policy()
    if decoded is None:
        fixed = _legacy_string(text)
        if fixed is not None:
            # a paste of TCVN3 / VNI / Windows-1258 text (or its UTF-8 mojibake) is judged as
            # it reads once converted, as a file of it is ("MËT" is the stamp "MẬT")
            text, check = fixed.text, None
            decoded = DecodedText(fixed.text, "utf-8", fixed.confidence, fixed)
    doc = Document(text)
    columns: FindingColumns | None = None
    findings: Collection[Found]
    if check is None:
        # a check of our own: its findings, if held as columns, are read as rows and handed
        # to the verdict as they are (a caller's check keeps its own)
        check = check_prompt(text, policy=policy, document=doc)
        columns = check._held_columns()
    findings = FoundRows(columns) if columns is not None else check.findings
    decision = check.decision
    del check  # (its redacted text is not needed: not held through the layout and decisions)
    reading = Reading(doc, parse_layout(doc), findings, policy)
    extra: dict[str, Any] = {}
    if decoded is not None and decoded.converted is not None:
        extra["converted_from"] = decoded.converted
        extra["conversion_confidence"] = decoded.confidence
    if images:
        # nothing silently dropped: the images left unread are said, beside the verdict
        extra["unread_images"] = images
    result = _classify(reading, decision, source, extra, images)
    if columns is not None:
        result._hold(columns)
    return result


#: the public evidence of a text written for the press: a press release's type line, its
#: dateline, a news site's masthead (:mod:`~ai_guard.classify.public`)
_PRESS_EVIDENCE = frozenset({"press", "news item", "type: thong cao bao chi", "type: thong cao"})
#: contact data: an office's own in a public notice (:func:`_public_apart`)
_CONTACTS = frozenset({"PHONE", "EMAIL", "ADDRESS", "BANK_ACCOUNT", "TAX_CODE"})
#: how many pieces of evidence :func:`~ai_guard.classify.personal.decide_personal` keeps: a
#: list that long may leave out a private person
_PERSONAL_EVIDENCE_CAP = 20


def _public_apart(r: Reading, public: Publicity, personal: PersonalData) -> bool:
    """Whether a public text stays public information beside the protected file of the persons
    it names: a press release or a news item (what the press is told of a named official's
    discipline or appointment is news; holdout10's dh10-018, holdout18's dh18-006), or, in
    papers pasted one after another, a public one that names no private person (a notice's
    holiday hours, then a slip forwarding a citizen's denunciation: holdout7's dh7-049,
    holdout18's dh18-030). What a posted notice names (debtors, candidates, a suspect) is
    their file made known: not public information."""
    if any(e.kind == "layout" and e.label in _PRESS_EVIDENCE for e in public.evidence):
        return True
    starts = later_papers(r.doc, r.layout)
    if not starts or len(personal.evidence) >= _PERSONAL_EVIDENCE_CAP:
        return False
    bounds = [0, *(r.doc.span_to_original(s, s)[0] for s in starts), len(r.doc.original) + 1]
    # (the contact data a public notice gives is its office's own, unless a name stands by)
    people = [e.start for e in personal.evidence if e.kind == "entity" and e.label not in _CONTACTS]
    for lo, hi in pairwise(bounds):
        weight = sum(e.weight for e in public.evidence if lo <= e.start < hi)
        if weight >= PUBLIC_THRESHOLD and not any(lo <= p < hi for p in people):
            return True
    return False


#: a paper that says it is published on an electronic portal ("Thông báo này được đăng trên
#: Cổng thông tin điện tử tỉnh", "(niêm yết tại trụ sở và đăng trên Cổng thông tin điện tử)",
#: "đăng tải trên trang thông tin điện tử của Sở")
_ON_PORTAL = re.compile(
    r"(?<![a-z])(?:dang|dang\s+tai|cong\s+khai)\s+(?:tren|tai)\s+"
    r"(?:cong\s+thong\s+tin|cong\s+ttdt|trang\s+thong\s+tin)(?![a-z])"
)


def _posted_on_portal(r: Reading, protected: list[CategoryEvidence]) -> bool:
    """Whether a notice that names the persons of a protected file says it is published on a
    portal (:data:`_ON_PORTAL`), as the law has recruitment results and hearing schedules
    published: public information as well as their file (holdout10's dh10-022, holdout12's
    dh12-039, holdout21's dh21-033; a result only posted at the office and sent to each
    candidate, holdout6's dh6-048, is not). An auction notice naming the debtors stays their
    enforcement file made known (holdout6's dh6-050). The verdict is the file's either way."""
    if any(c.category is Category.ENFORCEMENT_CASE for c in protected):
        return False
    return _ON_PORTAL.search(r.doc.folded) is not None


#: converted words from which a string is taken to be written in a legacy encoding (as
#: check_prompt takes it), not to hold a stray pair of Latin-1 characters
_CONVINCING_REPAIR = 2


def _legacy_string(text: str) -> RepairedText | None:
    """``text`` converted from a legacy encoding's mojibake, when it convincingly is one."""
    from ai_guard.text.encodings import legacy_signs, repair_text

    if not legacy_signs(text):
        return None
    fixed = repair_text(text)
    if fixed is None or fixed.converted < _CONVINCING_REPAIR:
        return None
    return fixed


def _classify(
    r: Reading, prompt_decision: Decision, source: str | None, extra: dict[str, Any], images: int
) -> DocumentClassification:
    """The decisions, in order: each reads the document and what the earlier ones concluded.
    ``extra``: the fields a file's reading adds (its conversion, its images); ``images``: the
    images left unread, said among the reasons. Findings read as :class:`FoundRows` are
    given to the verdict empty (the caller has it hold the columns)."""
    terms = category_hits(r.doc)
    signals = signal_hits(r.doc)
    doc_type = decide_doc_type(r)
    secrecy, secrecy_evidence = decide_secrecy(r)
    public = decide_public(r, signals)
    categories = decide_categories(r, doc_type.name, terms, public)
    protected = [c for c in categories if c.category in r.policy.protected_categories]
    personal = decide_personal(r, categories, signals)
    if personal.identifiable and not protected:
        # fail closed: a protected field one sentence names in passing ("ông X, bệnh nhân
        # HIV" in minutes) is not the document's topic, but about an identifiable person it
        # is that person's data: it counts, so the mention never lowers the verdict
        full = decide_categories(r, doc_type.name, terms, public, in_passing=True)
        if any(c.category in r.policy.protected_categories for c in full):
            categories = full
            protected = [c for c in categories if c.category in r.policy.protected_categories]
            personal = decide_personal(r, categories, signals)
    if (
        protected
        and personal.identifiable
        and not _public_apart(r, public, personal)
        and not _posted_on_portal(r, protected)
    ):
        # a notice posted or sent to the portal that names the persons of a protected file
        # (an auction notice naming the debtors, recruitment results naming the candidates)
        # is their file made known, not public information: posting it does not free it
        categories = [c for c in categories if c.category is not Category.PUBLIC_INFO]
    sensitivity = decide_sensitivity(secrecy, personal, public.is_public)
    action = decide_action(r, secrecy, personal, protected, public.own_marks)
    # fail closed: a text whose letters a lossy conversion turned into "?" cannot be read to
    # find what it holds (names, identifiers, marks); nothing vouches for sending it
    lost = letters_lost(r.doc.original)
    if lost:
        action = "do_not_send"
    reasons = explain(
        r, doc_type.name, sensitivity, categories, personal, secrecy, action, public.own_marks
    )
    if lost:
        vi, en = i18n.letters_lost_reason()
        reasons.append(LocalizedText(vi=vi, en=en))
    if images:
        vi, en = i18n.unread_images_reason(images)
        reasons.append(LocalizedText(vi=vi, en=en))
    return DocumentClassification(
        doc_type=DocumentType(doc_type.name),
        doc_type_confidence=doc_type.confidence,
        doc_type_evidence=doc_type.evidence,
        header=read_header(r),
        secrecy=secrecy,
        secrecy_evidence=secrecy_evidence,
        declassified=r.layout.declassified is not None,
        urgency=r.layout.urgency,
        internal_marks=public.internal_marks,
        sensitivity=sensitivity,
        categories=categories,
        personal_data=personal,
        external_ai_allowed=action == "send",
        recommended_action=action,
        reasons=reasons,
        findings=[] if isinstance(r.findings, FoundRows) else r.findings,
        prompt_decision=prompt_decision,
        source=source,
        characters=len(r.doc.original),
        policy_name=r.policy.name,
        **extra,
    )
