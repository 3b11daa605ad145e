"""ai_guard.text.encodings: legacy Vietnamese encodings (TCVN3, VNI, Windows-1258), their
mojibake, UTF-16/32 with a BOM; and every reader that goes through it."""

from __future__ import annotations

import io
import json
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from ai_guard.cli import main
from ai_guard.cli.hooks import prompts
from ai_guard.extract import read_document, read_document_bytes
from ai_guard.text.encodings import (
    SCHEMES,
    decode_bytes,
    decode_legacy,
    encode,
    is_syllable,
    legacy_signs,
    repair_text,
)

LOWER = "aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ"
UPPER = LOWER.upper()

SENTENCES = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Cộng hoà xã hội chủ nghĩa Việt Nam",
    "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK\nSố: 125/QĐ-UBND",
    "QUYẾT ĐỊNH\nVề việc phê duyệt kế hoạch tuyển dụng công chức năm 2024",
    "Ông Nguyễn Văn Hưởng, sinh ngày 12/03/1985, thường trú tại số 18 đường Trường Chinh, "
    "phường Khương Thượng, quận Đống Đa, thành phố Hà Nội.",
    "Bà Trần Thị Thuỷ, Phó Giám đốc Sở Tư pháp tỉnh Quảng Ngãi, đồng chí Lê Quý Đôn.",
    "Nơi nhận: Như Điều 3; Lưu: VT, TCCB.",
    "Tài liệu này là MẬT, không được sao chụp.",
    "Người ký: Phạm Ngọc Thạch, Hồ Hữu Nghị, Võ Nguyễn Giáp, Đỗ Thị Yến, Bùi Xuân Phái",
]

# a CCCD (valid province and century digits), a name, a secrecy stamp
CASE = "MẬT\nÔng Nguyễn Văn Hưởng, số CCCD 001085012345, cư trú tại phường Khương Thượng, Hà Nội."


def mojibake(text: str, scheme: str) -> str:
    """What a user pastes: the bytes of ``scheme`` shown by a Windows-1252 font."""
    return encode(text, scheme).decode("cp1252", errors="strict" if scheme != "x" else "ignore")


# -- the codecs: every letter, both cases ---------------------------------------------------------


@pytest.mark.parametrize("scheme", SCHEMES)
def test_every_lower_case_letter_round_trips(scheme: str) -> None:
    for letter in LOWER:
        word = "t" + letter
        assert decode_legacy(encode(word, scheme), scheme) == word, (scheme, letter)


@pytest.mark.parametrize("scheme", ["vni", "windows-1258"])
def test_every_capital_letter_round_trips(scheme: str) -> None:
    for letter in UPPER:
        word = "T" + letter
        assert decode_legacy(encode(word, scheme), scheme) == word, (scheme, letter)


def test_tcvn3_capitals_are_the_lower_case_codes_read_in_capital_words() -> None:
    """TCVN3 has no capital toned letters: the .VnTimeH fonts draw the lower-case codes."""
    for letter in UPPER:
        if letter.isascii():
            continue
        if letter not in "ĂÂÊÔƠƯĐ":  # the seven capitals TCVN3 has
            assert encode("NG" + letter, "tcvn3") == b"NG" + encode(letter.lower(), "tcvn3")
        assert decode_legacy(encode("NG" + letter, "tcvn3"), "tcvn3") == "NG" + letter


def test_tcvn3_codes_are_the_standard_ones() -> None:
    """A few codes of TCVN 5712:1993 VN3 checked by hand (the letters people see as
    ``Céng hoµ x· héi chñ nghÜa ViÖt Nam``)."""
    assert encode("Cộng hoà xã hội chủ nghĩa Việt Nam", "tcvn3") == (
        b"C\xe9ng ho\xb5 x\xb7 h\xe9i ch\xf1 ngh\xdca Vi\xd6t Nam"
    )
    assert encode("Đường", "tcvn3") == b"\xa7\xad\xeang"
    assert encode("ăâêôơưđ", "tcvn3") == bytes(range(0xA8, 0xAF))


def test_vni_codes_are_the_standard_ones() -> None:
    assert mojibake("Cộng hoà xã hội chủ nghĩa Việt Nam", "vni") == (
        "Coäng hoaø xaõ hoäi chuû nghóa Vieät Nam"
    )
    assert mojibake("ĐỘC LẬP - TỰ DO - HẠNH PHÚC", "vni") == "ÑOÄC LAÄP - TÖÏ DO - HAÏNH PHUÙC"


def test_windows_1258_is_base_letters_and_combining_tones() -> None:
    assert encode("Việt", "windows-1258") == b"Vi\xea\xf2t"
    assert decode_legacy(b"Vi\xea\xf2t", "windows-1258") == "Việt"


def test_encode_refuses_what_a_scheme_cannot_write() -> None:
    with pytest.raises(ValueError, match="TCVN3"):
        encode("ß", "tcvn3")
    with pytest.raises(ValueError, match="VNI"):
        encode("ß", "vni")


# -- detection: real sentences, each scheme, bytes and pastes -------------------------------------


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("sentence", SENTENCES)
def test_bytes_are_detected_and_converted(scheme: str, sentence: str) -> None:
    decoded = decode_bytes(encode(sentence, scheme))
    assert decoded is not None
    assert decoded.encoding == scheme
    assert decoded.text == sentence
    assert decoded.converted == scheme
    assert 0.5 <= decoded.confidence <= 1.0


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("sentence", SENTENCES)
def test_mojibake_pastes_are_repaired(scheme: str, sentence: str) -> None:
    paste = mojibake(sentence, scheme)
    assert paste != sentence
    fixed = repair_text(paste)
    assert fixed is not None
    assert fixed.scheme == scheme
    assert fixed.text == sentence
    assert fixed.converted >= 1
    assert fixed.telling >= 1
    assert fixed.text == unicodedata.normalize("NFC", fixed.text)


def test_latin1_decoding_gives_the_same_repair_as_cp1252() -> None:
    for scheme in ("tcvn3", "vni"):
        raw = encode(CASE, scheme)
        a, b = repair_text(raw.decode("latin-1")), repair_text(raw.decode("cp1252"))
        assert a is not None
        assert b is not None
        assert a.text == b.text == CASE


def test_utf8_read_as_windows_1252_is_repaired() -> None:
    paste = CASE.encode("utf-8").decode("cp1252", errors="replace")
    fixed = repair_text("Cá»™ng hÃ²a xÃ£ há»™i chá»§ nghÄ©a Viá»‡t Nam")
    assert fixed is not None
    assert fixed.scheme == "utf-8"
    assert fixed.text == "Cộng hòa xã hội chủ nghĩa Việt Nam"
    assert "Ã" in paste


def test_a_mixed_paste_keeps_its_unicode_words() -> None:
    paste = "Tóm tắt văn bản sau: " + mojibake("Cộng hoà xã hội chủ nghĩa Việt Nam", "tcvn3")
    fixed = repair_text(paste)
    assert fixed is not None
    assert fixed.text == "Tóm tắt văn bản sau: Cộng hoà xã hội chủ nghĩa Việt Nam"
    assert fixed.kept >= 3


@pytest.mark.parametrize(
    "text",
    [
        "Cộng hòa xã hội chủ nghĩa Việt Nam. Tôi có hồ sơ ở Hà Nội, số 0912 345 678.",
        "Café in Köln, schön! Straße, naïve, où, coût, goût, Noël, Ça va, Müller, Größe",
        "L'été à Paris: déjà vu, très célèbre, la pièce où il est né.",
        "El niño está aquí, ¿qué más? Sí, señor. São Paulo, não, você.",
        "Så då, på gården. Smørrebrød, Øresund, Ærø.",
        "5 µm, 20 °C, © 2024, § 3, ½ cup, «quote», 1·2, naïve café",
        "Hà Nội, Thừa Thiên Huế, Cà Mau, Bà Rịa - Vũng Tàu",
        "MAT, TOI MAT, Nguyen Van An, CCCD 001085012345",
        "có lẽ là vậy; cô ấy ở đó; ô tô; à, ừ",
    ],
)
def test_ordinary_text_is_never_repaired(text: str) -> None:
    assert repair_text(text) is None
    assert repair_text(unicodedata.normalize("NFD", text)) is None


VIETNAMESE_WORDS = [*" ".join(SENTENCES).split(), "có", "là", "à", "ô", "ừ", "ấy", "ở", "đó"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(VIETNAMESE_WORDS),
            st.sampled_from("the of and to in is was for on are with as at by this".split()),
            st.from_regex(r"[0-9]{1,12}", fullmatch=True),
            st.text(st.sampled_from("abcdeghiklmnopqrstuvxyàáâãèéêìíòóôõùúýăđơư"), max_size=8),
        ),
        max_size=30,
    ),
    st.sampled_from([" ", "\n", ", ", ". "]),
)
def test_property_utf8_vietnamese_and_english_are_never_changed(words: list[str], sep: str) -> None:
    text = sep.join(words)
    fixed = repair_text(text)
    assert fixed is None
    decoded = decode_bytes(text.encode("utf-8"))
    assert decoded is not None
    assert decoded.text == text
    assert decoded.converted is None


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(VIETNAMESE_WORDS), min_size=3, max_size=25))
def test_property_legacy_bytes_round_trip(words: list[str]) -> None:
    text = " ".join(words)
    for scheme in SCHEMES:
        decoded = decode_bytes(encode(text, scheme))
        if decoded is None:  # too few telling words to be sure: not guessed
            continue
        if scheme == "tcvn3":  # TCVN3 keeps no case for a toned capital in a mixed-case line
            assert decoded.text.lower() == text.lower()
        else:
            assert decoded.text == text, scheme


def test_is_syllable() -> None:
    for word in ["nghiêng", "khuỷu", "giếng", "quốc", "người", "Đắk", "oanh", "xoong", "khuya"]:
        assert is_syllable(word), word
    for word in ["été", "Straße", "cafe", "ộtộ", "cáp̉", "tràt", "ngx", ""]:
        assert not is_syllable(word), word


# -- UTF-16 and UTF-32 ----------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_with_a_bom(encoding: str) -> None:
    data = ("\ufeff" + CASE).encode(encoding)
    decoded = decode_bytes(data)
    assert decoded is not None
    assert decoded.encoding == encoding
    assert decoded.text == CASE
    assert decoded.converted == encoding


def test_utf8_bom_is_dropped_and_not_a_conversion() -> None:
    decoded = decode_bytes(("\ufeff" + CASE).encode("utf-8"))
    assert decoded is not None
    assert decoded.text == CASE
    assert decoded.converted is None


def test_bytes_in_no_known_encoding_are_none() -> None:
    assert decode_bytes(b"\x81\xff\x00abc") is None
    assert decode_bytes("Grüße aus Köln, schöne Straße".encode("cp1252")) is None


# -- the readers ----------------------------------------------------------------------------------


@pytest.mark.parametrize("scheme", SCHEMES)
def test_document_readers_convert(tmp_path: Path, scheme: str) -> None:
    (tmp_path / "a.txt").write_bytes(encode(CASE, scheme))
    assert read_document(tmp_path / "a.txt") == CASE
    html = f"<html><body><p>{mojibake(CASE, scheme)}</p></body></html>"
    assert read_document_bytes("a.html", html.encode("utf-8")) == CASE.replace("\n", " ")
    (tmp_path / "b.md").write_bytes(("\ufeff" + CASE).encode("utf-16-le"))
    assert read_document(tmp_path / "b.md") == CASE


def _check_json(capsys: pytest.CaptureFixture[str], argv: list[str]) -> dict[str, object]:
    assert main(["check", "--format", "json", *argv]) == 1
    payload: dict[str, object] = json.loads(capsys.readouterr().out)
    return payload


@pytest.mark.parametrize("scheme", SCHEMES)
def test_check_finds_the_same_in_a_mojibake_paste_as_in_clean_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, scheme: str
) -> None:
    monkeypatch.chdir(tmp_path)
    clean = tmp_path / "clean.txt"
    clean.write_text(CASE, encoding="utf-8")
    expected = _check_json(capsys, [str(clean)])
    entities = {f["entity"] for f in expected["findings"]}  # type: ignore[attr-defined]
    assert {"STATE_SECRET_MARK", "CCCD", "PERSON"} <= entities
    assert expected["decision"] == "block"

    paste = tmp_path / "paste.txt"  # a UTF-8 file holding mojibake
    paste.write_text(mojibake(CASE, scheme), encoding="utf-8")
    got = _check_json(capsys, ["--lang", "en", str(paste)])
    assert got["decision"] == "block"
    assert got["findings"] == expected["findings"]

    monkeypatch.setattr(
        sys, "stdin", io.TextIOWrapper(io.BytesIO(mojibake(CASE, scheme).encode("utf-8")))
    )
    assert main(["check", "--lang", "en", "-"]) == 1
    captured = capsys.readouterr()
    assert "BLOCK" in captured.out
    assert "<stdin>: text in" in captured.err
    assert "mojibake" in captured.err


def test_check_redacts_a_tcvn3_file_like_the_clean_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    text = "Ông Nguyễn Văn Hưởng, số CCCD 001085012345, ở Hà Nội."
    clean, legacy = tmp_path / "clean.txt", tmp_path / "legacy.txt"
    clean.write_text(text, encoding="utf-8")
    legacy.write_bytes(encode(text, "tcvn3"))
    assert main(["check", "--redact", str(clean)]) == 0
    expected = capsys.readouterr().out
    assert "[CCCD_1]" in expected
    assert main(["check", "--redact", str(legacy)]) == 0
    captured = capsys.readouterr()
    assert captured.out == expected
    assert "TCVN3" in captured.err
    assert "đã chuyển từ bảng mã TCVN3" in captured.err


def test_prompts_hook_reads_utf16_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "system.prompt"
    f.write_bytes(("\ufeff" + CASE).encode("utf-16-le"))
    assert prompts([str(f), "--lang", "en"]) == 1
    captured = capsys.readouterr()
    assert "STATE_SECRET_MARK block" in captured.out
    assert f"ai-guard-prompts: {f}: converted from UTF-16 (with a BOM)" in captured.err


def test_check_prompt_itself_never_rewrites_text() -> None:
    """Library users' offsets are offsets in their own string."""
    from ai_guard import check_prompt

    paste = mojibake(CASE, "tcvn3")
    result = check_prompt(paste)
    located = [f for f in result.findings if f.entity.value != "DETECTOR_ERROR"]
    assert located
    assert all(0 <= f.start < f.end <= len(paste) for f in located)
    assert "MẬT" not in result.redacted_text
    fixed = repair_text(paste)
    assert fixed is not None
    assert check_prompt(fixed.text).decision.value == "block"


def test_one_legacy_symbol_in_unicode_text_changes_only_that_word() -> None:
    """A document of proper Unicode with one ``Q§`` (TCVN3 of ``QĐ``) left by a copy."""
    text = "Căn cứ Quyết định số 312/Q§-UBND, ông trân trọng hóa giải. Tám giờ."
    fixed = repair_text(text)
    assert fixed is not None
    assert fixed.text == text.replace("Q§", "QĐ")


def test_legacy_files_keep_windows_punctuation_and_amounts() -> None:
    text = "Số tiền 1.500.000đ … “được” – xong"
    for scheme in SCHEMES:
        decoded = decode_bytes(encode(text, scheme))
        assert decoded is not None, scheme
        assert decoded.text == text, scheme


@pytest.mark.parametrize("text", ["eà", "aì ôì", "eà aì oè, uả"])
def test_words_of_vietnamese_letters_only_are_never_repaired(text: str) -> None:
    """Found by the property above in CI: letters Vietnamese writes ("eà" is also VNI for "ề")
    are no evidence of a legacy encoding, however many of them read as syllables."""
    assert repair_text(text) is None


@pytest.mark.parametrize("scheme", ["tcvn3", "vni", "windows-1258"])
def test_check_prompt_blocks_a_mojibake_paste_that_hides_a_stamp(scheme: str) -> None:
    """``MẬT`` in TCVN3 shown by a Western font is no stamp as written: the paste is read in
    its converted reading and blocked with that reading's findings where they stand in the
    text as written (the stamp, the name and the CCCD); nothing is handed back."""
    from ai_guard import Decision, check_prompt

    paste = mojibake(CASE, scheme)
    result = check_prompt(paste)
    assert result.decision is Decision.BLOCK
    assert result.redacted_text == ""
    found = {f.entity.name: paste[f.start : f.end] for f in result.findings}
    assert found["STATE_SECRET_MARK"] == mojibake("MẬT", scheme)
    assert found["PERSON"] == mojibake("Nguyễn Văn Hưởng", scheme)
    assert found["CCCD"] == "001085012345"
    assert all(f.pattern != "legacy_encoding" for f in result.findings)


@pytest.mark.parametrize("scheme", ["tcvn3", "vni", "windows-1258"])
def test_a_garbled_stamp_whose_reading_cannot_be_mapped_is_blocked_unread(scheme: str) -> None:
    """Pasted decomposed, the mojibake reads only in its composed form, whose offsets are not
    the paste's: blocked unread, with a reason saying how to convert it."""
    from ai_guard import Decision, check_prompt

    paste = unicodedata.normalize("NFD", mojibake(CASE, scheme))
    result = check_prompt(paste)
    assert result.decision is Decision.BLOCK
    assert result.redacted_text == ""
    first = result.findings[0]
    assert first.pattern == "legacy_encoding"
    assert "repair_text" in first.reason.en
    assert "bảng mã cũ" in first.reason.vi


#: headings in capitals that, as written in a legacy encoding, read as capitalised words to
#: the name detectors ("CôC THI HµNH": TCVN3 for "CỤC THI HÀNH")
HEADINGS = [
    "CHI CỤC THI HÀNH ÁN DÂN SỰ",
    "SỞ TƯ PHÁP TỈNH NGHỆ AN",
    "BAN TỔ CHỨC HUYỆN ỦY",
    "TÒA ÁN NHÂN DÂN KHU VỰC 2",
]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["tcvn3", "vni", "windows-1258"]),
    st.sampled_from(HEADINGS),
    st.sampled_from(["Lê Thị Hằng Nga", "Phạm Quốc Việt", "Đặng Văn Hùng", "Vũ Thị Thu Hà"]),
    st.sampled_from(["", ", sinh năm 1971", ", số CCCD 001085012345"]),
)
def test_a_mojibake_heading_does_not_block_a_paste_its_reading_redacts(
    scheme: str, heading: str, name: str, tail: str
) -> None:
    """A heading the encoding garbled into capitalised "words" is what the converted reading
    says it is (no name): when that reading is sure of every word, the paste is redacted where
    written, never blocked for the garbage, and never sends a value either reading finds."""
    from ai_guard import Decision, check_prompt

    text = f"{heading}\nQuyết định thi hành án đối với ông {name}{tail}, trú tại xã Yên Thành."
    paste = mojibake(text, scheme)
    reading = repair_text(paste)
    assume(reading is not None and not reading.failed)
    assume(check_prompt(reading.text).decision is Decision.REDACT)
    result = check_prompt(paste)
    assert result.decision is Decision.REDACT, result.findings
    assert mojibake(name, scheme) not in result.redacted_text
    for f in result.findings:
        assert paste[f.start : f.end] not in result.redacted_text
    fixed = repair_text(result.redacted_text)
    assert check_prompt(fixed.text if fixed else result.redacted_text).decision is (Decision.ALLOW)
    assert result.restore(result.redacted_text) == paste


def test_a_mojibake_paste_with_nothing_to_hide_keeps_its_decision() -> None:
    from ai_guard import Decision, check_prompt

    paste = mojibake("Cộng hoà xã hội chủ nghĩa Việt Nam, độc lập tự do hạnh phúc", "tcvn3")
    assert check_prompt(paste).decision is Decision.ALLOW


def test_latin_symbols_in_ordinary_text_are_not_a_legacy_encoding() -> None:
    from ai_guard import check_prompt

    result = check_prompt("Theo § 3, nhiệt độ 30°C; ông Nguyễn Văn An, Ärztin in Köln.")
    assert all(f.pattern != "legacy_encoding" for f in result.findings)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_read(encoding: str) -> None:
    text = "Họ tên: Nguyễn Văn An\nCCCD: 001085012345\nTài liệu MẬT\n"
    decoded = decode_bytes(text.encode(encoding))
    assert decoded is not None
    assert decoded.text == text
    assert decoded.encoding == encoding


def test_bytes_with_nul_that_are_not_utf16_are_not_read_as_such() -> None:
    data = b"abc\x00\x01\x02\x03binary\x00\x00\xff\xfe" * 10
    decoded = decode_bytes(data)
    assert decoded is None or not decoded.encoding.startswith("utf-16")


def test_the_scanner_reads_a_utf16_env_file(tmp_path: Path) -> None:
    from ai_guard.scan import scan_paths

    env = tmp_path / ".env"
    env.write_bytes(
        "OPENAI_API_KEY=sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd\n".encode("utf-16")
    )
    report = scan_paths([str(env)])
    assert report.files == 1
    assert not report.errors
    assert report.findings, "a key in a UTF-16 .env file is found"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_every_command_reads_its_files_in_utf16_or_32_with_a_bom(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    encoding: str,
) -> None:
    """Windows Notepad saves "Unicode" as UTF-16 with a BOM: a prompt, a document, code, a
    policy, the scanner's configuration and baseline are read by every command, not refused
    as "not UTF-8" (the policy, the scanner's configuration and baseline were)."""
    from ai_guard.text.encodings import unicode_text

    def write(name: str, text: str) -> Path:
        path = tmp_path / name
        data = text.encode(encoding)
        if encoding == "utf-16-be":
            data = b"\xfe\xff" + data
        path.write_bytes(data)
        return path

    monkeypatch.chdir(tmp_path)
    prompt = write("p.txt", "Lưu hành nội bộ\nCCCD của ông An: 001085012345\n")
    policy = write("ai-guard.toml", '[actions]\nINTERNAL_MARK = "redact"\n')
    assert main(["check", "--policy", str(policy), str(prompt)]) == 1  # redact, not block
    assert "INTERNAL_MARK" in capsys.readouterr().out
    assert main(["classify", str(prompt)]) == 1
    capsys.readouterr()
    code = write("app.py", 'KEY = "sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd"\n')
    write("pyproject.toml", '[tool.ai-guard.scan]\nextra_guards = ["my_guard"]\n')
    assert main(["scan", str(code)]) == 1
    assert "AIG102" in capsys.readouterr().out
    assert main(["scan", str(code), "--baseline", "base.json", "--update-baseline"]) == 0
    accepted = (tmp_path / "base.json").read_text("utf-8")
    write("base16.json", accepted)
    assert main(["scan", str(code), "--baseline", "base16.json"]) == 0  # read, all accepted
    assert unicode_text("Khóa: x".encode(encoding)) == "Khóa: x"
    with pytest.raises(UnicodeDecodeError):
        unicode_text("Khóa".encode("cp1258"))  # no legacy scheme guessed for a configuration


def test_classify_records_and_notes_a_conversion(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ai_guard import classify_file
    from ai_guard.text.encodings import encode

    doc = tmp_path / "cv.txt"
    doc.write_bytes(encode("CÔNG VĂN\nVề việc tổ chức hội nghị tổng kết năm 2025.\n", "tcvn3"))
    result = classify_file(doc)
    assert result.converted_from == "tcvn3"
    assert result.conversion_confidence is not None
    assert result.conversion_confidence > 0
    plain = tmp_path / "plain.txt"
    plain.write_text("Công văn về việc tổ chức hội nghị.", "utf-8")
    assert classify_file(plain).converted_from is None
    assert main(["classify", "--format", "json", "--lang", "en", str(doc)]) in (0, 1)
    captured = capsys.readouterr()
    assert json.loads(captured.out.splitlines()[0])["converted_from"] == "tcvn3"
    assert "converted from" in captured.err


def test_documents_hook_notes_a_conversion(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ai_guard.cli.hooks import documents

    doc = tmp_path / "memo.txt"
    doc.write_bytes("Thông báo lịch họp giao ban tuần.\n".encode("utf-16"))
    documents(["--lang", "en", str(doc)])
    assert "converted from" in capsys.readouterr().err


@pytest.mark.parametrize("scheme", ["tcvn3", "vni"])
def test_a_mojibake_cue_before_an_ascii_value_is_acted_on(scheme: str) -> None:
    from ai_guard import check_prompt
    from ai_guard.text.encodings import encode

    # the stamp and the number are ASCII, unchanged by the encoding; the cue that names them
    # is hidden by it: the stamp blocks, the passport is redacted where it stands
    stamp = encode("Độ mật: TOI MAT\nChỉ thị về công tác", scheme).decode("latin-1")
    assert check_prompt(stamp).decision.value == "block"
    passport = encode("Số hộ chiếu của ông An: C1234567", scheme).decode("latin-1")
    result = check_prompt(passport)
    assert result.decision.value == "redact"
    assert "C1234567" not in result.redacted_text
    assert {f.entity.name for f in result.findings} >= {"PASSPORT"}
    assert result.restore(result.redacted_text) == passport


@pytest.mark.parametrize("scheme", ["tcvn3", "vni", "windows-1258"])
def test_a_name_and_address_hidden_by_a_legacy_encoding_are_redacted_where_written(
    scheme: str,
) -> None:
    """An old Word file pasted as it shows (holdout6 h6-155): the name and the address the
    encoding hides are found in its repaired reading and redacted in the text as written;
    each placeholder holds the characters as pasted, so restoring gives the paste back."""
    from ai_guard import Decision, check_prompt

    text = "Họ và tên: Nguyễn Thị Hương\nNơi thường trú: Phường Tân Định, TP Hồ Chí Minh\n"
    paste = mojibake(text, scheme) + "File Word cũ bị lỗi font thế này, chuyển sang Unicode giúp."
    result = check_prompt(paste)
    assert result.decision is Decision.REDACT
    names = [f for f in result.findings if f.entity.name == "PERSON"]
    assert len(names) == 1
    assert result.redacted_text.count("[PERSON_1]") == 1
    assert "[ADDRESS_1]" in result.redacted_text
    for f in result.findings:
        assert paste[f.start : f.end] not in result.redacted_text
    # nothing is left in either reading of what goes out
    fixed = repair_text(result.redacted_text)
    for reading in (result.redacted_text, fixed.text if fixed else result.redacted_text):
        assert check_prompt(reading).decision is Decision.ALLOW, reading
    assert result.restore(result.redacted_text) == paste


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["tcvn3", "vni", "windows-1258"]),
    st.sampled_from(["Nguyễn Thị Hương", "Trần Văn Đức", "Lê Thị Hằng Nga", "Phạm Quốc Việt"]),
    st.sampled_from(["Họ tên", "Người đề nghị", "Ông", "Bà"]),
    st.sampled_from(["", " đang chờ xử lý hồ sơ.", ", số CCCD 001085012345."]),
)
def test_a_mojibake_paste_never_sends_what_its_reading_finds(
    scheme: str, name: str, cue: str, tail: str
) -> None:
    from ai_guard import Decision, check_prompt

    text = f"{cue}: {name}{tail}" if cue[0] in "HN" else f"{cue} {name}{tail}"
    paste = mojibake(text, scheme)
    reading = repair_text(paste)
    # a short Windows-1258 paste may be all Vietnamese letters ("Phaòm Quôìc Viêòt"): no
    # evidence of an encoding, nothing read (test_words_of_vietnamese_letters_only_...)
    assume(reading is not None and check_prompt(reading.text).decision is not Decision.ALLOW)
    result = check_prompt(paste)
    assert result.decision is not Decision.ALLOW
    if result.decision is Decision.REDACT:
        fixed = repair_text(result.redacted_text)
        assert check_prompt(fixed.text if fixed else result.redacted_text).decision is (
            Decision.ALLOW
        )
        assert result.restore(result.redacted_text) == paste


def test_one_stray_latin1_pair_does_not_block_an_ordinary_prompt() -> None:
    from ai_guard import check_prompt

    text = "001085012345001085012345Æ\x80S001085012345"
    assert all(f.pattern != "legacy_encoding" for f in check_prompt(text).findings)


def test_a_short_vni_paste_of_vietnamese_letters_only_is_repaired() -> None:
    """No character of the VNI paste is foreign to Vietnamese (its huyền, nặng and "ư" bytes are
    the foreign ones, and this text has none), but three whole words and more read as syllables
    only in VNI ("Toùm taét ... giuùp toâi"): the cue before the tax code is read."""
    paste = mojibake("Tóm tắt hồ sơ sau giúp tôi:\nMã số thuế: 0524000007", "vni")
    assert not any(c in paste for c in "øïöäûåüë")
    assert legacy_signs(paste)
    fixed = repair_text(paste)
    assert fixed is not None
    assert fixed.scheme == "vni"
    assert fixed.text == "Tóm tắt hồ sơ sau giúp tôi:\nMã số thuế: 0524000007"
    from ai_guard import check_prompt

    assert not check_prompt(paste).allowed


@pytest.mark.parametrize(
    "text",
    [
        "Tóm tắt hồ sơ sau giúp tôi: Mã số thuế 0524000007",
        "Khoẻ không? Hoà, Thuý, quà, xuân, tiên, yêu, hoãn, quãng",
        "Aún así, la canción y el camión; où est-il? Não, ação.",
        "eà aì oè, uả",  # two-letter words only
    ],
)
def test_ordinary_text_gives_no_whole_vni_words(text: str) -> None:
    assert repair_text(text) is None


def test_the_vni_gate_reads_pairs_vietnamese_never_writes() -> None:
    assert not legacy_signs("Khoẻ không? Hoà, Thuý, quà, xuân, tiên, yêu, hoãn, quãng, tôi")
    assert legacy_signs("toâi")  # VNI "tôi"
    assert not legacy_signs("toâi " + "x" * 5000)  # a long text: only its foreign bytes count
    assert legacy_signs("hoä " + "x" * 5000)


def test_a_soft_hyphen_inside_a_tcvn3_word_does_not_stop_it_being_read() -> None:
    """'M\\xadË\\xadT' (TCVN3 "MẬT" with soft hyphens typed in) is converted without them;
    the byte is TCVN3's "ư" where the word reads as a syllable with it ("n\\xadíc": "nước")."""
    fixed = repair_text("§é mËt: M\u00adË\u00adT\nNhê b¹n so¹n gióp c«ng v¨n tr¶ lêi.")
    assert fixed is not None
    assert fixed.text == "Độ mật: MẬT\nNhờ bạn soạn giúp công văn trả lời."
    fixed = repair_text("Céng hoµ x· héi n\u00adíc ta")
    assert fixed is not None
    assert fixed.text == "Cộng hoà xã hội nước ta"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.integers(1, 4), st.integers(1, 4)), max_size=8),
       st.integers(0, 60), st.integers(0, 30))  # fmt: skip
def test_the_written_map_is_the_walk_over_the_segments(
    runs: list[tuple[int, int, int]], start: int, length: int
) -> None:
    """check_prompt maps the repaired reading's findings back by bisection: the same as walking
    every converted run before the position (gap, length as written, length repaired)."""
    from ai_guard.prompt.engine import _WrittenMap

    segments, w, r = [], 0, 0
    for gap, written, repaired in runs:
        w, r = w + gap, r + gap
        segments.append((w, w + written, r, r + repaired))
        w, r = w + written, r + repaired

    def walk(pos: int, is_end: bool) -> int:
        shift = 0
        for w_start, w_end, r_start, r_end in segments:
            if pos < r_start or (is_end and pos == r_start):
                break
            if pos < r_end or (is_end and pos == r_end):
                return w_end if is_end else w_start
            shift = w_end - r_end
        return pos + shift

    end = start + length
    assert _WrittenMap(tuple(segments)).span(start, end) == (walk(start, False), walk(end, True))


@pytest.mark.parametrize("scheme", ["tcvn3", "vni"])
def test_classify_converts_a_pasted_legacy_string(scheme: str) -> None:
    """A string of a legacy scheme's mojibake (pasted, not read from a file) is judged as it
    reads once converted: its stamp is a secrecy level, its conversion recorded."""
    from ai_guard import classify_document
    from ai_guard.text.encodings import encode

    source = "CÔNG VĂN\nĐộ mật: MẬT\nVề việc tổ chức hội nghị tổng kết năm 2025.\n"
    pasted = encode(source, scheme).decode("latin-1")
    result = classify_document(pasted)
    assert result.secrecy == classify_document(source).secrecy != "none"
    assert result.sensitivity == "secret"
    assert result.converted_from == f"{scheme}-mojibake"
    # plain Vietnamese and plain Latin-1 words are never converted
    assert classify_document(source).converted_from is None
    assert classify_document("Café au lait, crème brûlée.").converted_from is None


@pytest.mark.parametrize(
    ("garbled", "name"),
    [
        ("GIAÙM ÑOÁC\nThaïch Vaên Saø Röôl", "Thạch Văn Sà Rươl"),
        ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam. Sôn Thò Söông Pharl", "Sơn Thị Sương Pharl"),
    ],
)
def test_a_name_no_syllable_spells_is_converted_with_its_neighbours(
    garbled: str, name: str
) -> None:
    """A minority or foreign name in the legacy font (``Röôl``: a Khmer name's ``Rươl``) is
    no Vietnamese syllable in either reading; beside converted words it is the font's too."""
    fixed = repair_text(garbled)
    assert fixed is not None
    assert fixed.text.endswith(name)


def test_a_foreign_word_that_no_font_spells_stays() -> None:
    fixed = repair_text("Ñoàng chí Müller vaø oâng Straße ñaõ ñeán")
    assert fixed is not None
    assert fixed.text == "Đồng chí Müller và ông Straße đã đến"
