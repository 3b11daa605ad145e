"""The built-in detectors' scores, named by the evidence behind them.

The ladder of :mod:`ai_guard.detectors.base` (validated with strong context 0.95-1.0, validated
without context 0.70-0.85, validation failed but strong context 0.55-0.65, failed without context
not reported) is spelled out here once; every built-in detector scores with these names, so a
reader sees why a finding got its score, and a change of policy is one line.

``BASE_*`` are the pattern's base scores (:attr:`Detection.base_score`): what the shape alone is
worth before validation and context move it.
"""

from __future__ import annotations

__all__ = [
    "BASE_BANK_ACCOUNT",
    "BASE_BHXH",
    "BASE_BHYT_CARD",
    "BASE_BHYT_NUMBER",
    "BASE_BIRTH_DATE",
    "BASE_CARD",
    "BASE_CASE_NUMBER",
    "BASE_CCCD",
    "BASE_CMND",
    "BASE_CUED_PIECE",
    "BASE_DRIVER_LICENSE",
    "BASE_EMAIL",
    "BASE_ID_QR",
    "BASE_MASKED",
    "BASE_MRZ",
    "BASE_NAMED_SECRET",
    "BASE_PASSPORT",
    "BASE_PHONE",
    "BASE_PLATE",
    "BASE_TAX_CODE",
    "BASE_VENDOR_KEY",
    "BHYT_CARD_NO_CONTEXT",
    "BHYT_CARD_STRONG_CONTEXT",
    "BIRTH_DATE_CUED",
    "BIRTH_YEAR_CUED",
    "CARD_LUHN",
    "CASE_NUMBER",
    "CUED_BANK_ACCOUNT",
    "CUED_BHYT_NUMBER",
    "CUED_CMND_9_DIGITS",
    "CUED_CMND_12_DIGITS",
    "CUED_DRIVER_LICENSE",
    "CUED_MASKED",
    "CUED_PASSPORT",
    "CUED_PIECE",
    "CUED_SOCIAL_INSURANCE",
    "EMAIL",
    "EMAIL_GOV",
    "FAILED_STRONG_CONTEXT",
    "GLUED_PENALTY",
    "ID_QR_FIELD",
    "INTERNAL_HOST_CUED",
    "INTERNAL_HOST_NAME",
    "INTERNAL_IP",
    "INTERNAL_MARK_CAPS",
    "INTERNAL_MARK_PROSE",
    "INTERNAL_MARK_STAMP",
    "MOBILE_PREFIX_UNLISTED_NO_CONTEXT",
    "MRZ_LAYOUT",
    "MRZ_VALIDATED",
    "NAMED_OTHERWISE",
    "NO_PENALTY",
    "PASSWORD_IN_URL",
    "PASSWORD_NAMED",
    "PLATE_NO_CONTEXT",
    "PLATE_STRONG_CONTEXT",
    "SECRECY_BRACKETED",
    "SECRECY_CAPS_INLINE",
    "SECRECY_CONTROL_STAMP",
    "SECRECY_CUED_NO_DIACRITICS",
    "SECRECY_DOCUMENT_NOTE",
    "SECRECY_ENVELOPE_LETTER",
    "SECRECY_LABEL",
    "SECRECY_LONE_CAPS",
    "SECRECY_STAMP_LINE",
    "SECRECY_STAMP_LINE_NO_DIACRITICS",
    "SECRET_NAMED_KEY",
    "SECRET_VENDOR_KEY",
    "VALIDATED_ALLOCATED_NO_CONTEXT",
    "VALIDATED_NO_CONTEXT",
    "VALIDATED_STRONG_CONTEXT",
    "VALIDATED_UNALLOCATED_NO_CONTEXT",
    "ladder",
]

# -- the ladder ------------------------------------------------------------------------------
#: right shape, validated, and a cue names it ("số CCCD 001085012345", "MST: 0314409058")
VALIDATED_STRONG_CONTEXT = 0.97
#: right shape, validated, no cue (a CCCD with a real province code, a tax code's check digit)
VALIDATED_NO_CONTEXT = 0.8
#: right shape, validation FAILED, but a cue names it
FAILED_STRONG_CONTEXT = 0.6
#: validated, but another family's cue sharing the shape names it ("MST: <12-digit ID>")
NAMED_OTHERWISE = 0.6
#: taken off when the number is glued to a letter on one side ("CCCD001085012345")
GLUED_PENALTY = 0.05
#: for identifiers reported only after their own cue: gluing says nothing more
NO_PENALTY = 0.0

# -- phone numbers: phonenumbers' ranges against the ranges operators use ------------------
#: valid, no cue, a prefix in use (mobile prefixes of mobile_prefixes.tsv, landlines 02x)
VALIDATED_ALLOCATED_NO_CONTEXT = 0.85
#: valid for phonenumbers but in a range no operator uses (030x, 031x): maybe a tax code
VALIDATED_UNALLOCATED_NO_CONTEXT = 0.7
#: a mobile number of ten digits under an operator's prefix (mobile_prefixes.tsv) in a
#: block phonenumbers' metadata does not list (yet): no cue, not validated
MOBILE_PREFIX_UNLISTED_NO_CONTEXT = 0.6

# -- identifiers with nothing to validate: reported only after their own cue ----------------
CUED_CMND_9_DIGITS = 0.9
#: the 12-digit CMND shares its shape with the CCCD, which outranks it
CUED_CMND_12_DIGITS = 0.8
CUED_PASSPORT = 0.92
#: the 12 digits of a driving licence (GPLX) after its cue; nothing to validate
CUED_DRIVER_LICENSE = 0.92
#: a piece of an identifier given in pieces, named by a piece cue and its family's word
#: ("sáu số đầu CCCD ... là 052179"): nothing to validate, the words say what it is
CUED_PIECE = 0.8
CUED_BANK_ACCOUNT = 0.93
CUED_SOCIAL_INSURANCE = 0.92
#: the 10-digit number printed on cards since 2021 (below the whole 15-character card code)
CUED_BHYT_NUMBER = 0.9
#: a partly masked identifier ("CCCD 001090***345", "SĐT 0912 xxx 678") named by its own
#: cue: the visible digits and the cue still narrow a person down; nothing to validate
CUED_MASKED = 0.85
#: a payment card number that passes the Luhn check, grouped as cards are printed
#: ("4111 1111 1111 1111"), a NAPAS card (9704...), or after a card word ("thẻ", "visa")
CARD_LUHN = 0.9

# -- shapes no other identifier has --------------------------------------------------------
#: the 15-character BHYT card with a known group code, after a BHYT cue; it outranks its own
#: 10-digit tail
BHYT_CARD_STRONG_CONTEXT = 0.98
BHYT_CARD_NO_CONTEXT = 0.95
PLATE_STRONG_CONTEXT = 0.95
PLATE_NO_CONTEXT = 0.85
#: a calendar date after a birth cue ("sinh ngày 12/03/1985")
BIRTH_DATE_CUED = 0.95
#: a bare year after a birth cue ("sinh năm 1985")
BIRTH_YEAR_CUED = 0.9
EMAIL_GOV = 0.98
#: a field of a passport's or ID card's machine-readable zone whose check digit holds (the
#: layout itself is the cue: fillers, a nationality, a sex and two dates at fixed places)
MRZ_VALIDATED = 0.95
#: the same layout, a check digit failed (an OCR slip): still the zone, reported
MRZ_LAYOUT = 0.85
#: a field of a chip CCCD's QR payload (its fields in the card's order, the birth date one
#: that exists): the order is the cue
ID_QR_FIELD = 0.95
EMAIL = 0.95
CASE_NUMBER = 0.95

# -- secrets and secrecy marks (blocked whatever the policy's min_score) --------------------
#: a vendor-prefixed key ("sk-...", "ghp_...") that looks random
SECRET_VENDOR_KEY = 0.99
#: a random-looking value after a key name ("api_key = ...")
SECRET_NAMED_KEY = 0.9
#: a value after a password label ("Mật khẩu: Abc@2024")
PASSWORD_NAMED = 0.95
#: the password of scheme://user:password@host (it outranks the "address" user:pass@host)
PASSWORD_IN_URL = 0.98

# -- internal systems (557 P13): redacted by default ------------------------------------
#: a private or loopback IPv4 address (10/8, 172.16/12, 192.168/16, 127/8), with its port
INTERNAL_IP = 0.9
#: a host name under an internal suffix (.local, .internal, .lan, ...), an intranet.* host,
#: a *.gov.vn host of an internal system or with an administration path
INTERNAL_HOST_NAME = 0.9
#: the host of a database connection string, or a host after DB_HOST= / Server= / Data Source=
INTERNAL_HOST_CUED = 0.85
#: "TỐI MẬT" alone on its line, spelled with diacritics
SECRECY_STAMP_LINE = 0.98
SECRECY_STAMP_LINE_NO_DIACRITICS = 0.9
#: "Độ mật: Tối mật"
SECRECY_LABEL = 0.97
#: "TÀI LIỆU THU HỒI", "XEM XONG TRẢ LẠI"
SECRECY_CONTROL_STAMP = 0.95
#: "[MẬT]", "(TỐI MẬT)"
SECRECY_BRACKETED = 0.95
#: "TỐI MẬT" in capitals inside a line of ordinary text
SECRECY_CAPS_INLINE = 0.8
#: "MẬT" alone in capitals in a line of ordinary text ("Số: 12/BC-UBND   MẬT", "có dấu MẬT")
SECRECY_LONE_CAPS = 0.85
#: "MAT"/"TUYET MAT" without diacritics after a stamp word ("dau MAT", "TUYET MAT - Chi thi")
SECRECY_CUED_NO_DIACRITICS = 0.8
#: "(Tài liệu mật)", "(Tài liệu Tuyệt mật - Bản số 02/05)"
SECRECY_DOCUMENT_NOTE = 0.95
#: "Độ mật: A" (the envelope letters of Mẫu 03, A/B/C)
SECRECY_ENVELOPE_LETTER = 0.9
#: "LƯU HÀNH NỘI BỘ" alone on its line, bracketed or after a label
INTERNAL_MARK_STAMP = 0.95
#: "LƯU HÀNH NỘI BỘ" in capitals inside a line
INTERNAL_MARK_CAPS = 0.9
#: "tài liệu này lưu hành nội bộ" in running text
INTERNAL_MARK_PROSE = 0.8


def ladder(
    valid: bool,
    cued: bool,
    strong: float = VALIDATED_STRONG_CONTEXT,
    alone: float = VALIDATED_NO_CONTEXT,
) -> float | None:
    """The convention as a function: validated with a cue ``strong``, validated alone
    ``alone``, failed with a cue FAILED_STRONG_CONTEXT, failed alone None (not reported)."""
    if valid:
        return strong if cued else alone
    return FAILED_STRONG_CONTEXT if cued else None


# -- base scores: the shape alone ------------------------------------------------------------
BASE_CCCD = 0.8
BASE_CMND = 0.4
BASE_PASSPORT = 0.3
BASE_DRIVER_LICENSE = 0.3
BASE_CUED_PIECE = 0.3
BASE_TAX_CODE = 0.8
BASE_PHONE = 0.85
BASE_BANK_ACCOUNT = 0.2
BASE_BHXH = 0.3
BASE_BHYT_CARD = 0.88
BASE_BHYT_NUMBER = 0.3
BASE_MASKED = 0.3
BASE_MRZ = 0.5
BASE_ID_QR = 0.5
BASE_CARD = 0.7
BASE_PLATE = 0.85
BASE_BIRTH_DATE = 0.2
BASE_EMAIL = 0.95
BASE_CASE_NUMBER = 0.95
BASE_VENDOR_KEY = 0.95
BASE_NAMED_SECRET = 0.5
