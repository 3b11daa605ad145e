"""``AddressDetector``: each reading of the text (capitals read again in lower case), then the
passes that bound its spans and the hamlets, villages and premises found outside a chain."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from ai_guard.detectors.address.bounds import society_in_agency, within_csv_cells
from ai_guard.detectors.address.lexicon import (
    DETECTOR_ID,
    _known,
    _known_at,
    _literal_gate,
    _village,
)
from ai_guard.detectors.address.lodgings import (
    _GLUED_KIET,
    _KIOSK_BRACKET,
    _bracketed_kiosks,
    _dormitory_rooms,
    _dormitory_then_ward,
    _flat_then_ward,
    _glued_kiet_houses,
    _house_cells,
    _with_lodging_before,
    _with_lower_flats,
    _with_premises_before,
    _with_room_before,
    _without_lodging_word,
)
from ai_guard.detectors.address.lower_case import _LC_STOPS
from ai_guard.detectors.address.parts import _chat_tails, _with_chat_parts
from ai_guard.detectors.address.places import _province_or_letters_at
from ai_guard.detectors.address.rows import row_hamlets
from ai_guard.detectors.address.scan import _detect
from ai_guard.detectors.address.spans import (
    _across_line_breaks,
    _across_old_units,
    _old_names_apart,
    _renamed_alone,
    _with_glued_quarter,
    _with_house_before_numbered_street,
    _with_house_word_above,
    _with_kilometre_before,
    _with_marked_tail,
    _with_plain_street_before,
    _within_cells,
    _without_birth_year_before,
    _without_landmark_before,
    _without_next_row_number,
)
from ai_guard.detectors.address.tails import with_province_after, without_chat_word_tail
from ai_guard.detectors.address.villages import (
    _bare_village_cells,
    _foreign_villages,
    _landmark_hamlets,
    _row_hamlet_word,
)
from ai_guard.detectors.base import Detection
from ai_guard.detectors.shouted import with_lower_reading
from ai_guard.models import EntityType
from ai_guard.text import Document
from ai_guard.text.match import holds_any
from ai_guard.text.ocr_letters import ocr_letters

#: the literals one of which a room before a chain needs (``lodgings._ROOM_BEFORE``: the
#: gate before the search)
_ROOM_WORDS = ("room", "flat", "apartment", "apt", "unit", "suite")
#: the words a lodging before a chain holds (``_with_lodging_before``): a dormitory, a lodging
#: house, a row of rooms, a rented room ("phòng trọ số 6, nhà bà Năm, tổ 3, ...")
_LODGING_WORDS = ("ky tuc xa", "nha tro", "day tro", "phong tro")


class AddressDetector:
    id: Final = DETECTOR_ID
    entities = (EntityType.ADDRESS,)

    def detect(self, doc: Document) -> Iterator[Detection]:
        read = ocr_letters(doc.text) if "0" in doc.text else None
        if doc.text.isupper():  # chat typed in capitals, read again in lower case
            hits = with_lower_reading(doc, list(self._detect_read(doc)), self._detect_read)
        elif read is None:
            # (yielded as read: a large table's hits are not all held at once)
            yield from self._detect_read(doc)
            return
        else:
            hits = list(self._detect_read(doc))
        yield from hits if read is None else self._with_ocr_letters(hits, *read)

    def _with_ocr_letters(
        self, hits: list[Detection], text: str, places: list[int]
    ) -> list[Detection]:
        """``hits`` with the addresses read where an OCR pass wrote a zero for an "o" inside a
        place's name (``ocr_letters``: "xóm Đ0ng Tâm, xã Yên Thành") in place of what was found
        around it (the same length: the spans hold)."""
        mended = [
            d
            for d in self._detect_read(Document(text))
            if any(d.start <= p < d.end for p in places)
        ]
        if not mended:
            return hits
        return [
            h for h in hits if not any(h.start < m.end and m.start < h.end for m in mended)
        ] + mended

    def _detect_read(self, doc: Document) -> Iterator[Detection]:
        if "kp" in doc.folded or "tdp" in doc.folded:
            hits = list(_with_glued_quarter(doc, self._detect_all(doc)))
        else:
            hits = list(self._detect_all(doc))
        if hits:
            hits = _with_marked_tail(doc, hits)
            hits = _chat_tails(doc, hits)
            if "nha tro so" in doc.folded:
                hits = [_without_lodging_word(doc, h) for h in hits]
            if holds_any(doc.folded, _LODGING_WORDS):
                hits = [_with_lodging_before(doc, h) for h in hits]
            if "(nay " in doc.folded or "(truoc " in doc.folded or "(cu la " in doc.folded:
                hits = _old_names_apart(doc, hits)
                hits = [h for h in hits if not _renamed_alone(doc, h, hits)]
            if holds_any(doc.folded, _NEAR_MARKET):
                hits = [_without_landmark_before(doc, h) for h in hits]
            # (one match at each hit's start: "sn 1957 ..." and a bare year before a hamlet)
            hits = [_without_next_row_number(doc, _without_birth_year_before(doc, h)) for h in hits]
            if "," in doc.text:
                hits = [_with_plain_street_before(doc, h) for h in hits]
            if "km" in doc.folded:
                hits = [_with_kilometre_before(doc, h) for h in hits]
            if "duong so " in doc.folded:
                hits = [_with_house_before_numbered_street(doc, h) for h in hits]
            if "\n" in doc.text:
                hits = [_with_house_word_above(doc, h) for h in hits]
            if "ktx" in doc.folded or "ky tuc xa" in doc.folded:
                hits = _dormitory_then_ward(doc, hits)
            if holds_any(doc.folded, _ROOM_WORDS):
                hits = list(_with_room_before(doc, hits))
            hits = _with_premises_before(doc, hits)
            if " cu" in doc.folded or "(cu" in doc.folded:
                hits = _across_old_units(doc, hits)
            hits = _with_chat_parts(doc, hits)
            # (again: a chat part read after the tails may end before the province's letters,
            # "so 17 ngo 4 phu vien bo de" + " hn")
            hits = with_province_after(doc, hits, _province_or_letters_at)
            # (last: the chat parts and the province read after the tails may run into chat's
            # words, "ngõ 120 trường chinh" + " sốt 39 độ")
            known = _known()
            hits = without_chat_word_tail(
                doc, hits, _LC_STOPS, lambda f, pos: _known_at(f, pos, known)
            )
            if "xa hoi" in doc.folded:
                hits = [h for h in hits if not society_in_agency(doc, h)]
            if "," in doc.text:
                hits = list(within_csv_cells(doc, hits))
        if len(hits) > 1 or (hits and "\n" in doc.text):
            hits = _across_line_breaks(doc, hits)
        if "toa " in doc.folded:
            hits = _with_lower_flats(doc, hits)
        if hits and holds_any(doc.folded, _FLAT_WORDS):
            hits = _flat_then_ward(doc, hits)
        yield from hits
        for s, e in row_hamlets(doc, hits, _row_hamlet_word):
            yield _village(DETECTOR_ID, s, e, "row")
        if "o " in doc.folded and holds_any(doc.folded, _HAMLET_WORDS):
            # a hamlet by its landmark after "ở", where no chain covers it ("ở xóm Chùa, thôn
            # Lạc Đạo, ..." is the chain's)
            for hamlet in _landmark_hamlets(doc):
                if not any(h.start < hamlet.end and hamlet.start < h.end for h in hits):
                    yield hamlet
        if ("\t" in doc.text or "|" in doc.text) and _VILLAGE_HEADER_GATE.search(doc.folded):
            yield from _bare_village_cells(doc, hits, DETECTOR_ID)
        if ("\t" in doc.text or "|" in doc.text) and _HOME_HEADER_GATE.search(doc.folded):
            yield from _house_cells(doc, hits, DETECTOR_ID)
        if "(" in doc.text and hits and _KIOSK_BRACKET.search(doc.folded) is not None:
            yield from _bracketed_kiosks(doc, hits, DETECTOR_ID)
        if "k" in doc.folded and _GLUED_KIET.search(doc.folded) is not None:
            yield from _glued_kiet_houses(doc, hits, DETECTOR_ID)
        if "ky tuc xa " in doc.folded:
            for room in _dormitory_rooms(doc, DETECTOR_ID):
                if not any(h.start < room.end and room.start < h.end for h in hits):
                    yield room

    def _detect_all(self, doc: Document) -> Iterator[Detection]:
        folded = doc.folded
        if (
            _FOREIGN_VILLAGE_GATE.search(folded) is None
            and " plei " not in folded
            and " buon " not in folded
        ):
            # (literal searches: no "ở làng", "ở buôn" ..., no "plei" after a name)
            if "\t" not in doc.text:
                yield from _detect(doc)
            else:
                yield from _within_cells(doc, _detect(doc))
            return
        # a minority village by a foreign syllable after "ở", where no chain covers it
        hits = list(_within_cells(doc, _detect(doc)))
        yield from hits
        for village in _foreign_villages(doc):
            if not any(h.start < village.end and village.start < h.end for h in hits):
                yield village


#: a minority village's unit word in lower case right after "ở", and up to three words
_FOREIGN_VILLAGE_LEADS = ("o lang ", "o buon ", "o plei ", "o bon ", "o soc ", "o phum ")
_FOREIGN_VILLAGE_GATE = _literal_gate(_FOREIGN_VILLAGE_LEADS)
#: the literal gate of that scan
_HAMLET_WORDS = ("thon ", "xom ", "ap ", "khom ")


#: a market named as the landmark the home is near, before the home's address (folded): "ở
#: gần chợ Rạng thôn Hạ Lũng, xã ..."; the market is where to look, not part of the address
_NEAR_MARKET = ("gan cho ", "canh cho ", "sat cho ", "doi dien cho ", "sau cho ")


#: the literals a flat's hit opens with (``_flat_then_ward``'s gate)
_FLAT_WORDS = ("can ", "phong ", "toa ", "block ")


#: one of ``villages._VILLAGE_HEADERS`` as a whole cell, the gate of
#: ``_bare_village_cells`` (folded)
_VILLAGE_HEADER_GATE = re.compile(
    r"(?:^|[\t|])[ ]*(?:thon|xom|ban|ap|buon|plei|lang|soc|khom)(?:[ ]*[/,(][^\t|\n]{0,8})?"
    r"[ ]*(?=[\t|]|\r?\n|$)",
    re.M,
)


#: a table's header over where each listed person lives, as a whole cell: the gate of
#: ``_house_cells`` (folded)
_HOME_HEADER_GATE = re.compile(
    r"(?:^|[\t|])[ ]*(?:dia chi|noi o|noi cu tru|noi thuong tru|thuong tru|cho o)[^\t|\n]{0,16}"
    r"(?=[\t|]|\r?\n|$)",
    re.M,
)
