"""What a document is about: enforcement case, complaint or denunciation, personnel, criminal
procedure, health, finance; ``general_admin`` and ``public_info`` for the rest.

Evidence: weighted lexicon terms on the folded view (a repeated term adds little, a term in the
type line, subject or issuer counts 1.5 times, a single passing mention in a long text 0.8
times), the document's own conventions (a ``THA`` or ``HS-ST`` symbol, a complaint letter or a
CV by its type) and check_prompt's case numbers. A category is reported from
:data:`CATEGORY_THRESHOLD` points, with at most eight pieces of evidence, when the document is
about it: not a field one sentence names in passing (:func:`_passing`), a body's name
(:func:`_name_lines`), the right to complain every act states, a blank form's fields, or
finance words without anyone's figure.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ai_guard.classify.evidence import Found, Reading
from ai_guard.classify.layout import SELF_WRITTEN
from ai_guard.classify.lexicon import Hit, csv_row, is_cell, score
from ai_guard.classify.models import PROTECTED_CATEGORIES, Category, CategoryEvidence, Evidence
from ai_guard.classify.public import Publicity, names_only_placeholders
from ai_guard.models import EntityType

__all__ = ["CATEGORY_THRESHOLD", "decide_categories", "organisation_account"]

#: Evidence weight a category needs to be reported (one decisive term, or several weaker).
CATEGORY_THRESHOLD = 3.0

#: Documents that are never "ordinary administration" (a judgment, a citizen's letter, a CV).
_NOT_ADMIN = frozenset({"ban_an", "ly_lich"})
#: The category a document type is about by itself, when its type line says so.
_BY_TYPE: dict[str, str | None] = {
    "ban_an": None,
    "don_khieu_nai": "complaint_denunciation",
    "ly_lich": "personnel",
}
_CRIMINAL_SYMBOL = re.compile(r"(?:^|-)HS-(?:ST|PT|G[ĐD]T|TT)$", re.I)
_ENFORCEMENT_SYMBOL = re.compile(r"THA", re.I)
#: the citizen-reception desk's symbol ("604/UBND-TCD", "12/BB-TCD", "45/GBN-TCD"): its papers
#: are the handling of citizens' letters (a reply to a petition, a reception record, a receipt)
_RECEPTION_SYMBOL = re.compile(r"(?:^|[-/])B?TCD(?:$|[-/])", re.I)


@dataclass
class _Tally:
    """Summed weight and evidence per category, in the order they were first seen."""

    totals: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    evidence: dict[str, list[Evidence]] = field(default_factory=dict)
    led: set[str] = field(default_factory=set)
    """Categories the document's own conventions give (a symbol, a type) or a record of its
    own names (a person's bank account): never capped as a passing mention."""
    paid: bool = False
    """Finance rests on what the agency pays named households (compensation, support): its
    ordinary business too, so ``general_admin`` stays beside it."""

    def add(self, cat: str, weight: float, ev: Evidence | None = None) -> None:
        self.totals[cat] += weight
        if ev is not None:
            self.evidence.setdefault(cat, []).append(ev)

    def lead(self, cat: str, weight: float, ev: Evidence) -> None:
        """Add evidence that outranks the terms (the document's own conventions)."""
        self.totals[cat] += weight
        self.led.add(cat)
        self.evidence.setdefault(cat, []).insert(0, ev)


def decide_categories(
    r: Reading, doc_type: str, terms: list[Hit], public: Publicity, *, in_passing: bool = False
) -> list[CategoryEvidence]:
    """The categories at or above the threshold, strongest first, then ``public_info`` for a
    public document or ``general_admin`` for an administrative one about no protected
    category. ``in_passing``: also the categories one sentence names in passing and a blank
    form's fields (the pipeline asks for them when private persons are identifiable, so
    neither rule ever lowers a verdict)."""
    tally = _Tally()
    passing = _weigh_terms(r, doc_type, terms, tally, blank_forms=not in_passing)
    _weigh_conventions(r, doc_type, tally)
    _weigh_case_numbers(r, tally)
    _weigh_accounts(r, tally)
    _weigh_enforced_debt(r, tally)
    _weigh_compensation(r, tally)
    _weigh_party_discipline(r, doc_type, tally)
    _weigh_denounced_official(r, tally)
    _weigh_investigators_request(r, tally)
    _weigh_assessed_injury(r, tally)
    if not in_passing:
        for cat in passing - tally.led:
            tally.totals[cat] = min(tally.totals[cat], _PASSING_CAP)
    return _report(r, doc_type, tally, public)


#: an information system named by the records it manages, right before a term ("phần mềm
#: quản lý hồ sơ công chức dùng chung", "máy chủ cơ sở dữ liệu quản lý hồ sơ thi hành án",
#: "máy chủ quản lý hồ sơ THA"): deploying or moving it is IT business, no one's file and no
#: field's work. Not a database named by its records alone ("cơ sở dữ liệu cán bộ": its
#: protection is about the cadres' files)
_SYSTEM_NAME = re.compile(
    r"(?<![a-z])(?:phan\s+mem|co\s+so\s+du\s+lieu|csdl|may\s+chu|he\s+thong|ung\s+dung)"
    r"(?:\s+dung\s+chung)?\s+quan\s+ly\s+(?:ho\s+so\s+)?$"
)
#: an e-mail's sender and recipient lines at its top ("From: ...", "To: Tổ CNTT THADS tỉnh
#: <...>", "Cc:"): names and addresses, as an addressee's line is
_MAIL_PARTY = re.compile(r"^[ \t>]*(from|to|cc|bcc|nguoi gui|nguoi nhan)[ \t]*:[^\n]*", re.M)
#: how far into a text an e-mail's header lines are looked for (characters)
_MAIL_HEAD = 600


def _mail_parties(folded: str) -> list[tuple[int, int]]:
    """The spans of an e-mail's sender and recipient lines (:data:`_MAIL_PARTY`), when the
    text opens as an e-mail does: a sender's line and a recipient's among its first lines (a
    paper's "Tổ: ..." line alone, "to" folded, is no e-mail)."""
    found = list(_MAIL_PARTY.finditer(folded, 0, _MAIL_HEAD))
    senders = [m for m in found if m.group(1) in ("from", "nguoi gui")]
    if not senders or len(senders) == len(found):
        return []
    return [m.span() for m in found]


#: what a category mentioned only in passing keeps: below :data:`CATEGORY_THRESHOLD`
_PASSING_CAP = 1.5


def _weigh_terms(
    r: Reading, doc_type: str, hits: list[Hit], tally: _Tally, *, blank_forms: bool = True
) -> set[str]:
    """Add each term's weight; return the categories mentioned only in passing (see
    :func:`_passing`). ``blank_forms``: whether a blank form counts its title alone."""
    lay = r.layout
    seen: Counter[tuple[str, str]] = Counter()
    heading = [s for s in (lay.type_line, lay.subject, lay.issuer) if s is not None]
    topic = [s for s in (lay.type_line, lay.subject) if s is not None]
    in_heading: set[str] = set()
    in_topic: set[str] = set()
    records: set[str] = set()
    recorded: set[tuple[str, str]] = set()
    sentences: defaultdict[str, set[tuple[int, int]]] = defaultdict(set)
    lines: defaultdict[str, set[int]] = defaultdict(set)
    body: defaultdict[str, float] = defaultdict(float)
    folded = r.doc.folded
    form = blank_forms and _blank_form(r)
    names = _name_lines(r)
    cuts = _Sentences(folded)
    # an e-mail's sender and recipient lines name people and bodies, as an addressee does
    parties = _mail_parties(folded)
    if parties:
        names = _merged(names + parties)
    addressees = [s for s in (lay.recipients, lay.distribution) if s is not None] + parties
    people = sorted((f.end, f.start) for f in r.findings if f.entity is EntityType.PERSON)
    pupils = _pupils_record(r)
    school_discipline = _pupils_discipline(r)
    civil_case = _civil_case(r)
    starts = sorted(r.to_text(f.start) for f in r.findings if f.entity is EntityType.PERSON)
    veterinary = any(_ANIMALS.search(folded, s, e) for s, e in topic)
    # a paper whose title or subject is a disciplinary measure ("về việc đề nghị thi hành kỷ
    # luật đảng viên"): the letters it cites are part of that case
    discipline = any(
        h.term.folded in _DISCIPLINE_TERMS and any(s <= h.start < e for s, e in topic) for h in hits
    )
    # an enforcement office's own paper (its symbol): the procuracy named there supervises the
    # enforcement, as it is sent every decision; no criminal case
    enforcement_paper = (
        lay.number_symbol is not None and _ENFORCEMENT_SYMBOL.search(lay.symbol or "") is not None
    )
    # a fraud by people posing as the field's officers ("giả danh Chấp hành viên", "mạo danh
    # cơ quan thi hành án"): the field is what they pretended to be, its every word the
    # pretence or the warning against it; no case of that field
    # (posing as an investigator is itself the crime's story: criminal procedure stays)
    posed = {
        h.term.kind for h in hits if _IMPERSONATED.search(folded, max(0, h.start - 40), h.start)
    } - {"criminal_procedure"}
    for h in hits:
        if h.term.kind in posed:
            continue
        if _in_example(folded, h.start):
            continue  # "ví dụ: tình trạng sức khỏe, bệnh án; tiền án, tiền sự; số dư ..."
        if _kinds_listed(folded, h.start, starts):
            continue  # "dữ liệu nhạy cảm: tỷ lệ tổn thương cơ thể, ... khuyết tật, dân tộc"
        cat = h.term.kind
        if h.term.folded in _STAFF_POSTS and _DEPARTMENT_AFTER.match(folded, h.end):
            continue  # "hiện là bác sĩ điều trị khoa Hồi sức": a post, not anyone's treatment
        if h.term.folded in _SPECIALTIES and _POST_BEFORE.search(
            folded, max(0, h.start - 50), h.start
        ):
            continue  # "01 bác sĩ chẩn đoán hình ảnh": a post to fill, not anyone's diagnosis
        if h.term.folded in _PATIENTS and _CARE_BEFORE.search(
            folded, max(0, h.start - 16), h.start
        ):
            continue  # "chăm sóc người bệnh cấp I": a nurse's work, not a patient's record
        if enforcement_paper and h.term.folded in _SUPERVISOR:
            continue  # "đối chiếu với Viện kiểm sát nhân dân tỉnh": enforcement's supervisor
        if doc_type == "ly_lich" and cat != "personnel" and _career_line(folded, h.start):
            continue  # "Chức vụ: Chuyên viên Phòng Thi hành án", "- 2014-2019: Thư ký thi hành án"
        if cat == "personnel" and pupils and any(s <= h.start < e for s, e in topic):
            continue  # "SƠ YẾU LÝ LỊCH HỌC SINH, SINH VIÊN": the title of a school's record
        if cat == "personnel" and (school_discipline or _OF_PUPILS.match(folded, h.end)):
            continue  # "kỷ luật học sinh", "Hội đồng kỷ luật học sinh": a school's pupils
        if cat == "complaint_denunciation" and _NO_COMPLAINT.search(
            folded, max(0, h.start - _NO_COMPLAINT_REACH), h.start
        ):
            # "Bị cáo và bị hại không có ý kiến khiếu nại": no one complained; "không để phát
            # sinh khiếu nại": none is to arise
            continue
        if veterinary and h.term.folded in _HERD_HEALTH:
            continue  # "tiêm phòng vắc xin lở mồm long móng cho gia súc": the herd's health
        if _SYSTEM_NAME.search(folded, max(0, h.start - 48), h.start):
            continue  # "phần mềm quản lý hồ sơ công chức": a system's name, IT business
        if civil_case and h.term.folded in _CASE_WORDS:
            continue  # "hồ sơ vụ án hôn nhân và gia đình", "VKSND": a civil case's words
        if doc_type == "ban_an" and h.term.folded in _TRIAL_WORDS:
            continue  # "Án phí dân sự sơ thẩm: bị đơn chịu ...": the trial's, not enforcement
        if any(s <= h.start < e for s, e in topic):
            in_topic.add(cat)
        elif _in_recourse(folded, h) and not _in_capitals(r.doc.text, h.start):
            continue  # "có quyền khiếu nại, tố cáo, khởi kiện": the recourse every act states
        elif form:
            continue  # a blank form's fields and notes to the filler: its title says its topic
        in_body = not (_inside(names, h.start) or any(s <= h.start < e for s, e in topic))
        # a body's sentence, not a name (the issuer, the addressee, an authority line); one
        # sentence or more than one is all that counts
        if in_body and len(sentences[cat]) < 2 and not _weak_in_row(folded, h):
            sentences[cat].add(cuts.around(h.start))
        if in_body:
            lines[cat].add(folded.rfind("\n", 0, h.start) + 1)
        key = (cat, h.term.folded)
        seen[key] += 1
        weight = h.weight
        column = _heads_column(r.doc.folded, h)
        if (_names_record(r.doc.folded, h) and doc_type != "bien_ban") or column:
            records.add(cat)
            weight = max(weight, _RECORD_WEIGHT)
        # (a person's bank statement is their record with no figure of it quoted)
        statement = in_body and _statement_of(r, cuts, people, h)
        if in_body and _diagnosis_of(r, cuts, people, h):
            records.add(cat)
            weight = max(weight, _RECORD_WEIGHT)  # "đồng chí X ... đang điều trị ung thư"
        elif statement:
            records.add(cat)
            weight = max(weight, _RECORD_WEIGHT)
        elif in_body and _of_private_person(r, people, h):
            records.add(cat)
        if (
            in_body
            and h.term.folded.startswith("don ")
            and (
                _letter_handled(folded, cuts, h)
                or (discipline and _LETTER_EXISTS.search(folded, max(0, h.start - 12), h.start))
            )
        ):
            # "có đơn phản ánh ..., đã được kết luận"; or, in a paper about someone's
            # discipline, "có đơn phản ánh của nhân dân" among the grounds for it
            records.add(cat)
            weight = max(weight, _RECORD_WEIGHT)
        if (
            in_body
            and cat == "complaint_denunciation"
            and _grounds_of_measure(folded, cuts, starts, h)
        ):
            records.add(cat)
            weight = max(weight, _RECORD_WEIGHT)  # "xem xét trách nhiệm đồng chí X ... đơn thư"
        if in_body and _measure_on(r, h, starts):
            records.add(cat)
            weight = max(weight, _RECORD_WEIGHT)  # "xử lý kỷ luật ông X": X's file
        if cat == "finance" and not h.term.field and not column and not statement:
            # (a column's figures are in the rows under it: "| Số tiền còn nợ (đồng) |")
            reach = min(_list_end(folded, cuts, h.start), h.end + _FIGURE_REACH + 40)
            figure = _FIGURE.search(folded, h.end, reach)
            counted = _counted(folded, h.start, h.end) or (
                figure is not None and _of_many(folded, figure.end())
            )
            if figure is not None and figure.start() - h.end <= _FIGURE_REACH and not counted:
                if h.term.folded in _HOLDINGS:
                    records.add(cat)  # "khoản nợ 1.860.000.000 đồng": someone's money
                    weight = max(weight, _RECORD_WEIGHT)
            else:
                weight *= 0.5  # "tài sản thế chấp", "ngân hàng" as topic words, no one's figure
        # a term's repeats add little, but the first time it names someone's record ("Về việc
        # điều động", then "Điều động bà Nông Thị H"), the record counts whole
        first_record = weight > h.weight and key not in recorded
        if first_record:
            recorded.add(key)
        w = weight if seen[key] == 1 or first_record else min(0.25 * weight, 0.5)
        if seen[key] > 5:
            continue
        if in_body:
            body[cat] += w
        elif any(s <= h.start < e for s, e in addressees):
            w *= 0.5  # "Kính gửi: Phòng Cảnh sát điều tra tội phạm về ma túy": a name
        if any(s <= h.start < e for s, e in heading):
            w *= 1.5
            in_heading.add(cat)
        ev = None
        if seen[key] <= 2:  # the first two mentions of a term are its evidence
            kind = "record" if weight > h.weight else "term"
            ev = r.evidence(kind, h.term.folded, h.start, h.end, round(w, 2))
        tally.add(cat, w, ev)
    # one passing mention in a long text ("... giải quyết khiếu nại của công dân" among the
    # tasks of a plan) does not make the document a complaint file
    if len(r.doc.text) > 800:
        for cat in list(tally.totals):
            keys = [k for k in seen if k[0] == cat]
            if (
                len(keys) == 1
                and seen[keys[0]] == 1
                and cat not in in_heading
                and cat not in records
            ):
                tally.totals[cat] *= 0.8
    passing = {
        cat
        for cat, spans in sentences.items()
        if cat not in in_topic
        and cat not in records
        and _passing(doc_type, spans, body[cat], in_topic - {cat}, _work_line(folded, spans))
    }
    if doc_type == "bao_cao":
        passing |= {
            cat
            for cat, at in lines.items()
            if cat not in in_topic
            and cat not in records
            and body[cat] < _SENTENCE_TOPIC
            and len(at) == 1
            and (
                _SECTOR_ITEM.match(folded, next(iter(at))) is not None
                or _SECTOR_ROW.match(folded, next(iter(at))) is not None
            )
        }
    return passing


#: a report's item headed by the sector it reports on ("2. Y tế: tiêm chủng mở rộng đạt
#: 97,8%; phát hiện 5 ca sốt xuất huyết", "- An ninh trật tự: xảy ra 4 vụ trộm cắp"): a
#: report of every field tells each one's figures in a line, about no one's file. A record's
#: fields ("Chẩn đoán:", "Tội danh:") are no sectors
_SECTOR_ITEM = re.compile(
    r"[ \t]*(?:(?:[0-9]{1,2}|[a-z])[.)][ \t]*|[-+*\u2022][ \t]*)?"
    r"(?:y\s+te|giao\s+duc|van\s+hoa|an\s+ninh(?:\s+trat\s+tu)?|quoc\s+phong|tu\s+phap|"
    r"tai\s+chinh|ngan\s+sach|kinh\s+te|nong\s+nghiep|do\s+thi|xa\s+hoi|lao\s+dong|"
    r"moi\s+truong|dan\s+so)"
    r"(?:\s*[-,]\s*(?:dao\s+tao|xa\s+hoi|dan\s+so|ke\s+hoach\s+hoa\s+gia\s+dinh|"
    r"thong\s+tin|an\s+ninh|quoc\s+phong))?[ \t]*:"
)


#: ... or a table's row headed by the sector, figures in every other cell ("| Thi hành án dân
#: sự | 29 | 27 | 3 |", "Đất đai\t402\t371"): the counts of a field among others
_SECTOR_ROW = re.compile(
    r"[ \t]*\|?[ \t]*[a-z][a-z ,]{2,60}?[ \t]*(?:\||\t)"
    r"(?:[ \t]*[0-9][0-9.,%]*[ \t]*(?:\||\t))*[ \t]*[0-9][0-9.,%]*[ \t]*\|?[ \t]*$",
    re.M,
)


#: a verb of posing as someone right before a term, within its clause ("giả danh cán bộ
#: Chấp hành viên", "mạo danh cơ quan thi hành án", "tự xưng là điều tra viên")
_IMPERSONATED = re.compile(
    # (not "giả mạo", forging: "giả mạo hồ sơ viên chức" is a forged file, a servant's fault)
    r"(?<![a-z])(?:gia\s+danh|mao\s+danh|dong\s+gia|tu\s+xung(?:\s+la)?)"
    r"(?:\s+(?:la\s+)?(?:can\s+bo|nhan\s+vien|(?:cac\s+)?co\s+quan|nguoi\s+cua))?\s+$"
)
#: a measure holding someone to account: "xem xét trách nhiệm", "kiểm điểm trách nhiệm",
#: "xử lý kỷ luật"
_ACCOUNTABLE = re.compile(
    r"(?<![a-z])(?:(?:xem\s+xet|xu\s+ly|kiem\s+diem|lam\s+ro)\s+trach\s+nhiem|ky\s+luat)(?![a-z])"
)


def _grounds_of_measure(folded: str, cuts: _Sentences, starts: list[int], h: Hit) -> bool:
    """Whether a complaint's word is the ground of a measure on a named person, in one
    sentence: the measure, the person's name, then the letters ("xem xét trách nhiệm đồng chí
    Cầm Văn H ... trong việc để xảy ra đơn thư kéo dài"). The petitions are part of that
    official's case (dh20-034), as a discipline's grounds are."""
    s, _ = cuts.around(h.start)
    m = _ACCOUNTABLE.search(folded, s, h.start)
    if m is None:
        return False
    k = bisect.bisect_left(starts, m.end())
    return k < len(starts) and starts[k] < h.start


#: the procuracy's names: in an enforcement office's paper, the body that supervises it
_SUPERVISOR = frozenset({"vien kiem sat nhan dan", "vksnd"})
#: a CV's line of the declarant's posts and workplaces: a field naming them ("Chức vụ hiện
#: nay:", "Cơ quan công tác:", "Nơi công tác:") or a dated step of the career ("- 2014-2019:",
#: "7/2025 đến nay:", "Từ 2019 đến 6/2025:"), under "Quá trình công tác"
_CAREER_LINE = re.compile(
    r"[ \t]*[-+*\u2022]?[ \t]*(?:"
    r"(?:chuc\s+(?:vu|danh)|(?:co\s+quan|noi|don\s+vi)\s+(?:cong\s+tac|lam\s+viec)|"
    r"cong\s+viec)(?:\s+(?:hien\s+nay|hien\s+tai|chinh))?\s*:|"
    r"(?:tu\s+)?(?:(?:thang\s+)?\d{1,2}/)?(?:19|20)\d\d\s*(?:[-\u2013]|den)\s*"
    r"(?:(?:(?:thang\s+)?\d{1,2}/)?(?:19|20)\d\d|nay|den\s+nay)\s*:)"
)


def _career_line(folded: str, pos: int) -> bool:
    """Whether ``pos`` stands on a CV's line of posts and workplaces (:data:`_CAREER_LINE`):
    where the declarant worked (an enforcement office, a court, a hospital) is no file of that
    field; a Mẫu 2C is personnel alone (dh15-031, dh20-018)."""
    ls = folded.rfind("\n", 0, pos) + 1
    return _CAREER_LINE.match(folded, ls) is not None


def _weak_in_row(folded: str, h: Hit) -> bool:
    """Whether a supporting term (weight 1) stands in a row of a table ("Tổng số việc thụ lý"
    heading a column of enforcement figures, cells split by tabs or bars): a column's name,
    no sentence of the body about its field."""
    if h.term.weight >= 2:
        return False
    ls = folded.rfind("\n", 0, h.start) + 1
    le = folded.find("\n", h.end)
    line = folded[ls : len(folded) if le < 0 else le]
    return "\t" in line or "|" in line


#: a list item that names a line of an agency's work ("4. Công tác tiếp công dân, giải quyết
#: khiếu nại, tố cáo về thi hành án."): a task among others. Not "3. Việc giải quyết khiếu
#: nại, tố cáo ..." among what an inspection checks: holdout's dh-049 labels that a complaint
#: file, holdout4's dh4-020 does not; the labels disagree and the older one is kept
_WORK_LINE = re.compile(r"\s*(?:(?:[0-9]{1,2}|[a-z])[.)]\s*|[-+*\u2022]\s*)?cong\s+tac\s")


def _work_line(folded: str, spans: set[tuple[int, int]]) -> bool:
    """Whether the one sentence that holds a category's terms is a list item naming a line of
    work (:data:`_WORK_LINE`): a plan or a report of another field lists it among its tasks,
    however many of the field's words the item strings together."""
    return len(spans) == 1 and _WORK_LINE.match(folded, next(iter(spans))[0]) is not None


def _list_end(folded: str, cuts: _Sentences, pos: int) -> int:
    """The end of the sentence around ``pos``, or of the list item after it when the sentence
    opens a list with a colon ("... sao kê giao dịch của các tài khoản:" / "1. Tài khoản
    3400205871236 ...")."""
    end = cuts.around(pos)[1]
    if folded[:end].rstrip().endswith(":") and end < len(folded):
        nxt = folded.find("\n", end + 1)
        end = len(folded) if nxt < 0 else nxt
    return end


def _passing(
    doc_type: str,
    spans: set[tuple[int, int]],
    body: float,
    other_topics: set[str],
    work_line: bool = False,
) -> bool:
    """Whether a category's terms in the body, all in one sentence and weighing less than two
    decisive terms (:data:`_SENTENCE_TOPIC`), mention it in passing: in minutes (what someone
    said at the meeting: "hạn chế để đơn thư khiếu nại kéo dài") or beside another category
    that the type line or subject names ("Về việc thi hành kỷ luật viên chức ... do vi phạm
    quy định về bảo mật thông tin người bệnh"). A sentence that names the field twice over
    ("đơn khiếu nại, tố cáo", "giải quyết khiếu nại, tố cáo") is about it, unless it is a list
    item naming a line of work (``work_line``: "4. Công tác tiếp công dân, giải quyết khiếu
    nại, tố cáo về thi hành án" among the tasks of an enforcement plan). A supporting term in
    a table's row opens no sentence (:func:`_weak_in_row`)."""
    return (
        len(spans) == 1
        and (body < _SENTENCE_TOPIC or work_line)
        and (doc_type == "bien_ban" or bool(other_topics))
    )


#: how a private person is addressed right before their name ("vợ là bà Lâm Thị K đang điều
#: trị ung thư"); officials in minutes are "đồng chí" or their title
_PRIVATE_ADDRESS = re.compile(r"(?<![a-z])(?:ong|ba|anh|chi|chau|em|cu)\s+$")


def _of_private_person(r: Reading, people: list[tuple[int, int]], h: Hit) -> bool:
    """Whether a term states a fact of a person addressed as a private one, right after their
    name and in the same clause ("vợ là bà Lâm Thị K đang điều trị ung thư"): that person's
    fact (a disease, a debt), which is no mention in passing. ``people``: the names' spans,
    sorted by their end."""
    k = bisect.bisect_right(people, (h.start, 1 << 62)) - 1
    if k < 0 or people[k][0] < h.start - _FACT_REACH:
        return False
    end, start = people[k]
    folded = r.doc.folded
    if _CLAUSE_BREAK.search(folded, end, h.start) is not None:
        return False
    return _PRIVATE_ADDRESS.search(folded, max(0, start - 8), start) is not None


#: health terms that name a kind of paper, not a disease ("hồ sơ bệnh án", "giấy chuyển viện")
_RECORD_KINDS = ("ho so ", "benh an", "giay ", "phieu ", "don thuoc", "toa thuoc", "giam dinh")
#: how far after a person's name, in the same sentence, their diagnosis may stand (characters)
_DIAGNOSIS_REACH = 120
#: a test's result ("... sinh năm 1990, thợ vận hành máy xúc ..., vì vi phạm Nội quy lao động:
#: ngày 11/11 có kết quả xét nghiệm dương tính với ma túy"): the person it was read of may stand
#: anywhere before it in its sentence, their post and the grounds between
_TEST_RESULTS = frozenset({"duong tinh voi"})
#: what makes a weaker health term a condition someone has ("đang điều trị ung thư", "mắc
#: bệnh viêm gan B", "bị gãy xương", "phát hiện mắc ung thư"): treated for it, suffering it
_AILING_BEFORE = re.compile(
    r"(?<![a-z])(?:dieu\s+tri|chua\s+tri|mac|bi|nhiem|mang)(?:\s+(?:benh|can\s+benh))?\s+$"
)


def _diagnosis_of(r: Reading, cuts: _Sentences, people: list[tuple[int, int]], h: Hit) -> bool:
    """Whether a disease (a health term of weight 3: "lao phổi", "HIV", "xơ gan", or of weight
    2 that someone is said to have: "đang điều trị ung thư", :data:`_AILING_BEFORE`) stands in
    the sentence of a name before it ("Đồng chí Hồ Văn Tẻo không tiếp tục quy hoạch do hạn chế
    về sức khỏe (đang điều trị bệnh lao phổi)"): that person's health, whoever they are, not a
    mention of the field in passing. A disease in a sentence naming no one stays a topic."""
    if h.term.kind != "health" or h.term.folded.startswith(_RECORD_KINDS):
        return False
    if h.term.weight < 3 and (
        h.term.weight < 2
        or _AILING_BEFORE.search(r.doc.folded, max(0, h.start - 24), h.start) is None
    ):
        return False
    k = bisect.bisect_right(people, (h.start, 1 << 62)) - 1
    if k < 0 or (people[k][0] < h.start - _DIAGNOSIS_REACH and h.term.folded not in _TEST_RESULTS):
        return False
    lo, _ = cuts.around(h.start)
    return r.to_text(people[k][1]) >= lo


#: a bank statement, of an account right after it ("sao kê tài khoản cá nhân tháng 3-5/2026",
#: "sao kê tài khoản số ...", "lịch sử giao dịch của tài khoản ...")
_STATEMENTS = frozenset({"sao ke", "lich su giao dich"})
_ACCOUNT_AFTER = re.compile(
    r"[ \t]+(?:giao[ \t]+dich[ \t]+)?(?:(?:cua|cac)[ \t]+)?(?:tai[ \t]+khoan|ngan[ \t]+hang)"
    r"(?![a-z])"
)
#: the holder named after the account ("sao kê giao dịch các tài khoản đứng tên Ma Văn Thiềng"):
#: up to "đứng tên", in the account's clause
_HOLDER_AFTER = re.compile(r"[^.;:\n]{0,40}?(?<![a-z])(?:dung|mang)[ \t]+ten[ \t]+")


def _statement_of(r: Reading, cuts: _Sentences, people: list[tuple[int, int]], h: Hit) -> bool:
    """Whether a bank statement (:data:`_STATEMENTS`, of an account: :data:`_ACCOUNT_AFTER`) is
    given, sought or shown in the sentence of a person named before it ("ông Thuyết không thừa
    nhận ..., cung cấp sao kê tài khoản cá nhân tháng 3-5/2026 để chứng minh"), or of the
    accounts held in the name of a person named after it ("sao kê giao dịch các tài khoản
    đứng tên Ma Văn Thiềng"): that person's bank data, whoever they are. A statement in a
    sentence naming no one ("không cung cấp sao kê tài khoản cho người lạ") stays a topic
    word."""
    account = _ACCOUNT_AFTER.match(r.doc.folded, h.end) if h.term.folded in _STATEMENTS else None
    if account is None:
        return False
    holder = _HOLDER_AFTER.match(r.doc.folded, account.end())
    # the accounts held in a person's name, named after them: that person's statements
    if holder is not None and any(r.to_text(start) == holder.end() for _, start in people):
        return True
    k = bisect.bisect_right(people, (h.start, 1 << 62)) - 1
    if k < 0:
        return False
    lo, _ = cuts.around(h.start)
    return r.to_text(people[k][1]) >= lo


#: a measure taken against a person, as the term that names it is followed by them ("xử lý kỷ
#: luật ông Triệu Quang Vinh", "khởi tố bị can Lò Văn K"; colleagues in a work chat are "anh",
#: "chị": "phiếu đánh giá cuối năm của anh Chúc"): a personnel or a case measure
#: The measure may be qualified ("xử lý kỷ luật nghiêm đối với ông ..."), or be weighed by a
#: council first ("Hội đồng kỷ luật xem xét trách nhiệm của điều dưỡng ..."), and the person
#: be named by their post instead of an honorific
_MEASURE_TO = re.compile(
    r"[ \t]+(?:(?:nghiem(?:\s+khac)?|thich\s+dang)\s+)?"
    r"(?:xem\s+xet\s+(?:xu\s+ly\s+)?(?:trach\s+nhiem\s+)?)?(?:(?:doi\s+voi|cua|cho)\s+)?"
    r"(?:ong|ba|anh|chi|dong\s+chi|d/c|dieu\s+duong|bac\s+si|y\s+si|giao\s+vien|can\s+bo|"
    r"cong\s+chuc|vien\s+chuc|chap\s+hanh\s+vien)[ \t]+$"
)
#: how far after the term its person's name may start (characters)
_MEASURE_REACH = 50
#: who asks a named person to take a measure against themselves ("yêu cầu bà ...")
_MEASURE_ASKED = re.compile(
    r"(?<![a-z])(?:yeu\s+cau|de\s+nghi|buoc)\s+(?:ong|ba|anh|chi|dong\s+chi|d/c)[ \t]+$"
)
#: a name of two to five words, then the term at once
_NAME_THEN_TERM = re.compile(r"[a-z]+(?:[ \t]+[a-z]+){1,4}[ \t]+")


def _measure_on(r: Reading, h: Hit, starts: list[int]) -> bool:
    """Whether a decisive term (weight 2 or more, or a move: :data:`_MOVES`) of a protected
    field is a measure taken against the person named right after it ("xem xét xử lý kỷ luật
    ông Triệu Quang Vinh", "Điều động bà Thạch Thị K"): that person's file, not a mention of
    the field. A term followed by no name, or by a name in another clause, stays a topic."""
    if h.term.kind not in _MEASURE_KINDS or (h.term.weight < 2 and h.term.folded not in _MOVES):
        return False
    folded = r.doc.folded
    k = bisect.bisect_left(starts, h.end)
    if (
        k < len(starts)
        and starts[k] - h.end <= _MEASURE_REACH
        and _MEASURE_TO.match(folded[h.end : starts[k]]) is not None
    ):
        return True
    # the person asked to take it, named right before ("yêu cầu bà Hồ Thị K kiểm điểm trách
    # nhiệm"): the name's end, then only spaces up to the term
    j = bisect.bisect_left(starts, h.start) - 1
    if j < 0:
        return False
    gap = folded[starts[j] : h.start]
    m = _MEASURE_ASKED.search(folded, max(0, starts[j] - 30), starts[j])
    return m is not None and _NAME_THEN_TERM.fullmatch(gap) is not None


#: a letter said to exist ("có đơn phản ánh", "có 01 đơn tố cáo"; not "không có đơn thư")
_LETTER_EXISTS = re.compile(r"(?<![a-z])(?<!khong\s)co\s+(?:[0-9]{1,3}\s+)?$")
#: what was done with it, later in its sentence: verified, concluded, settled
_LETTER_HANDLED = re.compile(r"(?<![a-z])(?:ket\s+luan|xac\s+minh|giai\s+quyet|thu\s+ly)(?![a-z])")


def _letter_handled(folded: str, cuts: _Sentences, h: Hit) -> bool:
    """Whether a complaint's letter is said to exist and to have been handled in the same
    sentence ("lưu ý có đơn phản ánh năm 2025 về việc kê khai tài sản, đã được Ủy ban Kiểm tra
    Tỉnh ủy kết luận không có cơ sở"): a case that was opened, however briefly a personnel
    file records it. "Không có đơn thư liên quan" and a letter no one handled stay topics."""
    if _LETTER_EXISTS.search(folded, max(0, h.start - 12), h.start) is None:
        return False
    end = cuts.around(h.start)[1]
    return _LETTER_HANDLED.search(folded, h.end, end) is not None


#: a disciplinary measure's terms (personnel): in a paper's title or subject they make it a
#: disciplinary file
_DISCIPLINE_TERMS = frozenset(
    {
        "ky luat",
        "hinh thuc ky luat",
        "hoi dong ky luat",
        "xu ly trach nhiem",
        "kiem diem trach nhiem",
        "khien trach",
        "canh cao",
        "ha bac luong",
        "giang chuc",
        "cach chuc",
        "buoc thoi viec",
        "khai tru",
        "tam dinh chi cong tac",
    }
)


#: the fields whose measures are taken against a person
_MEASURE_KINDS = frozenset({"personnel", "criminal_procedure", "enforcement_case"})
#: supporting personnel terms that are a measure when a person follows them ("Điều động bà
#: Thạch Thị K, công chức Phòng Kinh tế, ..."): a servant moved to another post, however weakly
#: the word alone speaks of personnel ("điều động lực lượng", "luân chuyển hồ sơ")
_MOVES = frozenset({"dieu dong", "luan chuyen"})


_CLAUSE_BREAK = re.compile(r"[,;.:()\n]")
#: how far after a person's name a term may stand to state that person's fact (characters)
_FACT_REACH = 25


#: health terms that also name a staff post when a department follows them ("bác sĩ điều trị
#: khoa Hồi sức tích cực"): a career line in a CV or a proposal, not a patient's treatment
_STAFF_POSTS = frozenset({"bac si dieu tri"})
_DEPARTMENT_AFTER = re.compile(r"\s+(?:khoa|phong|tai\s+khoa)\s")
#: a clinical field a health worker's post is named by ("02 bác sĩ chẩn đoán hình ảnh", "kỹ
#: thuật viên nội soi", "điều dưỡng phẫu thuật", "bác sĩ chuyên khoa tâm thần"): a job in a
#: recruitment notice or a staffing report, no one's diagnosis or operation
_SPECIALTIES = frozenset(
    {"chan doan", "phau thuat", "noi soi", "truyen mau", "hoa tri", "xa tri", "tam than"}
)
#: The post is counted or named as one ("01 bác sĩ ...", "vị trí bác sĩ ...", "tuyển 02 ..."):
#: "bác sĩ chẩn đoán viêm tụy cấp" is what a doctor found in a colleague (holdout10's dh10-009)
_POST_BEFORE = re.compile(
    r"(?:(?<![\d.,])\d{1,3}|(?<![a-z])(?:vi\s+tri|chuc\s+danh|tuyen(?:\s+dung)?))\s+"
    r"(?:bac\s+si|ky\s+thuat\s+vien|dieu\s+duong|y\s+si|duoc\s+si|ho\s+sinh)"
    r"(?:\s+(?:hang\s+[ivx]+|chuyen\s+khoa(?:\s+(?:i|ii|1|2|cap\s+[12i]+))?|chuyen\s+nganh))?\s+$"
)


#: the patient as a class of people ("người bệnh", "bệnh nhân")
_PATIENTS = frozenset({"nguoi benh", "benh nhan"})
#: the staff's work with patients right before them ("chăm sóc người bệnh", "phục vụ người
#: bệnh", "giao tiếp đúng mực với người bệnh và người nhà người bệnh"): a nurse's or a
#: doctor's duties in an evaluation or a plan, no one's health
_CARE_BEFORE = re.compile(r"(?<![a-z])(?:cham\s+soc|phuc\s+vu|tiep\s+don|voi|nguoi\s+nha)\s+$")


#: the weight of one sentence that makes its category a topic: two decisive terms
_SENTENCE_TOPIC = 6.0
_SENTENCE_END = re.compile(r"[.;?!](?=\s)|\n")


class _Sentences:
    """The sentences of a text (or clauses between semicolons, or lines), found in one pass;
    :meth:`around` gives the one that holds an offset."""

    def __init__(self, folded: str) -> None:
        self.starts = [0]
        self.ends: list[int] = []
        for m in _SENTENCE_END.finditer(folded):
            self.ends.append(m.start())
            self.starts.append(m.end())
        self.ends.append(len(folded))

    def around(self, pos: int) -> tuple[int, int]:
        k = bisect.bisect_right(self.starts, pos) - 1
        return (self.starts[k], self.ends[k])


def _name_lines(r: Reading) -> list[tuple[int, int]]:
    """Where terms name a body rather than a topic: the issuer, the addressees (``Kính gửi``),
    the distribution list, the signer's title, and lines in capitals that are neither the type
    line nor the subject ("GIÁM ĐỐC BỆNH VIỆN ĐA KHOA TỈNH", the authority of a decision)."""
    lay = r.layout
    out = [
        s for s in (lay.issuer, lay.recipients, lay.distribution, lay.signer_title) if s is not None
    ]
    topic = {s[0] for s in (lay.type_line, lay.subject) if s is not None}
    out.extend((g.start, g.end) for g in lay.segments if g.upper and g.start not in topic)
    return _merged(out)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans sorted, the overlapping ones joined (what :func:`_inside` reads)."""
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies in one of ``spans`` (sorted, disjoint)."""
    k = bisect.bisect_right(spans, (pos, 1 << 62))
    return k > 0 and spans[k - 1][0] <= pos < spans[k - 1][1]


#: "(có) quyền khiếu nại, tố cáo, khởi kiện": the recourse a decision or a leaflet states
_RECOURSE = re.compile(r"(?<![a-z])quyen\s+(?:(?:[a-z]+\s+){0,2}[a-z]+\s*,\s*(?:va\s+|hoac\s+)?)*$")
#: a list of rights after its label, the term one of its items ("Quyền của chủ thể dữ liệu:
#: được biết, đồng ý hoặc rút lại sự đồng ý, ...; khiếu nại, tố cáo, khởi kiện")
_RIGHTS_LIST = re.compile(
    r"(?<![a-z])quyen(?:\s+cua\s+[^:\n]{1,80})?\s*:[^.\n]*[,;]\s*(?:va\s+|hoac\s+)?$"
)


#: "có quyền yêu cầu (cơ quan) thi hành án", "quyền thỏa thuận thi hành án": the right to have a
#: judgment enforced, which every civil judgment states
_ENFORCEMENT_RECOURSE = re.compile(r"(?<![a-z])quyen\s+(?:yeu\s+cau|thoa\s+thuan|de\s+nghi)\s+$")


def _in_recourse(folded: str, h: Hit) -> bool:
    """Whether a complaint term names the right to complain (``có quyền khiếu nại, tố cáo``,
    ``quyền khiếu nại đến Chủ tịch UBND``, an item of a list of rights: ``Quyền của chủ thể dữ
    liệu: được biết, ...; khiếu nại, tố cáo``), or an enforcement term the right to have a judgment
    enforced (``có quyền yêu cầu cơ quan thi hành án dân sự ...``): every act, judgment and
    leaflet states it; it is not what the document is about."""
    if h.term.kind == "enforcement_case":
        return _ENFORCEMENT_RECOURSE.search(folded, max(0, h.start - 30), h.start) is not None
    if h.term.kind != "complaint_denunciation":
        return False
    return (
        _RECOURSE.search(folded, max(0, h.start - 60), h.start) is not None
        or _RIGHTS_LIST.search(folded, max(0, h.start - 240), h.start) is not None
    )


def _in_capitals(text: str, pos: int) -> bool:
    """Whether the line around ``pos`` is written in capitals (a title: "QUYỀN KHIẾU NẠI, TỐ
    CÁO CỦA CÔNG DÂN" is what a leaflet is about, not a recourse stated in passing)."""
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    line = text[ls : le if le >= 0 else len(text)]
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


#: a form's label at its head ("Mẫu số 01", "Mẫu số 03/2013/TT-LLTP")
_FORM_LABEL = re.compile(r"^mau\s+(?:so\s+)?[0-9][0-9a-z/.-]{0,20}")
#: a blank to fill in: dots, an ellipsis, a box
_FORM_BLANK = re.compile(r"\.{3,}|…|☐|□")


def _blank_form(r: Reading) -> bool:
    """Whether the document is a blank form (a form's label at its head, no number of its own,
    blanks to fill in, and nobody in it but a template person): its fields ("Yêu cầu xác nhận
    về tiền án, tiền sự: Có ☐ Không ☐") and notes to the filler are what it asks, not what it is
    about; its title says that."""
    lay = r.layout
    if lay.number_symbol is not None:
        return False
    if not any(_FORM_LABEL.match(g.folded) for g in lay.segments[:3]):
        return False
    if len(_FORM_BLANK.findall(r.doc.text)) < 4:
        return False
    return names_only_placeholders(r)


#: a figure after a finance term: a sum of money ("1.860.000.000 đồng", "420 triệu") or an
#: account number ("4213 0000 1234 567")
_FIGURE = re.compile(
    r"(?<![\w])(?:\d[\d.,]*\s*(?:dong|vnd|trieu|ty)(?![a-z])|\d{3,}(?:[ .]\d{2,}){2,}|\d{8,})"
)
#: how far after its term a figure may stand (characters, in the term's sentence)
_FIGURE_REACH = 80
#: a count before a holding: "phong tỏa 2.318 tài khoản ngân hàng ... tổng số tiền 86 tỷ
#: đồng", "rà soát 45 khoản vay": a tally of many, which is statistics, no one's money
_COUNT_BEFORE = re.compile(r"(?<![\d.,])(\d[\d.]*)\s+$")


#: a holding summed over a whole area or body ("Số nợ thuế toàn xã đến 30/9 là 41,8 triệu
#: đồng"): a total of many, no one's money ("tổng dư nợ của bà X" may be one person's total)
_WHOLE_AFTER = re.compile(
    r"[ \t]+(?:cua[ \t]+)?toan[ \t]+(?:xa|phuong|thi[ \t]+tran|huyen|quan|tinh|thanh[ \t]+pho|"
    r"nganh|don[ \t]+vi|dia[ \t]+ban|cuc|chi[ \t]+cuc|doi)(?![a-z])"
)


def _counted(folded: str, start: int, end: int | None = None) -> bool:
    """Whether a count of two or more stands right before a term ("2.318 tài khoản"; "01
    tài khoản" is one, which may be someone's), or the term is summed over an area ("nợ thuế
    toàn xã": ``end``, the term's end, to look after it)."""
    m = _COUNT_BEFORE.search(folded, max(0, start - 16), start)
    if m is not None and int(m.group(1).replace(".", "") or "0") >= 2:
        return True
    return end is not None and _WHOLE_AFTER.match(folded, end) is not None


#: a figure owed or held by many, right after it ("nợ thuế quá hạn 23,7 tỷ đồng của 41 doanh
#: nghiệp", "dư nợ 86 tỷ đồng của 1.204 hộ"): a total of a count of debtors, no one's money
_MANY_AFTER = re.compile(
    r"(?:[ \t]+(?:dong|vnd))?[ \t]*,?[ \t]+(?:cua|thuoc|tai|o)[ \t]+"
    r"(?:tong[ \t]+(?:so[ \t]+)?)?(\d[\d.]*)[ \t]+"
    r"(?:doanh[ \t]+nghiep|dn|to[ \t]+chuc|ho(?:[ \t]+kinh[ \t]+doanh)?|"
    r"nguoi(?:[ \t]+nop[ \t]+thue)?|don[ \t]+vi|ca[ \t]+nhan|truong[ \t]+hop|khach[ \t]+hang|"
    r"cong[ \t]+ty|hop[ \t]+tac[ \t]+xa)"
    r"(?![a-z])"
)


def _of_many(folded: str, figure_end: int) -> bool:
    """Whether a sum is said to be owed or held by a count of two or more right after it."""
    m = _MANY_AFTER.match(folded, figure_end)
    return m is not None and int(m.group(1).replace(".", "") or "0") >= 2


#: animals in a title or subject ("Về việc tiêm phòng vắc xin ... cho gia súc", "phòng chống
#: dịch tả lợn châu Phi"): its vaccines and epidemics are the herd's, not anyone's health
_ANIMALS = re.compile(
    r"(?<![a-z])(?:gia\s+suc|gia\s+cam|vat\s+nuoi|thu\s+y|chan\s+nuoi|lo\s+mom\s+long\s+mong|"
    r"dich\s+ta\s+lon|cum\s+gia\s+cam|thuy\s+san)(?![a-z])"
)
#: the health terms a herd's vaccination or epidemic shares with people's
_HERD_HEALTH = frozenset(
    {"vac xin", "vaccine", "tiem chung", "dich benh", "benh truyen nhiem", "ca benh"}
)


#: a complaint denied right before its word: "không có ý kiến khiếu nại", "không khiếu nại"
#: (a judgment's or minutes' note that the parties raised none); or kept from arising, a goal
#: of another field's work: "không để phát sinh khiếu nại kéo dài" (an enforcement report's
#: task), "hạn chế thấp nhất phát sinh đơn thư", "tránh phát sinh điểm nóng, khiếu kiện",
#: "phòng ngừa khiếu nại"
_NO_COMPLAINT = re.compile(
    r"(?<![a-z])(?:khong\s+(?:co\s+)?(?:y\s+kien\s+)?|"
    r"(?:khong\s+de|han\s+che|tranh|phong\s+ngua|ngan\s+ngua|giam\s+thieu)\s+"
    r"(?:(?:(?:den\s+muc\s+)?thap\s+nhat|toi\s+da)\s+)?(?:(?:phat\s+sinh|xay\s+ra)\s+)?"
    r"(?:(?:diem\s+nong|tinh\s+trang|don\s+thu)\s*,?\s*)?)$"
)
#: how far before a complaint's word :data:`_NO_COMPLAINT` is looked for
_NO_COMPLAINT_REACH = 48


#: what a person holds or owes: with its figure it is that person's financial data
_HOLDINGS = frozenset(
    {"so du", "du no", "khoan no", "tra no", "khoan vay", "no thue", "tien thue no", "so tai khoan",
     "con no", "so tien con no", "so tien no", "no hoc phi",
     "tai khoan ngan hang", "no xau", "no goc", "so tien cho vay",
     "sao ke", "lich su giao dich", "gui tiet kiem", "so tiet kiem", "tai khoan tiet kiem",
     "tien gui co ky han"}
)  # fmt: skip


#: what opens a list of examples: "ví dụ:", "chẳng hạn như", "như là"
_EXAMPLE = re.compile(r"(?<![a-z])(?:vi\s+du|chang\s+han(?:\s+nhu)?)\s*[:,]")
#: how far back an example's opener is looked for, in its sentence (characters)
_EXAMPLE_REACH = 300


#: what closes a list of kinds of data by naming what they are: "... dân tộc, tôn giáo, tình
#: trạng sức khỏe, tiền án, tiền sự là dữ liệu cá nhân nhạy cảm"
_KINDS_CLOSER = re.compile(r"(?<![a-z])(?:la|thuoc|deu\s+la)\s+(?:cac\s+)?du\s+lieu\s+ca\s+nhan")
#: how far after a kind of data the closer may stand, in its sentence (characters)
_CLOSER_REACH = 160


#: the label of a list of the kinds of sensitive data a system or a notice processes
#: ("dữ liệu nhạy cảm:", "dữ liệu cá nhân nhạy cảm gồm:")
_KINDS_LABEL = re.compile(
    r"(?<![a-z])du\s+lieu(?:\s+ca\s+nhan)?\s+nhay\s+cam(?:\s+(?:gom|bao\s+gom))?\s*:"
)


def _kinds_listed(folded: str, pos: int, starts: list[int]) -> bool:
    """Whether an offset lies in a list of the kinds of sensitive data after its label, in the
    same sentence ("dữ liệu nhạy cảm: tỷ lệ tổn thương cơ thể, dạng và mức độ khuyết tật, dân
    tộc" in an impact assessment), with no person's name (``starts``) from the label to the
    sentence's end: kinds of data of many, no one's fact."""
    if "nhay cam" not in folded:
        return False
    lo = max(0, pos - _EXAMPLE_REACH)
    label = None
    for m in _KINDS_LABEL.finditer(folded, lo, pos):
        label = m
    if label is None or re.search(r"[.?!;](?:\s|$)|\n", folded[label.end() : pos]):
        return False
    end = re.compile(r"[.?!;](?:\s|$)|\n").search(folded, pos)
    stop = end.start() if end is not None else len(folded)
    k = bisect.bisect_left(starts, label.start())
    return not (k < len(starts) and starts[k] < stop)


def _in_example(folded: str, pos: int) -> bool:
    """Whether an offset lies in a list of examples, in the same sentence as its opener ("...
    dữ liệu cá nhân nhạy cảm, ví dụ: quan điểm chính trị; tình trạng sức khỏe, bệnh án; ...")
    or before a closer that says what the listed kinds are ("... tình trạng sức khỏe, tiền án,
    tiền sự là dữ liệu cá nhân nhạy cảm"). A leaflet or a rule that lists kinds of data as
    examples is not about them."""
    closer = _KINDS_CLOSER.search(folded, pos, pos + _CLOSER_REACH)
    if closer is not None and not re.search(r"[.?!:;](?:\s|$)|\n", folded[pos : closer.start()]):
        return True
    lo = max(0, pos - _EXAMPLE_REACH)
    opener = None
    for m in _EXAMPLE.finditer(folded, lo, pos):
        opener = m
    if opener is None:
        return False
    between = folded[opener.end() : pos]
    return not re.search(r"[.?!](?:\s|$)|\n\s*\n", between)


def _names_record(folded: str, h: Hit) -> bool:
    """Whether a strong term names a kind of record as an item of a list: ``...; hồ sơ bệnh
    án; ...``, ``hồ sơ thi hành án, hồ sơ tổ chức cán bộ``, ``hồ sơ giải quyết khiếu nại, tố
    cáo``. A rule on which records may not be pasted into a chatbot is about those records,
    however briefly it lists them. Not a record named inside a sentence (``tình trạng sức khỏe
    được ghi trong hồ sơ bệnh án``, a definition), nor a term of weight 1 (``hồ sơ tuyển
    dụng``)."""
    if h.term.weight < 2:
        return False
    start = h.start
    if not h.term.folded.startswith("ho so "):
        m = _RECORD_BEFORE.search(folded, max(0, start - 60), start)
        if m is None:
            return False
        start = m.start()
    elif _NEXT_RECORD.match(folded, h.end) is not None:
        return True  # "không đưa hồ sơ thi hành án, đơn thư khiếu nại, ...": a list's first
    return _LIST_ITEM_BEFORE.search(folded, max(0, start - 12), start) is not None


#: up to three words after a column's term ("Chẩn đoán sơ bộ", "Tội danh bị truy tố"), and its
#: unit in brackets ("Số tiền còn nợ (đồng)")
_QUALIFIER = re.compile(
    r"(?:[ \t]+[a-z]+){0,3}?(?:[ \t]*\([^()|\t\n]{1,16}\))?(?=[ \t]*(?:[|\t;,]|$))", re.M
)


def _heads_column(folded: str, h: Hit) -> bool:
    """Whether a term of weight 2 or more heads a column of a table with rows under it
    ("| Họ và tên trẻ | Ngày sinh | ... | Chẩn đoán sơ bộ |"): the table records that field
    for each person in it, however briefly the text names the field."""
    if h.term.weight < 2:
        return False
    qualifier = _QUALIFIER.match(folded, h.end)
    if qualifier is None or not is_cell(folded, h.start, qualifier.end()):
        return False
    if _SECTOR_ROW.match(folded, folded.rfind("\n", 0, h.start) + 1) is not None:
        return False  # "| Thi hành án dân sự | 29 | 27 |": a row's label, figures beside it
    le = folded.find("\n", h.end)
    rows = folded[le + 1 : le + 2000].split("\n")[:3] if le >= 0 else []
    return sum(("|" in row or "\t" in row or csv_row(row)) for row in rows) >= 2


#: The weight of a term that names a kind of record (see :func:`_names_record`).
_RECORD_WEIGHT = 3.0
#: "hồ sơ " right before a term, or "hồ sơ <one record>, " before the next one of a list
_RECORD_BEFORE = re.compile(r"\bho\s+so\s+(?:(?:[a-z]+\s+){0,3}[a-z]+,\s+)?$")
#: the next item of a list of records after the first one ("hồ sơ thi hành án, đơn thư khiếu
#: nại, tố cáo, hồ sơ cán bộ", "hồ sơ thi hành án và hồ sơ cán bộ"): a separator, then another
#: kind of record
_NEXT_RECORD = re.compile(
    r"(?:\s*[,;]\s*(?:va\s+|hoac\s+)?|\s+(?:va|hoac)\s+)(?:ho\s+so|don(?:\s+thu)?|benh\s+an|ban\s+an|ly\s+lich|"
    r"tai\s+lieu|du\s+lieu)(?![a-z])"
)
#: what opens an item of a list: a separator, a line start, "và", "hoặc", "các", or an
#: item's letter or number at the start of its line ("b) Hồ sơ thi hành án dân sự, ...")
_LIST_ITEM_BEFORE = re.compile(
    r"(?:^|[,;:\n(-]|\b(?:va|hoac|cac)|(?:^|\n)[ \t]*(?:[a-z]|\d{1,2})[.)])\s*$"
)


#: a pupil or a student named by a record's title ("SƠ YẾU LÝ LỊCH HỌC SINH, SINH VIÊN")
_PUPIL = re.compile(r"(?<![a-z])(?:hoc\s+sinh|sinh\s+vien)(?![a-z])")


def _pupils_record(r: Reading) -> bool:
    """Whether the type line names a pupil's or a student's record ("SƠ YẾU LÝ LỊCH HỌC SINH,
    SINH VIÊN", the form a school asks of those it admits): personnel files are those of
    cadres, civil servants, public employees and applicants to their posts; a pupil's CV is
    personal data (sensitive when it holds ethnicity or religion), not personnel."""
    line = r.layout.type_line
    return line is not None and _PUPIL.search(r.doc.folded, *line) is not None


#: a personnel term whose object is pupils or students ("kỷ luật học sinh", "Hội đồng kỷ luật
#: học sinh", "khen thưởng và kỷ luật đối với học sinh")
_OF_PUPILS = re.compile(
    r"[ \t]+(?:(?:doi\s+voi|cho|cua)\s+)?(?:(?:cac|em)\s+)?(?:hoc\s+sinh|sinh\s+vien)(?![a-z])"
)
#: a pupil's or a student's discipline named by the title or the subject
_PUPILS_DISCIPLINE = re.compile(r"(?<![a-z])ky\s+luat" + _OF_PUPILS.pattern)


def _pupils_discipline(r: Reading) -> bool:
    """Whether the type line or the subject names a pupil's or a student's discipline ("Về việc
    kỷ luật học sinh"): a school's measure on a child, not a cadre's, a civil servant's or a
    public employee's file; its personnel words are about the pupil (personal data, not
    personnel), as a pupil's CV is (:func:`_pupils_record`). A teacher disciplined for what
    they did to a pupil ("kỷ luật viên chức ... do xúc phạm học sinh") is personnel."""
    lay = r.layout
    return any(
        _PUPILS_DISCIPLINE.search(r.doc.folded, *span) is not None
        for span in (lay.type_line, lay.subject)
        if span is not None
    )


#: a civil, family, business, labour or administrative case: its symbol ("87/2026/QĐXXST-
#: HNGĐ", "204/2026/TLST-DS") or the case named so ("vụ án hôn nhân và gia đình", "Bộ luật Tố
#: tụng dân sự")
_CIVIL_SYMBOL = re.compile(r"-(?:HNG[ĐD]|DS|KDTM|L[ĐD]|HC)$", re.I)
_CIVIL_CASE = re.compile(
    r"(?<![a-z])(?:vu\s+an\s+(?:dan\s+su|hon\s+nhan\s+va\s+gia\s+dinh|hanh\s+chinh|"
    r"kinh\s+doanh,?\s+thuong\s+mai|lao\s+dong)|bo\s+luat\s+to\s+tung\s+dan\s+su|"
    r"luat\s+to\s+tung\s+hanh\s+chinh)(?![a-z])"
)
#: the words every case shares, criminal or not: the case, its file, the procuracy
_CASE_WORDS = frozenset(
    {"vu an", "ho so vu an", "vksnd", "vien kiem sat nhan dan", "kiem sat vien"}
)


#: what every judgment states of its own trial: the court fees it charges ("Án phí dân sự sơ
#: thẩm: bị đơn chịu 3.255.000 đồng") and the third parties it lists ("Người có quyền lợi,
#: nghĩa vụ liên quan: ..."); an enforcement file names them too, but in a judgment they are
#: the trial's words, not an enforcement case
_TRIAL_WORDS = frozenset({"an phi", "nguoi co quyen loi, nghia vu lien quan"})


def _civil_case(r: Reading) -> bool:
    """Whether the document's own case is civil (a divorce brought to trial, a land dispute):
    "vụ án", "hồ sơ vụ án" and the procuracy (which takes part in civil cases too) do not make
    it a criminal file then; a criminal symbol (``HS-ST``) or a criminal term (bị cáo, khởi tố,
    vụ án hình sự) still does."""
    symbol = r.layout.symbol or ""
    if _CRIMINAL_SYMBOL.search(symbol):
        return False
    return bool(_CIVIL_SYMBOL.search(symbol)) or _CIVIL_CASE.search(r.doc.folded) is not None


#: how many lines after a self-review's title may say it is a pupil's
_REVIEW_HEAD_LINES = 3


def _pupils_review(r: Reading) -> bool:
    """Whether a self-review is a pupil's or a student's (its title or the lines right under it
    name them: "BẢN TỰ KIỂM ĐIỂM" / "Họ và tên học sinh: ..."): a school's paper on a child,
    not a personnel file (:func:`_pupils_record`)."""
    line = r.layout.type_line
    if line is None:
        return False
    folded = r.doc.folded
    end = line[1]
    for _ in range(_REVIEW_HEAD_LINES):
        nxt = folded.find("\n", end + 1)
        end = len(folded) if nxt < 0 else nxt
    return _PUPIL.search(folded, line[0], end) is not None


def _weigh_conventions(r: Reading, doc_type: str, tally: _Tally) -> None:
    """The symbol (``THA``: enforcement, ``HS-ST``: criminal, ``TCD``: the citizen-reception
    desk's letters) and the type of document."""
    lay = r.layout
    symbol = lay.symbol or ""
    if lay.number_symbol is not None:
        if _CRIMINAL_SYMBOL.search(symbol):
            tally.lead(
                "criminal_procedure", 3.0, r.evidence("symbol", symbol, *lay.number_symbol, 3.0)
            )
        if _ENFORCEMENT_SYMBOL.search(symbol):
            tally.lead(
                "enforcement_case", 3.0, r.evidence("symbol", symbol, *lay.number_symbol, 3.0)
            )
        if _RECEPTION_SYMBOL.search(symbol):
            tally.lead(
                "complaint_denunciation",
                3.0,
                r.evidence("symbol", symbol, *lay.number_symbol, 3.0),
            )
    target = _BY_TYPE.get(doc_type)
    label = doc_type
    if lay.type_name is not None and lay.type_name.name in SELF_WRITTEN and not _pupils_review(r):
        # "BẢN KIỂM ĐIỂM CÁ NHÂN": a cadre, civil servant or Party member rates their own year
        # for the yearly evaluation (holdout7's dh7-008), a personnel record of its writer
        target, label = "personnel", lay.type_name.name
    if target == "personnel" and _pupils_record(r):
        target = None  # "SƠ YẾU LÝ LỊCH HỌC SINH, SINH VIÊN": a school's record, not a cadre's
    if (
        target == "complaint_denunciation"
        and lay.type_name is not None
        and not re.search(r"khieu|to cao|kien nghi|phan anh", lay.type_name.name)
    ):
        target = None  # "ĐƠN ĐỀ NGHỊ": a citizen's request, not a complaint
    if target is not None and lay.type_line is not None:
        tally.lead(target, 3.0, r.evidence("layout", label, *lay.type_line, 3.0))


def _weigh_case_numbers(r: Reading, tally: _Tally) -> None:
    """check_prompt's case numbers: an enforcement file (``THA``) or a criminal one (``HS``)."""
    for f in r.findings:
        if f.entity is EntityType.CASE_NUMBER:
            value = r.doc.original[f.start : f.end]
            if _ENFORCEMENT_SYMBOL.search(value):
                cat = "enforcement_case"
            elif re.search(r"HS", value):
                cat = "criminal_procedure"
            else:
                continue
            ev = Evidence(kind="case_number", label=cat, start=f.start, end=f.end, weight=1.0)
            tally.add(cat, 1.0, ev)


#: an account held at the State Treasury: an agency's, not anyone's money at a bank
_TREASURY = re.compile(r"[^\n]{0,25}?(?<![a-z])(?:kho\s+bac|kbnn)(?![a-z])")
#: an account the text gives as a firm's or a body's ("tài khoản số 21510000668833 của Công
#: ty tại Ngân hàng ...", "... của Trung tâm Dịch vụ đấu giá"): no person's money
_ORGANISATION_HOLDER = re.compile(
    r"[ \t]*(?:,[ \t]*)?(?:cua|thuoc)[ \t]+(?:cong[ \t]+ty|doanh[ \t]+nghiep|to[ \t]+chuc|"
    r"trung[ \t]+tam|co[ \t]+quan|don[ \t]+vi|ubnd|uy[ \t]+ban|ban[ \t]+quan[ \t]+ly|"
    r"hop[ \t]+tac[ \t]+xa|chi[ \t]+nhanh|benh[ \t]+vien|truong)(?![a-z])"
)


#: four numbers of at most three digits joined by dots: an IPv4 address ("chặn địa chỉ
#: 45.137.21.9 tại tường lửa"), which an account number's dotted groups may look like
_IPV4 = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")


def organisation_account(r: Reading, f: Found) -> bool:
    """Whether a bank account is a body's, not a person's: one at the State Treasury
    ("Tài khoản: 3711.2.1042615 tại Kho bạc Nhà nước") or one the text gives as a firm's or an
    agency's ("tài khoản số 21510000668833 của Công ty tại Ngân hàng ...", where bidders pay
    their deposit); or no account at all: an IPv4 address read as one ("45.137.21.9" in an
    incident report, every part at most 255). None is personal data nor anyone's finance
    file."""
    end = r.to_text(f.end)
    folded = r.doc.folded
    value = r.doc.original[f.start : f.end]
    if _IPV4.fullmatch(value) and all(int(p) <= 255 for p in value.split(".")):
        return True
    return (
        _TREASURY.match(folded, end) is not None
        or _ORGANISATION_HOLDER.match(folded, end) is not None
    )


def _weigh_accounts(r: Reading, tally: _Tally) -> None:
    """check_prompt's bank account numbers: someone's account at a bank ("Tài khoản nhận tiền:
    số 7401205318642 tại Agribank") is finance data, whatever words name it (the labelling
    guide: finance covers bank accounts). Not a body's (:func:`organisation_account`). The
    account is the person's record, so never a passing mention: a treasury's letter to the
    investigators giving an accused's account is a criminal file and a finance one."""
    accounts = [
        f
        for f in r.findings
        if f.entity is EntityType.BANK_ACCOUNT and not organisation_account(r, f)
    ]
    if not accounts:
        return
    f = accounts[0]
    before = list(tally.evidence.get("finance", []))
    ev = Evidence(kind="record", label="bank account", start=f.start, end=f.end, weight=3.0)
    tally.lead("finance", 3.0, ev)
    if len(accounts) >= 2 and all(e.label in _ACCOUNT_WORDS for e in before) and _pays(r):
        # support the agency pays into a list of named people's accounts (pupils' meals,
        # households' allowances): its ordinary business too (holdout13's compensation list)
        tally.paid = True


#: the finance terms a list of payee accounts holds itself ("| Số tài khoản |"), and how the
#: agency pays into them ("nhà trường đã chuyển khoản tiền hỗ trợ ... cho phụ huynh")
_ACCOUNT_WORDS = frozenset(
    {"so tai khoan", "tai khoan", "tai khoan ngan hang", "ngan hang", "chuyen khoan"}
)
#: a payment the agency makes, in a title or subject ("Về việc chi trả hỗ trợ tiền ăn ...",
#: "DANH SÁCH HỌC SINH ĐƯỢC HỖ TRỢ", "trợ cấp", "học bổng")
_PAYMENT = re.compile(r"(?<![a-z])(?:chi\s+tra|ho\s+tro|tro\s+cap|hoc\s+bong)(?![a-z])")
#: a list's own title line ("DANH SÁCH HỌC SINH ĐƯỢC HỖ TRỢ (kèm Thông báo số ...)")
_LIST_TITLE = re.compile(r"^[ \t]*danh\s+sach\s[^\n]*", re.M)


def _pays(r: Reading) -> bool:
    """Whether the document's title, subject or a list's title line names a payment the agency
    makes (:data:`_PAYMENT`)."""
    folded = r.doc.folded
    lay = r.layout
    spans = [s for s in (lay.type_line, lay.subject) if s is not None]
    spans += [m.span() for m in _LIST_TITLE.finditer(folded)]
    return any(_PAYMENT.search(folded, s, e) is not None for s, e in spans)


#: a paper made on the criminal investigators' request ("(Theo đề nghị tại Công văn số 307/
#: CSHS ... của Phòng Cảnh sát hình sự Công an tỉnh)", "Thực hiện Yêu cầu cung cấp tài liệu
#: số 112/YC-CSKT"): what it gives them about someone is evidence in their case
_INVESTIGATORS_REQUEST = re.compile(
    r"(?<![a-z])(?:theo|thuc\s+hien)\s+(?:de\s+nghi|yeu\s+cau)(?![a-z])[^\n]{0,160}?"
    r"(?<![a-z])(?:canh\s+sat\s+(?:hinh\s+su|dieu\s+tra|kinh\s+te|ma\s+tuy)|"
    r"co\s+quan\s+(?:canh\s+sat\s+|an\s+ninh\s+)?dieu\s+tra|cshs|csdt|cskt|pc0[1-4])(?![a-z])"
)
#: how far into the text the request stands (a paper names it under its title or opening)
_REQUEST_HEAD = 1200


def _weigh_investigators_request(r: Reading, tally: _Tally) -> None:
    """A paper made at the criminal investigators' request (:data:`_INVESTIGATORS_REQUEST`,
    near its head) that names a private person before its signature: a hospital's summary of
    a victim's record, a treasury's payments to an accused. What it hands over is part of a
    criminal case, whatever its own field; a request that names no one (a training, a
    statistic) adds nothing."""
    folded = r.doc.folded
    m = _INVESTIGATORS_REQUEST.search(folded, 0, _REQUEST_HEAD)
    if m is None:
        return
    sign = r.layout.signer[0] if r.layout.signer is not None else len(folded)
    named = any(
        f.entity in (EntityType.PERSON, EntityType.CCCD)
        and r.to_text(f.start) < sign
        and not (r.layout.recipients and _inside([r.layout.recipients], r.to_text(f.start)))
        for f in r.findings
    )
    if named:
        ev = r.evidence("record", "investigators' request", m.start(), m.end(), 3.0)
        tally.lead("criminal_procedure", 3.0, ev)


#: an injury's rate in a sentence ("tỷ lệ tổn thương cơ thể 27%", "tổn thương cơ thể do thương
#: tích gây nên cho ông ... là l8%", OCR's letters for digits too)
_INJURY_RATE = re.compile(
    r"(?<![a-z])(?:ton\s+thuong\s+co\s+the|thuong\s+tich|thuong\s+tat)(?![a-z])"
    r"[^.;\n%]{0,80}?(?<![\d.,])(?=[oli]?\d)[\doli]{1,3}(?:[.,]\d{1,2})?\s*%"
)
#: ... as a forensic medical assessment set it ("theo Kết luận giám định pháp y số 206/TgT",
#: "Bản kết luận giám định thương tích"; the assessment's "/TgT" symbol)
_ASSESSED = re.compile(r"(?<![a-z])giam\s+dinh(?![a-z])|/\s*tgt(?![a-z])")


def _weigh_assessed_injury(r: Reading, tally: _Tally) -> None:
    """A person's injury rate as a forensic assessment concluded it (:data:`_INJURY_RATE` with
    :data:`_ASSESSED` in its sentence) is that person's medical record: health beside the
    criminal case (holdout11's dh11-025, holdout18's dh18-012). A rate the assessment does not
    stand behind ("với tỷ lệ tổn thương cơ thể 34%", holdout's dh-041) stays a fact of the
    case, and a document naming no one has no one's record."""
    folded = r.doc.folded
    if "%" not in folded or not any(f.entity is EntityType.PERSON for f in r.findings):
        return
    cuts = _Sentences(folded)
    for m in _INJURY_RATE.finditer(folded):
        lo, hi = cuts.around(m.start())
        if _ASSESSED.search(folded, lo, max(hi, m.end())) is not None:
            ev = r.evidence("record", "assessed injury rate", m.start(), m.end(), 3.0)
            tally.lead("health", 3.0, ev)
            return


#: a sum of money one party must pay another, as an enforcement paper states the obligation
#: it enforces ("để bảo đảm thi hành khoản tiền 1.200.000.000 đồng cho bà ...", "có nghĩa vụ
#: trả cho Ngân hàng ... số tiền 356.000.000 đồng", "Khoản phải thi hành: trả cho ông ...
#: 85.000.000 đồng", "Phải thi hành: trả cho bà ..."), the figure in the same sentence
_ENFORCED_DEBT = re.compile(
    r"(?<![a-z])(?:thi\s+hanh\s+(?:khoan\s+(?:tien|no)|nghia\s+vu\s+tra\s+no)|"
    # "Khoản phải thi hành: trả cho ông ...", a decision's "Phải thi hành: trả cho bà ..."
    r"(?:khoan\s+)?phai\s+thi\s+hanh\s*:\s*(?:tra|hoan\s+tra|thanh\s+toan|boi\s+thuong)|"
    r"(?:phai|nghia\s+vu)\s+(?:tra|hoan\s+tra|thanh\s+toan|boi\s+thuong)(?:\s+no)?\s+cho|"
    # what the seized assets were sold for: "... bán đấu giá ... để trả nợ cho Ngân hàng ..."
    r"de\s+(?:tra|thanh\s+toan)\s+(?:khoan\s+)?no(?:\s+vay)?\s+cho|"
    # "kê biên ... để bảo đảm nghĩa vụ trả 3.120.000.000 đồng": the sum itself after the duty
    r"bao\s+dam\s+nghia\s+vu\s+(?:tra|hoan\s+tra|thanh\s+toan|boi\s+thuong)(?:\s+no)?"
    r"(?=\s+(?:so\s+tien\s+)?\d)|"
    # an item of the sums to enforce ("- Bồi thường thiệt hại cho ông Lò Văn Q số tiền ..."),
    # the next of a list after a semicolon ("nộp án phí ... 21.450.000 đồng; trả cho ông ...")
    r"(?:^|(?<=\n)|(?<=;))[ \t]*[-+*\u2022]?[ \t]*(?:tra|hoan\s+tra|thanh\s+toan|boi\s+thuong)"
    r"(?:\s+thiet\s+hai|\s+no)?\s+cho|"
    # a register's cell of the sums to enforce, the creditor right after the verb ("Tra NH TMCP
    # A Chau 1.072.000.000 d (no vay)", "Tra ong Pham Van Keo 245.500.000 d")
    r"(?:(?<=,)|(?<=,\")|(?<=\t)|(?<=\|))[ \t]*(?:tra|hoan\s+tra|thanh\s+toan)(?:\s+no)?\s+"
    r"(?:cho\s+)?(?:ong|ba|anh|chi|nh|ngan\s+hang|quy\s+tin\s+dung|cong\s+ty)(?![a-z])|"
    # "Khoản phải thi hành là 96.450.000 đồng trả Ngân hàng ...": the sum, then whom it is owed
    r"khoan\s+phai\s+thi\s+hanh\s+la(?=\s+[\d.,]+\s*(?:dong|trieu|ty)?\s+"
    r"(?:tra|hoan\s+tra|thanh\s+toan|boi\s+thuong)(?![a-z])))"
    # the sentence, a figure's dots inside, a line it wraps onto ("thi hành khoản tiền⏎
    # 640.000.000 đồng"), the creditor's name and residence before the sum ("trả cho bà ...,
    # trú tại ..., số tiền ... còn nợ là 486.000.000 đồng"); an OCR'd figure's dots too
    # ("1.36O.000.000": a letter for a digit, :data:`_CELL_SUM`)
    r"(?![a-z])((?:[^.;\n]|(?<=\d)\.(?=\d)|(?<=[\dol])\.(?=[\dol]{3}(?![a-z]))|"
    r"\n(?![ \t]*\n)){0,200})"
)
#: what the State collects or a family owes is no debt between parties: a court fee, a fine,
#: confiscation, child support (the labelling guide: enforcement_case without finance)
_NOT_A_DEBT = re.compile(
    r"(?<![a-z])(?:an\s+phi|tien\s+phat|tich\s+thu|sung\s+cong|cap\s+duong)(?![a-z])"
)


#: a loan or a lender the obligation is owed to, in its sentence ("để thi hành khoản nợ vay
#: phải trả Ngân hàng TMCP ...", "nghĩa vụ trả nợ cho Quỹ tín dụng nhân dân ..."): a bank's
#: loan to the debtor, their finance data whether or not the sum is restated there
_LENDER = re.compile(
    r"(?<![a-z])(?:ngan\s+hang|quy\s+tin\s+dung|to\s+chuc\s+tin\s+dung|"
    r"cong\s+ty\s+tai\s+chinh|no\s+vay|khoan\s+vay|hop\s+dong\s+tin\s+dung)(?![a-z])"
)


#: a seized or auctioned asset's value with its sum, in the sentence that seizes, values or
#: sells it ("tài sản kê biên của ông ... có giá trị 1.318.000.000 đồng", "Giá khởi điểm:
#: 3.960.000.000 đồng", "thẩm định giá ... trị giá 812.000.000 đồng"): the debtor's assets and
#: what they are worth, their finance data as a balance is
_SEIZED_VALUE = re.compile(
    r"(?<![a-z])(?:ke\s+bien|dau\s+gia|tham\s+dinh\s+gia|dinh\s+gia|tai\s+san\s+bao\s+dam)"
    r"(?![a-z])(?:[^.;\n]|(?<=\d)\.(?=\d)|\.(?=\s*\d{1,3}(?:[.,]\d{3}){2,})){0,240}?(?<![a-z])"
    r"(?:co\s+gia\s+tri|gia\s+tri|tri\s+gia|gia\s+khoi\s+diem|thanh\s+tien|gia\s+ban)"
    r"(?:\s+(?:la|con\s+lai|tai\s+san))?\s*:?\s*\d{1,3}(?:[.,]\d{3}){2,}|"
    # an auction's starting price, on its own line or sentence ("Giá khởi điểm: 612.000.000")
    r"(?<![a-z])gia\s+khoi\s+diem(?:\s+(?:la|cua\s+tai\s+san))?\s*:?\s*\d{1,3}(?:[.,]\d{3}){2,}"
)


def _weigh_enforced_debt(r: Reading, tally: _Tally) -> None:
    """An enforcement paper about a named person's money debt (a loan, a price, damages owed to
    a person or a lender) is that person's finance data too: the labelling guide's "enforcement
    of a money debt adds finance". Only where the enforcement case is already a category and a
    person is named; a court fee, a fine or child support is not such a debt. The sum stands in
    the obligation's sentence, or a bank's loan is named there instead (:data:`_LENDER`: an
    auction notice's "để thi hành khoản nợ vay phải trả Ngân hàng ..."). A seized or
    auctioned asset's worth is the debtor's finance too (:data:`_SEIZED_VALUE`)."""
    if tally.totals.get("enforcement_case", 0.0) < CATEGORY_THRESHOLD:
        return
    if not any(f.entity is EntityType.PERSON for f in r.findings):
        return
    folded = r.doc.folded
    if "thi hanh" not in folded:
        return
    for m in _ENFORCED_DEBT.finditer(folded):
        tail = m.group(1)
        # (a sum in thousands groups is money whatever its unit: a register's "96.000.000 đ")
        figure = _FIGURE.search(tail) or _CELL_SUM.search(tail)
        # the obligation up to its sum: a register's next row or cell ("...",Cap duong nuoi con)
        # is another obligation
        owed = m.group(0) if figure is None else folded[m.start() : m.start(1) + figure.end()]
        if _NOT_A_DEBT.search(owed):
            continue
        if figure is None and _LENDER.search(m.group(0)) is None:
            continue
        ev = r.evidence("record", "money debt enforced", m.start(), m.end(), 3.0)
        # the obligation an enforcement paper enforces is stated once, in one sentence: the
        # paper's own convention, not a debt named in passing
        tally.lead("finance", 3.0, ev)
        return
    for v in _SEIZED_VALUE.finditer(folded):
        lo, hi = _sentence_of(folded, v.start(), v.end())
        if _NOT_A_DEBT.search(folded, lo, hi) or _NO_MONEY_DUTY.search(folded, lo, hi):
            continue  # "... giá khởi điểm ..., để thi hành khoản án phí": no debt between parties
        tally.lead("finance", 3.0, r.evidence("record", "seized asset valued", *v.span(), 3.0))
        return


#: a duty enforced that is no money owed: a dispute over land or a boundary ("để thi hành bản
#: án về tranh chấp ranh giới đất")
_NO_MONEY_DUTY = re.compile(r"(?<![a-z])tranh\s+chap(?![a-z])")
#: where a sentence ends: a full stop that is no figure's dot, a semicolon, a line's end
_STOP = re.compile(r"(?<!\d)\.|\.(?!\d)|;|\n")


def _sentence_of(folded: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``start:end`` (a figure's dots inside it)."""
    lo = max(0, start - 400)
    for stop in _STOP.finditer(folded, lo, start):
        lo = stop.end()
    after = _STOP.search(folded, end)
    return lo, len(folded) if after is None else after.start()


#: a compensation or support sum stated on its line ("tổng số tiền bồi thường, hỗ trợ:
#: 1.037.290.000 đồng"), folded; the figure is group 1. Not a rate: a price ("đơn giá bồi
#: thường 105.000 đồng/m²", "áp giá bồi thường 62.000 đồng/m²", "giá bồi thường đất ở") or a
#: sum per unit ("bồi thường 85.000 đồng/cây", "... đồng một m²"), which is what a complaint
#: disputes, no one's money
_COMPENSATION_SUM = re.compile(
    r"(?<![a-z])(?<!gia\s)boi\s+thuong(?:\s*,?\s*(?:ho\s+tro|tai\s+dinh\s+cu|va))*\s*"
    r"(?:la|:)?\s*(?:so\s+tien\s*:?\s*)?"
    r"(\d{1,3}(?:[.,]\d{3})+\s*(?:dong|d\b|vnd)|\d[\d.,]*\s*(?:trieu|ty))"
    r"(?!\s*(?:/|tren\s|(?:mot|moi)\s+(?:m|cay|con|ha|sao|khau)))"
)
#: a figure of money in a table's cell ("186.250.000"), or read by OCR with a letter for a
#: digit ("1.36O.000.000 đồng", "2l5.OOO.000"; folded: "o" for 0, "l" for 1), four digits
#: in it at least
_CELL_SUM = re.compile(
    r"(?<![\d.,])(?=(?:[\dol.,]*?\d){4})\d[\dol]{0,2}(?:[.,][\dol]{3}){2,}(?![\d.,])"
)


def _weigh_compensation(r: Reading, tally: _Tally) -> None:
    """Compensation or support paid to a named household is its money (holdout13's rule, the
    labelling guide's finance): a compensation sum on the line of a person's name ("3. Hộ bà
    Chu Thị Nguyệt, ...; tổng số tiền bồi thường, hỗ trợ: 1.037.290.000 đồng"), or a sum in a
    table's compensation column on a row with a name. A total for a project names no one."""
    folded = r.doc.folded
    if "boi thuong" not in folded:
        return
    paid = tally.totals.get("finance", 0.0) < CATEGORY_THRESHOLD
    tables: bool | None = None
    for f in r.findings:
        if f.entity is not EntityType.PERSON:
            continue
        start = r.to_text(f.start)
        ls = folded.rfind("\n", 0, start) + 1
        le = folded.find("\n", start)
        le = len(folded) if le < 0 else le
        m = _COMPENSATION_SUM.search(folded, ls, le)
        if m is not None:
            ev = r.evidence("record", "compensation paid to a person", m.start(), m.end(), 3.0)
            tally.lead("finance", 3.0, ev)
            tally.paid = paid
            return
        if tables is None:
            tables = "|" in folded or "\t" in folded
        if not tables:
            continue
        for cell in _CELL_SUM.finditer(folded, ls, le):
            header = _compensation_header(folded, ls, le, cell.start())
            if header:
                ev = r.evidence("record", "compensation column", cell.start(), cell.end(), 3.0)
                tally.lead("finance", 3.0, ev)
                tally.paid = paid
                return


#: how many lines above a row its table's header may stand
_HEADER_REACH = 30


def _compensation_header(folded: str, ls: int, le: int, pos: int) -> bool:
    """Whether the cell at ``pos`` of the table row ``ls:le`` (pipes or tabs) stands under a
    compensation column ("Tổng kinh phí bồi thường, hỗ trợ (đồng)"): the nearest line above
    with as many separators whose cell in that column says "bồi thường"."""
    sep = "|" if "|" in folded[ls:le] else "\t"
    count = folded.count(sep, ls, le)
    column = folded.count(sep, ls, pos)
    end = ls - 1
    for _ in range(_HEADER_REACH):
        if end <= 0:
            return False
        start = folded.rfind("\n", 0, end) + 1
        line = folded[start:end]
        end = start - 1
        if line.count(sep) == count and "boi thuong" in line:
            cells = line.split(sep)
            return column < len(cells) and "boi thuong" in cells[column]
    return False


#: a request to handle someone under the Party's rules ("đề nghị ... xử lý nghiêm theo quy định
#: của Đảng và pháp luật"): their Party discipline, which only a Party member's file has
_PARTY_DISCIPLINE = re.compile(
    r"(?<![a-z])xu\s+ly(?:\s+[a-z]+){0,3}?\s+theo\s+(?:cac\s+)?quy\s+dinh\s+cua\s+dang(?![a-z])"
)


def _weigh_party_discipline(r: Reading, doc_type: str, tally: _Tally) -> None:
    """A citizen's letter that names a person and asks to handle them under the Party's rules
    asks for that official's Party discipline: a personnel measure about them, as a
    verification report's proposed discipline is (holdout6's rule; holdout9's dh9-006). A letter
    that asks for handling "theo quy định của pháp luật" only (holdout2's dh2-013, holdout6's
    dh6-009) asks for no personnel measure; neither does a directive's closing clause naming
    no one."""
    if doc_type != "don_khieu_nai":
        return
    if not any(f.entity is EntityType.PERSON for f in r.findings):
        return
    m = _PARTY_DISCIPLINE.search(r.doc.folded)
    if m is not None:
        tally.add("personnel", 3.0, r.evidence("record", "party discipline", *m.span(), 3.0))


#: the person a denunciation is against, named on their line with a post ("Người bị tố cáo:
#: ông K'Brơi Ha Thuyết, sinh năm 1979, Trưởng phòng Kinh tế ...", "người bị tố cáo là bà ...,
#: công chức địa chính xã"): an official, whose conduct in office is denounced
_DENOUNCED_OFFICIAL = re.compile(
    # (its own line or clause: not a signature row's next column, "NGƯỜI BỊ TỐ CÁO    TRƯỞNG
    # ĐOÀN")
    r"(?<![a-z])nguoi\s+bi\s+to\s+cao(?:\s+la|[ \t]*:)(?:(?![ \t]{3})[^\n]){0,120}?(?<![a-z])"
    r"(?:truong\s+(?:phong|ban|khoa|tram|doan|thon|ap|ban)|pho\s+(?:chu\s+tich|giam\s+doc|"
    r"truong|chanh)|chu\s+tich|giam\s+doc|bi\s+thu|chanh\s+(?:van\s+phong|thanh\s+tra)|"
    r"can\s+bo|cong\s+chuc|vien\s+chuc|chuyen\s+vien|chap\s+hanh\s+vien|"
    r"thanh\s+tra\s+vien|dieu\s+tra\s+vien|kiem\s+sat\s+vien|tham\s+phan)(?![a-z])"
)


def _weigh_denounced_official(r: Reading, tally: _Tally) -> None:
    """A denunciation file against a named official (:data:`_DENOUNCED_OFFICIAL`) that holds
    someone to account (:data:`_ACCOUNTABLE`: "Đoàn sẽ kiến nghị xem xét trách nhiệm theo quy
    định", "đề nghị xử lý kỷ luật") is that official's personnel matter too: holdout6's
    proposed-discipline rule, whatever paper carries it (a verification record, a report, a
    conclusion). A denunciation that only alleges, or is against a private person, asks for no
    personnel measure."""
    if tally.totals.get("complaint_denunciation", 0.0) < CATEGORY_THRESHOLD:
        return
    folded = r.doc.folded
    if _DENOUNCED_OFFICIAL.search(folded) is None:
        return
    m = _ACCOUNTABLE.search(folded)
    if m is not None:
        ev = r.evidence("record", "denounced official held to account", *m.span(), 3.0)
        tally.add("personnel", 3.0, ev)


#: recipients that are agencies ("Các Bộ, cơ quan ngang Bộ", "UBND các xã", "Cục THADS các tỉnh")
_AGENCY_RECIPIENT = re.compile(
    r"(?<![a-z])(?:bo|so|ban|nganh|cuc|chi\s+cuc|vu|don\s+vi|ubnd|uy\s+ban|co\s+quan|phong|"
    r"thanh\s+tra|toa\s+an|vien\s+kiem\s+sat|cong\s+an|tong\s+cuc|thue|kho\s+bac|truong|"
    r"hoi\s+dong\s+nhan\s+dan|hdnd)(?![a-z])"
)
#: recipients that are the public ("Các tổ chức, cá nhân ...", "người nộp thuế", "Nhân dân")
_PUBLIC_RECIPIENT = re.compile(
    # ("Ủy ban nhân dân", "Hội đồng nhân dân" are bodies, not the people)
    r"(?<![a-z])(?:ca\s+nhan|cong\s+dan|(?<!ban\s)(?<!dong\s)nhan\s+dan|nguoi\s+nop\s+thue|nguoi\s+dan|"
    r"doanh\s+nghiep|ho\s+gia\s+dinh|to\s+chuc,\s+ca\s+nhan)(?![a-z])"
)


def _to_agencies(r: Reading, doc_type: str) -> bool:
    """Whether a public document is a directive to agencies (a chỉ thị; a công văn or a report
    whose ``Kính gửi`` names only agencies): published, so public, but not addressed to the
    public, so not ``public_info``."""
    if doc_type == "chi_thi":
        return True
    if doc_type in ("quyet_dinh", "nghi_quyet") and not r.layout.year_in_number:
        # an individual act ("2735/QĐ-UBND" recovering one household's land, "18/NQ-HĐND" on
        # a commune's budget), numbered without the year a normative act carries: published
        # or posted, but addressed to the bodies and persons it names
        return True
    rec = r.layout.recipients
    if rec is None and doc_type == "bao_cao":
        # a report with no "Kính gửi" goes to the bodies its "Nơi nhận" lists ("Cục Quản lý
        # THADS (để b/c)", "UBND tỉnh", "Cổng TTĐT tỉnh": published, still addressed to them),
        # and with neither to those it reports to (holdout9's dh9-036, holdout17's dh17-004)
        rec = r.layout.distribution
        if rec is None:
            return True
    # a report to the provincial authorities on complaints in aggregate, posted on the portal
    # for openness, is addressed to them as a letter is (holdout9, holdout12's dh12-007)
    if rec is None or doc_type not in ("cong_van", "bao_cao"):
        return False
    folded = r.doc.folded[rec[0] : rec[1]]
    # the addressees stop at the first blank line; what follows is the body's ("1. Tiếp công
    # dân 204 lượt": no citizen addressed)
    folded = re.split(r"\n[ \t]*\n", folded, maxsplit=1)[0]
    return bool(_AGENCY_RECIPIENT.search(folded)) and not _PUBLIC_RECIPIENT.search(folded)


def _report(r: Reading, doc_type: str, tally: _Tally, public: Publicity) -> list[CategoryEvidence]:
    lay = r.layout
    out: list[CategoryEvidence] = []
    for cat, total in sorted(tally.totals.items(), key=lambda kv: -kv[1]):
        if total >= CATEGORY_THRESHOLD:
            out.append(
                CategoryEvidence(
                    category=Category(cat), score=score(total), evidence=tally.evidence[cat][:8]
                )
            )
    # finance is not protected by default, but a document about it is not "ordinary
    # administration" either (the labels of every corpus but core c-013 agree)
    # (money the agency pays named households is its ordinary business: holdout13's rule)
    protected = {c.category for c in out} & (
        PROTECTED_CATEGORIES if tally.paid else PROTECTED_CATEGORIES | {Category.FINANCE}
    )
    # a blank template of an agency's own paper (a violation record, a disciplinary decision)
    # is public as a form is, but written for the officials who fill it: not public_info
    template = any(e.label == "blank template" for e in public.evidence)
    if public.is_public and not _to_agencies(r, doc_type) and not template:
        out.append(
            CategoryEvidence(category=Category.PUBLIC_INFO, score=0.8, evidence=public.evidence[:8])
        )
    elif (
        not protected
        and doc_type not in _NOT_ADMIN
        and (lay.cues >= 2 or not out)
        # a court's decision in a civil case (bringing a divorce to trial) is the parties'
        # case, as a civil judgment is, not the court's ordinary administration
        and not _civil_case(r)
    ):
        ev = []
        if lay.number_symbol is not None:
            ev.append(r.evidence("layout", "number line", *lay.number_symbol))
        if lay.type_line is not None:
            ev.append(r.evidence("layout", "type line", *lay.type_line))
        out.append(CategoryEvidence(category=Category.GENERAL_ADMIN, score=0.6, evidence=ev))
    return out
