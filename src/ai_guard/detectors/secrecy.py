"""State-secret markings (dấu chỉ độ mật), reference.md c.3-c.4.

The rule, so that a stamp is caught and the law's own vocabulary is not:

1. **Stamp line**: a line whose only content is ``MẬT``, ``TỐI MẬT`` or ``TUYỆT MẬT``
   (brackets, quotes, asterisks, dashes and spaces around it are ignored). ``TỐI MẬT`` and
   ``TUYỆT MẬT`` count in any letter case; the single word ``MẬT`` only in capitals. Without
   diacritics (OCR) the same holds for ``TOI MAT``, ``TUYET MAT`` and ``MAT`` in capitals.
2. **Label**: ``Độ mật: Tối mật`` (any case, with or without diacritics): the level after
   the label is the mark.
3. **Bracketed stamp inline**: ``[MẬT]``, ``(TỐI MẬT)``, ``«TUYỆT MẬT»``, ``<<MẬT>>`` in
   capitals.
4. **Capitals in running text**: ``TỐI MẬT`` / ``TUYỆT MẬT`` written in capitals with
   diacritics inside a line that is not itself all capitals (someone marking what they paste);
   lower score.
5. The control stamps of Circular 24/2020/TT-BCA ``TÀI LIỆU THU HỒI`` (capitals) and
   ``CHỈ NGƯỜI CÓ TÊN MỚI ĐƯỢC BÓC BÌ`` (any case).

Never a mark: ``mật`` inside ordinary words and phrases (``bí mật``, ``mật khẩu``,
``bảo mật``, ``mật ong``), a level named in prose about the law (``thông tin thuộc độ Tối
mật``, ``Luật Bảo vệ bí mật nhà nước``), ``GIẢI MẬT`` (declassified: a classifier matter,
not a block), and ``MẤT``/``MẶT``/``MÁT`` (other words that fold to "mat").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ai_guard.detectors import scores
from ai_guard.detectors.base import Detection, Shape
from ai_guard.models import EntityType
from ai_guard.text import Document
from ai_guard.text.tables import line_bounds

__all__ = ["SecrecyMarkDetector"]

_LEVEL = r"(?:tuyet\s+mat|toi\s+mat|mat)"
_LINE = re.compile(
    r"^[ \t\[\](){}<>«»\"'*_=~|#:.\-–—]*(" + r"(?:tuyet[ \t]+mat|toi[ \t]+mat|mat)" + r")"
    r"[ \t\[\](){}<>«»\"'*_=~|#:.\-–—]*$",
    re.MULTILINE | re.IGNORECASE,
)
_LABEL = re.compile(r"(?<![a-z])do\s+mat\s*[:\-–]\s*(" + _LEVEL + r")(?![a-z])")
_BRACKET = re.compile(r"(?:\[|\(|«|<<|【)\s*(TUYET\s+MAT|TOI\s+MAT|MAT)\s*(?:\]|\)|»|>>|】)")
_CAPS_INLINE = re.compile(r"(?<![A-Za-z])(TUYET\s+MAT|TOI\s+MAT)(?![A-Za-z])")
_CONTROL = re.compile(
    r"(?<![a-z])(tai\s+lieu\s+thu\s+hoi|chi\s+nguoi\s+co\s+ten\s+moi\s+duoc\s+boc\s+bi)(?![a-z])"
)

# What "mat" must have been in the original: ậ/Ậ or a bare a/A (OCR lost the marks).
_MAT_LETTERS = frozenset("ậẬaA")
_TOI_LETTERS = frozenset("ốỐoO")
_TUYET_LETTERS = frozenset("ệỆeE")


def _is_mat(original: str, start: int, end: int) -> bool:
    """Check, on the ORIGINAL letters, that a folded 'mat'-phrase really spells 'mật'."""
    seg = original[start:end]
    words = seg.split()
    if not words:
        return False
    if len(words[-1]) != 3 or words[-1][1] not in _MAT_LETTERS:
        return False
    if len(words) == 2:
        first = words[0]
        if len(first) == 3 and first[1] not in _TOI_LETTERS:
            return False
        if len(first) == 5 and first[3] not in _TUYET_LETTERS:
            return False
    return True


_ENUMERATION = re.compile(r"\s*(?:,|;|/|va\b|hoac\b)\s*(?:tuyet|toi|mat)\b")
# literal first: the engine's fast substring search (a look-behind in front costs 30x);
# the left word boundary is checked in Python
_MAT = re.compile(r"mat(?![a-z])")


def _has_diacritics(seg: str) -> bool:
    return not seg.isascii()


class SecrecyMarkDetector:
    id = "vn.secrecy_mark"
    entities = (EntityType.STATE_SECRET_MARK,)

    def detect(self, doc: Document) -> Iterator[Detection]:
        folded = doc.folded
        if "mat" not in folded and "boc bi" not in folded and "thu hoi" not in folded:
            return
        text = doc.text
        seen: set[int] = set()

        def hit(start: int, end: int, score: float, pattern: str) -> Detection:
            seen.add(start)
            return Shape(EntityType.STATE_SECRET_MARK, pattern, score).hit(
                self.id, start, end, score, True
            )

        if "mat" in folded:
            yield from self._marks(doc, hit, seen)
        for m in _CONTROL.finditer(folded) if "thu hoi" in folded or "boc bi" in folded else ():
            s, e = m.span(1)
            phrase = text[s:e]
            if phrase.lower().startswith(("tài liệu", "tai lieu")) and not phrase.isupper():
                continue
            yield hit(s, e, scores.SECRECY_CONTROL_STAMP, "secrecy.control_stamp")

    def _marks(
        self, doc: Document, hit: Callable[[int, int, float, str], Detection], seen: set[int]
    ) -> Iterator[Detection]:
        """Examine each word folding to "mat" (a literal search: a few hundred per megabyte)."""
        text, folded, cased = doc.text, doc.folded, doc.folded_cased
        done_lines: set[int] = set()
        for occ in _MAT.finditer(folded):
            pos = occ.start()
            if pos > 0 and folded[pos - 1].isalpha():
                continue
            line_start, line_end = line_bounds(folded, pos)
            # 1. the mark alone on its line
            if line_end - line_start <= 40 and line_start not in done_lines:
                done_lines.add(line_start)
                m = _LINE.match(cased, line_start, line_end)
                if m is not None:
                    s, e = m.span(1)
                    seg = text[s:e]
                    single = " " not in seg and "\t" not in seg
                    # "MẬT" alone only in capitals; "TỐI MẬT"/"Tối mật" in any case when spelled
                    # with diacritics, in capitals when not ("toi mat" may be "tôi mất")
                    if _is_mat(text, s, e) and (
                        seg.isupper() if single or not _has_diacritics(seg) else True
                    ):
                        score = (
                            scores.SECRECY_STAMP_LINE
                            if _has_diacritics(seg)
                            else scores.SECRECY_STAMP_LINE_NO_DIACRITICS
                        )
                        yield hit(s, e, score, "secrecy.stamp_line")
                        continue
            lo = max(line_start, pos - 40)
            # 2. "Độ mật: Tối mật"
            for m in _LABEL.finditer(folded, lo, min(line_end, pos + 12)):
                s, e = m.span(1)
                if s not in seen and s <= pos < e and _is_mat(text, s, e):
                    if _ENUMERATION.match(folded, e):
                        continue  # "theo độ mật: Tuyệt mật, Tối mật và Mật": the law's levels
                    yield hit(s, e, scores.SECRECY_LABEL, "secrecy.label")
            if pos in seen or any(s <= pos for s in seen if s >= lo):
                continue
            # 3. "[MẬT]", "(TỐI MẬT)"
            for m in _BRACKET.finditer(cased, lo, min(line_end, pos + 6)):
                s, e = m.span(1)
                if s not in seen and _is_mat(text, s, e) and text[s:e].isupper():
                    yield hit(s, e, scores.SECRECY_BRACKETED, "secrecy.bracketed")
            # 4. "TỐI MẬT" in capitals inside a line of ordinary text
            for m in _CAPS_INLINE.finditer(cased, max(lo, pos - 8), pos + 3):
                s, e = m.span(1)
                if s in seen or not _has_diacritics(text[s:e]) or not _is_mat(text, s, e):
                    continue
                line = text[line_start:line_end]
                prev = folded[max(line_start, s - 4) : s]
                if line.isupper() or prev.endswith(("do ", "bi ")):
                    continue  # an all-caps heading, or "ĐỘ TỐI MẬT" naming a level
                yield hit(s, e, scores.SECRECY_CAPS_INLINE, "secrecy.caps_inline")
