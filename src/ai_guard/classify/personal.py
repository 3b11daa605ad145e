"""Personal data in a document: check_prompt's findings, with the names of officials acting in
their role and of historical figures set apart (public-role data, judged by
:mod:`ai_guard.public_role` as check_prompt judges them; ``Policy.official_names_are_public``).

A private person is identifiable from a name that is not an official's in their role, or from
a strong identifier (CCCD, passport, insurance numbers, date of birth, licence plate). Contact
data (phone, e-mail, address, bank account, tax code) counts as private outside the header, the
``Nơi nhận`` block and the lines right after an official's name, except a firm's or a body's
account; in a document naming no private person, neither do a locality without a house or a
street nor a birth year that defines a group ("trẻ sinh năm 2021"). Sensitive kinds (health,
ethnicity, religion, crime, finance ...) are reported when someone is identifiable or
reachable.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterable

from ai_guard.classify.categories import organisation_account
from ai_guard.classify.evidence import Found, Reading
from ai_guard.classify.layout import official_title_at, placeholder_body
from ai_guard.classify.lexicon import Hit, category_hits
from ai_guard.classify.models import Category, CategoryEvidence, Evidence, PersonalData
from ai_guard.detectors.person.lexicon import lexicons
from ai_guard.detectors.person.surname_first import is_placeholder_name
from ai_guard.models import EntityType
from ai_guard.public_role import (
    ALL_KINDS,
    PublicRole,
    PublicRoleKind,
    judge,
    office_standing,
    private_context,
)
from ai_guard.text import fold_word

__all__ = ["decide_personal", "has_private_contacts", "official_title_iter"]

#: Identifiers that point at one person by themselves.
_STRONG_IDS = frozenset(
    {
        EntityType.CCCD,
        EntityType.CMND,
        EntityType.PASSPORT,
        EntityType.DRIVER_LICENSE,
        EntityType.SOCIAL_INSURANCE,
        EntityType.HEALTH_INSURANCE,
        EntityType.DATE_OF_BIRTH,
        EntityType.LICENSE_PLATE,
    }
)
#: Ways to reach a person: private unless they are an office's (header, officials' lines).
_CONTACT = frozenset(
    {
        EntityType.PHONE,
        EntityType.EMAIL,
        EntityType.ADDRESS,
        EntityType.BANK_ACCOUNT,
        EntityType.TAX_CODE,
    }
)
#: Contact data written as one number (a table's adjacent cells may read as one).
_NUMBERS = frozenset({EntityType.PHONE, EntityType.BANK_ACCOUNT, EntityType.TAX_CODE})
#: the pieces of evidence a verdict on personal data holds (the first found): a table's
#: thousands of names and numbers are counted, not each made into evidence
EVIDENCE_HELD = 20

#: How far after an official's name their own contact data may stand (characters).
_NEAR_PUBLIC = 120


#: a request for a person's bank data opening its line before the term ("Nội dung đề nghị:
#: số dư tại thời điểm trả lời, sao kê giao dịch ...", "đề nghị Quý Ngân hàng cung cấp sao kê")
_ASKED_FOR = re.compile(
    r"(?<![a-z])(?:noi\s+dung\s+(?:de\s+nghi|yeu\s+cau)\s*:|(?:de\s+nghi|yeu\s+cau)\s+"
    r"(?:[^\n.;:]{0,60}\s)?cung\s+cap(?:\s+thong\s+tin)?(?:\s+ve)?\s*:?)"
)
#: a sum of money or an account's figures: what shows a balance or a statement
_MONEY = re.compile(r"\d[\d.,]*\s*(?:dong|vnd|trieu|ty)(?![a-z])|\d{1,3}(?:[.,]\d{3}){2,}")
#: how far before a bank term its request may open the line (characters: "đề nghị Quý Ngân
#: hàng cung cấp thông tin về tài khoản số ... đứng tên ông ... (nếu có), trong đó nêu rõ số dư")
_ASKED_REACH = 200


#: the enforced obligation owed to a private person, right before its sum ("khoản phải thi
#: hành: trả cho bà Âu Thị T 260.000.000 đồng tiền vay")
_OWED_TO_PERSON = re.compile(
    r"(?<![a-z])(?:tra|hoan\s+tra|thanh\s+toan)\s+(?:cho\s+)?(?:ong|ba|anh|chi)\s[^.;:\n]{0,80}$"
)


def _owed_to_person(folded: str, pos: int) -> bool:
    """Whether the sum at ``pos`` is the debt an enforcement paper enforces for a private
    creditor (:data:`_OWED_TO_PERSON`): a debt between persons, which no bank holds."""
    return _OWED_TO_PERSON.search(folded, max(0, pos - 100), pos) is not None


def _asked_for(folded: str, start: int, end: int) -> bool:
    """Whether a bank-held term (``số dư``, ``sao kê``) is what a letter asks a bank for, on a
    line that opens with the request, in a letter that shows no sum of money: a tax office's
    request names the data it wants, it does not hold them yet (documents_holdout16 dh16-005;
    the payee-account rule of the labelling guide). A balance given with its sum ("số dư
    12.500.000 đồng") is shown, and so is a debt to a firm the same letter states with its sum
    ("khoản phải thi hành: trả cho Công ty ... 238.760.000 đồng" before the request, holdout8's
    dh8-021); a debt owed to a private person is no bank's data and shows nothing of the
    account (holdout17's dh17-023, holdout20's dh20-032)."""
    if any(not _owed_to_person(folded, m.start()) for m in _MONEY.finditer(folded)):
        return False
    ls = folded.rfind("\n", 0, start) + 1
    return _ASKED_FOR.search(folded, max(ls, start - _ASKED_REACH), start) is not None


#: a sum that was moved through an account, folded: "đã chuyển vào tài khoản", "được chuyển
#: vào", "đã nhận tiền", "chuyển khoản ... từ tài khoản số", "rút tiền"; not one to be paid
#: ("sẽ được chuyển khoản vào", "thanh toán ..., chuyển vào tài khoản": a payee's account)
_TRANSFER = re.compile(
    r"(?<![a-z])(?<!se\s)(?:da|duoc)\s+(?:chuyen(?:\s+khoan)?\s+(?:vao|tien|sang|den)|"
    r"nhan\s+(?:tien|chuyen\s+khoan))(?![a-z])|"
    r"(?<![a-z])chuyen(?:\s+khoan)?(?![a-z])[^.;\n]{0,80}?(?<![a-z])tu\s+tai\s+khoan(?![a-z])|"
    r"(?<![a-z])rut\s+tien(?![a-z])"
)


def _transfer_account(r: Reading) -> tuple[int, int] | None:
    """The span (on ``doc.text``) of a person's account number given in a sentence that says a
    sum of money was moved through it (:data:`_TRANSFER` and the sum in the sentence): that
    person's transaction data. A firm's or an agency's account is none
    (``organisation_account``), and an account a sum is to be paid into stays a payee's (the
    labelling guide's rule)."""
    from ai_guard.classify.categories import organisation_account

    folded = r.doc.folded
    for f in r.findings:
        if f.entity is not EntityType.BANK_ACCOUNT or organisation_account(r, f):
            continue
        s, e = r.to_text(f.start), r.to_text(f.end)
        # the sentence, its clauses after ";" too ("... tổng số tiền 812.460.000 đồng; số tiền
        # được chuyển vào tài khoản ...")
        lo = max(folded.rfind(". ", 0, s), folded.rfind("\n\n", 0, s))
        stops = [i for i in (folded.find(". ", e), folded.find("\n\n", e)) if i >= 0]
        hi = min(stops) if stops else len(folded)
        sentence = folded[lo + 1 : hi]
        if _TRANSFER.search(sentence) is not None and _MONEY.search(sentence) is not None:
            return s, e
    return None


def decide_personal(
    r: Reading, categories: list[CategoryEvidence], signals: list[Hit]
) -> PersonalData:
    """Counts per entity type, whether a private person is identifiable, private and
    public-role names, sensitive kinds, and up to 20 pieces of evidence."""
    cats = {c.category for c in categories}
    # a rule that lists "hồ sơ tổ chức cán bộ" among forbidden inputs is about personnel
    # records, not a personnel file on the officials it names (see categories._names_record)
    about_personnel = any(
        c.category is Category.PERSONNEL and any(e.kind != "record" for e in c.evidence)
        for c in categories
    ) and not _recruiting_body(r, categories)
    counts: Counter[EntityType] = Counter(f.entity for f in r.findings)
    private_names, public_names, public_spans, evidence = _names(r, about_personnel)
    strong = [f for f in r.findings if f.entity in _STRONG_IDS]
    if private_names == 0 and _TEMPLATE_PERSON.search(r.doc.folded_cased):
        # a form's or a leaflet's template person ("Ông Nguyễn Văn A, sinh năm 1970", "Ngày,
        # tháng, năm sinh: 01/01/1980" under "Họ và tên: NGUYỄN VĂN A"): with no real name in
        # the text, a birth date is the template's, not anyone's
        strong = [f for f in strong if f.entity is not EntityType.DATE_OF_BIRTH]
    if private_names == 0:
        # "trẻ sinh năm 2021 vào lớp 1", "công dân nam sinh năm 2008": a birth year that
        # defines a group of people (an enrolment plan, a call-up notice) is no one's birth date
        strong = [f for f in strong if not _cohort_year(r, f)]
    for f in strong[: max(0, EVIDENCE_HELD - len(evidence))]:
        evidence.append(Evidence(kind="entity", label=f.entity.value, start=f.start, end=f.end))
    identifiable = private_names > 0 or bool(strong)
    # an office's own contact data: only in a document that names no private person (the
    # first that are held as evidence, one at least: whether there is any is asked below)
    room = EVIDENCE_HELD - len(evidence)
    contacts = _private_contacts(r, public_spans, agency_cues=not identifiable, most=max(1, room))
    evidence.extend(contacts[: max(0, room)])
    kinds: set[str] = set()
    if identifiable or contacts:
        for h in signals:
            if h.term.kind == "sensitive.finance" and _asked_for(r.doc.folded, h.start, h.end):
                continue  # "Nội dung đề nghị: số dư ..., sao kê ...": asked of a bank, not shown
            if h.term.kind.startswith("sensitive."):
                kinds.add(h.term.kind.split(".", 1)[1])
                evidence.append(r.evidence("field", h.term.kind, h.start, h.end, h.weight))
        if Category.HEALTH in cats:
            kinds.add("health")
        if Category.CRIMINAL_PROCEDURE in cats:
            kinds.add("crime")
        moved = _transfer_account(r)
        if moved is not None:
            # "số tiền được chuyển vào tài khoản cá nhân của bà Trâm số 0071 0003 94215": a sum
            # moved through a person's account, its number given: their transactions, as a
            # statement shows them (Decree 13 art. 2(4)(h): account and transaction data)
            kinds.add("finance")
            evidence.append(r.evidence("field", "sensitive.finance", *moved))
        if _ETHNICITY_INLINE.search(r.doc.folded) is not None:
            # "Đồng chí Lù Thị Sa, sinh năm 1990, dân tộc Giáy, ...": a person's ethnic origin
            # written inline, as a description of them, not as a "Dân tộc:" field
            kinds.add("ethnicity")
        if counts.get(EntityType.API_SECRET) and _PERSONAL_LOGIN.search(r.doc.folded):
            # a service's API key or a database password is the agency's secret (the verdict
            # blocks it), not personal data; a person's login with it is their credentials
            kinds.add("credentials")
    return PersonalData(
        counts=dict(sorted(counts.items(), key=lambda kv: kv[0].value)),
        identifiable=identifiable,
        private_names=private_names,
        public_role_names=len(public_names),
        public_role_evidence=public_names,
        sensitive_kinds=sorted(kinds),
        evidence=evidence[:EVIDENCE_HELD],
    )


#: a decision that sets up a body ("Về việc thành lập Hội đồng tuyển dụng công chức năm 2026")
_SETS_UP = re.compile(
    r"(?:(?:v\s*/\s*v|ve\s+viec)\s+)?thanh\s+lap\s+(?:hoi\s+dong|to|ban|doan)(?![a-z])"
)
#: the first article of a decision that sets up a body, read when no subject line is left
_FIRST_ARTICLE_SETS_UP = re.compile(
    r"^[ \t]*dieu[ \t]+1[ \t]*[.:][ \t]*thanh[ \t]+lap[ \t]+(?:hoi[ \t]+dong|to|ban|doan)(?![a-z])",
    re.MULTILINE,
)
#: the personnel terms of recruitment: its councils and boards, and the word itself
_RECRUITMENT_TERMS = frozenset(
    {"tuyen dung", "xet tuyen", "thi tuyen", "hoi dong tuyen dung", "hoi dong xet tuyen",
     "hoi dong thi tuyen", "tuyen dung vien chuc", "tuyen dung cong chuc"}
)  # fmt: skip


#: a unit whose name holds a personnel term ("Trưởng phòng Tổ chức cán bộ", "Ban Tổ chức"): a
#: member's post, not a topic
_UNIT_BEFORE = re.compile(r"(?<![a-z])(?:phong|ban|vu|to)\s+$")


def _recruiting_body(r: Reading, categories: list[CategoryEvidence]) -> bool:
    """Whether a personnel document only sets up the body that recruits (its subject "thành
    lập Hội đồng tuyển dụng ...", no personnel term but recruitment's and the units in its
    members' posts, "Trưởng phòng Tổ chức cán bộ"): its members are named
    with their posts to act in them, as a working group's are (holdout8), and no candidate's
    file is in it. A council for a discipline, an appointment or a salary step is about the
    person it handles, and stays so."""
    subject = r.layout.subject
    if subject is not None:
        if _SETS_UP.match(r.doc.folded, *subject) is None:
            return False
    elif _FIRST_ARTICLE_SETS_UP.search(r.doc.folded) is None:
        # a copy whose header was cut off: its first article says what it sets up ("Điều 1.
        # Thành lập Hội đồng tuyển dụng viên chức năm 2026 ..., gồm:")
        return False
    if not any(c.category is Category.PERSONNEL for c in categories):
        return False
    folded = r.doc.folded
    # every personnel term of the text, not only the evidence reported (at most eight)
    return all(
        h.term.folded in _RECRUITMENT_TERMS
        or _UNIT_BEFORE.search(folded, max(0, h.start - 12), h.start) is not None
        for h in category_hits(r.doc)
        if h.term.kind == "personnel"
    )


#: a template person: a surname, then Văn or Thị and a placeholder letter (the person
#: detector's notion, :func:`is_placeholder_name`), as written or in capitals
_TEMPLATE_PERSON = re.compile(
    r"(?<![A-Za-z])[A-Z][a-z]+\s+(?:Van|Thi|VAN|THI)\s+[ABCXYZ](?![A-Za-z])"
    r"|(?<![A-Za-z])[A-Z]{2,}\s+(?:VAN|THI)\s+[ABCXYZ](?![A-Za-z])"
)


#: a group defined by its birth year: "trẻ sinh năm", "học sinh sinh năm", "công dân nam sinh
#: năm", "các em sinh từ năm"; a birth year after a name ("ông Lê Văn Tám sinh năm") is his
_COHORT = re.compile(
    r"(?<![a-z])(?:tre(?:\s+em)?|hoc\s+sinh|cong\s+dan(?:\s+(?:nam|nu))?|thanh\s+nien|"
    r"(?:cac|nhung)\s+(?:em|chau|nguoi))\s+sinh\s+(?:tu\s+)?nam\s+$"
)


def _cohort_year(r: Reading, f: Found) -> bool:
    """Whether a birth year alone (no day, no month) follows a group of people rather than
    a person ("trẻ sinh năm 2021"): a cohort, which identifies no one."""
    if f.entity is not EntityType.DATE_OF_BIRTH or not f.pattern.endswith(".year"):
        return False
    start = r.to_text(f.start)
    return _COHORT.search(r.doc.folded, max(0, start - 40), start) is not None


#: a person's ethnic origin described inline after their birth year or date ("sinh năm 1972,
#: dân tộc K'Ho"), as appointment proposals, resolutions and reception records write it
_ETHNICITY_INLINE = re.compile(
    r"(?<![a-z])sinh\s+(?:nam|ngay)\s*:?\s*(?:\d{1,2}[/.-]\d{1,2}[/.-])?(?:19|20)\d\d\s*[,;]\s*"
    r"dan\s+toc\s+[a-z]"
)
#: a person's own account beside a secret: their login name or user name
_PERSONAL_LOGIN = re.compile(
    r"(?<![a-z])(?:ten\s+dang\s+nhap|tai\s+khoan|username|user|login)(?![a-z])"
)


def has_private_contacts(personal: PersonalData) -> bool:
    """Whether contact data or identifiers of a private person were found (any evidence of an
    entity other than a name)."""
    return any(e.kind == "entity" and e.label != "PERSON" for e in personal.evidence)


def _names(
    r: Reading, about_personnel: bool
) -> tuple[int, list[Evidence], list[tuple[int, int]], list[Evidence]]:
    """Private names (counted), the public-role names (with why), the spans of the officials'
    names (after which their own contact data may stand) and the private names' evidence."""
    private = 0
    public: list[Evidence] = []
    public_spans: list[tuple[int, int]] = []
    evidence: list[Evidence] = []
    # a given name alone ("anh Khánh", "Hạnh:") is redacted by check_prompt, but with no full
    # name in the document it identifies no one: it makes no document personal
    # (nor its repeats, "person.given_name.repeat"); nor a "name" inside the issuer's line,
    # which names the body ("PHÒNG CẢNH SÁT QUẢN LÝ HÀNH CHÍNH ...")
    issuer = r.layout.issuer
    persons = [
        f
        for f in r.findings
        if f.entity is EntityType.PERSON
        and not f.pattern.startswith("person.given_name")
        and not _placeholder_name(r.doc.original[f.start : f.end])
        and not _letter_spaced(r.doc.original[f.start : f.end])
        and not (issuer is not None and issuer[0] <= r.to_text(f.start) < issuer[1])
        and not _branch_name(r.doc.original[f.start : f.end])
        and not _province_name(r.doc.original[f.start : f.end])
        and not _in_placeholder_line(r, f)
        and not _title_read_as_name(r, f)
        and not _phrase_read_as_name(r, f)
        and not _place_read_as_name(r, f)
        and not _body_name_tail(r, f)
    ]
    # a short reference ("cô Công" of "người có công" typed without diacritics) to a "name"
    # set aside above refers to no one: it stays only while a kept name holds its word
    kept = {
        w for f in persons if f.pattern != "person.short_reference" for w in _folded_words(r, f)
    }
    persons = [
        f
        for f in persons
        if f.pattern != "person.short_reference" or all(w in kept for w in _folded_words(r, f))
    ]
    names = [(r.to_text(f.start), r.to_text(f.end)) for f in persons]
    roles = [
        _public_role(r, f, about_personnel, names) if r.policy.official_names_are_public else None
        for f in persons
    ]
    # minutes name an official with the title once, then as "bà Nguyễn Thị Lan báo cáo": the
    # same name again, in no private context, is the same official
    officials = {
        fold_word(r.doc.original[f.start : f.end])
        for f, role in zip(persons, roles, strict=True)
        if role is not None
        and role.kind is not PublicRoleKind.HISTORICAL
        and role.evidence != _MAIL_RECIPIENT
    }
    # ... or by the given name alone after the honorific ("Bà Hoa báo cáo", "Ông Trí")
    given = {o.split()[-1] for o in officials if len(o.split()) >= 2}
    for i, f in enumerate(persons):
        name = fold_word(r.doc.original[f.start : f.end])
        if (
            roles[i] is None
            and officials
            and (name in officials or (" " not in name and name in given))
            and private_context(r.doc, *names[i]) is None
        ):
            roles[i] = PublicRole(PublicRoleKind.OFFICIAL, "named again")
    for f, role in zip(persons, roles, strict=True):
        if role is not None:
            why = "historical" if role.kind is PublicRoleKind.HISTORICAL else role.evidence
            public.append(Evidence(kind="public_role", label=why, start=f.start, end=f.end))
            if role.kind is not PublicRoleKind.HISTORICAL:
                # an official's own contact data may follow their name; a historical
                # figure's name is no one's contact line
                public_spans.append((f.start, f.end))
        else:
            private += 1
            if len(evidence) < EVIDENCE_HELD:
                evidence.append(Evidence(kind="entity", label="PERSON", start=f.start, end=f.end))
    return private, public, public_spans, evidence


def _private_contacts(
    r: Reading, public_spans: list[tuple[int, int]], *, agency_cues: bool, most: int
) -> list[Evidence]:
    """Contact data outside the header, the ``Nơi nhận`` block and officials' own lines; with
    ``agency_cues`` (the document names no private person), also outside what an agency cue
    introduces ("Địa điểm: ...", "liên hệ ...", "đường dây nóng"): the first ``most``."""
    header_end = _header_end(r)
    out: list[Evidence] = []
    for f in r.findings:
        value = r.doc.original[f.start : f.end]
        if f.entity not in _CONTACT or _placeholder_address(value):
            continue
        if f.entity in _NUMBERS and ("\t" in value or "|" in value):
            # "2.077\t2.182\t111", "1.112\t806\t97\t12": the figures of adjacent cells of a
            # table flattened to tabs, read together as one number; a phone number, a tax code
            # or an account number never crosses a cell
            continue
        if f.entity is EntityType.BANK_ACCOUNT and organisation_account(r, f):
            continue  # a firm's or an agency's account: no person's contact
        if f.entity is EntityType.TAX_CODE and _firm_code(r, f):
            continue  # "Công ty TNHH ..., mã số doanh nghiệp 1602118437": a firm's code
        if f.start < header_end or any(0 <= f.start - e <= _NEAR_PUBLIC for _, e in public_spans):
            continue
        if _in_footer(r, f.start) or (
            agency_cues and _agency_contact(r, f) and not _personal_mailbox(value, f)
        ):
            continue
        if agency_cues and f.entity is EntityType.ADDRESS and _locality(r, f):
            continue
        out.append(Evidence(kind="entity", label=f.entity.value, start=f.start, end=f.end))
        if len(out) >= most:
            break
    return out


#: what introduces an office's own contact data in a notice or a letter: "Địa điểm: Phòng
#: tiếp công dân, số 23 ...", "liên hệ số điện thoại ...", "đường dây nóng", "trụ sở tại"
_AGENCY_CUE = re.compile(
    r"(?<![a-z])(?:dia\s+diem|tru\s+so|lien\s+he|duong\s+day\s+nong|hotline|tong\s+dai|"
    r"bo\s+phan\s+(?:mot\s+cua|tiep\s+nhan)|phong\s+tiep\s+cong\s+dan|noi\s+tiep\s+nhan|"
    r"noi\s+nop|nop\s+ho\s+so\s+tai|tiep\s+nhan\s+ho\s+so\s+tai|hoi\s+truong|"
    # "tại Phòng Tổ chức cán bộ, Bệnh viện ..., số 626 ...", "Địa chỉ: Tầng 1, Tòa nhà ...",
    # "tại Trạm Y tế phường (số 4 phố Lê Thánh Tông)"
    # "tại Văn phòng Thi hành án dân sự tỉnh, số 77 đường ...": an office's own premises
    r"tai\s+(?:phong|van\s+phong|benh\s+vien|tru\s+so|ubnd|uy\s+ban|so|trung\s+tam|toa\s+nha|"
    r"nha\s+van\s+hoa|tram|buu\s+dien|cong\s+an\s+(?:xa|phuong))|dia\s+chi|"
    r"van\s+phong\s+(?:so|ubnd|uy\s+ban|cuc|chi\s+cuc|bo)|website|cong\s+thong\s+tin|"
    # the contact lines of a notice that names no private person
    r"dien\s+thoai|so\s+dien\s+thoai|dt|sdt|fax|email|e-mail|thu\s+dien\s+tu|goi\s+so|goi|"
    # the same lines in an English press release or notice: "Media contact: Communications
    # Team, 02 Tran Phu Street", "call the office hotline", "Tel:"
    r"contact|tel|phone|address|office)"
    r"(?![a-z])"
)
#: how far before a contact its agency cue may stand, in its sentence (characters)
_AGENCY_REACH = 80


#: what makes an address a dwelling's rather than a locality's: a house number, a street, a
#: lane ("số 18 đường ...", "kiệt 112", "ngõ 5", "nhà số")
_DWELLING = re.compile(
    r"(?<![a-z])(?:so\s+\d|\d+[a-z]?\s*/|duong|pho|ngo|ngach|hem|kiet|nha|can\s+ho|phong\s+\d|"
    r"lo\s+\d|toa)(?![a-z])|^\s*\d"
)


#: the label of a firm's registration number right before it ("mã số doanh nghiệp", "MSDN",
#: "mã số hợp tác xã"): the enterprise register's code, which no person holds
_FIRM_CODE_LABEL = re.compile(
    r"(?<![a-z])(?:ma\s+so\s+(?:doanh\s+nghiep|hop\s+tac\s+xa)|msdn)[ \t]*(?:so)?[ \t]*[:.]?[ \t]*$"
)
#: a firm named before "mã số thuế" in the same clause ("Công ty Cổ phần ..., mã số thuế
#: 0312345678"): its code
_FIRM_BEFORE_CODE = re.compile(
    r"(?<![a-z])(?:cong\s+ty|doanh\s+nghiep|hop\s+tac\s+xa|htx|lien\s+danh|tong\s+cong\s+ty|"
    r"tap\s+doan)(?![a-z])[^;:\n]{0,100}?,?[ \t]*(?:ma\s+so\s+thue|mst)[ \t]*[:.]?[ \t]*$"
)


def _firm_code(r: Reading, f: Found) -> bool:
    """Whether a tax code is a firm's: labelled as an enterprise's registration number ("mã
    số doanh nghiệp 1602118437"), or "mã số thuế" after a firm's name in the same clause with
    no person's name between (a bidder, a supplier). A household business or a person keeps
    their tax code private."""
    folded = r.doc.folded
    start = r.to_text(f.start)
    lo = max(0, start - 160)
    if _FIRM_CODE_LABEL.search(folded, max(0, start - 30), start) is not None:
        return True
    m = _FIRM_BEFORE_CODE.search(folded, lo, start)
    if m is None:
        return False
    return not any(
        g.entity is EntityType.PERSON and m.start() <= r.to_text(g.start) < start
        for g in r.findings
    )


def _locality(r: Reading, f: Found) -> bool:
    """Whether an address names only a locality ("thôn Tân Độ", "xã Kỳ Anh, tỉnh Hà Tĩnh"):
    in a document that names no private person it is where something happens (the land on
    sale, the villages to evacuate), which reaches no one; a house number or a street makes it
    a dwelling's address."""
    start, end = r.to_text(f.start), r.to_text(f.end)
    return _DWELLING.search(r.doc.folded[start:end]) is None


def _branch_name(name: str) -> bool:
    """Whether a "name" is a firm's local branch: a first word that is no Vietnamese surname,
    then a province or a city ("đại diện Viettel Hải Phòng", "VNPT Hà Nội", "Agribank Đà
    Nẵng"). A person's name starts with a surname ("Nguyễn Hải Phòng" stays a name); a foreign
    name ends with no Vietnamese place."""
    words = fold_word(name).split()
    if len(words) < 3 or words[0] in lexicons().surnames:
        return False
    return any(" ".join(words[i:]) in lexicons().not_names for i in (len(words) - 2, 1))


#: the levels a province's or a district's body name puts before its place
_LEVELS = frozenset({"tinh", "huyen"})


def _province_name(name: str) -> bool:
    """Whether a "name" in capitals is the tail of a body's name ("TRA TỈNH HÀ TĨNH" of a
    seal's "* THANH TRA TỈNH HÀ TĨNH *" read across the signature lines): it ends in "TỈNH" or
    "HUYỆN" and a place the lexicon knows, which is no one's given name. A name written in
    its usual case ("Nguyễn Văn Tỉnh") is left as check_prompt found it."""
    if any(c.islower() for c in name):
        return False
    words = fold_word(name).split()
    return any(
        words[i] in _LEVELS and " ".join(words[i + 1 :]) in lexicons().not_names
        for i in range(1, len(words) - 1)
    )


#: words a category's phrase needs to outweigh a name's given names: "thi hành án" (three) is
#: no one's "Thị Hạnh An", but "vụ án" (two) may be a "Vũ An" typed in lower case
_PHRASE_WORDS = 3


def _phrase_read_as_name(r: Reading, f: Found) -> bool:
    """Whether a "name" written all in lower case holds a category's phrase of three words or
    more after its first word ("phí thi hành án" typed without diacritics reads "Phí Thị Hạnh
    An", but "thi hành án" is the enforcement's own phrase): the text's words, no one's name.
    A name written with its capitals, or holding a shorter term ("le vu an": Lê Vũ An, not
    "vụ án"), is left as check_prompt found it."""
    value = r.doc.original[f.start : f.end]
    if any(c.isupper() for c in value):
        return False
    start, end = r.to_text(f.start), r.to_text(f.end)
    first = r.doc.folded.find(" ", start, end)
    return first >= 0 and any(
        first < h.start
        and h.end <= end
        and h.term.weight >= 2
        and len(h.term.folded.split()) >= _PHRASE_WORDS
        for h in category_hits(r.doc)
    )


#: the level before a unit's name in running text ("UBND xã Kim Bôi Trung", "HĐND phường ...")
_LEVEL_BEFORE = re.compile(
    r"(?<![a-z])(?:xa|phuong|thi\s+tran|dac\s+khu|tinh|thanh\s+pho|tp\.?|huyen|quan|"
    r"thi\s+xa)[ \t]+$"
)


def _place_read_as_name(r: Reading, f: Found) -> bool:
    """Whether a "name" is the issuing unit's own place ("Lac Thuy Dong, ngay 25 ...", "UBND
    xã Kim Bôi Trung"; three words a surname may start): the place of the header's place-and-
    date line, there or after its level word ("xã", "phường", "tỉnh" ...). The same words after
    an honorific ("ông Châu Thành Đông") stay a name."""
    place = r.layout.place
    if place is None:
        return False
    name = fold_word(r.doc.original[f.start : f.end])
    if name != fold_word(place):
        return False
    start = r.to_text(f.start)
    pd = r.layout.place_date
    if pd is not None and pd[0] <= start < pd[1]:
        return True
    return _LEVEL_BEFORE.search(r.doc.folded, max(0, start - 16), start) is not None


#: a body's head capitalised, and the capitalised words of its name before a lower-case tail
#: ("Trung tam Phuc vu hanh chinh cong", "Phòng Văn hóa - thông tin")
_BODY_HEAD = re.compile(
    r"(?:Trung[ \t]+tam|Phong|Van[ \t]+phong|Ban|So|Cuc|Chi[ \t]+cuc|Vien|Hoi[ \t]+dong|"
    r"Doi|Tram|Ban[ \t]+quan[ \t]+ly|Quy)(?:[ \t]+[A-Z][a-z]*){0,3}[ \t]+$"
)


def _body_name_tail(r: Reading, f: Found) -> bool:
    """Whether a "name" written all in lower case is the tail of a body's name whose head
    stands capitalised right before it on its line ("Trung tam Phuc vu hanh chinh cong" typed
    without diacritics: "vu hanh chinh cong" is no one): the words of the body's name. A name
    after an honorific or with a capital is left as check_prompt found it."""
    value = r.doc.original[f.start : f.end]
    if any(c.isupper() for c in value):
        return False
    start = r.to_text(f.start)
    cased = r.doc.folded_cased
    ls = cased.rfind("\n", 0, start) + 1
    return _BODY_HEAD.search(cased, max(ls, start - 40), start) is not None


def _folded_words(r: Reading, f: Found) -> list[str]:
    """The words of a finding, folded."""
    return fold_word(r.doc.original[f.start : f.end]).split()


def _title_read_as_name(r: Reading, f: Found) -> bool:
    """Whether a "name" is the start of an official's title ("Phó Trưởng Công" of "Đ/c Cao Văn
    Rin, Phó Trưởng Công an phường": "Phó" is a surname too): a title that begins where the
    name begins and reaches at least its end is the post, no one's name."""
    start, end = r.to_text(f.start), r.to_text(f.end)
    folded = r.doc.folded
    m = official_title_at(folded, start, min(len(folded), end + 40))
    return m is not None and m.start() == start and m.end() >= end


def _in_placeholder_line(r: Reading, f: Found) -> bool:
    """Whether a "name" stands in a template's line for its body ("TÊN CƠ QUAN, TỔ CHỨC CHỦ
    QUẢN" over "TÊN CƠ QUAN, ĐƠN VỊ" in a blank decision): the form's stand-in, no one."""
    folded = r.doc.folded
    start = r.to_text(f.start)
    ls = folded.rfind("\n", 0, start) + 1
    le = folded.find("\n", start)
    return placeholder_body(folded[ls : len(folded) if le < 0 else le])


def _placeholder_name(name: str) -> bool:
    """Whether a name is a form's placeholder ("Ông Nguyễn Văn A" in a blank form or a
    regulation's template), the person detector's notion; an anonymised judgment's "Nguyễn
    Xuân T" is still a person."""
    return is_placeholder_name(fold_word(name.rstrip(".")).split())


def _letter_spaced(name: str) -> bool:
    """Whether a "name" is a word a scan letter-spaced, every part one letter ("K H Ẩ N", "T H
    Ả O" of a stamp above the number): no one's name."""
    words = name.split()
    return len(words) >= 2 and all(len(w) == 1 for w in words)


def _placeholder_address(value: str) -> bool:
    """Whether an address is a template's ("xã X, tỉnh Y"): every proper word a single
    letter."""
    words = [w for w in re.split(r"[\s,.;]+", value) if w[:1].isupper()]
    return bool(words) and all(len(w) == 1 for w in words) and not re.search(r"\d", value)


#: mail providers anyone opens a mailbox at (an agency's own address is on its domain)
_PERSONAL_PROVIDERS = frozenset(
    "gmail yahoo hotmail outlook icloud live msn ymail protonmail proton zoho".split()
)
#: words of an office's mailbox on such a provider ("hotro.dichvucong@gmail.com",
#: "vanthu.ubndxa@gmail.com", "tiepnhan.motcua@...")
#: (no word that is also a name: "phuong", "truong", "huyen", "tinh", "quan", "phong",
#: "vanphong" name people too: "phuongnguyen@", "nguyenvanphong@")
_OFFICE_MAILBOX = re.compile(
    r"hotro|ho\.tro|tiepnhan|tiepdan|vanthu|motcua|ubnd|uyban|hdnd|thads|chicuc|congan|"
    r"toaan|vienkiemsat|benhvien|tramyte|dichvucong|lienhe|contact|info|support|admin|office|"
    r"banquanly|bql|hoptac"
)


def _personal_mailbox(value: str, f: Found) -> bool:
    """Whether an e-mail address is a mailbox of one's own at a public provider
    (``nguyenvanan@gmail.com``): no office word in its user name, which then names a person,
    not the office a cue introduces; an office's mailbox there says what it is
    (``hotro.dichvucong@gmail.com``)."""
    if f.entity is not EntityType.EMAIL or "@" not in value:
        return False
    user, _, domain = value.lower().rpartition("@")
    if domain.split(".", 1)[0] not in _PERSONAL_PROVIDERS:
        return False
    return _OFFICE_MAILBOX.search(user) is None


def _agency_contact(r: Reading, f: Found) -> bool:
    """Whether contact data is an office's own, given where the public reaches it: an agency
    cue before it in its sentence ("Địa điểm: ...", "liên hệ ...", "đường dây nóng") and no
    private person's name in between (a name there makes it that person's contact)."""
    folded = r.doc.folded
    start = r.to_text(f.start)
    lo = max(0, start - _AGENCY_REACH)
    stop = max(folded.rfind("\n\n", lo, start), folded.rfind(". ", lo, start))
    lo = max(lo, stop + 1)
    cue = None
    for m in _AGENCY_CUE.finditer(folded, lo, start):
        cue = m
    if cue is None:
        return False
    return not any(
        g.entity is EntityType.PERSON and cue.end() <= r.to_text(g.start) < start
        for g in r.findings
    )


def _public_role(
    r: Reading, f: Found, about_personnel: bool, names: list[tuple[int, int]]
) -> PublicRole | None:
    """The shared public-role judgement (:mod:`ai_guard.public_role`) with every kind: the
    signature block, an official's title just before or right after the name (in a personnel
    document, only the titles of a procedure), an office holder, a historical figure."""
    # spans of findings are on the original; layout spans are on doc.text: compare on text
    start, end = r.to_text(f.start), r.to_text(f.end)
    for co in r.layout.cosigners:
        if co.name[0] < end and start < co.name[1]:
            # signed in another column: under an official's heading it is an official's
            # signature; under a complainant's or a party's (or none) it is that person's,
            # whatever title heads the next column (named with a title elsewhere, the name
            # is still "named again")
            return PublicRole(PublicRoleKind.OFFICIAL, "signature") if co.public else None
    layout = r.layout
    dist = layout.distribution
    in_distribution = dist is not None and dist[0] <= start < dist[1]
    if in_distribution and not (
        layout.signer and layout.signer[0] < end and start < layout.signer[1]
    ):
        # a recipient ("Thứ trưởng Vũ Đăng Khoa (để b/c)") is judged by their own title, not as
        # part of a signature block that flattening interleaved with the list; and, named
        # as a recipient, they are not the subject of a personnel document
        layout = dataclasses.replace(layout, signer=None, signer_title=None)
        about_personnel = False
    if _after_the_signature(r, start):
        # a list or an appendix pasted after the signature ("PHỤ LỤC" / "Người phải thi hành
        # án⇥Số tiền" / "Trần Đình Cẩn⇥415.000.000"): its names are no signature, however
        # close to the signer's they stand
        layout = dataclasses.replace(layout, signer=None, signer_title=None)
    role = judge(
        r.doc,
        start,
        end,
        kinds=ALL_KINDS,
        layout=layout,
        about_personnel=about_personnel,
        names=names,
    )
    if role is None and not about_personnel:
        role = _title_in_row(r, start, end)
    if role is None and not about_personnel:
        role = _contact_official(r, start, end)
    if role is None and not about_personnel:
        role = _signoff_official(r, start, end)
    # "Từ: Phạm Thu Trang <trangpt@sotuphap.hue.gov.vn>": a State mailbox is issued to staff
    # for their work, so its holder writes in their role (unless the context makes them the
    # subject of a complaint, a discipline or a case)
    if (
        role is None
        and _OFFICIAL_MAILBOX.match(r.doc.folded, end) is not None
        and private_context(r.doc, start, end) is None
    ):
        return PublicRole(PublicRoleKind.OFFICIAL, _GOV_MAILBOX)
    if role is None and _mail_recipient(r, start, end):
        return PublicRole(PublicRoleKind.OFFICIAL, _MAIL_RECIPIENT)
    return role


#: an e-mail's sender line on a State mailbox ("Từ: Lã Quang Tiến <lqtien.snv@...gov.vn>")
_GOV_SENDER = re.compile(
    r"^[ \t>]*(?:tu|from)[ \t]*:[^\n<]*<[ \t]*[a-z0-9._%+-]+@(?:[a-z0-9-]+\.)+gov\.vn[ \t]*>",
    re.MULTILINE,
)
#: an e-mail's recipient line: "Gửi:", "Đến:", "To:", "Cc:", "Bcc:"
_RECIPIENT_LINE = re.compile(r"[ \t>]*(?:gui|den|to|cc|bcc)[ \t]*:")
#: why a name on such a line is public, as the reason quotes it
_MAIL_RECIPIENT = "người nhận thư công vụ"


def _mail_recipient(r: Reading, start: int, end: int) -> bool:
    """Whether a name is a bare recipient of an e-mail sent from a State mailbox ("Cc: Nhữ
    Thị Thơm" under "Từ: ... <...@haiphong.gov.vn>"): the recipient lines of a State mailbox
    list colleagues by the names its directory holds (an outside person shows with their own
    address), so they are addressed in their role. Only a line of names and nothing else in
    the header block of such a mail, and only where the name stands nowhere else in the text
    (named again in the body, the body decides)."""
    folded = r.doc.folded
    ls = folded.rfind("\n", 0, start) + 1
    le = folded.find("\n", end)
    le = len(folded) if le < 0 else le
    label = _RECIPIENT_LINE.match(folded, ls)
    if label is None or label.end() > start:
        return False
    # nothing on the line but names and their separators
    rest = folded[label.end() : le]
    others = [
        (r.to_text(g.start) - label.end(), r.to_text(g.end) - label.end())
        for g in r.findings
        if g.entity is EntityType.PERSON and label.end() <= r.to_text(g.start) < le
    ]
    bare = list(rest)
    for s, e in others:
        bare[max(0, s) : max(0, e)] = " " * (max(0, e) - max(0, s))
    if re.fullmatch(r"[\s,;]*", "".join(bare)) is None:
        return False
    # the sender's line on a State mailbox, in the same header block (no blank line between)
    head = folded.rfind("\n\n", 0, ls)
    sender = _GOV_SENDER.search(folded, head + 1 if head >= 0 else 0, ls)
    if sender is None:
        return False
    name = folded[start:end]
    return folded.count(name) == 1 and private_context(r.doc, start, end) is None


def _after_the_signature(r: Reading, start: int) -> bool:
    """Whether a name (at ``start`` of ``doc.text``) stands after the signer's name with a blank
    line between (:meth:`Layout.after_signature`)."""
    return r.layout.after_signature(r.doc.text, start)


#: a contact line of a notice or an invitation: "Mọi chi tiết liên hệ: bà", "liên hệ đồng chí"
_CONTACT_LINE = re.compile(
    r"(?<![a-z])lien\s+he\s*:?\s*(?:voi\s+)?(?:ong|ba|anh|chi|dong\s+chi)?\s*$"
)
#: an agency's unit named right after the contact person: ", Phòng Hành chính tư pháp", " -
#: Văn phòng Sở", " (Bộ phận một cửa"
_UNIT_AFTER = re.compile(
    r"\s*[,(\-–]\s*(?:phong|van\s+phong|ban|bo\s+phan|trung\s+tam|chi\s+cuc|cuc|so|vu|"
    r"thanh\s+tra|doi|to)\s+[a-z]"
)


#: the separator between a contact's name and their title (", Chánh Văn phòng Sở")
_TITLE_SEP = re.compile(r"\s*[,(\-–]\s*")


def _title_after(folded: str, end: int) -> bool:
    """Whether an official's title follows the name right after a separator ("ông Lương Hữu
    Trọng, Chánh Văn phòng Sở"): the post names the unit as well as its office does."""
    sep = _TITLE_SEP.match(folded, end)
    if sep is None:
        return False
    m = official_title_at(folded, sep.end(), min(len(folded), sep.end() + 30))
    if m is None or m.start() != sep.end():
        return False
    standing = office_standing(m.group())  # the one table (public_role.OfficeStanding)
    return standing is not None and standing.in_procedure


#: the private cues that are an office's line too when they follow the unit
_OFFICE_LINE = re.compile(r"(?:so\s+)?dien\s+thoai|d\.?t|sdt|email|e-mail|thu\s+dien\s+tu|fax")


def _contact_official(r: Reading, start: int, end: int) -> PublicRole | None:
    """The official a notice or an invitation names as its contact, with their unit or their
    title ("Mọi chi tiết liên hệ: bà Trần Thị Quỳnh, Phòng Hành chính tư pháp, điện thoại ...",
    "Đầu mối liên hệ: ông Lương Hữu Trọng, Chánh Văn phòng Sở, điện thoại ..."): the
    agency's contact in their role. A name after "liên hệ" without a unit (a relative to call,
    "liên hệ bà Lê Thị B (con gái)") stays private."""
    folded = r.doc.folded
    if _CONTACT_LINE.search(folded, max(0, start - 40), start) is None:
        return None
    if _UNIT_AFTER.match(folded, end) is None and not _title_after(folded, end):
        return None
    # the unit's phone or mailbox after it is the office's line; a birth year, an ID or a
    # residence still makes the person private
    cue = private_context(r.doc, start, end)
    if cue is not None and _OFFICE_LINE.fullmatch(cue) is None:
        return None
    return PublicRole(PublicRoleKind.OFFICIAL, "liên hệ")


#: a sign-off line's unit after the writer's name: " - Văn phòng HĐND và UBND xã", " – Phòng
#: Kinh tế", " - Bộ phận một cửa", then nothing but words to the end of the line
_SIGNOFF_UNIT = re.compile(
    r"[ \t]*[-–][ \t]*(?:van[ \t]+phong|phong|ban|bo[ \t]+phan|trung[ \t]+tam|chi[ \t]+cuc|"
    r"cuc|so|ubnd|uy[ \t]+ban|hdnd|cong[ \t]+an|thanh[ \t]+tra|doi)[ \t]+[a-z][^\n\d]{0,80}$",
    re.MULTILINE,
)
#: why such a name is public, as the reason quotes it
_SIGNOFF = "ký tên đơn vị"


def _signoff_official(r: Reading, start: int, end: int) -> PublicRole | None:
    """The writer of a covering mail or message who signs off with their unit on a line of
    their own ("Lương Thị Bảo Trâm - Văn phòng HĐND và UBND xã" under a forwarded invitation):
    an official writing in their unit's name. Only a name that opens its line, a unit of an
    agency after a dash and nothing but words after it (a number, a date or an identifier
    there is a list's row), in no private context."""
    folded = r.doc.folded
    ls = folded.rfind("\n", 0, start) + 1
    if folded[ls:start].strip(" \t>"):
        return None
    if _SIGNOFF_UNIT.match(folded, end) is None:
        return None
    if private_context(r.doc, start, end) is not None:
        return None
    return PublicRole(PublicRoleKind.OFFICIAL, _SIGNOFF)


def _title_in_row(r: Reading, start: int, end: int) -> PublicRole | None:
    """An official named in a table row whose other cell is their office ("| Bà Ngô Thị Mai
    Anh | Phó Chủ tịch UBND phường |", a reception schedule): the cell holds nothing but the
    title and its body. Not in a private context (a list of complainants by their ward)."""
    folded = r.doc.folded
    line_start = folded.rfind("\n", 0, start) + 1
    line_end = folded.find("\n", end)
    line_end = len(folded) if line_end < 0 else line_end
    row = folded[line_start:line_end]
    if "|" not in row and "\t" not in row:
        return None
    for cell in re.split(r"[|\t]", row):
        cell = " ".join(cell.split())
        m = official_title_at(cell, 0, len(cell))
        if m is None or m.start() != 0 or len(cell) > 60:
            continue
        standing = office_standing(cell)  # the one table (public_role.OfficeStanding)
        if standing is None or not standing.in_procedure:
            continue
        if private_context(r.doc, start, end) is None:
            return PublicRole(PublicRoleKind.OFFICIAL, m.group())
    return None


#: a name followed by its own mailbox on a State domain (".gov.vn")
_OFFICIAL_MAILBOX = re.compile(
    r"[ \t]*[<(\[][ \t]*[a-z0-9._%+-]+@(?:[a-z0-9-]+\.)+gov\.vn[ \t]*[>)\]]"
)
#: why such a name is public, as the reason quotes it
_GOV_MAILBOX = "thư công vụ .gov.vn"


def official_title_iter(s: str) -> Iterable[re.Match[str]]:
    """Every official's title in a folded text, in order."""
    pos = 0
    while True:
        m = official_title_at(s, pos, len(s))
        if m is None:
            return
        yield m
        pos = m.end()


def _header_end(r: Reading) -> int:
    """Where the header ends (the number line, place and date, motto), on the original."""
    lay = r.layout
    ends = [s[1] for s in (lay.number_line, lay.place_date, lay.motto) if s is not None]
    if not ends:
        return 0
    return r.doc.to_original(max(ends))


def _in_footer(r: Reading, pos: int) -> bool:
    """Whether an offset of the original is in the ``Nơi nhận`` block."""
    lay = r.layout
    if lay.distribution is not None:
        s, e = r.doc.span_to_original(*lay.distribution)
        if s <= pos < e:
            return True
    return False
