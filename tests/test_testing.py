"""ai_guard.testing: the strategies find what they generate, the spy and the leak assertion.

Profiles: ``HYPOTHESIS_PROFILE=ci`` (default here: deterministic, a few hundred examples) and
``HYPOTHESIS_PROFILE=nightly`` (thousands, random) — see docs/testing.md.
"""

from __future__ import annotations

import base64
import html
import os
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ai_guard import DocumentClassification, Finding, Policy, PromptCheck, SignOff, check_prompt
from ai_guard.detectors.tax import tax_code_valid
from ai_guard.testing import LLMSpy
from ai_guard.testing import strategies as vst

settings.register_profile(
    "ci", derandomize=True, max_examples=150, deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)  # fmt: skip
settings.register_profile(
    "nightly", max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")


def found(text: str, value: str) -> list[tuple[str, str]]:
    start = text.index(value)
    r = check_prompt(text)
    return [
        (f.entity.value, f.validation.value)
        for f in r.findings
        if f.start == start and f.end == start + len(value)
    ]


CASES = [
    ("CCCD", vst.cccd_numbers(), "Số CCCD: {v}"),
    ("CMND", vst.cmnd_numbers(), "CMND số {v}"),
    ("TAX_CODE", vst.tax_codes(digits=10), "Mã số thuế: {v}"),
    ("TAX_CODE", vst.tax_codes(digits=13), "MST chi nhánh: {v}"),
    ("SOCIAL_INSURANCE", vst.social_insurance_numbers(), "Mã số BHXH: {v}"),
    ("HEALTH_INSURANCE", vst.health_insurance_numbers(), "Mã thẻ BHYT: {v}"),
    ("PASSPORT", vst.passport_numbers(), "Hộ chiếu số {v}"),
    ("PHONE", vst.phone_numbers(kind="mobile"), "Liên hệ SĐT {v} nhé"),
    ("PHONE", vst.phone_numbers(kind="landline"), "Điện thoại cơ quan: {v}"),
    ("EMAIL", vst.emails(), "Gửi về email {v} giúp tôi"),
    ("GOV_EMAIL", vst.gov_emails(), "Đăng ký tài khoản bằng {v}"),
    ("LICENSE_PLATE", vst.license_plates(), "Xe biển số {v} vi phạm"),
    ("DATE_OF_BIRTH", vst.dates_of_birth(), "Bà Lan sinh ngày {v} tại Hà Nội"),
    ("CASE_NUMBER", vst.case_numbers(), "Theo Bản án số {v} của Tòa án"),
    ("API_SECRET", vst.api_keys(), "OPENAI_API_KEY={v}"),
    ("PERSON", vst.person_names(), "Ông {v} đề nghị"),
    ("PERSON", vst.person_names(diacritics=False), "Ong {v} de nghi"),
]


@pytest.mark.parametrize(("entity", "strategy", "template"), CASES, ids=lambda x: str(x)[:20])
def test_every_valid_generated_value_is_found_with_its_type(
    entity: str, strategy: st.SearchStrategy[str], template: str
) -> None:
    @settings(settings.get_profile(PROFILE))
    @given(strategy)
    def check(value: str) -> None:
        text = template.format(v=value)
        got = found(text, value)
        assert got, f"{entity} not found in {text!r}"
        assert got[0][0] == entity
        assert got[0][1] != "failed"

    check()


@pytest.mark.parametrize(
    ("entity", "strategy", "template"),
    [
        ("CCCD", vst.cccd_numbers(valid=False), "Số CCCD: {v}"),
        ("TAX_CODE", vst.tax_codes(valid=False), "Mã số thuế: {v}"),
        ("HEALTH_INSURANCE", vst.health_insurance_numbers(valid=False), "Mã thẻ BHYT: {v}"),
        ("PHONE", vst.phone_numbers(valid=False), "SĐT {v}"),
    ],
    ids=lambda x: str(x)[:20],
)
def test_an_invalid_value_is_never_reported_as_a_validated_one(
    entity: str, strategy: st.SearchStrategy[str], template: str
) -> None:
    """Invalid values are either not reported as the type, or reported with validation
    "failed" (ai-guard keeps a mistyped identifier next to a strong cue: it still points at a
    person; see docs/testing.md)."""

    @settings(settings.get_profile(PROFILE))
    @given(strategy)
    def check(value: str) -> None:
        text = template.format(v=value)
        for kind, validation in found(text, value):
            if kind == entity:
                assert validation == "failed"

    check()


@pytest.mark.parametrize(
    ("entity", "strategy"),
    [
        ("CCCD", vst.cccd_numbers(valid=False)),
        ("TAX_CODE", vst.tax_codes(valid=False)),
        ("HEALTH_INSURANCE", vst.health_insurance_numbers(valid=False)),
        ("PHONE", vst.phone_numbers(valid=False)),
    ],
    ids=lambda x: str(x)[:20],
)
@pytest.mark.parametrize("template", ["{v}", "Mã tham chiếu {v} đã được ghi nhận.", "Ref {v}"])
def test_an_invalid_value_without_a_cue_is_not_reported_as_its_type(
    entity: str, strategy: st.SearchStrategy[str], template: str
) -> None:
    """The issue's property as written: a value of the right shape with a wrong checksum or
    code, met without a cue word, is never reported as that type (it may be reported as
    another type whose checks it passes: a 10-digit invalid tax code can be a valid phone)."""

    @settings(settings.get_profile(PROFILE))
    @given(strategy)
    def check(value: str) -> None:
        text = template.format(v=value)
        assert entity not in [kind for kind, _ in found(text, value)], text

    check()


@settings(max_examples=200, deadline=None)
@given(vst.tax_codes(valid=True), vst.tax_codes(valid=False))
def test_tax_code_validity_matches_the_check_digit(good: str, bad: str) -> None:
    assert tax_code_valid(good.split("-")[0])
    assert not tax_code_valid(bad.split("-")[0])


@settings(settings.get_profile(PROFILE))
@given(vst.labelled_prompts(entities=["CCCD", "TAX_CODE", "PHONE", "EMAIL", "HEALTH_INSURANCE",
                                      "API_SECRET"]))  # fmt: skip
def test_labelled_prompts_are_recovered_with_exact_spans(prompt: vst.LabelledPrompt) -> None:
    r = check_prompt(prompt.text)
    got = {(f.start, f.end, f.entity.value) for f in r.findings}
    for span in prompt.spans:
        assert span in got, (prompt.text, span)


@settings(settings.get_profile(PROFILE))
@given(vst.labelled_prompts(entities=["PERSON"], diacritics=True))
def test_labelled_names_are_recovered(prompt: vst.LabelledPrompt) -> None:
    r = check_prompt(prompt.text)
    got = {(f.start, f.end, f.entity.value) for f in r.findings}
    for span in prompt.spans:
        assert span in got, (prompt.text, span)


@settings(settings.get_profile(PROFILE))
@given(vst.clean_prompts())
def test_clean_prompts_are_allowed(text: str) -> None:
    r = check_prompt(text)
    assert r.decision.value == "allow", [
        (f.entity.value, text[f.start : f.end]) for f in r.findings
    ]


@settings(max_examples=100, deadline=None)
@given(vst.labelled_prompts(entities=["CCCD", "PHONE"]), st.integers(0, 1000))
def test_ocr_noise_keeps_identifiers_and_folds_letters(
    prompt: vst.LabelledPrompt, seed: int
) -> None:
    noisy = vst.ocr_noise(prompt.text, seed=seed)
    for start, end, _ in prompt.spans:
        assert prompt.text[start:end] in noisy
    assert vst.ocr_noise(prompt.text, seed=seed) == noisy  # deterministic


@settings(max_examples=30, deadline=None)
@given(st.from_type(SignOff))
def test_signoff_has_a_registered_strategy(so: SignOff) -> None:
    assert so.timestamp.tzinfo is not None
    assert len(so.digest) == 64


@settings(max_examples=20, deadline=None)
@given(
    st.from_type(Finding), st.from_type(PromptCheck), st.from_type(DocumentClassification),
    st.from_type(Policy),
)  # fmt: skip
def test_models_have_registered_strategies(
    f: Finding, check: PromptCheck, doc: DocumentClassification, policy: Policy
) -> None:
    assert 0 <= f.start < f.end
    assert check.decision.value in ("allow", "redact", "block")
    assert doc.external_ai_allowed == (doc.recommended_action == "send")
    assert 0.0 <= policy.min_score <= 1.0


@settings(settings.get_profile(PROFILE))
@given(vst.labelled_prompts(diacritics=False))
def test_labelled_prompts_without_diacritics_are_recovered(prompt: vst.LabelledPrompt) -> None:
    got = {(f.start, f.end, f.entity.value) for f in check_prompt(prompt.text).findings}
    for span in prompt.spans:
        assert span in got, (prompt.text, span)


def test_secrecy_marks_on_their_own_line_block() -> None:
    @settings(max_examples=20, deadline=None)
    @given(vst.secrecy_marks())
    def check(mark: str) -> None:
        assert check_prompt(f"{mark}\nBáo cáo tình hình quý I").decision.value == "block"

    check()


def test_api_keys_unknown_vendor() -> None:
    @settings(max_examples=1, database=None)
    @given(vst.api_keys(vendor="nope"))
    def draw(key: str) -> None:
        return None

    with pytest.raises(ValueError, match="vendor"):
        draw()


def test_llm_spy_records_openai_and_anthropic_shapes(llm_spy: LLMSpy) -> None:
    out = llm_spy.chat.completions.create(
        model="gpt-x", messages=[{"role": "system", "content": "Bạn là trợ lý"},
                                 {"role": "user", "content": "Xin chào"}]
    )  # fmt: skip
    assert out.choices[0].message.content == llm_spy.reply
    msg = llm_spy.messages.create(
        model="claude-x", system="Hệ thống", max_tokens=10,
        messages=[{"role": "user", "content": [{"type": "text", "text": "Câu hỏi"}]}],
    )  # fmt: skip
    assert msg.content[0].text == llm_spy.reply
    assert llm_spy.responses.create(model="m", input="Một câu").output_text == llm_spy.reply
    assert llm_spy.sent == ["Bạn là trợ lý", "Xin chào", "Hệ thống", "Câu hỏi", "Một câu"]
    assert len(llm_spy.calls) == 3


def test_assert_no_leak_passes_and_fails_readably(llm_spy: LLMSpy, assert_no_leak) -> None:  # type: ignore[no-untyped-def]
    llm_spy.chat.completions.create(model="m", messages=[{"role": "user", "content": "Xin chào"}])
    assert_no_leak(llm_spy)
    llm_spy.chat.completions.create(
        model="m", messages=[{"role": "user", "content": "CCCD của tôi là 001085012345"}]
    )
    with pytest.raises(AssertionError) as info:
        assert_no_leak(llm_spy)
    report = str(info.value)
    assert "1 of 2 sent text(s)" in report
    start = "CCCD của tôi là 001085012345".index("0")
    assert f"CCCD at {start}-{start + 12}" in report
    assert "001085012345" not in report


def test_missing_hypothesis_names_the_extra() -> None:
    import subprocess
    import sys

    code = (
        "import sys; sys.modules['hypothesis'] = None\n"
        "try:\n    import ai_guard.testing.strategies\n"
        "except ImportError as e:\n    print(e)\n"
        "import ai_guard.testing; print('spy ok', ai_guard.testing.LLMSpy().reply)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "pip install 'ai-guard[hypothesis]'" in out.stdout
    assert "spy ok" in out.stdout  # the spy and assert_no_leak do not need hypothesis


SECRET_TEXT = "Tôi là Nguyễn Văn An, CCCD 001085012345, xin hỏi về thủ tục."
RAW_VALUES = ("001085012345", "Nguyễn Văn An", "Nguyễn")


def test_a_failing_leak_check_and_the_spy_show_types_and_counts_never_values() -> None:
    from ai_guard.testing import LeakReport, assert_no_leak

    spy = LLMSpy(reply="Kính gửi ông Nguyễn Văn An")
    spy.chat.completions.create(
        model="m", messages=[{"role": "system", "content": "Bạn là trợ lý"},
                             {"role": "user", "content": SECRET_TEXT}]
    )  # fmt: skip
    spy.messages.create(model="m", system=SECRET_TEXT, messages=[])
    assert spy.sent == ["Bạn là trợ lý", SECRET_TEXT, SECRET_TEXT]  # the texts are all there
    assert spy.calls[0]["messages"][1]["content"] == SECRET_TEXT
    with pytest.raises(AssertionError) as info:
        assert_no_leak(spy)
    shown = {
        "message": str(info.value),
        "spy": repr(spy),
        "sent": repr(spy.sent),
        "calls": repr(spy.calls),
        "report": repr(LeakReport([(1, check_prompt(SECRET_TEXT))])),
    }
    for where, text in shown.items():
        for raw in RAW_VALUES:
            assert raw not in text, where
    assert "2 of 3 sent text(s)" in shown["message"]
    assert "CCCD at 27-39" in shown["message"]
    assert shown["spy"].startswith("LLMSpy(2 calls, 3 texts sent")
    assert "CCCD×2" in shown["spy"]
    assert "PERSON×2" in shown["spy"]
    assert "CCCD×1" in shown["sent"] or "CCCD×2" in shown["sent"]
    assert "messages" in shown["calls"]
    assert "CCCD×1" in shown["report"]


def test_a_failing_test_prints_no_value_into_the_log(tmp_path: Path) -> None:
    """The real symptom: pytest's long traceback with locals, as CI shows it."""
    import subprocess
    import sys

    (tmp_path / "test_app.py").write_text(
        "CCCD = '0010850' + '12345'\n"  # the value is never written whole in the source
        "NAME = 'Nguyễn ' + 'Văn An'\n\n"
        "def test_app(llm_spy, assert_no_leak):\n"
        "    llm_spy.chat.completions.create(model='m', messages=[\n"
        "        {'role': 'user', 'content': f'Tôi là {NAME}, CCCD {CCCD}'}])\n"
        "    assert_no_leak(llm_spy)\n",
        "utf-8",
    )
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "--tb=long", "-l",
         "-o", "addopts=", str(tmp_path / "test_app.py")],
        capture_output=True, text=True, cwd=tmp_path, check=False,
    )  # fmt: skip
    log = out.stdout + out.stderr
    assert "1 failed" in log
    assert "CCCD at" in log  # the report is there
    assert "001085012345" not in log
    assert "Nguyễn Văn An" not in log


def test_import_hypothesis_loads_nothing_heavy_of_ai_guard() -> None:
    """The entry point runs in every suite of every user who installed ai-guard: it must not
    import pydantic, the models or the detectors (it doubled ``import hypothesis``)."""
    import subprocess
    import sys

    code = (
        "import sys, hypothesis; "
        "print(sorted(m for m in sys.modules if m.startswith(('ai_guard.', 'pydantic'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = eval(out.stdout)  # a list literal printed above
    assert "ai_guard.testing._hypothesis" in loaded  # the entry point did run
    assert not [m for m in loaded if m.startswith("pydantic") or m == "ai_guard.models"]


@pytest.mark.parametrize("hypothesis_first", [True, False])
def test_from_type_works_whichever_is_imported_first(hypothesis_first: bool) -> None:
    import subprocess
    import sys

    imports = ["from hypothesis import strategies as st", "from ai_guard.signoff import SignOff"]
    if not hypothesis_first:
        imports.reverse()
    code = "; ".join(
        [*imports, "from ai_guard import Finding, Policy",
         "print(st.from_type(SignOff).example().approver in ('tran.thi.lan', 'nguyen.van.an',"
         " 'le.minh.tuan', 'pham.thu.ha'),"
         " type(st.from_type(Finding).example()).__name__,"
         " st.from_type(Policy).example().load_plugins)"]
    )  # fmt: skip
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "Finding", "False"]


def test_the_leak_report_speaks_vietnamese_too() -> None:
    from ai_guard.testing import LeakReport

    sent = ["Xin chào", SECRET_TEXT]
    report = LeakReport([(1, check_prompt(SECRET_TEXT))])
    assert report.render(sent, "vi").startswith("1/2 văn bản đã gửi không được ai-guard cho phép:")
    assert report.render(sent).startswith("1 of 2 sent text(s) would not be allowed by ai-guard:")


# -- disguises (the transformations; tests/test_disguises.py holds the detectors to them) ----


def test_disguises_are_the_documented_transformations() -> None:
    assert vst.zero_width("0123", every=2) == "01\u200b23"
    assert vst.soft_hyphens("MẬT") == "M\u00adẬ\u00adT"
    assert vst.odd_spaces("TỐI MẬT", space="\u3000") == "TỐI\u3000MẬT"
    assert vst.full_width("MST 0912") == "ＭＳＴ ０９１２"
    assert vst.decomposed("Mậ") == "Ma\u0323\u0302"
    assert vst.without_diacritics("TUYỆT MẬT đường") == "TUYET MAT duong"
    assert vst.letter_spaced("TỐI MẬT") == "T Ố I  M Ậ T"
    assert vst.title_case("tối mật\nsố cccd") == "Tối Mật\nSố Cccd"
    assert vst.mojibake("Cộng hoà", scheme="tcvn3") == "Céng hoµ"
    assert vst.mojibake("Cộng hòa", scheme="vni") == "Coäng hoøa"
    assert vst.ocr_digits("001085") == "OOlOBS"
    assert vst.ocr_digits("001085", positions=(0, 4)) == "O010B5"
    assert vst.emphasis("MẬT", marker="`") == "`MẬT`"
    assert vst.table_cell("Độ mật: Tối mật") == "| Độ mật | Tối mật |"
    assert vst.json_field("Số CCCD: 001") == '{"Số CCCD": "001"}'
    assert vst.yaml_field("Số CCCD: 001") == 'so_cccd: "001"'
    assert repr(vst.disguise("zero_width", every=2)) == "disguise('zero_width', every=2)"
    with pytest.raises(ValueError, match="unknown disguise"):
        vst.disguise("rot13")
    with pytest.raises(ValueError, match="not a zero-width"):
        vst.zero_width("x", char=" ")


_EN_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


@settings(max_examples=50, deadline=None)
@given(vst.disguises(), vst.cccd_numbers())
def test_drawn_disguises_keep_the_value_recoverable(d: vst.Disguise, cccd: str) -> None:
    out = d(f"Số CCCD: {cccd}")
    assert out
    if d.name == "ocr_digits":
        back = {v: k for k, v in vst.OCR_DIGIT_CONFUSIONS.items()}
        assert out.split(": ")[1].translate(str.maketrans(back)) == cccd
    elif d.name == "mojibake":  # the legacy schemes write digits as ASCII
        assert re.sub(r"\D", "", out).endswith(cccd)
    elif d.name == "digits_in_words":  # read out: each word one digit
        words = out.split(": ")[1].split()
        assert "".join(str(_DIGIT_WORDS.index(w)) for w in words) == cccd
    elif d.name == "encoded":  # a decoder gives the line back
        scheme = dict(d.options).get("scheme", "base64")
        if scheme == "base64":
            assert base64.b64decode(out).decode().endswith(cccd)
        elif scheme == "hex":
            assert bytes.fromhex(out).decode().endswith(cccd)
        else:
            assert unquote(out).endswith(cccd)
    elif d.name == "footnote_mark":  # a reader sees the mark after the value, no digit of it
        mark = str(dict(d.options).get("mark", ""))
        assert out.endswith(cccd + mark), d
    elif d.name == "spelled_english":  # a listener writes each word's digit down
        words = {w: str(i) for i, w in enumerate(_EN_WORDS)}
        heard = "".join(words.get(w, w) for w in out.split(": ")[1].split())
        assert heard == cccd, d
    elif d.name == "dropped_zeros":  # what a spreadsheet keeps of it
        assert out.split(": ")[1] == cccd.lstrip("0")
    elif d.name == "footnote_mark":  # a superscript glued after it: NFKC would read it as a digit
        assert out.rstrip("\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079").endswith(
            cccd
        )
    elif d.name == "markup":  # tags and entities (&#8203; holds digits) are the reader's to drop
        shown = html.unescape(re.sub(r"<[^>]*>", "", out))
        seen = "".join(c for c in unicodedata.normalize("NFKC", shown) if c.isdigit())
        assert seen.endswith(cccd), d
    else:  # the value is all there for a reader: NFKC, invisible characters dropped
        seen = "".join(c for c in unicodedata.normalize("NFKC", out) if c.isdigit())
        assert seen.endswith(cccd), d


def test_disguises_draw_within_a_scope() -> None:
    @settings(max_examples=30, deadline=None)
    @given(vst.disguises(scope="field"))
    def check(d: vst.Disguise) -> None:
        assert d.scope == "field"
        assert d.name in ("table_cell", "csv_rows", "json_field", "json_escaped", "yaml_field")

    check()
    with pytest.raises(ValueError, match="unknown disguises"):
        vst.disguises(names=["rot13"])


_DIGIT_WORDS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def test_typed_tones_lost_digits_in_words_dropped_zeros_and_dodged_emails() -> None:
    assert vst.typed("Họ tên: Nguyễn Văn Hùng") == "Hoj teen: Nguyeenx Vawn Hungf"
    assert vst.typed("TỐI MẬT", method="vni") == "TO6I1 MA6T5"
    assert vst.typed("Đường 30") == "Dduwowngf 30"
    with pytest.raises(ValueError, match="input method"):
        vst.typed("x", method="unikey")  # type: ignore[arg-type]
    assert vst.tones_lost("Độ mật: Tối mật") == "Đô mât: Tôi mât"
    assert vst.digits_in_words("SĐT: 0912.345.678") == (
        "SĐT: không chín một hai ba bốn năm sáu bảy tám"
    )
    assert vst.digits_in_words("(+84) 912 345 678") == ("không chín một hai ba bốn năm sáu bảy tám")
    assert vst.dropped_zeros("CCCD: 001085012345, SĐT 0912345678") == (
        "CCCD: 1085012345, SĐT 912345678"
    )
    assert vst.email_dodged("Email: an.nv@moh.gov.vn") == "Email: an.nv[at]moh[dot]gov[dot]vn"
    assert vst.email_dodged("an@gmail.com", at=" a còng ") == "an a còng gmail chấm com"
    assert vst.email_dodged("CCCD 001085012345") == "CCCD 001085012345"
    with pytest.raises(ValueError, match="EMAIL_DODGES"):
        vst.email_dodged("an@gmail.com", at="#")
    assert vst.mojibake("Việt", scheme="windows-1258") == "Viêòt"


def test_markup_superscript_csv_and_escaped_json_disguises() -> None:
    assert vst.markup("CCCD 001085012345") == "CCCD 001085<br>012345"
    assert vst.markup("SĐT 0912345678", cut="&nbsp;", every=4) == "SĐT 0912&nbsp;3456&nbsp;78"
    assert vst.markup("MẬT") == "MẬT"  # no digits, nothing to cut
    with pytest.raises(ValueError, match="MARKUP_CUTS"):
        vst.markup("001085012345", cut="<script>")
    assert vst.superscript("CCCD 0019") == "CCCD ⁰⁰¹⁹"
    assert vst.superscript("0019", sub=True) == "₀₀₁₉"
    assert vst.csv_rows("Số BHXH: 0123456789") == "ho_ten,so_bhxh\nNguyễn Văn An,0123456789"
    assert vst.json_escaped("Số CCCD: 001085012345") == '{"S\\u1ed1 CCCD": "001085012345"}'
    assert vst.disguise("markup", cut="<b></b>", every=3)("123456") == "123<b></b>456"


@pytest.mark.parametrize(
    ("family", "known"),
    [
        (vst.chat_row_prompts, vst.CHAT_ROW_SHAPES),
        (vst.pasted_prompts, vst.PASTED_SHAPES),
        (vst.chat_log_prompts, vst.CHAT_LOG_SHAPES),
    ],
)
@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_shape_family_refuses_what_it_does_not_draw(
    family: Callable[..., st.SearchStrategy[vst.LabelledPrompt]],
    known: tuple[str, ...],
    data: st.DataObject,
) -> None:
    """The shape families check the shapes asked in one place (``_base.picked_shapes``): an
    unknown one, or none at all, is refused with the family's name and what it knows; a
    known one draws only prompts of that shape."""
    name = family.__name__
    with pytest.raises(ValueError, match=rf"^{name}: shapes \['nope'\] not in "):
        family(shapes=[known[0], "nope"])
    with pytest.raises(ValueError, match=rf"^{name}: shapes \[\] not in "):
        family(shapes=[])
    drawn = data.draw(family(shapes=[known[-1]]))
    assert drawn.shape.split(".")[:2] == [name.removesuffix("_prompts"), known[-1]]
