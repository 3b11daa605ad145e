"""The pre-flight page in a real headless Chromium: what a civil servant does with it, step by
step, with a screenshot of each step (see ``conftest.py``)."""

from __future__ import annotations

import base64
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ai_guard import check_prompt

CCCD = "001085012345"  # Hà Nội (001), a man born in 1985 (0 and 85): a valid CCCD
NAME = "Nguyễn Văn An"
PROMPT = (
    f"Soạn giúp tôi thư trả lời ông {NAME}, số CCCD {CCCD}, về việc cấp lại hộ chiếu cho con ông."
)

PHONE = {"width": 390, "height": 844}

Shots = Callable[[Any, str], Path]


def _check(page: Any) -> None:
    page.click("#check")
    page.wait_for_selector("#result:not([hidden])")


def _mark(page: Any, text: str) -> Any:
    return page.locator("#marked mark.hl", has_text=text)


def _api_requests(page: Any) -> list[str]:
    """Every request the page sends to its API from now on: method, path and body."""
    seen: list[str] = []

    def record(request: Any) -> None:
        if "/page/api/" in request.url:
            seen.append(f"{request.method} {request.url} {request.post_data or ''}")

    page.on("request", record)
    return seen


def _no_horizontal_scroll(page: Any) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    viewport = page.viewport_size["width"]
    assert width <= viewport, f"the page is {width} px wide in a {viewport} px window"


def test_paste_check_copy_restore(page: Any, shots: Shots) -> None:
    expected = check_prompt(PROMPT)
    assert expected.decision.value == "redact"
    page.fill("#input", PROMPT)
    shots(page, "pasted")
    _check(page)

    # both highlighted, each labelled in words, each with its reason in the list
    assert "decision-redact" in page.get_attribute("#banner", "class")
    cccd, name = _mark(page, CCCD), _mark(page, NAME)
    assert cccd.count() == 1
    assert name.count() == 1
    assert cccd.text_content() == CCCD
    assert name.text_content() == NAME
    for mark in (cccd, name):
        entry = page.locator(f"#{mark.get_attribute('aria-describedby')}")
        assert entry.locator(".finding-reason").text_content().strip()
        assert mark.get_attribute("data-label")
    assert "căn cước" in page.locator(f"#{cccd.get_attribute('aria-describedby')}").text_content()
    assert page.locator("#findings > li").count() == len(expected.findings)
    _no_horizontal_scroll(page)
    shots(page, "checked")

    # copy: the clipboard holds the redacted text, with no CCCD and no name in it
    assert page.is_enabled("#copy")
    page.click("#copy")
    page.wait_for_selector("#copy-status:not(:empty)")
    assert page.text_content("#copy-status") == "Đã sao chép"
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == expected.redacted_text
    assert CCCD not in copied
    assert NAME not in copied
    shots(page, "copied")

    # the chatbot's answer: placeholders restored here, nothing sent to the server for it
    sent = _api_requests(page)
    answer = (
        "Kính gửi ông [PERSON_1],\nHồ sơ cấp lại hộ chiếu gắn với số CCCD [CCCD_1] đã được "
        "tiếp nhận. Trân trọng cảm ơn ông \\[PERSON\\_1\\]."
    )
    page.fill("#answer", answer)
    page.click("#restore")
    page.wait_for_selector("#restored:not([hidden])")
    restored = page.text_content("#restored")
    assert restored == (
        f"Kính gửi ông {NAME},\nHồ sơ cấp lại hộ chiếu gắn với số CCCD {CCCD} đã được "
        f"tiếp nhận. Trân trọng cảm ơn ông {NAME}."
    )
    assert page.locator("#restored mark.restored-value").count() == 3
    assert "3" in page.text_content("#restore-status")
    assert sent == []
    assert "[PERSON_1]" not in restored
    shots(page, "restored")

    # a phone: one column, the side list below the text, nothing wider than the screen
    page.set_viewport_size(PHONE)
    _no_horizontal_scroll(page)
    text_box = page.locator("#marked").bounding_box()
    list_box = page.locator("#findings").bounding_box()
    assert list_box["y"] > text_box["y"] + text_box["height"]
    shots(page, "phone")
    page.set_viewport_size({"width": 1366, "height": 768})

    # the table lives in the tab (sessionStorage): a reload keeps it, still without a request
    page.reload()
    page.wait_for_selector("body[data-ready='true']")
    page.fill("#answer", "[CCCD_1] / [CCCD_2]")
    page.click("#restore")
    page.wait_for_selector("#restored:not([hidden])")
    assert page.text_content("#restored") == f"{CCCD} / [CCCD_2]"
    assert "[CCCD_2]" in page.text_content("#restore-status")  # named, left as written
    assert [r for r in sent if "/check" in r or "/upload" in r] == []


def _secret_docx() -> bytes:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for line in (
        "BỘ CÔNG AN",
        "MẬT",
        "Số: 12/BC-CA",
        "BÁO CÁO",
        "Về tình hình an ninh trật tự tháng 11",
        "Tình hình an ninh trật tự trên địa bàn cơ bản ổn định.",
        "Nơi nhận: như trên.",
    ):
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


_DROP = """([name, data]) => {
  const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
  const file = new File([bytes], name, {type: ""});
  const transfer = new DataTransfer();
  transfer.items.add(file);
  const zone = document.getElementById("drop");
  for (const type of ["dragenter", "dragover", "drop"]) {
    zone.dispatchEvent(new DragEvent(type, {bubbles: true, cancelable: true,
                                            dataTransfer: transfer}));
  }
}"""


def test_dropped_secret_docx_is_blocked_with_reason_and_advice(page: Any, shots: Shots) -> None:
    data = _secret_docx()
    page.evaluate(_DROP, ["báo cáo tháng 11.docx", base64.b64encode(data).decode()])
    page.wait_for_selector("#result:not([hidden])")
    assert "decision-block" in page.get_attribute("#banner", "class")
    assert page.text_content("#banner-title") == "Không được gửi"
    assert page.is_visible("#block-detail")
    reasons = page.locator("#block-reasons > li")
    advice = page.locator("#block-advice > li")
    assert reasons.count() >= 1
    assert advice.count() >= 1
    assert "mật" in page.text_content("#block-detail").lower()
    assert all(text.strip() for text in advice.all_text_contents())
    assert page.is_disabled("#copy")
    assert page.is_hidden("#redacted-box")
    assert _mark(page, "MẬT").count() == 1
    assert "báo cáo tháng 11.docx" in page.text_content("#file-info")
    shots(page, "blocked")
    # nothing to restore from: a blocked check leaves no table behind
    assert page.evaluate("sessionStorage.getItem('ai-guard-page.mapping')") == "{}"


def test_keyboard_only(page: Any, shots: Shots) -> None:
    def active() -> str:
        return page.evaluate(
            "(() => { const a = document.activeElement;"
            " return a.id || a.tagName.toLowerCase(); })()"
        )

    order = []
    for _ in range(6):
        page.keyboard.press("Tab")
        order.append(active())
        if order[-1] == "input":
            break
    assert order[-1] == "input", f"Tab went through {order}"
    page.keyboard.type(f"Ông {NAME}, CCCD {CCCD}")
    page.keyboard.press("Control+Enter")
    page.wait_for_selector("#result:not([hidden])")
    assert active() == "banner"  # the decision is read out first

    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.tagName") == "MARK"
    first = page.evaluate("document.activeElement.textContent")
    assert first == NAME
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"  # the focus can be seen
    shots(page, "highlight-focused")

    page.keyboard.press("Enter")  # to its entry in the side list
    entry = page.evaluate("document.activeElement.id")
    assert entry.startswith("fd-")
    assert NAME[0] in page.text_content(f"#{entry} .value")
    page.keyboard.press("Tab")  # its "show in the text" button
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.textContent") == NAME
    shots(page, "back-to-highlight")


def test_english_switch_is_remembered(page: Any, shots: Shots) -> None:
    expected = check_prompt(PROMPT)
    page.click("#lang")
    assert page.get_attribute("html", "lang") == "en"
    assert page.text_content("h1") == "Check before sending to a chatbot"
    page.fill("#input", PROMPT)
    _check(page)
    assert page.text_content("#banner-title") == "Send the redacted text only"
    assert page.text_content("#check") == "Check"
    reason = page.text_content("#findings .finding-reason")
    assert any(reason == f.reason("en") for f in expected.findings)
    shots(page, "english")

    page.reload()
    page.wait_for_selector("body[data-ready='true']")
    assert page.get_attribute("html", "lang") == "en"
    assert page.text_content("#lang") == "Tiếng Việt"
    page.click("#lang")
    assert page.get_attribute("html", "lang") == "vi"
    assert page.text_content("#check") == "Kiểm tra"


def test_markup_in_the_text_stays_text(page: Any, shots: Shots) -> None:
    attack = (
        f'Ông {NAME} <img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'
        "<b onmouseover=window.__xss=3>đậm</b>"
    )
    page.fill("#input", attack)
    _check(page)
    assert page.locator("#marked img, #marked script, #marked b").count() == 0
    assert page.text_content("#marked").replace("\n", "") == attack
    assert _mark(page, NAME).count() == 1
    page.fill("#answer", '[PERSON_1] <img src=x onerror="window.__xss=4">')
    page.click("#restore")
    page.wait_for_selector("#restored:not([hidden])")
    assert page.locator("#restored img").count() == 0
    assert page.text_content("#restored") == f'{NAME} <img src=x onerror="window.__xss=4">'
    assert page.evaluate("window.__xss") is None
    shots(page, "markup-as-text")


def test_unsupported_file_shows_the_servers_message(page: Any, shots: Shots) -> None:
    with page.expect_file_chooser() as chooser:
        page.click("#pick")
    chooser.value.set_files(
        files=[
            {
                "name": "cai-dat.exe",
                "mimeType": "application/octet-stream",
                "buffer": b"MZ\x90\x00\x03" + bytes(64),
            }
        ]
    )
    page.wait_for_selector("#error:not([hidden])")
    answer = page.request.post(
        "/page/api/upload",
        data=b"MZ\x90\x00\x03" + bytes(64),
        headers={"X-File-Name": "cai-dat.exe", "Content-Type": "application/octet-stream"},
    )
    assert answer.status == 415
    message = answer.json()["error"]["message"]
    assert page.text_content("#error") == message["vi"]
    assert page.is_hidden("#result")
    assert page.is_disabled("#copy")
    shots(page, "unsupported-file")
    page.click("#lang")
    assert page.text_content("#error") == message["en"]


def test_large_text_and_file_show_progress(page: Any, shots: Shots) -> None:
    """Over ~200 KB a text's upload shows how much has gone, then the analysing state; a file
    always does. The upload is slowed to 1 MB/s (Chromium's network emulation) so that the
    browser's upload events have something to report on the loopback."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 0, "downloadThroughput": -1, "uploadThroughput": 1 << 20},
    )
    page.evaluate(
        """() => {
      window.__progress = [];
      new MutationObserver(() => {
        if (!document.getElementById("progress").hidden) {
          window.__progress.push(document.getElementById("progress-text").textContent);
        }
      }).observe(document.getElementById("progress"),
                 {attributes: true, childList: true, subtree: true, characterData: true});
    }"""
    )
    paragraph = (
        "Báo cáo tổng hợp ý kiến góp ý của các đơn vị về dự thảo quy chế làm việc; "
        "các ý kiến đã được tiếp thu, giải trình đầy đủ.\n"
    )
    text = paragraph * (210_000 // len(paragraph)) + f"Liên hệ ông {NAME}."
    for send in ("text", "file"):
        page.evaluate("window.__progress = []")
        if send == "text":
            page.evaluate("(t) => { document.getElementById('input').value = t; }", text)
            _check(page)
        else:
            page.set_input_files(
                "#file",
                files=[{"name": "góp ý.txt", "mimeType": "text/plain", "buffer": text.encode()}],
            )
            page.wait_for_selector("#file-info:not([hidden])")
        states = page.evaluate("window.__progress")
        sending = [s for s in states if s.startswith("Đang gửi lên máy chủ: ")]
        assert any(" 100 %" not in s for s in sending), (send, states)  # part way
        assert states[-1] == "Đang phân tích…", (send, states)
        assert page.is_hidden("#progress")
        assert _mark(page, NAME).count() == 1
    shots(page, "large-file")


def test_copy_without_the_clipboard_api(context: Any, page: Any, shots: Shots) -> None:
    """On plain http:// (no secure context) there is no navigator.clipboard: the page copies
    the old way (a selected text area and execCommand)."""
    plain = context.new_page()
    plain.add_init_script("Object.defineProperty(navigator, 'clipboard', {value: undefined})")
    plain.goto("/")
    plain.wait_for_selector("body[data-ready='true']")
    assert plain.evaluate("navigator.clipboard") is None
    plain.fill("#input", PROMPT)
    _check(plain)
    plain.click("#copy")
    plain.wait_for_selector("#copy-status:not(:empty)")
    assert plain.text_content("#copy-status") == "Đã sao chép"
    assert plain.evaluate("document.activeElement.id") == "copy"  # focus given back
    assert page.evaluate("navigator.clipboard.readText()") == check_prompt(PROMPT).redacted_text
    plain.close()


# WCAG's contrast of every element's own text against the colour behind it, in each state of
# the decision banner; the labels beside the highlights (::after) too.
_CONTRAST = """() => {
  const rgb = (s) => (s.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const f = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = (el) => {
    for (let n = el; n; n = n.parentElement) {
      const c = rgb(getComputedStyle(n).backgroundColor);
      if (c.length === 3 || c[3] > 0) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const ratio = (a, b) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  const worst = [];
  for (const el of document.querySelectorAll("body *")) {
    if (!el.getClientRects().length) continue;
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    if (own) {
      const r = ratio(rgb(getComputedStyle(el).color).slice(0, 3), background(el));
      if (r < 4.5) worst.push(`${el.tagName}#${el.id}.${el.className}: ${r.toFixed(2)}`);
    }
    const after = getComputedStyle(el, "::after");
    if (after.content && after.content !== "none" && after.content !== '""'
        && after.content !== "normal") {
      const bg = rgb(after.backgroundColor);
      const behind = bg.length === 3 || bg[3] > 0 ? bg.slice(0, 3) : background(el);
      const r = ratio(rgb(after.color).slice(0, 3), behind);
      if (r < 4.5) worst.push(`${el.tagName}.${el.className}::after: ${r.toFixed(2)}`);
    }
  }
  return worst;
}"""


def test_text_contrast_and_first_screen(page: Any) -> None:
    # on a 1366x768 screen the text box and its button are there without scrolling
    box = page.locator("#check").bounding_box()
    assert box["y"] + box["height"] <= 768
    page.fill("#input", PROMPT + f"\nKhoá: sk-proj-{'a1B2c3D4' * 6}\nMẬT")
    _check(page)
    page.click("#reveal")
    page.fill("#answer", "[PERSON_1]")
    page.click("#restore")
    for decision in ("allow", "redact", "block"):
        page.evaluate(
            "(d) => { document.getElementById('banner').className = `banner decision-${d}`;"
            " document.getElementById('block-detail').hidden = false; }",
            decision,
        )
        assert page.evaluate(_CONTRAST) == [], decision


def _analysis(text: str, **fields: Any) -> dict[str, Any]:
    both = {"vi": "câu", "en": "sentence"}
    base: dict[str, Any] = {
        "text": text,
        "decision": "redact",
        "summary": both,
        "findings": [],
        "redacted_text": "[PERSON_1]",
        "mapping": {"[PERSON_1]": text},
        "block": None,
        "classification": None,
        "file": None,
    }
    return {**base, **fields}


def test_what_the_page_cannot_vouch_for_cannot_be_copied(page: Any, shots: Shots) -> None:
    """Answers the real server should never give, put in its place: the page refuses to offer
    anything to copy unless the answer says, in the contract's shape, that it may be sent."""
    detector_error = {
        "id": "f1",
        "entity": "DETECTOR_ERROR",
        "label": {"vi": "lỗi bộ phát hiện", "en": "detector error"},
        "start": 0,
        "end": 0,
        "action": "block",
        "placeholder": None,
        "score": 1.0,
        "validated": False,
        "reason": {"vi": "bộ phát hiện lỗi", "en": "a detector failed"},
    }
    advice = {"reasons": [{"vi": "lỗi", "en": "error"}], "advice": [{"vi": "báo", "en": "tell"}]}
    cases: list[tuple[int, Any, str]] = [
        (200, _analysis(NAME, decision="maybe"), "Câu trả lời của máy chủ không đọc được"),
        (200, _analysis(NAME, findings="none"), "Câu trả lời của máy chủ không đọc được"),
        (200, "<html>proxy</html>", "Câu trả lời của máy chủ không đọc được"),
        (502, "<html>bad gateway</html>", "Máy chủ trả lời lỗi HTTP 502"),
        (
            500,
            {"error": {"code": "internal", "message": {"vi": "ĐÃ CHẶN: lỗi", "en": "BLOCKED"}}},
            "ĐÃ CHẶN: lỗi",
        ),
    ]
    answer: dict[str, Any] = {}

    def fulfil(route: Any) -> None:
        body = answer["body"]
        route.fulfill(
            status=answer["status"],
            content_type="application/json",
            body=body if isinstance(body, str) else json.dumps(body),
        )

    page.route("**/page/api/check", fulfil)
    page.fill("#input", NAME)
    for status, body, shown in cases:
        answer.update(status=status, body=body)
        page.click("#check")
        page.wait_for_selector("#error:not([hidden])")
        assert page.text_content("#error").startswith(shown)
        assert page.is_hidden("#result")
        assert page.is_disabled("#copy")

    # a block with a detector's failure (no place in the text) and, wrongly, a redacted
    # text and a table: nothing copyable, no table kept
    answer.update(
        status=200,
        body=_analysis(
            NAME, decision="block", findings=[detector_error], block=advice, redacted_text=NAME
        ),
    )
    _check(page)
    assert page.is_disabled("#copy")
    assert page.locator("#marked mark").count() == 0
    assert "không gắn với một vị trí" in page.text_content("#fd-0")
    assert page.evaluate("sessionStorage.getItem('ai-guard-page.mapping')") == "{}"
    shots(page, "detector-error")


def test_a_long_register_lists_its_findings_a_part_at_a_time(page: Any, shots: Shots) -> None:
    """1000 findings: the side list shows 200 and says so, more on request; the highlights
    drop the words beside them (a note says so) but keep their type on hover; a highlight
    far down still leads to its own entry."""
    line = f"Ông {NAME}, CCCD {CCCD}.\n"
    text = line * 500
    findings = []
    for i in range(500):
        at = i * len(line)
        for entity, value in (("PERSON", NAME), ("CCCD", CCCD)):
            start = at + line.index(value)
            findings.append({
                "id": f"f{len(findings) + 1}", "entity": entity,
                "label": {"vi": entity.lower(), "en": entity.lower()},
                "start": start, "end": start + len(value), "action": "redact",
                "placeholder": f"[{entity}_{i + 1}]", "score": 0.9, "validated": True,
                "reason": {"vi": "lý do", "en": "reason"},
            })  # fmt: skip
    assert text[findings[1]["start"] : findings[1]["end"]] == CCCD
    body = json.dumps(_analysis(text, findings=findings, redacted_text="…", mapping={}))
    page.route(
        "**/page/api/check",
        lambda route: route.fulfill(status=200, content_type="application/json", body=body),
    )
    page.fill("#input", "x")
    _check(page)
    entries = page.locator("#findings > li.finding")
    assert page.text_content("#findings-count") == "1.000"
    assert entries.count() == 200
    assert "200 trên 1.000" in page.text_content("#findings li.more")
    assert page.is_visible("#many-note")
    assert page.locator("#marked mark.hl").count() == 1000
    assert page.get_attribute("#hl-0", "title") == "person"
    shots(page, "long-register")

    page.click("#findings li.more button.secondary")  # 200 more
    assert entries.count() == 400
    assert page.evaluate("document.activeElement.id") == "fd-200"
    page.focus("#hl-550")
    page.keyboard.press("Enter")  # its entry is shown, with 200 after it
    assert page.evaluate("document.activeElement.id") == "fd-550"
    assert entries.count() == 751
    page.click("#findings li.more button.link")  # all
    assert entries.count() == 1000
    assert page.evaluate("document.activeElement.id") == "fd-751"
    assert page.locator("#findings li.more").count() == 0


# pieces of a chatbot's answer: text without brackets, this check's placeholders, and
# placeholders or near-misses that must stay as written
_PIECES = st.one_of(
    st.text(alphabet="ab Ơ ơ ệ_-.,:\n0123456789ÔngAnPERSONCCD", max_size=12),
    st.sampled_from(
        [
            "[PERSON_1]",
            "[CCCD_1]",
            "[PERSON_2]",
            "[CCCD_12]",
            "[PERSON_1",
            "PERSON_1]",
            "[PERSON-1]",
            "[[CCCD_1]]",
            "[]",
            "[_1]",
            "[EMAIL_1]",
        ]
    ),
)


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(answer=st.lists(_PIECES, max_size=8).map("".join))
def test_restoring_agrees_with_the_library(page: Any, answer: str) -> None:
    """On placeholders written exactly, the page restores what PromptCheck.restore restores
    (the page's extra tolerance, docs/page.md, is for forms these pieces never make)."""
    check = check_prompt(PROMPT)
    if page.is_hidden("#result"):
        page.fill("#input", PROMPT)
        _check(page)
    page.fill("#answer", answer)
    page.click("#restore")
    if not answer.strip():
        assert page.is_hidden("#restored")
        return
    page.wait_for_selector("#restored:not([hidden])")
    assert page.text_content("#restored") == check.restore(answer)


@pytest.mark.parametrize(
    ("written", "restored"),
    [
        ("\\[CCCD\\_1\\]", CCCD),  # Markdown escapes
        ("[ PERSON_1 ]", NAME),  # spaces inside
        ("[person_1]", NAME),  # lower case
        ("\\[PERSON\\_2\\]", "\\[PERSON\\_2\\]"),  # not this check's: as written
        ("[ PERSON _1 ]", "[ PERSON _1 ]"),  # not a placeholder
    ],
)
def test_restoring_forgives_what_chatbots_do(page: Any, written: str, restored: str) -> None:
    page.fill("#input", PROMPT)
    _check(page)
    page.fill("#answer", f"Ông {written}.")
    page.click("#restore")
    page.wait_for_selector("#restored:not([hidden])")
    assert page.text_content("#restored") == f"Ông {restored}."


def test_limits_are_told_before_anything_is_sent(context: Any, page_server: Any) -> None:
    """With the server's limits from /page/api/info, a file or a text over them is refused in
    the page, saying which limit, without sending it (a 2 M-character check takes ~20 s)."""
    tab = context.new_page()
    info = {
        "version": "0",
        "policy": "default",
        "max_upload_bytes": 1000,
        "max_text_chars": 50,
        "accept": [".txt"],
        "entities": {},
        "audit": True,
    }
    tab.route(
        "**/page/api/info",
        lambda route: route.fulfill(
            status=200, content_type="application/json", body=json.dumps(info)
        ),
    )
    tab.goto("/")
    tab.wait_for_selector("body[data-ready='true']")
    tab.wait_for_selector("#about:not(:empty)")
    assert "nhật ký" in tab.text_content("#about")  # audit = true is told
    assert tab.get_attribute("#file", "accept") == ".txt"
    sent = _api_requests(tab)
    tab.set_input_files(
        "#file", files=[{"name": "dài.txt", "mimeType": "text/plain", "buffer": b"a" * 1001}]
    )
    tab.wait_for_selector("#error:not([hidden])")
    assert "dài.txt" in tab.text_content("#error")
    assert "1000 B" in tab.text_content("#error").replace(".", "")
    tab.fill("#input", "x" * 51)
    tab.click("#check")
    assert "51" in tab.text_content("#error")
    assert sent == []
    tab.close()
