"""Person names (PERSON): surname lexicon + capitalisation + context words (reference.md f.1-f.2).

A Vietnamese full name is a surname (họ), 0-2 middle names and a given name, each word
capitalised ("Nguyễn Văn An") or the whole name in capitals ("NGUYỄN VĂN AN"); court texts
anonymise the given name to an initial ("Nguyễn Xuân T"). Without diacritics ("Nguyen Van An")
the same rules apply on the folded words.

Evidence, weighed into the score:

* a context word right before the name: honorific (ông, bà, anh, chị, đồng chí, Mr), form
  label (Họ và tên:), party (người phải thi hành án, bị đơn, người khiếu nại), official role
  (Chấp hành viên, Thẩm phán, Giám đốc) or relation (con ông, vợ là);
* the surname lexicon (177 surnames) for the first word, middle and given-name lexicons for the
  others;
* what the name is NOT: a place (provinces, and any capitalised phrase after xã, phường, quận,
  đường, phố, trường, bệnh viện ...), a heading in capitals, a phrase that starts sentences
  ("Hồ sơ", "Văn bản", "Đồng thời").

With a context word, names with surnames outside the lexicon are reported too. Ethnic-minority
names ("Y Moan Niê", "Ksor H'Ni", "Sùng A Páo"), foreign names ("Tanaka Hiroshi", "Kim
Min-jun", "Mr. John O'Brien") and names a PDF export broke across lines ("Nguyễn Văn\nAn") are
found on two pieces of evidence: a clan name, a name prefix, a foreign-name lexicon, the shape of
the words (not a Vietnamese syllable), a cue. A given name alone ("anh Tuấn") is a short
reference to a full name found earlier in the prompt (``coreference``), or, with no full name,
a person where a cue and the name's end say so (``given``: "nho a tuan gui lai", "bác ba ở
đầu xóm", "tuan: ...").

How the package is laid out (one job per module):

* ``lexicon``: the lexicons (data files, loaded once) and the fixed word lists;
* ``words``: tests on single words (spelled as a surname, a cue, a typical middle name?);
* ``context``: what surrounds a candidate (place words before it, signature lines, house
  numbers, the place-and-date line, institution names, name-column headers);
* ``capitalised``: candidate finding in runs of capitalised words, and the walk through them;
* ``surname_first``: judging and scoring a name led by a lexicon surname (and names in capitals);
* ``cued``: names known by a name column or a strong cue, whatever their surname;
* ``lower_case``: chat-style names in lower case after an honorific, a self-introduction
  ("tôi là", "tên là", "họ tên:") or a cue of ``name_cues.tsv`` ("bị cáo", "đồng chí"), and
  in cells under a name column; minority and foreign names in lower case ("ông a ngưi", "mr
  david miller");
* ``uncued``: lower-case names with no cue, by their shape ("bùi văn chiến", "giàng a sử") or
  by where they stand (a list item, a chat line's speaker, a table cell) with the end marked;
* ``khmer``: Khmer names with no cue, lower case or capitalised, known by their shape (a
  Khmer family name and a given name opened by sa, sô, sóc, chanh, som, or no Vietnamese
  syllable) and their end marked ("- thạch sô phol, cccd ...", "1. sơn thị sa ly - ...");
* ``name_list``: lists of three short names or more in lower case with diacritics, a surname
  and a given name each ("học viên gồm lê na, phí hùng, mã khuê, đàm vân");
* ``bounded``: lower-case names with no cue whose start and end are both marked ("cho le
  quang vinh va ...", "của đinh văn minh và ..."), and minority and foreign names there;
* ``name_ends``: where a lower-case name run on into the next word ends ("từ văn khánh doãn
  thị thoa": a second surname and "thị"; "giáp thị huyền nhưng": a conjunction spelled so;
  "phòng 302" after a name: its address), read after the lower-case paths;
* ``shape``: whether a word can be a Vietnamese syllable;
* ``minority``: Ede, Jrai, Bahnar names (clan names, prefixes) and Highland places;
* ``foreign``: Japanese, Korean, Chinese and Western names;
* ``broken``: names split over two lines;
* ``royal``: the Nguyễn royal clan's double surnames "Tôn Thất" / "Tôn Nữ" and the four or
  five words of their names ("tôn nữ thị hoàng oanh", "ton that minh khoi, lop 8b");
* ``initials``: a name written with initials after an honorific ("ông T.Q.Lộc", "bà Ng. Thị
  Hảo", "ông Ng.V.Khoát"), the whole run, not "Ng" read as a given name;
* ``titled``: lower-case names after "mr." / "ms." / "mrs." / "dr." ("ms. siobhan
  o'callaghan");
* ``office``: lower-case names after a public office's title and its body ("bo truong bo y
  te dao hong lan ve ...");
* ``mail_header``: names before an address in angle brackets on a mail header line ("> from:
  luc minh triet <trietlm@...>");
* ``figures``: historical figures written in lower case ("phan bội châu"), for the public-role
  judgement to keep visible;
* ``born``: capitalised full names whose given name no lexicon holds, known by the birth
  year after them ("1. Lâm Chí Khoáng (SN 1975)", "- Trương Công Lự (1955),");
* ``confirmed``: lower-case full names with no cue that a short reference to their given name
  elsewhere in the prompt confirms ("ho kd duong van phong ... ong phong hoi ...");
* ``chat_fields``: a lower-case chat log's speaker fields that come back on two lines or more
  ("[19:21] thang cap:", "chi hue:", "huyen 9:02:", "[08:41] dinh cong lam:"), for ``given``;
* ``columns``: the other rows' cells of a table or a numbered list whose column holds found
  names ("| 1 | hoang van slan |" over rows found; a tab-parted "5 zoram bhiec 0491..."),
  after the paths above and before the short references;
* ``split_columns``: the family name's, middle names' and given name's cells under a header
  row that parts them ("Họ⇥Đệm⇥Tên"), one finding over the cells side by side;
* ``inline_rows``: the other items of a list run on one line, a year or an age in brackets
  after each, whose names were found ("be na (22), to minh chau (23), ngo gia bao (19)");
* ``kin_list``: given names in a list of tasks, a kin word, a given name and the task each
  ("chị an nấu ăn, cô mai trang trí, anh hòa mua hoa");
* ``coreference``: short references to a full name found earlier ("ông An", "Cán bộ Hoa:"),
  run last, over the other paths' findings;
* ``word_places``: where the words that open a name's context stand (the cue words of
  ``lower_case``, ``given``, ``confirmed`` and ``coreference``, office titles, historical
  figures), found in one scan per document, each path reading its own places;
* ``gates``: what each path needs before it can find anything (a capital, two words, a cue
  place, a piece of the word sketch), read once per document: a path whose need is absent is
  not called (a set lookup instead of its entry);
* ``given``: given names and birth-order nicknames alone, with no full name ("anh Khánh", "chi
  oanh oi", "ông tư bán cá", "hạnh: ..."), after the short references;
* ``plain``: a chat log's display names typed in lower case with a tag ("hieu tdp5:", "bs thai
  hoa:"), for ``given``;
* ``plain_cued``: full names typed plain after a cue with their end marked, whose words also
  spell a place or an everyday word ("ong ha quang vinh,", "ong tat quang vinh,"), the royal
  clan's and Khmer names typed plain ("ong ton that vinh,", "ong son sa phol,"); the same as a
  list's item or a table cell ("1. than duc luy, sinh nam ..."), a timed chat line's speaker
  ("[09:10] camille roussel:"), after "i'm", and Khmer names with no cue ("con la Danh So Phia
  va ...");
* ``chat_kin``: chat as people paste it, for ``given``: a log's time after the speaker
  ("Huyen 9:02:"), a parent's display name naming the child ("Mẹ Tún:") and the child said
  again ("cháu tún"), a tally of rooms ("phòng 1 Hưng 120 số"), given names listed before
  their full names, siblings after their count ("3 anh em tùng, hòa, thắng"), a nickname
  before a bracketed full name ("bé bin (nguyễn minh khôi)"), "thằng út";
* ``contact_names``: a given name between a contact's label and its number ("sdt hoa la 0387
  ...", "liên hệ vân số ..."), for ``given``;
* ``household_names``: a nickname or a given name after a kin word, known by a household or an
  age ("cháu bống nhà chị dịu", "be na nha chi thao", "cụ tép năm nay 90 tuổi"), for ``given``;
* ``ocr_splits``: names an OCR pass split inside a syllable ("Ng uyễn Văn Th ảo"), read
  again with the gap closed;
* ``nicknames``: a nickname in quotes in brackets right after a name found, after a naming
  cue ("Ông Bế Văn Ngự (thường gọi là "Ngự Gù")"), a name of its own without its quotes;
* ``scores``: the scores, one named constant per kind of evidence.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person import (
    birth_marked,
    born,
    bounded,
    capitalised,
    confirmed,
    cued,
    fields,
    figures,
    foreign,
    given,
    khmer,
    korean,
    lower_case,
    lower_middle,
    office,
    passive,
    plain_cued,
    split_columns,
    uncued,
    url_names,
)
from ai_guard.detectors.person.birth_marked import birth_marked_names, run_into_mark
from ai_guard.detectors.person.born import born_names, vouched_unknown_surnames
from ai_guard.detectors.person.bounded import (
    bounded_names,
    coordinated_runs,
    coordinated_two_words,
)
from ai_guard.detectors.person.broken import cued_broken_names, stacked_signature_names
from ai_guard.detectors.person.capitalised import capitalised_names
from ai_guard.detectors.person.columns import column_names
from ai_guard.detectors.person.confirmed import confirmed_names
from ai_guard.detectors.person.coreference import short_references
from ai_guard.detectors.person.cued import capitals_by_place
from ai_guard.detectors.person.fields import field_names
from ai_guard.detectors.person.figures import lower_case_figures
from ai_guard.detectors.person.foreign import (
    foreign_lexicon,
    nationality_marked_names,
    particle_names,
)
from ai_guard.detectors.person.gates import PathFacts
from ai_guard.detectors.person.given import given_names_alone
from ai_guard.detectors.person.handles import chat_handles
from ai_guard.detectors.person.highland_items import highland_list_items
from ai_guard.detectors.person.household_rows import household_row_names
from ai_guard.detectors.person.initials import initialled_names
from ai_guard.detectors.person.inline_rows import inline_list_names
from ai_guard.detectors.person.khmer import khmer_lower_names
from ai_guard.detectors.person.kin_list import task_list_names
from ai_guard.detectors.person.korean import korean_plain_names, korean_vietnamese_names
from ai_guard.detectors.person.lexicon import lexicons
from ai_guard.detectors.person.lower_case import lower_case_names
from ai_guard.detectors.person.lower_middle import lower_middle_names
from ai_guard.detectors.person.mail_header import mail_header_names
from ai_guard.detectors.person.name_ends import cut_run_ons
from ai_guard.detectors.person.name_list import short_name_lists
from ai_guard.detectors.person.nicknames import (
    REAL_NAME_LABELS,
    nicknames_before_real_names,
    quoted_nicknames,
)
from ai_guard.detectors.person.ocr_splits import ocr_joined
from ai_guard.detectors.person.office import office_holder_names
from ai_guard.detectors.person.passive import passive_agent_names
from ai_guard.detectors.person.plain import with_closing_word
from ai_guard.detectors.person.plain_cued import (
    plain_cued_names,
    plain_khmer_names,
    plain_listed_names,
    plain_prefixed_names,
    plain_speaker_names,
)
from ai_guard.detectors.person.royal import royal_names
from ai_guard.detectors.person.scores import REPORT_FLOOR, foreign_hit
from ai_guard.detectors.person.shape import is_vietnamese_syllable
from ai_guard.detectors.person.split_columns import split_column_names
from ai_guard.detectors.person.titled import titled_names
from ai_guard.detectors.person.uncued import uncued_names
from ai_guard.detectors.person.url_names import url_slug_names
from ai_guard.detectors.shouted import with_lower_reading
from ai_guard.models import EntityType
from ai_guard.text import Document, fold_word
from ai_guard.text.invisible import unveiled
from ai_guard.text.match import holds_any

__all__ = ["PersonNameDetector"]


#: a name in Chinese characters in brackets right after a name ("ông Trương Vĩ Kiệt (張偉傑)",
#: "ong zhang wei (张伟)"), its label before them optional ("Ông Quan Quốc Vinh (tên gốc
#: 关国荣)", "(chữ Hán: 关国荣)", "(tên tiếng Hoa 关国荣)": up to four Latin words): the same
#: person's name as written at home
_HAN_AFTER = re.compile(
    r"[ \t]*[(\uff08](?:[ \t]*[A-Za-z\u00c0-\u024f\u1e00-\u1eff]+){0,4}[ \t]*:?[ \t]*"
    r"([\u4e00-\u9fff]{2,4})[)\uff09]"
)


def _han_transcriptions(
    doc: Document, found: list[Detection], detector_id: str
) -> Iterator[Detection]:
    """The names in Chinese characters in brackets right after a person's name found."""
    for f in found:
        m = _HAN_AFTER.match(doc.text, f.end)
        if m is not None and f.score >= REPORT_FLOOR:
            yield foreign_hit(m.start(1), m.end(1), detector_id, "han transcription")


#: a name's spelling in Latin letters in brackets right after it, its label optional ("Trương
#: Vĩ Cường (tên phiên âm Zhang Weiqiang)", "(pinyin: Liu Yanping)"), on the folded view with
#: its letter case: two or three capitalised words, the bracket closing or a comma after them
_LATIN_AFTER = re.compile(
    r"[ \t]*\([ \t]*(?:(?:ten[ \t]+)?(?:phien am|tieng trung|tieng anh|goc|pinyin|latinh)"
    r"[ \t]*:?[ \t]*)?([A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})[ \t]*[),;]"
)


def _latin_spellings(
    doc: Document, found: list[Detection], detector_id: str
) -> Iterator[Detection]:
    """The Latin spellings in brackets right after a person's name found (``_LATIN_AFTER``):
    the same person's name as a passport writes it ("Zhang Weiqiang"): ASCII, a foreign
    lexicon surname first or last, not every word a Vietnamese syllable."""
    if "(" not in doc.text:
        return
    surnames = foreign_lexicon().surnames
    for f in found:
        if f.entity is not EntityType.PERSON or f.score < REPORT_FLOOR:
            continue
        m = _LATIN_AFTER.match(doc.folded_cased, f.end)
        if m is None or not doc.text[m.start(1) : m.end(1)].isascii():
            continue
        words = re.split(r"[ -]", m.group(1))
        if all(is_vietnamese_syllable(w) for w in words) or not any(
            fold_word(w) in surnames for w in (words[0], words[-1])
        ):
            continue  # "(Ha Noi)", "(Director General)": a place, a post, no one's name
        if any(g.start < m.end(1) and m.start(1) < g.end for g in found):
            continue
        yield foreign_hit(m.start(1), m.end(1), detector_id, "latin spelling")


#: a name in Chinese characters in brackets, wherever it stands
_HAN_BRACKETS = re.compile(r"[(\uff08][\u4e00-\u9fff]{2,4}[)\uff09]")
#: the same opened by an ASCII bracket: led by a literal, the engine skips from one "(" to the
#: next instead of trying its class at every character (a text without a full-width bracket
#: holds no other match of ``_HAN_BRACKETS``)
_HAN_PAREN = re.compile(r"\([\u4e00-\u9fff]{2,4}[)\uff09]")
#: two or three words right before it ("ong phung tu hien (冯子轩)", "Trương Vĩ Kiệt (張偉傑)"):
#: the Sino-Vietnamese reading of the same name
_READING = re.compile(r"(?<![^\W\d_])((?:[^\W\d_]+[ \t]+){1,2}[^\W\d_]+)[ \t]*$")


def _readings_of_han(doc: Document, found: list[Detection], detector_id: str) -> list[Detection]:
    """The names written before their Chinese characters in brackets that no path found: two
    or three words, the first a lexicon surname (the reading of a Chinese surname: Trương,
    Phùng, Lâm), the others middle or given names, all in lower case or all capitalised; the
    characters after them are the second piece of evidence."""
    if "\uff08" in doc.text:
        brackets = _HAN_BRACKETS
    elif "(" in doc.text:
        brackets = _HAN_PAREN
    else:
        return []  # (a substring test is far faster than the pattern's class over the text)
    surnames, middles, givens, _, _ = lexicons()
    out: list[Detection] = []
    for h in brackets.finditer(doc.text):
        m = _READING.search(doc.text, max(0, h.start() - 40), h.start())
        if m is None:
            continue
        s, e = m.span(1)
        if any(f.start < e and s < f.end for f in found):
            continue
        words = m.group(1).split()
        folded = [fold_word(w) for w in words]
        if folded[0] not in surnames or not all(w in middles or w in givens for w in folded[1:]):
            continue
        if not (m.group(1).islower() or all(w[:1].isupper() for w in words)):
            continue
        out.append(foreign_hit(s, e, detector_id, "han transcription"))
    return out


#: a gap of two spaces or more between words of the letter-spaced view
_WIDE_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")


#: "mật ong" (honey) before a name's place, spelled: "mật" with its diacritics, "ong" without
#: the circumflex of "ông" (Mr, or the surname Ông); ``ong`` the bee's word, maybe the name's
_HONEY = re.compile(r"(?<!\w)(?:mật|MẬT|Mật)[ \t]+(?P<ong>ong|ONG|Ong)(?:[ \t]+|$)")


def _honey(doc: Document, found: Detection) -> bool:
    """Whether a name is read out of "mật ong" (honey) before a product's name ("MẬT ONG HOA
    NHÃN": not the surname Ông and two names; "mật ong Hoa Nhãn": not Mr Hoa Nhãn). Only where
    the writer spells with diacritics: "mat ong" typed plain may be "mật ông", Mr."""
    text = doc.text
    lo = max(0, found.start - 12)
    m = _HONEY.search(text, lo, min(len(text), found.start + 4))
    if m is None:
        return False
    return m.start("ong") == found.start or m.end() == found.start


def _one_space(m: re.Match[str]) -> str:
    return " " + "\u200b" * (len(m.group()) - 1)


def _inside(part: Detection, whole: Detection) -> bool:
    return whole.start <= part.start and part.end <= whole.end


def _overlap(a: Detection, b: Detection) -> bool:
    return a.start < b.end and b.start < a.end


def _shorter(part: Detection, whole: Detection) -> bool:
    """Whether ``part`` lies inside ``whole`` and is not the same span."""
    return _inside(part, whole) and (part.start, part.end) != (whole.start, whole.end)


#: the rest of a table cell a line break cut: one or two capitalised words opening the next
#: line, then the cell's closing bar ("1 | TẠ ĐÌNH" / "QUYẾT | Phòng Nội vụ")
_CELL_REST = re.compile(r"\r?\n[ \t]*([^\W\d_]+(?:[ \t][^\W\d_]+)?)[ \t]*\|")


def _cell_run_on(doc: Document, found: Detection) -> Detection:
    """A name in a table cell that a line break cut ("| TẠ ĐÌNH" then "QUYẾT |"), whole: the
    cell's line holds a bar before the name and none after it, and the next line opens with
    the cell's rest in the same case style. A name cut there leaves its given name visible."""
    text = doc.text
    le = found.end  # the line's end, walked to over blanks only (not read to the text's end)
    while le < len(text) and text[le] in " \t\r":
        le += 1
    if le == len(text) or text[le] != "\n":
        return found
    ls = text.rfind("\n", 0, found.start) + 1
    if "|" not in text[ls : found.start]:
        return found
    m = _CELL_REST.match(text, found.end)
    if m is None:
        return found
    name, rest = text[found.start : found.end], m.group(1)
    if not (name.isupper() and rest.isupper()) and not (name.istitle() and rest.istitle()):
        return found
    return dataclasses.replace(found, end=m.end(1))


def _unquoted(text: str, d: Detection) -> Detection:
    """A name found with the quote closing it ("Hồ Gia Bảo Khang'" in SQL's ``'...'``): no
    name ends in an apostrophe (one inside it, "H'Bia", is the name's); with SQL Server's
    ``N'`` opening the string (``ho_ten = N'Hồ Gia Bảo Khang'``) the ``N'`` goes too."""
    s, e = d.start, d.end
    if e - s < 4 or text[e - 1] != "'":
        return d
    e -= 1
    if text.startswith("N'", s) and (s == 0 or not text[s - 1].isalnum()):
        s += 2
    return dataclasses.replace(d, start=s, end=e)


class PersonNameDetector:
    """Vietnamese person names (``vn.person``): capitalised names, lower-case ones, names in
    capitals known by where they stand, then short references to those found."""

    id = "vn.person"
    entities = (EntityType.PERSON,)

    def detect(self, doc: Document) -> Iterator[Detection]:
        found = list(self._detect(doc))
        if "'" in doc.text:
            found = [_unquoted(doc.text, f) for f in found]
        if doc.text.isupper():  # chat typed in capitals, read again in lower case
            found = with_lower_reading(doc, found, self._detect)
        split = ocr_joined(doc.text) if " " in doc.text else None
        if split is not None:  # "Ng uyễn Văn Th ảo": an OCR gap inside a syllable
            found = self._mended(found, *split)
        veil = unveiled(doc)
        if veil is None:
            yield from found
            return
        # a name spaced letter by letter ("N G U Y Ễ N  V Ă N  A N" on an envelope) is read
        # on the canonical reading's letter-spaced view, as the secrecy detector reads a
        # stamp; what the first pass found in its pieces ("N G U Y") gives way to it
        # (the words of a letter-spaced name stand two or three spaces apart: in the view they
        # are one space apart, the rest of each gap a zero-width space that the view's own
        # canonical reading drops with its offsets kept: "N G U Y Ễ N   T H Ị" reads "NGUYỄN
        # THỊ", not two cells of a table)
        view = Document(_WIDE_GAP.sub(_one_space, veil.text))
        joined: list[Detection] = []
        for d in self._detect(view):
            start, end = veil.span(*view.span_to_original(d.start, d.end))
            if end - start > d.end - d.start:  # it spans letters the view joined
                joined.append(dataclasses.replace(d, start=start, end=end))
        yield from [
            f for f in found if not any(f.start < j.end and j.start < f.end for j in joined)
        ]
        yield from joined

    def _mended(self, found: list[Detection], text: str, gaps: list[int]) -> list[Detection]:
        """``found`` with the names read across an OCR gap in a syllable (``ocr_splits``:
        "Ng uyễn Văn Th ảo") in place of what was found in their pieces."""
        view = Document(text)
        mended: list[Detection] = []
        for d in self._detect(view):
            start, end = view.span_to_original(d.start, d.end)
            if any(start < g < end for g in gaps):
                mended.append(dataclasses.replace(d, start=start, end=end))
        if not mended:
            return found
        return [
            f for f in found if not any(f.start < m.end and m.start < f.end for m in mended)
        ] + mended

    def _detect(self, doc: Document) -> Iterator[Detection]:
        # (each path runs where the document holds what it needs: ``gates``)
        facts = PathFacts(doc)
        found = list(capitalised_names(doc, self.id)) if facts.allows(capitalised.NEEDS) else []
        if facts.allows(lower_case.NEEDS):
            found.extend(lower_case_names(doc, self.id))
        if facts.allows(uncued.NEEDS):
            found = cut_run_ons(doc, found)  # before the next path reads them
            found.extend(uncued_names(doc, found, self.id))
        if facts.allows(bounded.BOUNDED_NEEDS):
            found = cut_run_ons(doc, found)
            found.extend(bounded_names(doc, found, self.id))
            found = cut_run_ons(doc, found)
        if facts.allows(office.NEEDS):
            found.extend(office_holder_names(doc, found, self.id))
        plain: list[Detection] = []
        if facts.allows(plain_cued.CUED_NEEDS):
            plain.extend(plain_cued_names(doc, found, self.id))
        if facts.allows(plain_cued.LISTED_NEEDS):
            plain.extend(plain_listed_names(doc, [*found, *plain], self.id))
        if facts.allows(plain_cued.SPEAKER_NEEDS):
            plain.extend(plain_speaker_names(doc, [*found, *plain], self.id))
        if facts.allows(plain_cued.KHMER_NEEDS):
            plain.extend(plain_khmer_names(doc, [*found, *plain], self.id))
        if facts.allows(plain_cued.PREFIXED_NEEDS):
            plain.extend(plain_prefixed_names(doc, [*found, *plain], self.id))
        if plain:  # "thach thi so phia," replaces "thach thi so" found short
            found = [f for f in found if not any(_inside(f, p) for p in plain)] + plain
        ko = list(korean_plain_names(doc, found, self.id)) if facts.allows(korean.NEEDS) else []
        if ko:  # "kim sung ho quoc tich han" replaces "ho" read alone
            found = [f for f in found if not any(_inside(f, k) for k in ko)] + ko
        mixed = list(korean_vietnamese_names(doc, found, self.id))
        if mixed:  # "Choi Gia Hân" replaces "Gia Hân" or "Park Thị" read short
            found = [f for f in found if not any(_overlap(f, k) for k in mixed)] + mixed
        agents = list(passive_agent_names(doc, self.id)) if facts.allows(passive.NEEDS) else []
        if agents:  # "bi nguyen thi lan lua tien": "nguyen thi lan", not read on into "lừa"
            found = [f for f in found if not any(_overlap(f, a) for a in agents)] + agents
        kh = khmer_lower_names(doc, found, self.id) if facts.allows(khmer.NEEDS) else []
        if kh:  # "lâm thị bô pha," replaces "lâm thị bô" found short
            found = [f for f in found if not any(_inside(f, k) for k in kh)] + kh
        listed = short_name_lists(doc, found, self.id)
        if listed:  # "lê na, phí hùng, mã khuê" replaces "khuê" read alone
            found = [f for f in found if not any(_inside(f, x) for x in listed)] + listed
        if facts.allows(cued.CAPITALS_NEEDS):
            found.extend(capitals_by_place(doc, found, self.id))
        found = coordinated_two_words(doc, found)
        if " " in doc.text:
            found.extend(coordinated_runs(doc, found, self.id))
        broken = list(cued_broken_names(doc, found, self.id))
        broken.extend(stacked_signature_names(doc, self.id))
        if broken:  # a name broken over two lines replaces its pieces found on each
            found = [f for f in found if not any(_inside(f, b) for b in broken)] + broken
        middle = list(lower_middle_names(doc, self.id)) if facts.allows(lower_middle.NEEDS) else []
        if middle:  # "Nguyễn văn Hải" replaces "Nguyễn" found alone
            found = [f for f in found if not any(_inside(f, m) for m in middle)] + [
                m for m in middle if not any(_inside(m, f) and m != f for f in found)
            ]
        initialled = list(initialled_names(doc, self.id))
        if initialled:  # "ông Ng.V.Khoát" replaces "Ng" read as a given name alone
            found = [f for f in found if not any(_overlap(f, x) for x in initialled)]
            found.extend(initialled)
        royal = [*royal_names(doc, self.id), *titled_names(doc, self.id)]
        if royal:  # "tôn nữ thị hoàng oanh" replaces "tôn nữ thị hoàng" found short, "dr.
            # olga petrovna smirnova" replaces "olga petrovna"
            found = [f for f in found if not any(_shorter(f, r) for r in royal)]
            found.extend(r for r in royal if not any(_inside(r, f) for f in found))
        particles = particle_names(doc, self.id) if facts.allows(foreign.PARTICLE_NEEDS) else []
        if particles:  # "Anna de Vries" replaces "Anna" found alone
            found = [f for f in found if not any(_inside(f, p) for p in particles)] + [
                p for p in particles if not any(_inside(p, f) for f in found)
            ]
        if "(" in doc.text:  # "Khamphouvanh Sisavath (Lào)"
            found.extend(nationality_marked_names(doc, found, self.id))
        found.extend(
            h
            for h in mail_header_names(doc, self.id)
            if not any(f.start < h.end and h.start < f.end for f in found)
        )
        named = list(field_names(doc, self.id)) if facts.allows(fields.NEEDS) else []
        if named:  # "Given names: THỊ HOÀI THƯƠNG" replaces "HOÀI THƯƠNG" found in it
            found = [f for f in found if not any(_inside(f, x) for x in named)] + [
                x
                for x in named
                if not any(f.start < x.end and x.start < f.end for f in found if not _inside(f, x))
            ]
        if facts.allows(born.NEEDS):
            found.extend(born_names(doc, found, self.id))
            found.extend(vouched_unknown_surnames(doc, found, self.id))
        if facts.allows(birth_marked.NEEDS):
            marked = list(birth_marked_names(doc, found, self.id))
            if marked:  # "đặng hòa" before "sinh năm 1962" replaces "đặng hòa sinh"
                found = [f for f in found if not any(run_into_mark(f, b) for b in marked)]
                found.extend(marked)
        found.extend(_readings_of_han(doc, found, self.id))
        if facts.allows(figures.NEEDS):
            found.extend(lower_case_figures(doc, found, self.id))
        found.extend(list(_han_transcriptions(doc, found, self.id)))
        found.extend(list(_latin_spellings(doc, found, self.id)))
        found.extend(list(quoted_nicknames(doc, found, self.id)))
        if holds_any(doc.folded, REAL_NAME_LABELS):
            found.extend(list(nicknames_before_real_names(doc, found, self.id)))
        found.extend(list(chat_handles(doc, found, self.id)))
        if facts.allows(url_names.NEEDS):
            found.extend(url_slug_names(doc, found, self.id))
        if "|" in doc.text:
            found = [_cell_run_on(doc, f) for f in found]
        found = with_closing_word(doc.text, doc.folded, found)
        if "ong" in doc.folded:
            found = [f for f in found if not _honey(doc, f)]
        if facts.allows(confirmed.NEEDS):
            found.extend(confirmed_names(doc, found, self.id))
        found.extend(column_names(doc, found, self.id))
        split = (
            list(split_column_names(doc, found, self.id))
            if facts.allows(split_columns.NEEDS)
            else []
        )
        if split:  # "Diệp Thị⇥Thu Loan" replaces "Thu Loan" found under "Tên"
            found = [f for f in found if not any(_inside(f, x) for x in split)] + split
        found.extend(inline_list_names(doc, found, self.id))
        if "|" in doc.text:
            found.extend(household_row_names(doc, found, self.id))
        if "," in doc.text or "- " in doc.text or "\u2013 " in doc.text or "\u2014 " in doc.text:
            found.extend(highland_list_items(doc, found, self.id))
        if "," in doc.text or ";" in doc.text:
            found = task_list_names(doc, found, self.id)
        yield from found
        references = list(short_references(doc, found, self.id))
        yield from references
        if facts.allows(given.NEEDS):
            yield from given_names_alone(doc, [*found, *references], self.id)
