// ai-guard's pre-flight page: paste a text or drop a file, see what the guard finds, copy the
// redacted text for the chatbot, and put the original values back into the chatbot's answer.
//
// Plain ES2020, no framework, no build step, nothing loaded from outside (the page runs on an
// agency network with no way out). User text only ever enters the page as DOM text nodes
// (textContent, Text, append(string)), never as HTML. The placeholder -> value table of a check
// stays in this tab (memory and sessionStorage) and is never sent back to the server.

const STRINGS = {
  vi: {
    title: "Kiểm tra trước khi gửi chatbot",
    docTitle: "Kiểm tra trước khi gửi chatbot · ai-guard",
    tagline: "Văn bản được kiểm tra trên máy chủ của cơ quan; máy chủ không lưu văn bản.",
    skip: "Bỏ qua đến ô nhập văn bản",
    switchTo: "English",
    switchLabel: "Switch to English",
    inputTitle: "1. Văn bản định gửi chatbot",
    inputLabel: "Dán văn bản vào đây",
    inputPlaceholder: "Ví dụ: Soạn giúp tôi thư trả lời ông Nguyễn Văn An, số CCCD …",
    inputHint: "Nhấn Ctrl+Enter hoặc nút «Kiểm tra».",
    dropText: "Hoặc kéo thả một tệp vào đây ({accept})",
    dropActive: "Thả tệp để kiểm tra",
    pick: "Chọn tệp…",
    check: "Kiểm tra",
    clear: "Xoá",
    resultTitle: "Kết quả kiểm tra",
    markedTitle: "Văn bản và các phát hiện",
    copy: "Sao chép văn bản đã che",
    copied: "Đã sao chép",
    copyFailed:
      "Không sao chép tự động được; hãy chọn văn bản đã che bên dưới rồi nhấn Ctrl+C.",
    copyBlocked: "Văn bản bị chặn: không có gì để sao chép.",
    redactedShow: "Xem văn bản đã che (sẽ gửi chatbot)",
    findingsTitle: "Các phát hiện",
    findingsEmpty: "Không thấy dữ liệu cần che.",
    reveal: "Hiện giá trị",
    hide: "Ẩn giá trị",
    classTitle: "Phân loại văn bản",
    restoreTitle: "2. Khôi phục câu trả lời",
    restoreHint:
      "Dán câu trả lời của chatbot: các nhãn như [PERSON_1] được thay lại bằng tên, số gốc ngay trên máy này; bảng đối chiếu không gửi đi đâu.",
    answerLabel: "Dán câu trả lời của chatbot",
    restore: "Khôi phục",
    copyRestored: "Sao chép câu trả lời đã khôi phục",
    footer: "ai-guard: kiểm tra tại chỗ, không gửi ra ngoài.",
    about: "Phiên bản {version} · chính sách «{policy}»",
    auditOn: " · mỗi lần kiểm tra được ghi nhật ký (không ghi văn bản)",
    decision_allow: "Có thể gửi",
    decision_redact: "Chỉ gửi bản đã che",
    decision_block: "Không được gửi",
    blockReasons: "Vì sao không được gửi",
    blockAdvice: "Cần làm gì",
    action_allow: "giữ nguyên",
    action_redact: "che thành {placeholder}",
    action_redact_plain: "che",
    action_block: "chặn cả văn bản",
    validated: "đã kiểm tra hợp lệ",
    score: "độ tin cậy {score}",
    position: "vị trí {start}–{end}",
    badPosition: "vị trí không hợp lệ, không tô được trong văn bản",
    noPosition: "không gắn với một vị trí trong văn bản",
    overlapped: "trùng vị trí với phát hiện khác",
    showInText: "Xem trong văn bản",
    fileInfo: "Tệp «{name}»: {kind}, {size}, {chars} ký tự",
    convertedFrom: " (chuyển từ {from})",
    cls_doc_type: "Loại văn bản",
    cls_sensitivity: "Mức độ nhạy cảm",
    cls_categories: "Lĩnh vực",
    cls_verdict: "Được dùng AI bên ngoài",
    cls_action: "Khuyến nghị",
    cls_reasons: "Lý do",
    cls_evidence: "Bằng chứng",
    yes: "Có",
    no: "Không",
    none: "không có",
    rec_send: "gửi được",
    rec_redact_then_send: "che rồi mới gửi",
    rec_do_not_send: "không gửi",
    busy: "Đang phân tích…",
    uploading: "Đang gửi lên máy chủ: {percent} % ({loaded} / {total})",
    emptyText: "Chưa có văn bản: hãy dán văn bản hoặc chọn một tệp.",
    tooManyFiles: "Mỗi lần chỉ kiểm tra một tệp; bạn đã thả {count} tệp.",
    fileTooLarge: "Tệp «{name}» ({size}) vượt giới hạn {limit} của trang kiểm tra.",
    textTooLong:
      "Văn bản dài {chars} ký tự, vượt giới hạn {limit} ký tự; hãy chia nhỏ văn bản.",
    networkError:
      "Không kết nối được máy chủ kiểm tra; văn bản chưa được kiểm tra, đừng gửi nó cho chatbot.",
    httpError:
      "Máy chủ trả lời lỗi HTTP {status}; văn bản chưa được kiểm tra, đừng gửi nó cho chatbot.",
    badAnswer:
      "Câu trả lời của máy chủ không đọc được; văn bản chưa được kiểm tra, đừng gửi nó cho chatbot.",
    infoError: "Không đọc được cấu hình của trang kiểm tra: {message}",
    noMapping: "Chưa có bảng đối chiếu: hãy kiểm tra một văn bản (có dữ liệu được che) trước.",
    emptyAnswer: "Chưa có câu trả lời: hãy dán câu trả lời của chatbot.",
    restored: "Đã khôi phục {count} nhãn.",
    foundCount: "{count} phát hiện",
    listShown: "Đang hiện {shown} trên {total} phát hiện.",
    manyMarks:
      "Văn bản có hơn {count} phát hiện: tên loại không ghi cạnh từng đoạn tô màu; rê chuột lên đoạn tô màu, hoặc chọn nó (Tab, Enter) để xem loại và lý do trong danh sách.",
    showMore: "Hiện thêm {count}",
    showAll: "Hiện tất cả",
    unknownPlaceholders: "Các nhãn không có trong bảng đối chiếu, để nguyên: {list}",
    family_person: "Họ tên, ngày sinh",
    family_id: "Số giấy tờ",
    family_contact: "Liên lạc, địa chỉ",
    family_finance: "Tài khoản ngân hàng",
    family_secret: "Dấu mật, nội bộ",
    family_tech: "Khoá, máy nội bộ",
    family_other: "Khác",
  },
  en: {
    title: "Check before sending to a chatbot",
    docTitle: "Check before sending to a chatbot · ai-guard",
    tagline: "The text is checked on your agency's server; the server keeps no text.",
    skip: "Skip to the text box",
    switchTo: "Tiếng Việt",
    switchLabel: "Chuyển sang tiếng Việt",
    inputTitle: "1. The text you mean to send",
    inputLabel: "Paste the text here",
    inputPlaceholder: "E.g.: Draft a reply to Mr Nguyễn Văn An, ID number …",
    inputHint: "Press Ctrl+Enter or the «Check» button.",
    dropText: "Or drop one file here ({accept})",
    dropActive: "Drop the file to check it",
    pick: "Choose a file…",
    check: "Check",
    clear: "Clear",
    resultTitle: "Result of the check",
    markedTitle: "The text and what was found",
    copy: "Copy the redacted text",
    copied: "Copied",
    copyFailed: "Could not copy automatically; select the redacted text below and press Ctrl+C.",
    copyBlocked: "The text is blocked: there is nothing to copy.",
    redactedShow: "See the redacted text (what goes to the chatbot)",
    findingsTitle: "Findings",
    findingsEmpty: "Nothing to redact was found.",
    reveal: "Show values",
    hide: "Hide values",
    classTitle: "Document classification",
    restoreTitle: "2. Restore the answer",
    restoreHint:
      "Paste the chatbot's answer: placeholders such as [PERSON_1] are replaced by the original names and numbers right here; the table never leaves this browser.",
    answerLabel: "Paste the chatbot's answer",
    restore: "Restore",
    copyRestored: "Copy the restored answer",
    footer: "ai-guard: checked on site, nothing sent outside.",
    about: "Version {version} · policy «{policy}»",
    auditOn: " · each check is written to the audit log (not the text)",
    decision_allow: "Safe to send",
    decision_redact: "Send the redacted text only",
    decision_block: "Do not send",
    blockReasons: "Why it must not be sent",
    blockAdvice: "What to do",
    action_allow: "kept",
    action_redact: "redacted as {placeholder}",
    action_redact_plain: "redacted",
    action_block: "blocks the whole text",
    validated: "validated",
    score: "confidence {score}",
    position: "position {start}–{end}",
    badPosition: "invalid position, cannot be marked in the text",
    noPosition: "not tied to a place in the text",
    overlapped: "overlaps another finding",
    showInText: "Show in the text",
    fileInfo: "File «{name}»: {kind}, {size}, {chars} characters",
    convertedFrom: " (converted from {from})",
    cls_doc_type: "Document type",
    cls_sensitivity: "Sensitivity",
    cls_categories: "Categories",
    cls_verdict: "External AI allowed",
    cls_action: "Recommendation",
    cls_reasons: "Reasons",
    cls_evidence: "Evidence",
    yes: "Yes",
    no: "No",
    none: "none",
    rec_send: "send",
    rec_redact_then_send: "redact, then send",
    rec_do_not_send: "do not send",
    busy: "Analysing…",
    uploading: "Sending to the server: {percent} % ({loaded} / {total})",
    emptyText: "No text yet: paste a text or choose a file.",
    tooManyFiles: "One file at a time; you dropped {count} files.",
    fileTooLarge: "The file «{name}» ({size}) is over the page's limit of {limit}.",
    textTooLong: "The text has {chars} characters, over the limit of {limit}; split it up.",
    networkError:
      "Could not reach the checking server; the text has not been checked, do not send it to a chatbot.",
    httpError:
      "The server answered HTTP error {status}; the text has not been checked, do not send it to a chatbot.",
    badAnswer:
      "The server's answer cannot be read; the text has not been checked, do not send it to a chatbot.",
    infoError: "Could not read the page's settings: {message}",
    noMapping: "No placeholder table yet: check a text (with something redacted) first.",
    emptyAnswer: "No answer yet: paste the chatbot's answer.",
    restored: "{count} placeholders restored.",
    foundCount: "{count} findings",
    listShown: "Showing {shown} of {total} findings.",
    manyMarks:
      "The text has over {count} findings: the type is not written beside each highlight; hover over a highlight, or select it (Tab, Enter) to see its type and reason in the list.",
    showMore: "Show {count} more",
    showAll: "Show all",
    unknownPlaceholders: "Placeholders not in the table, left as they are: {list}",
    family_person: "Names, birth dates",
    family_id: "ID numbers",
    family_contact: "Contacts, addresses",
    family_finance: "Bank accounts",
    family_secret: "Secrecy, internal marks",
    family_tech: "Keys, internal hosts",
    family_other: "Other",
  },
};

// Each entity's family: one colour per family, and the entity's label written beside every
// highlight, so that nothing is told by colour alone.
const FAMILIES = {
  PERSON: "person",
  DATE_OF_BIRTH: "person",
  CCCD: "id",
  CMND: "id",
  PASSPORT: "id",
  TAX_CODE: "id",
  SOCIAL_INSURANCE: "id",
  HEALTH_INSURANCE: "id",
  LICENSE_PLATE: "id",
  CASE_NUMBER: "id",
  PHONE: "contact",
  EMAIL: "contact",
  GOV_EMAIL: "contact",
  ADDRESS: "contact",
  BANK_ACCOUNT: "finance",
  STATE_SECRET_MARK: "secret",
  INTERNAL_MARK: "secret",
  DENY_TERM: "secret",
  DETECTOR_ERROR: "secret",
  API_SECRET: "tech",
  INTERNAL_HOST: "tech",
};
const DECISIONS = ["allow", "redact", "block"];
const DEFAULT_ACCEPT = [".txt", ".md", ".html", ".csv", ".tsv", ".docx", ".pdf"]; // until /page/api/info says
// over this many UTF-8 bytes a text's upload shows its progress, like a file's
const BIG_TEXT_BYTES = 200 * 1024;
// the side list shows this many findings at first, and this many more on each request
const LIST_PART = 200;
// up to this many highlights carry their type in words beside them (see renderAnalysis)
const LABELLED_MARKS = 500;
const LANG_KEY = "ai-guard-page.lang";
const MAPPING_KEY = "ai-guard-page.mapping";

const state = {
  lang: "vi",
  info: null,
  analysis: null,
  mapping: {},
  reveal: false,
  listWanted: 0, // how many findings the side list showed (kept when the language changes)
  error: null, // {message: {vi, en}} from the API, or {key, vars} of the page
  copyNote: null,
  restore: null, // {text, pieces, count, unknown} of the last restore, or {key}
};

const $ = (id) => document.getElementById(id);

// -- languages -------------------------------------------------------------------------------

function t(key, vars) {
  const table = STRINGS[state.lang] || STRINGS.vi;
  let s = table[key] ?? STRINGS.vi[key] ?? key;
  if (vars) {
    s = s.replace(/\{(\w+)\}/g, (m, name) => (name in vars ? String(vars[name]) : m));
  }
  return s;
}

// a {vi, en} object from the server, in the chosen language (the other one if it is missing)
function pick(obj) {
  if (!obj || typeof obj !== "object") return typeof obj === "string" ? obj : "";
  const other = state.lang === "vi" ? "en" : "vi";
  return String(obj[state.lang] ?? obj[other] ?? "");
}

// a formatter per language and precision, built once (building one costs more than using it
// thousands of times, and a large document has thousands of findings)
const FORMATS = new Map();

function number(n, digits) {
  const key = `${state.lang}/${digits}`;
  let format = FORMATS.get(key);
  if (!format) {
    const locale = state.lang === "vi" ? "vi-VN" : "en-GB";
    format = new Intl.NumberFormat(locale, digits === undefined ? {} : { maximumFractionDigits: digits });
    FORMATS.set(key, format);
  }
  return format.format(n);
}

function size(bytes) {
  if (bytes < 1024) return `${number(bytes)} B`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024, 1)} KB`;
  return `${number(bytes / (1024 * 1024), 1)} MB`;
}

function storageGet(store, key) {
  try {
    return window[store].getItem(key);
  } catch (e) {
    return null; // storage switched off: the page still works, it only forgets
  }
}

function storageSet(store, key, value) {
  try {
    if (value === null) window[store].removeItem(key);
    else window[store].setItem(key, value);
  } catch (e) {
    /* storage switched off or full: memory keeps the value for this page */
  }
}

function applyLanguage() {
  document.documentElement.lang = state.lang;
  document.title = t("docTitle");
  for (const el of document.querySelectorAll("[data-i18n]")) {
    el.textContent = t(el.dataset.i18n);
  }
  for (const el of document.querySelectorAll("[data-i18n-placeholder]")) {
    el.setAttribute("placeholder", t(el.dataset.i18nPlaceholder));
  }
  const button = $("lang");
  button.textContent = t("switchTo");
  button.setAttribute("aria-label", t("switchLabel"));
  button.lang = state.lang === "vi" ? "en" : "vi";
  renderDropText();
  renderAbout();
  renderError();
  $("reveal").textContent = state.reveal ? t("hide") : t("reveal");
  if (state.analysis) renderAnalysis(state.analysis);
  renderRestore();
}

function setLanguage(lang) {
  state.lang = lang === "en" ? "en" : "vi";
  storageSet("localStorage", LANG_KEY, state.lang);
  applyLanguage();
}

// -- server ----------------------------------------------------------------------------------

// POST with XMLHttpRequest (fetch reports no upload progress); resolves {status, json}, json
// null when the body is not JSON; rejects only when the server cannot be reached.
function post(url, body, headers, onUpload) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.responseType = "text";
    if (onUpload) {
      xhr.upload.addEventListener("progress", (e) => onUpload(e.loaded, e.total, false));
      xhr.upload.addEventListener("load", () => onUpload(0, 0, true));
    }
    xhr.addEventListener("load", () => {
      let json = null;
      try {
        json = JSON.parse(xhr.responseText);
      } catch (e) {
        json = null;
      }
      resolve({ status: xhr.status, json });
    });
    xhr.addEventListener("error", () => reject(new Error("network")));
    xhr.addEventListener("abort", () => reject(new Error("network")));
    xhr.send(body);
  });
}

function apiMessage(json) {
  const message = json && json.error && json.error.message;
  if (message && typeof message === "object" && (message.vi || message.en)) return message;
  return null;
}

async function loadInfo() {
  try {
    const res = await fetch("/page/api/info", { headers: { Accept: "application/json" } });
    const json = await res.json().catch(() => null);
    if (!res.ok || !json || typeof json !== "object") {
      const message = apiMessage(json);
      state.error = message
        ? { key: "infoError", vars: { message: "" }, message }
        : { key: "httpError", vars: { status: res.status } };
      renderError();
      return;
    }
    state.info = json;
    if (Array.isArray(json.accept) && json.accept.length) {
      $("file").setAttribute("accept", json.accept.join(","));
    }
    renderDropText();
    renderAbout();
  } catch (e) {
    state.error = { key: "networkError" };
    renderError();
  }
}

function isAnalysis(a) {
  return (
    a !== null &&
    typeof a === "object" &&
    typeof a.text === "string" &&
    DECISIONS.includes(a.decision) &&
    Array.isArray(a.findings) &&
    typeof a.redacted_text === "string" &&
    a.mapping !== null &&
    typeof a.mapping === "object"
  );
}

let busy = false;

async function analyse(url, body, headers, showUpload) {
  if (busy) return;
  busy = true;
  clearResult();
  setError(null);
  setBusy(true);
  const onUpload = showUpload
    ? (loaded, total, done) => {
        if (done || !total) progressBusy();
        else progressUpload(loaded, total);
      }
    : null;
  try {
    const { status, json } = await post(url, body, headers, onUpload);
    if (status === 200 && isAnalysis(json)) {
      showAnalysis(json);
    } else if (apiMessage(json)) {
      setError({ message: apiMessage(json) });
    } else if (status === 200) {
      setError({ key: "badAnswer" });
    } else {
      setError({ key: "httpError", vars: { status } });
    }
  } catch (e) {
    setError({ key: "networkError" });
  } finally {
    setBusy(false);
    busy = false;
  }
}

function checkText() {
  const raw = $("input").value;
  if (!raw.trim()) {
    setError({ key: "emptyText" });
    $("input").focus();
    return;
  }
  const text = raw.normalize("NFC");
  const limit = state.info && state.info.max_text_chars;
  if (Number.isInteger(limit) && text.length > limit) {
    setError({ key: "textTooLong", vars: { chars: number(text.length), limit: number(limit) } });
    return;
  }
  const body = JSON.stringify({ text });
  const big = new Blob([body]).size > BIG_TEXT_BYTES;
  analyse("/page/api/check", body, { "Content-Type": "application/json; charset=utf-8" }, big);
}

function checkFile(file) {
  const limit = state.info && state.info.max_upload_bytes;
  const name = file.name.normalize("NFC");
  if (Number.isInteger(limit) && file.size > limit) {
    setError({
      key: "fileTooLarge",
      vars: { name, size: size(file.size), limit: size(limit) },
    });
    return;
  }
  analyse(
    "/page/api/upload",
    file,
    { "Content-Type": "application/octet-stream", "X-File-Name": encodeURIComponent(name) },
    true,
  );
}

// -- progress and errors ---------------------------------------------------------------------

function setBusy(on) {
  $("check").disabled = on;
  $("pick").disabled = on;
  $("result").setAttribute("aria-busy", on ? "true" : "false");
  if (on) progressBusy();
  else $("progress").hidden = true;
}

function progressBusy() {
  $("progress").hidden = false;
  $("progress-bar").removeAttribute("value"); // indeterminate: the server is analysing
  $("progress-text").textContent = t("busy");
}

function progressUpload(loaded, total) {
  const percent = Math.floor((loaded / total) * 100);
  $("progress").hidden = false;
  $("progress-bar").value = percent;
  $("progress-text").textContent = t("uploading", {
    percent: number(percent),
    loaded: size(loaded),
    total: size(total),
  });
}

function setError(error) {
  state.error = error;
  renderError();
}

function renderError() {
  const box = $("error");
  const error = state.error;
  if (!error) {
    box.hidden = true;
    box.textContent = "";
    return;
  }
  if (error.message && error.key) box.textContent = t(error.key, { message: pick(error.message) });
  else if (error.message) box.textContent = pick(error.message);
  else box.textContent = t(error.key, error.vars);
  box.hidden = false;
}

// -- the result ------------------------------------------------------------------------------

function clearResult() {
  state.analysis = null;
  announce();
  state.copyNote = null;
  $("result").hidden = true;
  $("copy").disabled = true;
  $("copy-status").textContent = "";
}

function placeholderKey(p) {
  const s = String(p).trim();
  return s.startsWith("[") && s.endsWith("]") ? s.slice(1, -1) : s;
}

function showAnalysis(a) {
  state.analysis = a;
  state.listWanted = 0;
  // what restores an answer: this check's table, kept in this tab only (a blocked text has
  // none, whatever the server sent)
  const mapping = {};
  if (a.decision !== "block") {
    for (const [key, value] of Object.entries(a.mapping)) {
      if (typeof value === "string") mapping[placeholderKey(key)] = value;
    }
  }
  state.mapping = mapping;
  storageSet("sessionStorage", MAPPING_KEY, JSON.stringify(mapping));
  renderAnalysis(a);
  $("result").hidden = false;
  $("banner").focus();
}

// one short sentence for screen readers (the live region), not the whole result
function announce() {
  const a = state.analysis;
  $("announce").textContent = a
    ? `${t(`decision_${a.decision}`)}. ${t("foundCount", { count: number(a.findings.length) })}`
    : "";
}

function family(entity) {
  return FAMILIES[entity] || "other";
}

function validSpan(f, text) {
  return (
    Number.isInteger(f.start) &&
    Number.isInteger(f.end) &&
    f.start >= 0 &&
    f.start < f.end &&
    f.end <= text.length
  );
}

// a value shown in the side list: masked unless the user asked to see the values; a stamp or
// a mark ("MẬT", "LƯU HÀNH NỘI BỘ") is shown as it is: it is the reason, not a secret value
function shown(value, entity) {
  if (state.reveal || family(entity) === "secret") return value;
  const chars = Array.from(value);
  if (chars.length <= 4) return "•".repeat(chars.length);
  const keep = chars.length > 8 ? 2 : 1;
  return chars
    .map((c, i) => (i === 0 || i >= chars.length - keep || /\s/.test(c) ? c : "•"))
    .join("");
}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (name === "class") node.className = value;
    else node.setAttribute(name, value);
  }
  node.append(...children.filter((c) => c !== null && c !== undefined)); // strings -> text nodes
  return node;
}

function renderAnalysis(a) {
  const text = a.text;
  const copyable = a.decision !== "block" && !a.block && a.redacted_text !== "";

  // the decision
  const banner = $("banner");
  banner.className = `banner decision-${a.decision}`;
  $("banner-title").textContent = t(`decision_${a.decision}`);
  $("banner-summary").textContent = pick(a.summary);
  const block = a.block && typeof a.block === "object" ? a.block : null;
  $("block-detail").hidden = !block;
  fillList($("block-reasons"), block ? block.reasons : []);
  fillList($("block-advice"), block ? block.advice : []);

  // the file
  const info = $("file-info");
  if (a.file && typeof a.file === "object") {
    let line = t("fileInfo", {
      name: String(a.file.name ?? ""),
      kind: String(a.file.kind ?? ""),
      size: size(Number(a.file.size) || 0),
      chars: number(Number(a.file.chars) || 0),
    });
    // (a .docx "converted from docx" is no news: only another encoding is worth a word)
    const from = a.file.converted_from;
    if (from && String(from) !== String(a.file.kind)) {
      line += t("convertedFrom", { from: String(from) });
    }
    info.textContent = line;
    info.hidden = false;
  } else {
    info.hidden = true;
  }

  // the text with its highlights, and the side list
  const findings = a.findings.map((f, i) => ({ ...f, index: i }));
  const marked = new Set();
  const frag = document.createDocumentFragment();
  let pos = 0;
  const ordered = findings
    .filter((f) => validSpan(f, text))
    .sort((x, y) => x.start - y.start || y.end - x.end);
  const overlapped = new Set();
  for (const f of ordered) {
    if (f.start < pos) {
      overlapped.add(f.index); // listed all the same, with a note
      continue;
    }
    if (f.start > pos) frag.append(text.slice(pos, f.start));
    const mark = el(
      "mark",
      {
        class: `hl fam-${family(f.entity)} act-${DECISIONS.includes(f.action) ? f.action : "block"}`,
        id: `hl-${f.index}`,
        tabindex: "0",
        "data-label": pick(f.label) || String(f.entity),
        title: pick(f.label) || String(f.entity),
        "aria-describedby": `fd-${f.index}`,
      },
      text.slice(f.start, f.end),
    );
    mark.dataset.index = String(f.index);
    frag.append(mark);
    marked.add(f.index);
    pos = f.end;
  }
  frag.append(text.slice(pos));
  $("marked").replaceChildren(frag);
  // past LABELLED_MARKS highlights the words beside each would take the browser seconds to
  // lay out: then each says its type on hover (title) and in its list entry, and a note says so
  const many = ordered.length > LABELLED_MARKS;
  $("marked").classList.toggle("many", many);
  $("many-note").hidden = !many;
  $("many-note").textContent = many ? t("manyMarks", { count: number(LABELLED_MARKS) }) : "";

  // the legend: the families present
  const families = [...new Set(ordered.map((f) => family(f.entity)))];
  $("legend").replaceChildren(
    ...families.map((fam) => el("span", { class: `legend-item fam-${fam}` }, t(`family_${fam}`))),
  );

  // the side list, a part at a time: thousands of entries (a long register) would take the
  // browser seconds to lay out; the rest comes on request, or when a highlight asks for its own
  list = { findings, text, marked, overlapped, shown: 0 };
  $("findings").replaceChildren();
  showFindings(Math.max(LIST_PART, state.listWanted));
  $("findings-count").textContent = number(findings.length);
  $("findings-empty").hidden = findings.length > 0;
  $("reveal").hidden = findings.length === 0;

  renderClassification(a.classification, text, findings);

  // copying: only what the guard vouched for
  $("copy").disabled = !copyable;
  $("redacted").textContent = copyable ? a.redacted_text : "";
  $("redacted-box").hidden = !copyable;
  $("copy-status").textContent = state.copyNote ? t(state.copyNote) : "";
  announce();
}

let list = null; // what the side list shows: the findings, and how many of them so far

function showFindings(upTo) {
  if (!list) return;
  const box = $("findings");
  const end = Math.min(upTo, list.findings.length);
  const old = box.querySelector("li.more");
  if (old) old.remove();
  const items = [];
  for (let i = list.shown; i < end; i += 1) {
    const f = list.findings[i];
    items.push(findingItem(f, list.text, list.marked.has(f.index), list.overlapped.has(f.index)));
  }
  box.append(...items);
  list.shown = Math.max(list.shown, end);
  state.listWanted = list.shown;
  const left = list.findings.length - list.shown;
  if (left > 0) {
    const next = el("button", { type: "button", class: "secondary small" }, t("showMore", {
      count: number(Math.min(LIST_PART, left)),
    }));
    next.addEventListener("click", () => {
      const first = list.shown;
      showFindings(list.shown + LIST_PART);
      const item = $(`fd-${list.findings[first].index}`);
      if (item) item.focus();
    });
    const all = el("button", { type: "button", class: "link" }, t("showAll"));
    all.addEventListener("click", () => {
      const first = list.shown;
      showFindings(list.findings.length);
      const item = $(`fd-${list.findings[first].index}`);
      if (item) item.focus();
    });
    box.append(
      el(
        "li",
        { class: "more" },
        el("p", {}, t("listShown", { shown: number(list.shown), total: number(list.findings.length) })),
        next,
        " ",
        all,
      ),
    );
  }
}

function fillList(list, items) {
  list.replaceChildren(...(Array.isArray(items) ? items : []).map((item) => el("li", {}, pick(item))));
}

function findingItem(f, text, isMarked, isOverlapped) {
  const value = validSpan(f, text) ? text.slice(f.start, f.end) : "";
  const action = DECISIONS.includes(f.action) ? f.action : "block";
  let actionText;
  if (action === "redact") {
    actionText = f.placeholder
      ? t("action_redact", { placeholder: `[${placeholderKey(f.placeholder)}]` })
      : t("action_redact_plain");
  } else {
    actionText = t(`action_${action}`);
  }
  const facts = [actionText];
  if (f.validated) facts.push(t("validated"));
  if (typeof f.score === "number") facts.push(t("score", { score: number(f.score, 2) }));
  if (Number.isInteger(f.start) && f.start === f.end) facts.push(t("noPosition"));
  else if (!validSpan(f, text)) facts.push(t("badPosition"));
  else facts.push(t("position", { start: number(f.start), end: number(f.end) }));
  if (isOverlapped) facts.push(t("overlapped"));

  const head = el(
    "p",
    { class: "finding-head" },
    el("span", { class: `tag fam-${family(f.entity)}` }, pick(f.label) || String(f.entity)),
    " ",
    el("code", { class: "value" }, shown(value, f.entity)),
  );
  const item = el(
    "li",
    { class: `finding act-${action}`, id: `fd-${f.index}`, tabindex: "-1" },
    head,
    el("p", { class: "finding-facts" }, facts.join(" · ")),
    el("p", { class: "finding-reason" }, pick(f.reason)),
  );
  if (isMarked) {
    const go = el("button", { type: "button", class: "link" }, t("showInText"));
    go.addEventListener("click", () => focusHighlight(f.index));
    item.append(go);
  }
  return item;
}

function focusHighlight(index) {
  const mark = $(`hl-${index}`);
  if (!mark) return;
  mark.scrollIntoView({ block: "center" });
  mark.focus();
}

function focusFinding(index) {
  if (list && !$(`fd-${index}`)) {
    const at = list.findings.findIndex((f) => String(f.index) === String(index));
    if (at >= 0) showFindings(at + 1 + LIST_PART);
  }
  const item = $(`fd-${index}`);
  if (!item) return;
  for (const old of document.querySelectorAll(".finding.active")) old.classList.remove("active");
  item.classList.add("active");
  item.scrollIntoView({ block: "nearest" });
  item.focus();
}

function renderClassification(c, text, findings) {
  const dl = $("classification");
  if (!c || typeof c !== "object") {
    dl.replaceChildren();
    return;
  }
  const rows = [];
  const row = (key, ...value) => rows.push(el("dt", {}, t(key)), el("dd", {}, ...value));
  row("cls_doc_type", pick(c.doc_type_label) || String(c.doc_type ?? ""));
  row("cls_sensitivity", pick(c.sensitivity_label) || String(c.sensitivity ?? ""));
  const categories = Array.isArray(c.categories) ? c.categories : [];
  row(
    "cls_categories",
    categories.length
      ? categories
          .map((x) => `${pick(x.label) || x.category} (${number(Number(x.score) || 0, 2)})`)
          .join("; ")
      : t("none"),
  );
  row("cls_verdict", c.external_ai_allowed === true ? t("yes") : t("no"));
  const rec = String(c.recommended_action ?? "");
  row("cls_action", STRINGS.vi[`rec_${rec}`] ? t(`rec_${rec}`) : rec);
  const reasons = Array.isArray(c.reasons) ? c.reasons : [];
  if (reasons.length) row("cls_reasons", el("ul", {}, ...reasons.map((r) => el("li", {}, pick(r)))));
  const evidence = Array.isArray(c.evidence) ? c.evidence : [];
  if (evidence.length) {
    const hidden = findings.filter((f) => f.action !== "allow" && validSpan(f, text));
    const items = evidence.map((e) => {
      const parts = [`${String(e.kind ?? "")}: ${String(e.label ?? "")}`];
      if (validSpan(e, text)) {
        let snippet = text.slice(e.start, e.end);
        if (snippet.length > 80) snippet = `${snippet.slice(0, 80)}…`;
        const covering = hidden.find((f) => f.start < e.end && e.start < f.end);
        parts.push(` «${covering ? shown(snippet, covering.entity) : snippet}»`);
      }
      return el("li", {}, parts.join(""));
    });
    row("cls_evidence", el("ul", {}, ...items));
  }
  dl.replaceChildren(...rows);
}

// -- copying ---------------------------------------------------------------------------------

async function copyText(text, button) {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch (e) {
      /* refused (permissions): the old way below */
    }
  }
  // http:// on the agency network is no secure context: no clipboard API there
  const area = el("textarea", { class: "offscreen", readonly: "", "aria-hidden": "true" });
  area.value = text;
  document.body.append(area);
  area.select();
  area.setSelectionRange(0, text.length);
  let ok = false;
  try {
    ok = document.execCommand("copy");
  } catch (e) {
    ok = false;
  }
  area.remove();
  if (button) button.focus();
  return ok;
}

async function copyRedacted() {
  const a = state.analysis;
  if (!a || a.decision === "block" || a.block || a.redacted_text === "") {
    state.copyNote = "copyBlocked";
  } else if (await copyText(a.redacted_text, $("copy"))) {
    state.copyNote = "copied";
  } else {
    state.copyNote = "copyFailed";
    $("redacted-box").open = true;
  }
  $("copy-status").textContent = t(state.copyNote);
}

// -- restoring -------------------------------------------------------------------------------

// The library's PromptCheck.restore replaces exactly "[ENTITY_n]" when ENTITY_n is in the
// table. Chatbots also write "\[CCCD\_1\]" (Markdown escapes), "[ CCCD_1 ]" and "[cccd_1]":
// these are restored too, but only for a key of this table; anything else is left as written.
const PLACEHOLDER_LIKE = /\\?\[ *([A-Za-z][A-Za-z_\\]*_\d+) *\\?\]/g;
const KEY = /^[A-Z][A-Z_]*_\d+$/;

function restoreAnswer(answer, mapping) {
  const pieces = []; // strings, and {value, placeholder} for each restored value
  const unknown = new Set();
  let count = 0;
  let pos = 0;
  for (const m of answer.matchAll(PLACEHOLDER_LIKE)) {
    const key = m[1].replace(/\\/g, "").toUpperCase();
    if (!KEY.test(key)) continue;
    if (!Object.prototype.hasOwnProperty.call(mapping, key)) {
      unknown.add(`[${key}]`);
      continue;
    }
    if (m.index > pos) pieces.push(answer.slice(pos, m.index));
    pieces.push({ value: mapping[key], placeholder: `[${key}]` });
    count += 1;
    pos = m.index + m[0].length;
  }
  pieces.push(answer.slice(pos));
  const text = pieces.map((p) => (typeof p === "string" ? p : p.value)).join("");
  return { text, pieces, count, unknown: [...unknown] };
}

function runRestore() {
  const answer = $("answer").value.normalize("NFC");
  if (!answer.trim()) {
    state.restore = { key: "emptyAnswer" };
  } else if (Object.keys(state.mapping).length === 0) {
    state.restore = { key: "noMapping" };
  } else {
    state.restore = restoreAnswer(answer, state.mapping);
  }
  renderRestore();
}

function renderRestore() {
  const box = $("restored");
  const status = $("restore-status");
  const r = state.restore;
  $("copy-restored").disabled = !(r && r.pieces);
  if (!r) {
    box.hidden = true;
    status.textContent = "";
    return;
  }
  if (r.key) {
    box.hidden = true;
    status.textContent = t(r.key);
    return;
  }
  box.replaceChildren(
    ...r.pieces.map((p) =>
      typeof p === "string"
        ? p
        : el("mark", { class: "restored-value", title: p.placeholder }, p.value),
    ),
  );
  box.hidden = false;
  let note = t("restored", { count: number(r.count) });
  if (r.unknown.length) note += ` ${t("unknownPlaceholders", { list: r.unknown.join(", ") })}`;
  status.textContent = note;
}

async function copyRestored() {
  const r = state.restore;
  if (!r || !r.pieces) return;
  const ok = await copyText(r.text, $("copy-restored"));
  $("restore-status").textContent = ok ? t("copied") : t("copyFailed");
}

// -- files -----------------------------------------------------------------------------------

function renderDropText() {
  const accept =
    state.info && Array.isArray(state.info.accept) && state.info.accept.length
      ? state.info.accept
      : DEFAULT_ACCEPT;
  const p = $("drop").querySelector("p");
  p.textContent = t("dropText", { accept: accept.join(", ") });
}

function renderAbout() {
  const info = state.info;
  if (!info) {
    $("about").textContent = "";
    return;
  }
  let line = t("about", { version: String(info.version ?? ""), policy: String(info.policy ?? "") });
  if (info.audit === true) line += t("auditOn");
  $("about").textContent = line;
}

function takeFiles(files) {
  if (!files || files.length === 0) return;
  if (files.length > 1) {
    setError({ key: "tooManyFiles", vars: { count: files.length } });
    return;
  }
  checkFile(files[0]);
}

// -- wiring ----------------------------------------------------------------------------------

function start() {
  const saved = storageGet("localStorage", LANG_KEY);
  state.lang = saved === "en" ? "en" : "vi";
  try {
    const stored = JSON.parse(storageGet("sessionStorage", MAPPING_KEY) || "{}");
    if (stored && typeof stored === "object") {
      for (const [key, value] of Object.entries(stored)) {
        if (typeof value === "string") state.mapping[placeholderKey(key)] = value;
      }
    }
  } catch (e) {
    state.mapping = {};
  }
  applyLanguage();

  $("lang").addEventListener("click", () => setLanguage(state.lang === "vi" ? "en" : "vi"));
  $("check").addEventListener("click", checkText);
  $("input").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      checkText();
    }
  });
  $("clear").addEventListener("click", () => {
    $("input").value = "";
    clearResult();
    setError(null);
    $("input").focus();
  });
  $("pick").addEventListener("click", () => $("file").click());
  $("file").addEventListener("change", (e) => {
    takeFiles(e.target.files);
    e.target.value = ""; // the same file again is a new check
  });

  const drop = $("drop");
  drop.addEventListener("dragenter", (e) => {
    e.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    takeFiles(e.dataTransfer && e.dataTransfer.files);
  });
  // a file dropped beside the zone must not replace the page (and lose the table)
  window.addEventListener("dragover", (e) => e.preventDefault());
  window.addEventListener("drop", (e) => e.preventDefault());

  $("copy").addEventListener("click", copyRedacted);
  $("reveal").addEventListener("click", () => {
    state.reveal = !state.reveal;
    $("reveal").setAttribute("aria-pressed", state.reveal ? "true" : "false");
    $("reveal").textContent = state.reveal ? t("hide") : t("reveal");
    if (state.analysis) renderAnalysis(state.analysis);
  });
  // a highlight leads to its entry in the list (click, Enter or Space)
  $("marked").addEventListener("click", (e) => {
    const mark = e.target.closest("mark.hl");
    if (mark) focusFinding(mark.dataset.index);
  });
  $("marked").addEventListener("keydown", (e) => {
    const mark = e.target.closest("mark.hl");
    if (mark && (e.key === "Enter" || e.key === " ")) {
      e.preventDefault();
      focusFinding(mark.dataset.index);
    }
  });
  $("restore").addEventListener("click", runRestore);
  $("answer").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      runRestore();
    }
  });
  $("copy-restored").addEventListener("click", copyRestored);

  document.body.dataset.ready = "true"; // for tests: the page is wired
  loadInfo();
}

start();
