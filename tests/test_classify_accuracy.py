"""Accuracy targets of classify_document on the labelled document corpora (issue 3).

verdict >= 0.97 with no secret-stamped document ever allowed; doc_type and sensitivity >= 0.90.
``documents_core.jsonl`` was written by the classifier's author (a development set); the other
corpora, when present, were written independently.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.classify_accuracy import evaluate, load

CORPUS = Path(__file__).parent / "corpus"
#: written blind for issue 16 and not yet tuned on: held to a floor, not to the targets
HOLDOUT = "documents_holdout.jsonl"
#: written blind for issue 16 after the code, measured once before tuning; merged on its own
HOLDOUT2 = "documents_holdout2.jsonl"
#: written blind on 2026-12-05 (ninth session), tuned once: held to its floor until it meets
#: the targets (its writer's conventions that contradict older sets are named in the note)
HOLDOUT7 = "documents_holdout7.jsonl"
#: written blind on 2026-12-06 (fourteenth session), tuned once: held to its floor (its
#: public_info labels beside a protected file and a notice's general_admin await the lead)
HOLDOUT10 = "documents_holdout10.jsonl"
#: written blind on 2026-12-06 (fifteenth session), tuned once: held to its floor (its labels
#: that contradict older sets await the lead)
HOLDOUT11 = "documents_holdout11.jsonl"
#: written blind on 2026-12-06 (sixteenth session), tuned once: held to its floor (its
#: labels that contradict older sets and a mark that belongs to the lead await the lead)
HOLDOUT12 = "documents_holdout12.jsonl"
#: written blind on 2026-12-06 (seventeenth session), tuned once: held to its floor (its
#: notices' general_admin beside public_info and a council's petition file await the lead)
HOLDOUT13 = "documents_holdout13.jsonl"
#: written blind on 2026-12-06 (eighteenth session), tuned once by the lead: held to its floor
#: (its categories of sector documents await their own work)
HOLDOUT14 = "documents_holdout14.jsonl"
#: written blind on 2026-12-06 (w-dh15), tuned once (i14-dh15): held to its floor (its notices'
#: general_admin beside public_info and three of its writer's judgement calls await the lead)
HOLDOUT15 = "documents_holdout15.jsonl"
FILES = sorted(
    p.name
    for p in CORPUS.glob("documents*.jsonl")
    if p.name
    not in (
        HOLDOUT,
        HOLDOUT2,
        HOLDOUT7,
        HOLDOUT10,
        HOLDOUT11,
        HOLDOUT12,
        HOLDOUT13,
        HOLDOUT14,
        HOLDOUT15,
    )
)
ALL_FILES = sorted(p.name for p in CORPUS.glob("documents*.jsonl"))


def test_core_corpus_is_present_and_large_enough() -> None:
    docs = load(CORPUS / "documents_core.jsonl")
    assert len(docs) >= 60
    assert sum(not d["diacritics"] for d in docs) * 3 >= len(docs)
    assert {d["doc_type"] for d in docs} >= {
        "cong_van", "quyet_dinh", "thong_bao", "bao_cao", "to_trinh", "ke_hoach", "ban_an",
        "don_khieu_nai", "ly_lich", "nghi_quyet", "chi_thi", "huong_dan", "bien_ban",
        "hop_dong", "giay_moi", "cong_dien", "other",
    }  # fmt: skip


@pytest.mark.parametrize("name", FILES)
def test_accuracy_targets(name: str) -> None:
    rep = evaluate(load(CORPUS / name))
    assert rep.secret_allowed == 0
    assert rep.accuracy("action") >= 0.97, rep.errors
    assert rep.accuracy("doc_type") >= 0.90, rep.errors
    assert rep.accuracy("sensitivity") >= 0.90, rep.errors
    assert rep.accuracy("categories") >= 0.93, rep.errors


def test_blind_boundary_corpus_holds_its_floor() -> None:
    """documents_holdout.jsonl (issue 16: directives about a field, public notices, citizens'
    letters, marks in every place, OCR) was measured at verdict 0.683 before the issue-16 work;
    the floor keeps what has been gained and no secret document may ever be allowed."""
    rep = evaluate(load(CORPUS / HOLDOUT))
    assert rep.secret_allowed == 0
    assert rep.accuracy("action") >= 0.98, rep.errors
    assert rep.accuracy("doc_type") >= 0.95, rep.errors
    assert rep.accuracy("sensitivity") >= 0.95, rep.errors


def test_blind_boundary_corpus_categories_hold_their_floor() -> None:
    """Categories on documents_holdout.jsonl after the issue-16 category work (from exact 0.833,
    recall 0.50 on finance and 0.64 on personnel; 0.983 once public_info meant text addressed
    to the public, as the labelling guide says): every category's precision and recall >=
    0.90."""
    rep = evaluate(load(CORPUS / HOLDOUT))
    assert rep.accuracy("categories") >= 0.96, rep.errors
    per = rep.as_dict()["per_category"]
    for cat, pr in per.items():
        assert pr["recall"] >= 0.90, (cat, pr)
        assert pr["precision"] >= 0.90, (cat, pr)


@pytest.mark.parametrize("name", ALL_FILES)
def test_nothing_held_back_is_cleared_to_send(name: str) -> None:
    """The worst error (issue 16): a document labelled ``do_not_send`` (a secret, a
    circulation mark, a draft for comments, a case file) classified ``send``."""
    from ai_guard import classify_document

    cleared = [
        d["id"]
        for d in load(CORPUS / name)
        if d["action"] == "do_not_send"
        and classify_document(d["text"]).recommended_action == "send"
    ]
    assert not cleared


def test_second_blind_corpus_holds_its_floor() -> None:
    """documents_holdout2.jsonl (50 real-shaped documents written after the code) measured
    verdict 0.840, sensitivity 0.780, type 0.960, categories exact 0.780 at its first run;
    after the shapes it showed were fixed: verdict 1.000, sensitivity 0.980, type 1.000,
    categories 1.000, every category's precision and recall 1.00, signer 1.000. The floor
    keeps that, with a document's slack; the issuer 0.760 -> 0.980 once the header reported
    the body's own line ("TỈNH X" under "ỦY BAN NHÂN DÂN"), as the labelling guide says."""
    path = CORPUS / HOLDOUT2
    if not path.exists():
        pytest.skip(f"{HOLDOUT2} is merged separately")
    rep = evaluate(load(path))
    assert rep.secret_allowed == 0
    assert rep.accuracy("action") >= 0.97, rep.errors
    assert rep.accuracy("doc_type") >= 0.95, rep.errors
    assert rep.accuracy("sensitivity") >= 0.96, rep.errors
    assert rep.accuracy("categories") >= 0.96, rep.errors
    for cat, pr in rep.as_dict()["per_category"].items():
        assert pr["recall"] >= 0.90, (cat, pr)
        assert pr["precision"] >= 0.90, (cat, pr)
    assert rep.header_accuracy("signer") >= 0.96, rep.errors
    assert rep.header_accuracy("issuer") >= 0.96, rep.errors


def test_fifth_blind_corpus_holds_its_floor() -> None:
    """documents_holdout5.jsonl (50 documents of less common sectors, written blind) measured
    verdict 0.920, sensitivity 0.820, type 0.980, categories exact 0.760, place_date 0.940,
    subject 0.920 at its first run; once the shapes it showed were fixed (public notices,
    plans and leaflets turning to the public, OCR and blank days, subjects under a title,
    pupils' discipline, civil cases, epidemics) every row read 1.000. The floor keeps that,
    with a document's slack."""
    rep = evaluate(load(CORPUS / "documents_holdout5.jsonl"))
    assert rep.secret_allowed == 0
    for key in ("action", "doc_type", "sensitivity", "categories"):
        assert rep.accuracy(key) >= 0.98, (key, rep.errors)
    for cat, pr in rep.as_dict()["per_category"].items():
        assert pr["recall"] >= 0.90, (cat, pr)
        assert pr["precision"] >= 0.90, (cat, pr)
    for key in ("issuer", "number_symbol", "place_date", "subject", "signer"):
        assert rep.header_accuracy(key) >= 0.98, (key, rep.errors)


def test_seventh_blind_corpus_holds_its_floor() -> None:
    """documents_holdout7.jsonl (50 documents of less usual kinds: police and violation papers,
    Party and personnel files, civil status, complaint slips, marks in footers and e-mail
    subjects) measured verdict 0.840, sensitivity 0.840, type 0.960, categories exact 0.700 at
    its first run; after one session on the shapes it showed: verdict 0.960, sensitivity 0.980,
    type 1.000, categories 0.860 (0.900 after the tenth session's settled labels and the
    personnel measure `xử lý trách nhiệm`). A paste of two papers is judged by all it sends
    (settled in the eleventh session, DOCUMENTS.md): dh7-049's second paper names a denouncer,
    so personal / do_not_send (verdict 0.980, sensitivity 1.000); dh7-048 is still blocked for
    its public reception schedule; dh7-036 (a letter on AI listing complaint files among
    forbidden inputs) keeps that topic as documents_holdout's AI directives (categories 0.920).
    The floor keeps what was gained; no secret document may ever be allowed."""
    rep = evaluate(load(CORPUS / HOLDOUT7))
    assert rep.secret_allowed == 0
    assert rep.accuracy("action") >= 0.98, rep.errors
    assert rep.accuracy("doc_type") >= 0.98, rep.errors
    assert rep.accuracy("sensitivity") >= 0.98, rep.errors
    assert rep.accuracy("categories") >= 0.92, rep.errors
    assert rep.header_accuracy("signer") >= 0.92, rep.errors


def test_eighth_blind_corpus_holds_its_floor() -> None:
    """documents_holdout8.jsonl (40 agency documents as they reach a chatbot: OCR, no
    diacritics, TCVN3/VNI pastes, chat pastes, CSV and tab tables, e-mails, cut texts) measured
    verdict 0.950, sensitivity 0.875, type 0.975, categories exact 0.850 and signer 0.875 at its
    first run; after the twelfth session's rules (a notice turning to the public in its body, a
    leaflet's footer, an individual decision's articles, an office's address, a firm's code, an
    IPv4 address read as an account, CSV cells, signature columns flattened with single spaces,
    a register page, a school health plan) every figure is 1.000, the issuer too once dh8-007
    was relabelled to the place line under a bare `TÒA ÁN NHÂN DÂN`, as the guide, dh6-020 and
    dh4-021 say. The floor keeps what was gained; no secret document may ever be allowed."""
    rep = evaluate(load(CORPUS / "documents_holdout8.jsonl"))
    assert rep.secret_allowed == 0
    for key in ("action", "doc_type", "sensitivity", "categories"):
        assert rep.accuracy(key) >= 1.0, (key, rep.errors)
    for key in ("issuer", "number_symbol", "place_date", "subject", "signer"):
        assert rep.header_accuracy(key) >= 1.0, (key, rep.errors)


def test_ninth_blind_corpus_holds_its_floor() -> None:
    """documents_holdout9.jsonl (40 documents on the files guidance 557 and letter 1690 protect,
    as they are pasted: OCR, no diacritics, mojibake, chat pastes, tables, e-mails, cut texts)
    measured verdict 0.875, sensitivity 0.800, type 0.975, categories exact 0.725, issuer 0.900,
    number 0.950, subject 0.975 and signer 0.950 at its first run; after the thirteenth
    session's rules (a reply to a citizen's letter and the reception desk's symbol, a cadre's
    self-review, planning worded by its posts, a recruitment council, Party discipline asked in
    a denunciation, smuggling, an official's post or a text's phrase read as a name, a
    template's stand-in body, guidance written for citizens, a council's budget resolution, a
    law excerpt, a number's thousands dot, a record's officer beside a hamlet's head, OCR's
    horn in a signing label, an enforcement division's area line, a list's title) verdict,
    type and every header field are 1.000, sensitivity and categories 0.950. The four left are
    listed in docs/benchmarks.md (two label doubts on public, one on a records system's launch,
    one finance without a debt in a cut text). The floor keeps what was gained; no secret
    document may ever be allowed."""
    rep = evaluate(load(CORPUS / "documents_holdout9.jsonl"))
    assert rep.secret_allowed == 0
    for key in ("action", "doc_type"):
        assert rep.accuracy(key) >= 1.0, (key, rep.errors)
    for key in ("sensitivity", "categories"):
        assert rep.accuracy(key) >= 0.95, (key, rep.errors)
    for key in ("issuer", "number_symbol", "place_date", "subject", "signer"):
        assert rep.header_accuracy(key) >= 1.0, (key, rep.errors)


def test_tenth_blind_corpus_holds_its_floor() -> None:
    """documents_holdout10.jsonl (40 everyday documents of a district office and a civil
    enforcement office: OCR, no diacritics, TCVN3/VNI pastes, chats, tables, e-mails, cut texts)
    measured verdict 0.900, sensitivity 0.950, categories exact 0.725 (personnel and public_info
    recall 0.400) and issuer 0.900 at its first run; after the fourteenth session's rules (a
    Party member's transfer certificate, a servant's transfer and salary step, a colleague's
    year-end rating in a chat, a mark a rule quotes, a health station's assistant, damages
    listed among the sums to enforce, a tax debt summed over a commune, a report's sector line,
    OCR's l in the motto, a body typed in mixed case under its parent, a CSV row's agency cell,
    a template's body left to fill, guidance whose subject is the public acting) no protected
    document is sent or redacted instead of kept: verdict and sensitivity 0.975, categories
    0.925, type and every header field 1.000. What is left is listed in docs/benchmarks.md
    (three labels that contradict older sets' public_info rules, a chat's heading read as a
    name by the person detector). The floor keeps what was gained; no secret document may
    ever be allowed."""
    rep = evaluate(load(CORPUS / HOLDOUT10))
    assert rep.secret_allowed == 0
    assert rep.accuracy("action") >= 0.975, rep.errors
    assert rep.accuracy("doc_type") >= 1.0, rep.errors
    assert rep.accuracy("sensitivity") >= 0.975, rep.errors
    assert rep.accuracy("categories") >= 0.925, rep.errors
    for key in ("issuer", "number_symbol", "place_date", "subject", "signer"):
        assert rep.header_accuracy(key) >= 1.0, (key, rep.errors)


def test_eleventh_blind_corpus_holds_its_floor() -> None:
    """documents_holdout11.jsonl (40 documents of sectors earlier sets used little: health and
    its medical-assessment council, meritorious people, tax, customs, treasury, the army,
    courts and procuracies, Party committees, universities, state-owned firms) measured
    verdict 0.950, sensitivity 0.875, categories exact 0.700 and subject and signer 0.950 at
    its first run: a list of meritorious people's injury rates was only redacted and a
    declassified report was kept. After the fifteenth session's rules (an injury-rate column,
    a declassification stamp that gives its decision, NFC header values, a blank template, a
    notice to a firm's customers or to an area's businesses, a complaint denied, a debt of many
    firms, an accused's account, an official asked to review her responsibility, a paper made
    on the investigators' request, a medical summary's type, health written in English, a
    herd's vaccination, a numbered subject) no protected document is sent or redacted instead
    of kept and no document stays more restricted than its label: verdict, sensitivity, type
    and every header field 1.000 (the last signer, a Khmer name in VNI, once the converter took
    names no syllable spells), categories 0.875. What is left is listed in
    docs/benchmarks.md (labels that contradict older sets). The floor keeps what was gained;
    no secret document may ever be allowed."""
    rep = evaluate(load(CORPUS / HOLDOUT11))
    assert rep.secret_allowed == 0
    assert rep.accuracy("action") >= 1.0, rep.errors
    assert rep.accuracy("doc_type") >= 1.0, rep.errors
    assert rep.accuracy("sensitivity") >= 1.0, rep.errors
    assert rep.accuracy("categories") >= 0.875, rep.errors
    for key in ("issuer", "number_symbol", "place_date", "subject", "signer"):
        assert rep.header_accuracy(key) >= 1.0, (key, rep.errors)


def test_twelfth_blind_corpus_holds_its_floor() -> None:
    """documents_holdout12.jsonl (40 long, layered documents of an enforcement office, home
    affairs and personnel units, an inspectorate, a science department and their public
    papers) measured verdict 0.825, sensitivity 0.750, categories exact 0.675 and issuer and
    signer 0.950 at its first run: every wrong verdict kept a public or internal paper back
    (a State mail's Cc colleague, a council whose header was cut off, a table's cells read as
    a tax code, an office's premises, an English release's contact line, a seal's text read
    as a name). After the sixteenth session's rules (those, an English press release, a
    stroke, a record listed under an item's letter, a blank form under its code line, a
    posted report to the authorities, a sector's table row, a provincial enforcement
    office's line, a reception register's title, a debt's sum wrapped, an attached list's
    title, the staff as a body) no protected document is sent or redacted instead of kept:
    verdict 0.975 (the one left is a public article whose quoted envelope level the secrecy
    detector reads as a stamp, the lead's), sensitivity 0.950, categories 0.850, type,
    issuer, number and place-date 1.000, subject and signer 0.975. What is left is listed
    in docs/benchmarks.md. The floor keeps what was gained; no secret document may ever be
    allowed."""
    rep = evaluate(load(CORPUS / HOLDOUT12))
    assert rep.secret_allowed == 0
    assert rep.accuracy("action") >= 0.975, rep.errors
    assert rep.accuracy("doc_type") >= 1.0, rep.errors
    assert rep.accuracy("sensitivity") >= 0.95, rep.errors
    assert rep.accuracy("categories") >= 0.85, rep.errors
    for key in ("issuer", "number_symbol", "place_date"):
        assert rep.header_accuracy(key) >= 1.0, (key, rep.errors)
    # a decision whose 'Về việc' line the label leaves null (dh12-010) and a Mẫu 2C whose
    # declarant signs beside the head who certifies it (dh12-036)
    for key in ("subject", "signer"):
        assert rep.header_accuracy(key) >= 0.975, (key, rep.errors)


def test_thirteenth_blind_corpus_holds_its_floor() -> None:
    """documents_holdout13.jsonl (40 documents of the local government after the 2025 reform:
    land, civil status and residence, social protection, the People's Council, commune police,
    ordinary commune papers) measured verdict 0.850, sensitivity 0.825, categories exact
    0.700, subject 0.975 and signer 0.950 at its first run: five public or internal papers
    were kept back as personal (the commune's own name read as a person's in the place-and-
    date line and after "xã", the lower-case tail of a body's name typed without diacritics
    and a short reference to it, an office's writer signing off a covering mail with her
    unit) and a council's summary of voters' petitions naming the voters was redacted instead
    of kept. After the seventeenth session's rules (those, voters' petitions as kiến nghị, the
    officer who signs a civil-status extract, a subject that opens "Thực hiện", a decision
    copied from its operative line, a blank declaration form, a report to the council, kinds
    of data named as sensitive, a symbol of some of its title's initials) every verdict and
    sensitivity is right: type, verdict, sensitivity, subject and signer 1.000, categories
    0.750. What is left (mostly a notice's general_admin
    beside public_info, which older sets label otherwise) is listed in docs/benchmarks.md. The
    floor keeps what was gained; no secret document may ever be allowed."""
    rep = evaluate(load(CORPUS / HOLDOUT13))
    assert rep.secret_allowed == 0
    assert rep.accuracy("action") >= 1.0, rep.errors
    assert rep.accuracy("doc_type") >= 1.0, rep.errors
    assert rep.accuracy("sensitivity") >= 1.0, rep.errors
    # 0.775 once a compensation list's amounts to named households were finance (i14-dh15)
    assert rep.accuracy("categories") >= 0.775, rep.errors
    for key in ("issuer", "number_symbol", "place_date", "subject", "signer"):
        assert rep.header_accuracy(key) >= 1.0, (key, rep.errors)


def test_blind_sector_documents_hold_their_floor() -> None:
    """documents_holdout14.jsonl (health, education, tax and social insurance, courts and
    procuracy, culture and environment; a quarter pasted without the motto, excerpts, two
    papers in one paste, a forwarded mail, tables, OCR, two in legacy encodings) measured
    type 0.950, sensitivity 0.875, verdict 0.950, categories exact 0.700 at its first run, no
    protected document sent: two public notices and a public enrolment plan kept back (a
    notice asking its visitors and the parents of a class of children, a cohort by birth
    year read as dates of birth, an amount in thousands read as a firm's tax code). After the
    lead's rules: verdict 1.000, sensitivity 0.950, categories 0.725. After i14-dh14's
    (a health station's or a tax office's paper about its field keeps its sector, the
    addressee line ends where the body begins, a judgment's end and a letter's last page
    typed, a clan name before H', a museum's issuer, a date in a sentence, a list's compiler
    after a signed paper, a business line after a company's legal form): type 1.000,
    sensitivity 0.975, categories 0.825, every header field 1.000; left: general_admin
    beside public_info, public_info beside private persons' data (a posted schedule, a
    notice pasted with its list of cases). No secret document may ever be allowed."""
    rep = evaluate(load(CORPUS / HOLDOUT14))
    assert rep.secret_allowed == 0
    assert rep.accuracy("action") >= 1.0, rep.errors
    assert rep.accuracy("doc_type") >= 1.0, rep.errors
    assert rep.accuracy("sensitivity") >= 0.975, rep.errors
    assert rep.accuracy("categories") >= 0.825, rep.errors
    for name in ("issuer", "number_symbol", "place_date", "subject", "signer"):
        assert rep.header_accuracy(name) >= 1.0, (name, rep.errors)


def test_late_2026_papers_hold_their_floor() -> None:
    """documents_holdout15.jsonl (communes after the reform, the personal-data law, the
    state-secrets law, the reorganised enforcement; OCR, no diacritics, mojibake, chats, a page
    without header) measured type 0.900, sensitivity 0.900, verdict 0.900, categories exact
    0.675, issuer 0.975, subject 0.975, signer 0.950 at its first run, no secret allowed: a plan
    teaching the 2025 law and a portal's news item were blocked for the stamps they quote, a
    breach report's contact named with her title and a report signed by a "PHO THU TRUONG"
    were kept back as personal. After i14-dh15 (levels listed in prose, an office's contact
    with a title, Thủ trưởng, consent forms, a decision's page, a slip's symbol, the personal-
    data law's papers, a Jrai clan name, an enforced debt, a qualified discipline, compensation
    paid, a list of rights, kinds of data listed): type, sensitivity and verdict 1.000,
    categories 0.825, subject 1.000, issuer and signer 0.975. Left: general_admin beside
    public_info (four notices and forms; older sets label it otherwise), the register's
    trích yếu topics (dh15-023), and the writer's calls dh15-014 (a filled form's issuer and
    signer), -024 (asset declarations as personnel), -031 (an officer's transfer without
    enforcement_case). No secret document may ever be allowed."""
    rep = evaluate(load(CORPUS / HOLDOUT15))
    assert rep.secret_allowed == 0
    for key in ("action", "doc_type", "sensitivity"):
        assert rep.accuracy(key) >= 1.0, (key, rep.errors)
    assert rep.accuracy("categories") >= 0.825, rep.errors
    for key in ("number_symbol", "place_date", "subject"):
        assert rep.header_accuracy(key) >= 1.0, (key, rep.errors)
    for key in ("issuer", "signer"):
        assert rep.header_accuracy(key) >= 0.975, (key, rep.errors)


def test_two_tier_local_government_papers_hold_their_floor() -> None:
    """documents_holdout19.jsonl (papers of the two-tier local government after July 2025,
    half as they arrive: OCR, no diacritics, VNI, tables, forwards, a Zalo group, excerpts)
    measured type 0.975, sensitivity 0.950, verdict 1.000, categories exact 0.875, issuer
    0.975 and signer 0.950 at its first run, no secret allowed. After i14-dh19 (a nation-wide
    organisation's committee under its place line, a record's columns headed in sentence case,
    a K'Ho name of one word, a list sent up to a body, a Party inspection of a member, a debt
    still owed in a table's column, a bank's loan enforced without its sum, a portal item
    whose lead opens with its day): type, verdict and every header field 1.000, sensitivity
    0.975, categories 0.950. Left: dh19-028 (a news item labelled general_admin beside
    public_info, which older sets label both ways), dh19-029 (a ward letter on AI listing
    complaint and cadre files among forbidden inputs, labelled general_admin where
    documents_holdout's and holdout9's AI directives keep those topics) and dh19-036's
    sensitive_personal (a school-fee debt, which older sets' tax debts make personal). No
    secret document may ever be allowed."""
    rep = evaluate(load(CORPUS / "documents_holdout19.jsonl"))
    assert rep.secret_allowed == 0
    for key in ("action", "doc_type"):
        assert rep.accuracy(key) >= 1.0, (key, rep.errors)
    assert rep.accuracy("sensitivity") >= 0.975, rep.errors
    assert rep.accuracy("categories") >= 0.95, rep.errors
    for key in ("issuer", "number_symbol", "place_date", "subject", "signer"):
        assert rep.header_accuracy(key) >= 1.0, (key, rep.errors)


def test_letter_1690_files_hold_their_floor() -> None:
    """documents_holdout20.jsonl (the three files letter 1690/TCTHADS-NV3 protects, enforcement,
    complaints and personnel, beside their look-alikes; half as they arrive: OCR, no
    diacritics, VNI, tables, forwards, a margin stamp) measured type 0.975, sensitivity 0.925,
    verdict 0.975, categories exact 0.725 and subject 0.950 at its first run, no secret
    allowed. After i14-dh20 (a debt after the fee in a list of sums, a register's cell, a
    seized asset's worth, a CV's posts, the procuracy supervising enforcement, fraudsters
    posing as enforcement officers, a public employee's work contract, petitions that ground an
    official's accountability, support paid into a list of accounts, surgery in a reception
    log, a bank asked about a debt between persons, a Party paper's kind in its symbol, a stamp
    read down the margin): type, verdict and every header field 1.000, sensitivity and
    categories 0.975. Left: dh20-001's sensitive_personal (a loan between private persons,
    which holdout15's dh15-029 and holdout17's dh17-023 make personal). dh20-020's personnel
    beside public_info (a recruitment notice naming no one) is read since i14-dh22 by the
    labelling guide's recruitment rule, which core's c-011 contradicts (public_info alone).
    No secret document may ever be allowed."""
    rep = evaluate(load(CORPUS / "documents_holdout20.jsonl"))
    assert rep.secret_allowed == 0
    for key in ("action", "doc_type"):
        assert rep.accuracy(key) >= 1.0, (key, rep.errors)
    assert rep.accuracy("sensitivity") >= 0.975, rep.errors
    assert rep.accuracy("categories") >= 0.975, rep.errors
    for key in ("issuer", "number_symbol", "place_date", "subject", "signer"):
        assert rep.header_accuracy(key) >= 1.0, (key, rep.errors)
