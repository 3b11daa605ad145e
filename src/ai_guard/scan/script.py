"""JavaScript/TypeScript and shell scripts.

There is no ai-guard library there, so every raw LLM call is AIG101 unless suppressed
(``// ai-guard: ignore[AIG101]``, ``# ...``) or its prompt goes through a guard the project
names (``extra_guards``): SDK calls (``openai.chat.completions.create(``,
``anthropic.messages.create(``, ``ai.models.generateContent(`` ...: the catalogue's
``[javascript]`` table) in files that import an LLM SDK, and HTTP requests (``fetch``,
``axios``, ``curl``) to the vendors' hosts or API paths; AIG102 for keys in literals; AIG103
for official e-mails in account fields; AIG105 for prompt literals.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from ai_guard.scan.catalogue import Catalogue, catalogue
from ai_guard.scan.jsdecisions import js_decisions
from ai_guard.scan.lines import line_findings, mark_suppressed
from ai_guard.scan.literals import prompt_finding, prompt_name
from ai_guard.scan.rules import RULES, CallSite, ScanFinding

__all__ = ["SCRIPT_SUFFIXES", "scan_script"]

SCRIPT_SUFFIXES = (".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx", ".sh", ".bash", ".zsh")

_CURL_SENDS = re.compile(r"\s(?:-d|--data(?:-\w+)?|--json|-F|--form|-T|--upload-file)\b|-X\s*POST")
_HTTP = re.compile(r"\b(?:fetch|axios(?:\.post)?|got|request|curl|wget|http\.post)\b")
#: what names a string literal in a script: ``prompt: "..."``, ``const SYSTEM = `...```,
#: ``"content": "..."``, or curl's ``-d '...'`` / ``--data`` / ``--json`` (named "data")
_LITERAL_NAME = re.compile(
    r"""(?:["']?([A-Za-z_$][\w$.-]*)["']?\s*(?::\s*[\w<>\[\]|. ]+?)?\s*[:=]\s*"""
    r"""|\s(-d|--data[\w-]*|--json)\s+)$"""
)
_TEMPLATE_PART = re.compile(r"\$\{[^}]*\}")
#: a string or template literal (group 1 its quote), or an escape pair outside one: escapes are
#: consumed everywhere so that an unclosed quote is tried once per quote kind, not again
#: after every escaped quote (``"\"\"\"...`` was quadratic)
_JS_STRING = re.compile(r"""\\.|(["'`])(?:\\.|(?!\1)[^\\])*\1""", re.S)
#: a line or block comment, in a text whose strings are blanked (no '//' of a URL is left)
_JS_COMMENT = re.compile(r"//[^\n]*|/\*.*?\*/", re.S)
#: a name of the code, not a property read (``x.prop``) nor a key (``prop:``); a spread
#: (``...history``) is the name spread
_JS_IDENT = re.compile(r"(?<![\w$])(?:(?<=\.\.\.)|(?<!\.))([A-Za-z_$][\w$]*)(?!\s*:)(?![\w$])")
_JS_WORDS = frozenset(
    {"true", "false", "null", "undefined", "new", "await", "async", "function", "return",
     "const", "let", "var", "of", "in", "typeof", "as", "JSON", "Math", "Date", "String",
     "Number", "Object", "Array", "Boolean"}
)  # fmt: skip
_JS_ASSIGN = re.compile(
    r"(?<![\w$])(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::\s*[\w<>\[\]|. ]{1,120})?="
    r"\s*(?:await\s+)?(?:new\s+)?([A-Za-z_$][\w$.]*)\s*\("
)
_CALL_END = re.compile(r"\s*\($")
#: SDK calls that send a file's content (uploads, audio, OCR), whatever the receiver
_JS_UPLOAD_CALL = re.compile(
    r"\.(?:(?:beta\.)?files\.(?:create|upload|uploadAndPoll)|fileBatches\.uploadAndPoll|"
    r"audio\.(?:transcriptions|translations)\.create|uploads\.create|ocr\.process)\s*\("
)
#: an object key that carries a file or a document in a call's arguments
_JS_FILE_KEY = re.compile(r"(?<![\w$])[\"']?(?:file|files|document|documents)[\"']?\s*:")
#: curl options that send a file's content: ``-F file=@a.pdf``, ``-T a.pdf``, ``-d @body.json``
_CURL_FILE = re.compile(
    r"""(?:\s(?:-F|--form)\s*['"]?[\w.\[\]-]+=['"]?[<@]|\s(?:-T|--upload-file)\s+|"""
    r"""\s(?:-d|--data(?:-binary|-raw|-urlencode)?|--json)\s*['"]?@)"""
    r"""['"]?([^\s'";]+)"""
)


def _script_prompts(path: str, source: str, cat: Catalogue, out: list[ScanFinding]) -> None:
    """AIG105 for prompt literals of a script, multi-line template literals included."""
    starts = [0, *(m.end() for m in re.finditer("\n", source))]
    for m in _JS_STRING.finditer(source):
        if m.group(1) is None or m.end() - m.start() < 8:
            continue  # an escape outside a literal, or too short to hold anything
        line = bisect.bisect_right(starts, m.start())
        line_start = starts[line - 1]
        # a literal's name is written just before it: a bounded look back keeps a long
        # minified line linear
        before = source[max(line_start, m.start() - 200) : m.start()]
        head = source[line_start : min(m.start(), line_start + 200)].lstrip()
        if head.startswith(("//", "#", "*", "/*")):
            continue
        named = _LITERAL_NAME.search(before)
        name = (named.group(1) or "data") if named else None
        if not prompt_name(name, cat):
            continue
        summary = prompt_finding(_TEMPLATE_PART.sub(" ", m.group(0)[1:-1]))
        if summary:
            out.append(
                RULES["AIG105"].finding(path, line, m.start() - line_start + 1, holds=summary)
            )


def _arguments(source: str, open_paren: int) -> str:
    """The text between a call's parenthesis and its match (strings and template literals
    skipped while counting); at most 4,000 characters."""
    depth, i, quote = 0, open_paren, ""
    stop = min(len(source), open_paren + 4000)
    while i < stop:
        c = source[i]
        if quote:
            if c == "\\":
                i += 2
                continue
            if c == quote:
                quote = ""
        elif c in "\"'`":
            quote = c
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth == 0:
                return source[open_paren + 1 : i]
        i += 1
    return source[open_paren + 1 : stop]


def _js_status(
    args: str,
    checked: set[str],
    guards: frozenset[str],
    written: frozenset[str] = frozenset(),
) -> str:
    """``checked`` when the prompt goes through a configured guard, ``literal`` when the
    arguments hold only literals, constants and names the file binds to text written in it
    (``written``, :func:`_js_written_names`), else ``unchecked``."""
    bare = _JS_STRING.sub(_blank_string, args)
    # a comment among the arguments (// can also use a base64 URL) is no data
    bare = _JS_COMMENT.sub(" ", bare)
    names = [m.group(1) for m in _JS_IDENT.finditer(bare)]
    if any(n in guards or n in checked for n in names) or re.search(r"\.redacted_?[tT]ext\b", args):
        return "checked"
    data = [n for n in names if n not in _JS_WORDS and not n.isupper() and n not in written]
    return "unchecked" if data else "literal"


def _blank_string(m: re.Match[str]) -> str:
    """A string literal's text blanked; a template literal keeps what its ``${...}`` holes
    splice in (`` `Tóm tắt: ${userText}` `` sends ``userText``)."""
    if not m.group(1):
        return " "
    if m.group(1) != "`":
        return '""'
    holes = _TEMPLATE_HOLE.findall(m.group(0))
    return '""' + "".join(f" ({h})" for h in holes)


#: a template literal's hole, up to its first closing brace (a nested one cuts the
#: expression short, which keeps its names: still read as data)
_TEMPLATE_HOLE = re.compile(r"\$\{([^}]*)\}")
#: ``const NAME = <one line>`` (also exported, typed): a value the file may write itself
_JS_CONST = re.compile(
    r"^[ \t]*(?:export\s+)?const\s+([A-Za-z_$][\w$]*)\s*(?::[^=\n]{1,120})?=(?!=)[ \t]*(.+?)"
    r"[ \t]*;?[ \t]*$",
    re.M,
)
#: every declaration of a name (a name declared twice may hold another value in one place)
_JS_DECLARED = re.compile(r"(?<![\w$.])(?:const|let|var)\s+([A-Za-z_$][\w$]*)")
#: what binds names other than ``const x =``: parameter lists (functions, arrows, methods,
#: ``catch``), a lone arrow parameter, destructuring (``const { prompt } = await req.json()``)
_JS_BINDS = re.compile(
    r"function\s*\*?\s*[\w$]*\s*\(([^()]{0,400})\)"
    r"|\(([^()]{0,400})\)\s*(?::[^=;\n]{0,200})?=>"
    r"|(?<![\w$.])([A-Za-z_$][\w$]*)\s*=>"
    r"|(?:const|let|var)\s*([{\[][^=;]{0,400}?[}\]])\s*(?::[^=;\n]{0,200})?="
    r"|^[ \t]*(?:(?:public|private|protected|static|async|override)\s+)*[\w$]+\s*\(([^()]{0,400})\)"
    r"\s*(?::[^{;\n]{0,200})?\{",
    re.M,
)
#: the AI SDK's provider packages (``@ai-sdk/google``, ``@openrouter/ai-sdk-provider``,
#: ``ollama-ai-provider``): what they export makes a model handle (``google("gemini-2.0-
#: flash")``), no data
_PROVIDER_IMPORT = re.compile(
    r"""import\s*\{([^}]{0,2000})\}\s*from\s*["'](?:@ai-sdk/[\w.-]+|[@\w/.-]*ai-provider)["']"""
)


def _js_written_names(source: str) -> frozenset[str]:
    """Names the file binds once, by ``const``, to a value with no data in it: text written
    in the file (a string, or a template whose holes hold only such names), an AI SDK
    provider's model handle (``const model = google("gemini-2.0-flash")``), or an
    expression of such names. A call given only them (``streamText({ model, prompt })``)
    sends text written in the code: ``literal``, its prompt read as AIG105 reads any."""
    providers: set[str] = set()
    for m in _PROVIDER_IMPORT.finditer(source):
        for part in m.group(1).split(","):
            name = part.split(" as ")[-1].strip()
            if name:
                providers.add(name)
    declared: dict[str, int] = {}
    for m in _JS_DECLARED.finditer(source):
        declared[m.group(1)] = declared.get(m.group(1), 0) + 1
    for m in _JS_BINDS.finditer(source):
        # a parameter or a destructured name of the same name holds another value there
        for name in _IDENTIFIER.findall(_JS_STRING.sub(" ", m.group(m.lastindex or 0))):
            declared[name] = declared.get(name, 0) + 2
    values = [
        (m.group(1), m.group(2))
        for m in _JS_CONST.finditer(source)
        if declared.get(m.group(1)) == 1 and not m.group(2).rstrip().endswith(("(", "{", "[", "`"))
    ]
    written = frozenset(providers)
    for _ in range(3):  # a name built from one bound above it; a few passes, linear
        grown = {
            name
            for name, value in values
            if name not in written and _js_status(value, set(), frozenset(), written) == "literal"
        }
        if not grown:
            break
        written |= grown
    return written


#: a name bound to an object made with `new` (`const bot = new TelegramBot(...)`)
_JS_NEW_BINDING = re.compile(r"(?<![\w$])([A-Za-z_$][\w$]*)\s*=\s*new\s+[A-Za-z_$]")
_JS_CHAT_MADE = re.compile(r"\bstartChat\b|\bchats\s*\.\s*create\b")


def _line_end(source: str, at: int) -> int:
    end = source.find("\n", at)
    return len(source) if end < 0 else end


#: the receiver of a `.sendMessage(` call: its last name (`bot`, `this.bot`, `ctx.telegram`)
_JS_SEND_RECEIVER = re.compile(r"([A-Za-z_$][\w$]*)\s*\??\.\s*sendMessage(?:Stream)?\s*\($")


def _messenger_send(line: str, hit: re.Match[str], made_new: frozenset[str]) -> bool:
    """``bot.sendMessage(chatId, text)`` on a Telegram or Zalo bot the file made with `new`
    (or Telegraf's ``ctx.telegram``): a message to a chat's user, not Gemini's
    ``chat.sendMessage(prompt)`` (a chat comes from ``startChat()`` or ``chats.create()``)."""
    if "sendMessage" not in hit.group(0):
        return False
    receiver = _JS_SEND_RECEIVER.search(line[max(0, hit.start() - 80) : hit.end()])
    return receiver is not None and (
        receiver.group(1) in made_new or receiver.group(1) == "telegram"
    )


def _sdk_call(line: str, cat: Catalogue, sdk: str) -> re.Match[str] | None:
    """An SDK call on a line of a file that imports ``sdk``; LangChain's generic names
    (``.invoke(``, ``.stream(``) count only where LangChain is imported."""
    call = cat.js_call.search(line)
    if call is not None:
        name = _CALL_END.sub("", call.group(0)[1:])
        if name in cat.js_langchain_only and not sdk.startswith("@langchain"):
            return None
        return call
    return cat.js_function.search(line)


def _upload_finding(
    path: str, names: list[str], vendor: str, line: int, column: int, out: list[ScanFinding]
) -> bool:
    """AIG106 unless every file named is a file of the repository that classify_document lets
    be sent (as for Python). True when reported."""
    from ai_guard.scan.uploads import refused_files

    refused = refused_files(names, path)
    if names and not refused:
        return False
    from ai_guard.i18n.scan import scan_upload_detail

    first = refused[0] if refused else None
    detail = scan_upload_detail(vendor, *(first or (None, None)))
    out.append(RULES["AIG106"].finding(path, line, column, detail))
    return True


def _js_upload(
    path: str, call: str, args: str, line: int, column: int, out: list[ScanFinding]
) -> bool | None:
    """An SDK call that sends a file (``openai.files.create({file: fs.createReadStream(...)})``,
    ``ai.files.upload({file: "a.pdf"})``, a ``document:`` for OCR): AIG106 with the files its
    arguments name by literal paths (True), False when they are all files of the repository
    that classify_document lets be sent; None for a call that sends no file."""
    if not (_JS_UPLOAD_CALL.search(call) or _JS_FILE_KEY.search(args)):
        return None
    from ai_guard.scan.uploads import file_name

    names = [
        m.group(0)[1:-1]
        for m in _JS_STRING.finditer(args)
        if m.group(1) in ("'", '"') and file_name(m.group(0)[1:-1])
    ]
    return _upload_finding(path, names, "javascript/typescript", line, column, out)


def _curl_upload(
    path: str, command: str, line: int, column: int, out: list[ScanFinding]
) -> bool | None:
    """A curl command that sends a file to an LLM endpoint (``-F file=@a.pdf``, ``-T``,
    ``--data-binary @body.json``): AIG106 naming the file (True), or False when every file is
    one of the repository that classify_document lets be sent; None when it sends no file."""
    names = [m.group(1) for m in _CURL_FILE.finditer(command)]
    if not names:
        return None
    from ai_guard.scan.uploads import file_name

    # a variable ($1, ${FILE}) names no file the scan can vouch for: AIG106 without a name
    named = [n for n in names if file_name(n) and "$" not in n]
    return _upload_finding(path, named, "curl", line, column, out)


#: curl's options whose value is the body sent (``-F``/``-T`` send files: _curl_upload)
_CURL_BODY = frozenset({"-d", "--data", "--data-raw", "--data-ascii", "--data-binary", "--json"})


def _shell_words(source: str, start: int) -> tuple[list[tuple[str, bool]], int]:
    """The words of the shell command that starts at ``start``, each with whether it is
    written entirely in the script (quoted or bare text into which no ``$`` or backquote
    splices a value; single quotes keep both as text); the command ends at an unquoted
    newline (not after ``\\``), ``;``, ``|`` or ``&``. Returns the words and where the
    command ends."""
    words: list[tuple[str, bool]] = []
    word: list[str] = []
    written = True
    quote = ""
    i, n = start, len(source)
    while i < n:
        ch = source[i]
        if quote:
            if ch == quote:
                quote = ""
            elif quote == '"' and ch == "\\" and i + 1 < n:
                i += 1
                word.append(source[i])
            else:
                if quote == '"' and ch in "$`":
                    written = False  # "$TEXT" is expanded inside double quotes
                word.append(ch)
        elif ch in "'\"":
            quote = ch
        elif ch == "\\" and i + 1 < n:
            i += 1  # a continuation line, or an escaped character
            if source[i] != "\n":
                word.append(source[i])
        elif ch in " \t\n;|&":
            if word:
                words.append(("".join(word), written))
            word, written = [], True
            if ch != " " and ch != "\t":
                return words, i
        else:
            if ch in "$`":
                written = False
            word.append(ch)
        i += 1
    if word:
        words.append(("".join(word), written))
    return words, n


def _curl_literal(words: list[tuple[str, bool]]) -> bool:
    """A curl command whose every body (``-d``, ``--data``, ``--json`` ...) is text written
    in the script (``-d '{"messages": [...]}'``, no variable, no ``@file``) that check_prompt
    would allow: the prompt is a literal. A command with no body it can read is not, nor is
    one whose written body holds what check_prompt refuses (AIG105 names it, AIG101 the
    command that sends it, as in Python)."""
    from ai_guard.scan.literals import prompt_finding

    if any(w in ("-F", "--form", "-T", "--upload-file") for w, _ in words):
        return False
    bodies = [words[k + 1] for k, (w, _) in enumerate(words[:-1]) if w in _CURL_BODY]
    return (
        bool(bodies)
        and all(ok and not text.startswith("@") for text, ok in bodies)
        and not any(prompt_finding(text) for text, _ in bodies)
    )


#: the HTTP methods that carry no body
_READ_METHODS = re.compile(r"\.(?:get|head|options|delete)\s*\($")
#: a body or a method that sends one, in a request's options
_SENDS_BODY = re.compile(
    r"(?<![\w$])(?:body|data|json|form)\s*[:,}]|method\s*:\s*[\"'`]?(?:POST|PUT|PATCH)|"
    r"method\s*:(?!\s*[\"'`](?:GET|HEAD)[\"'`])",
    re.IGNORECASE,
)


def _js_reads_only(source: str, line_start: int, line: str, http: re.Match[str]) -> bool:
    """A JavaScript request that sends no body: ``axios.get(url)``, ``fetch(url)`` with no
    options, or with an options object that names no body and no method but GET (a model
    list read from a vendor is no prompt). Options held in a variable, or anything else the
    text does not show, count as sending."""
    rest = line[http.end() :]
    after = re.match(r"\s*(?:\.\s*(\w+)\s*)?\(", rest)
    if after is None:
        return False
    if after.group(1) is not None:
        return bool(_READ_METHODS.search("." + after.group(1) + "("))
    if http.group(0) != "fetch":
        return False
    args = _arguments(source, line_start + http.end() + after.end() - 1)
    # strings blanked, same length: a comma or a bracket inside one is not the call's
    bare = _JS_STRING.sub(lambda m: " " * len(m.group(0)), args)
    depth, options = 0, None
    for k, c in enumerate(bare):
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == "," and depth == 0:
            options = args[k + 1 :].strip()
            break
    if not options:
        # fetch(url): a GET; not fetch(new Request(url, { body })), whose request is built apart
        return _SENDS_BODY.search(args) is None and "Request" not in args
    return options.startswith("{") and "..." not in options and _SENDS_BODY.search(options) is None


#: an import or a require line: names a package, sends nothing
_IMPORT_LINE = re.compile(r"\s*(?:import\b|export\s+\*|(?:const|let|var)\s+.*=\s*require\()")
#: a constant or variable given a value: JavaScript ``const URL = ...``, shell ``URL=...``
_ENDPOINT_ASSIGN = re.compile(
    r"\s*(?:(?:export\s+)?(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=(?!=)"
    r"|(?:export\s+|readonly\s+|local\s+)?([A-Za-z_]\w*)=)(.*)"
)
_IDENTIFIER = re.compile(r"[A-Za-z_$][\w$]*")
#: a value that is a request's result (``$(curl ...)``, `` `curl ...` ``, ``await fetch(``,
#: ``axios.post(``): what the endpoint answered, not its address
_REQUEST_VALUE = re.compile(
    r"\s*(?:\$\(|`)?\s*(?:await\s+)?(?:fetch|axios(?:\.\w+)?|got|curl|wget|http\.post)\b"
)


def _endpoint_names(
    lines: list[str], cat: Catalogue, imported: frozenset[str] = frozenset()
) -> frozenset[str]:
    """Names given a value that names a vendor's host or an LLM API path (``const URL =
    `${BASE}/v1/chat/completions```, ``ENDPOINT="https://api.openai.com/..."``), or built
    from such a name, one of this file's or one ``imported`` from another module (``let
    baseUrl = config.url || ANTHROPIC_BASE_URL``, ``const fetchUrl = `${baseUrl}${path}```):
    a request to one of them is a call, however far from it the name was set."""
    names: set[str] = set(imported)
    built: list[tuple[str, frozenset[str]]] = []  # name -> the names its value is made of
    for k, line in enumerate(lines):
        m = _ENDPOINT_ASSIGN.match(line)
        if m is None:
            continue
        value = m.group(3)
        continued = not value.strip() or value.rstrip()[-1:] in "=|?:+("
        for more in lines[k + 1 : k + 4] if continued else ():
            value += " " + more  # the value continues on the next lines (``let u =\n  ...``)
            if more.rstrip().endswith((";", ")")):
                break
        name = m.group(1) or m.group(2)
        if _REQUEST_VALUE.match(value):
            continue  # response=$(curl -X POST "https://api..." ...): the answer, no address
        if cat.names_endpoint(value):
            names.add(name)
        elif not _HTTP.search(value):
            # built only from other values (a request's answer is not an address)
            built.append((name, frozenset(_IDENTIFIER.findall(_JS_STRING_TEXT.sub(" ", value)))))
    for _ in range(3):  # in file order a name is built after what it is built from; a few
        grown = False  # passes more for the rest, a bound that keeps a hostile file linear
        for name, parts in built:
            if name not in names and parts & names:
                names.add(name)
                grown = True
        if not grown:
            break
    return frozenset(names - imported) | frozenset(n for n in imported if n in names)


#: the text of string literals, leaving the ``${...}`` holes of template literals
_JS_STRING_TEXT = re.compile(r"""(?<!\$)\{?["'][^"'\n]*["']""")
#: ``import { A, B as C } from "./constant"`` (across lines)
_NAMED_IMPORT = re.compile(
    r"""import\s+(?:type\s+)?\{([^}]{0,2000})\}\s*from\s*["']([.@~][^"']{0,300})["']"""
)
_MODULE_SUFFIXES = ("", ".ts", ".tsx", ".js", ".jsx", ".mjs", "/index.ts", "/index.js")


def _imported_endpoints(path: str, source: str, cat: Catalogue) -> frozenset[str]:
    """Names this file imports from another module of the project (a relative path, or the
    ``@/``/``~/`` alias of the project's root or ``src/``) that are endpoints there
    (``export const ANTHROPIC_BASE_URL = "https://api.anthropic.com"``)."""
    import os

    found: set[str] = set()
    for m in _NAMED_IMPORT.finditer(source):
        names = {}
        for part in m.group(1).split(","):
            words = part.split()
            if words and words[0] != "type":
                names[words[0]] = words[-1]  # A as B: B here, A there
        exported = _module_endpoints(_resolve_module(os.path.abspath(path), m.group(2)), cat)
        found.update(here for there, here in names.items() if there in exported)
    return frozenset(found)


def _resolve_module(importer: str, spec: str) -> str | None:
    import os

    folder = os.path.dirname(importer)
    if spec.startswith("."):
        bases = [os.path.join(folder, spec)]
    else:
        # "@/app/constant": from the project's root (the folder with package.json or a
        # tsconfig), or its src/
        rest, root = spec[2:], folder
        while not any(
            os.path.exists(os.path.join(root, f))
            for f in ("package.json", "tsconfig.json", "jsconfig.json")
        ):
            parent = os.path.dirname(root)
            if parent == root:
                return None
            root = parent
        bases = [os.path.join(root, rest), os.path.join(root, "src", rest)]
    for base in bases:
        for suffix in _MODULE_SUFFIXES:
            candidate = os.path.normpath(base + suffix)
            if os.path.isfile(candidate):
                return candidate
    return None


def _module_endpoints(module: str | None, cat: Catalogue) -> frozenset[str]:
    """The endpoint names a module of the project defines (read once a run per file)."""
    import os

    if module is None:
        return frozenset()
    try:
        stat = os.stat(module)
    except OSError:
        return frozenset()
    key = (module, stat.st_mtime_ns, stat.st_size)
    if key not in _MODULE_ENDPOINTS:
        if len(_MODULE_ENDPOINTS) > 256:
            _MODULE_ENDPOINTS.clear()
        text = ""
        if stat.st_size <= 1_000_000:  # larger: a generated bundle, not a module of constants
            try:
                with open(module, encoding="utf-8", errors="replace") as f:
                    text = f.read()
            except OSError:
                text = ""
        # the vendors' hosts and paths are the catalogue's own, never a project's addition
        _MODULE_ENDPOINTS[key] = _endpoint_names(text.splitlines(), cat)
    return _MODULE_ENDPOINTS[key]


_MODULE_ENDPOINTS: dict[tuple[str, int, int], frozenset[str]] = {}

#: a script reading its environment: Vite's ``import.meta.env.X``, Node's ``process.env.X``
_ENV_READ = re.compile(r"\b(?:import\.meta\.env|process\.env)\.([A-Za-z_]\w*)")
#: the environment files a bundler or ``dotenv`` loads, committed beside ``package.json``
_ENV_FILES = (".env", ".env.local", ".env.development", ".env.production", ".env.example")
#: ``NAME=value`` in one of them (``export NAME="value"`` too)
_ENV_LINE = re.compile(r"^[ \t]*(?:export[ \t]+)?([A-Za-z_]\w*)[ \t]*=(.*)$", re.MULTILINE)


def _env_endpoints(path: str, source: str, cat: Catalogue) -> frozenset[str]:
    """Names this script reads from its environment (``fetch(import.meta.env.VITE_API_URL,
    ...)``) that an environment file of the project sets to a vendor's endpoint
    (``VITE_API_URL=https://generativelanguage.googleapis.com/...``): the folders from the
    script's up to the one with ``package.json`` (or ``.git``), at most eight."""
    import os

    read = {m.group(1) for m in _ENV_READ.finditer(source)}
    if not read:
        return frozenset()
    found: set[str] = set()
    folder = os.path.dirname(os.path.abspath(path))
    for _ in range(8):
        for name in _ENV_FILES:
            env = os.path.join(folder, name)
            try:
                if os.path.getsize(env) > 256_000:
                    continue
                with open(env, encoding="utf-8", errors="replace") as f:
                    text = f.read()
            except OSError:
                continue
            found.update(
                m.group(1)
                for m in _ENV_LINE.finditer(text)
                if m.group(1) in read and cat.names_endpoint(m.group(2))
            )
        if any(os.path.exists(os.path.join(folder, e)) for e in ("package.json", ".git")):
            break
        parent = os.path.dirname(folder)
        if parent == folder:
            break
        folder = parent
    return frozenset(found)


def scan_script(
    path: str,
    source: str,
    cat: Catalogue | None = None,
    calls: list[CallSite] | None = None,
    guards: Iterable[str] = (),
    decision_patterns: Iterable[str] = (),
) -> list[ScanFinding]:
    """JavaScript/TypeScript and shell. A call whose receiver was made by a configured guard
    (``extra_guards``, by its last name: ``const ai = guardClient(new OpenAI())``) is
    guarded; one whose arguments go through a guard or a value a guard returned is checked;
    one with only literals and constants is literal (AIG105 reads its prompt literals); the
    rest is AIG101."""
    cat = cat or catalogue()
    shell = path.endswith((".sh", ".bash", ".zsh"))
    sdk = None if shell else cat.js_sdk_import.search(source)
    guard_names = frozenset(g.rsplit(".", 1)[-1] for g in (*cat.guard_functions, *guards))
    guarded: set[str] = set()
    checked: set[str] = set()
    for m in _JS_ASSIGN.finditer(source):
        callee = m.group(2).rsplit(".", 1)[-1]
        if callee in guard_names:
            (guarded if re.search(r"[Cc]lient|[Gg]uard", callee) else checked).add(m.group(1))
    lines = source.splitlines()
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    imported = (
        _imported_endpoints(path, source, cat)
        if not shell and _NAMED_IMPORT.search(source)
        else frozenset()
    )
    if not shell:
        imported |= _env_endpoints(path, source, cat)
    endpoints = _endpoint_names(lines, cat, imported)
    written = _js_written_names(source) if sdk is not None else frozenset()
    # objects the file makes with `new` (`const bot = new TelegramBot(token)`, `this.bot = new
    # Telegraf(...)`): a model's chat is never made so (`model.startChat()`, `ai.chats.create()`),
    # so their `sendMessage` is a messenger's, not Gemini's
    made_new = (
        frozenset(
            m.group(1)
            for m in _JS_NEW_BINDING.finditer(source)
            # `new GoogleGenerativeAI(k).getGenerativeModel(...).startChat()`: a chat after all
            if not _JS_CHAT_MADE.search(source, m.end(), _line_end(source, m.end()))
        )
        if sdk is not None and "sendMessage" in source
        else frozenset()
    )
    out: list[ScanFinding] = []
    llm_lines: list[int] = []  # where a call sends to a model (its answer comes back there)
    curl_end = 0  # where the last curl command read word by word ends
    for i, line in enumerate(lines, 1):
        stripped = line.lstrip()
        if stripped.startswith(("//", "#", "*", "/*")) and not stripped.startswith("#!"):
            continue
        hit = _sdk_call(line, cat, sdk.group(1)) if sdk is not None else None
        if hit is not None and _messenger_send(line, hit, made_new):
            hit = None
        if hit is None and sdk is not None:
            hit = _JS_UPLOAD_CALL.search(line)
        if hit is not None and sdk is not None:
            # the receiver is just before the call: a bounded look back stays linear
            near = line[max(0, hit.start() - 200) : hit.start()]
            receiver = re.search(r"([A-Za-z_$][\w$]*)\s*(?:\.\s*[\w$]+\s*)*$", near)
            if receiver and receiver.group(1) in guarded:
                status = "guarded"
            else:
                args = _arguments(source, offsets[i - 1] + hit.end() - 1)
                status = _js_status(args, checked, guard_names, written)
                sent = _js_upload(path, hit.group(0), args, i, hit.start() + 2, out)
                if sent is not None:
                    # the file is what goes out: AIG106 says so, or it is a file of the
                    # repository that classify_document lets be sent
                    status = "upload" if sent else "literal"
            if status == "unchecked":
                out.append(
                    RULES["AIG101"].finding(path, i, hit.start() + 2, "javascript/typescript")
                )
            if calls is not None:
                calls.append(CallSite(path, i, hit.start() + 2, sdk.group(1), status))
            llm_lines.append(i)
            continue
        http = _HTTP.search(line)
        if http and shell and http.group(0) not in ("curl", "wget"):
            http = None  # echo "API request failed": a shell script requests by curl or wget
        if http and _IMPORT_LINE.match(line):
            http = None  # import axios from "axios": an import sends nothing
        if http and re.search(r"\bfunction\s*\*?\s*$", line[: http.start()]):
            http = None  # function request(req) { ...: a definition, not a request
        window = " ".join(lines[i - 1 : i + 2])
        if http and http.group(0) == "curl":
            # the whole command (continuation lines); a curl that sends nothing (a GET of
            # the model list, a download) is not a prompt
            j = i
            while j < len(lines) and lines[j - 1].rstrip().endswith("\\"):
                j += 1
            window = " ".join(lines[i - 1 : j])
            if not _CURL_SENDS.search(window):
                continue
        if http and http.group(0) != "curl" and _js_reads_only(source, offsets[i - 1], line, http):
            continue  # fetch(url) with no body, axios.get(url): a GET (a model list), no prompt
        named = window
        if http and http.group(0) != "curl" and endpoints:
            # a name is read in the request's own arguments, not on the lines after it
            opened = re.match(r"\s*(?:\.\s*\w+\s*)?\(", line[http.end() :])
            if opened is not None:
                named = _arguments(source, offsets[i - 1] + http.end() + opened.end() - 1)
        if http and (
            cat.names_endpoint(window)
            or (
                endpoints
                and not cat.names_account_route(named)
                and any(n.lstrip("$") in endpoints for n in _IDENTIFIER.findall(named))
            )
        ):
            sent = (
                _curl_upload(path, window, i, http.start() + 1, out)
                if http.group(0) == "curl"
                else None
            )
            if sent is not None:
                # a file goes out: AIG106, or nothing for files of the repository that
                # classify_document lets be sent
                if calls is not None:
                    status = "upload" if sent else "literal"
                    calls.append(CallSite(path, i, http.start() + 1, "http", status))
                continue
            llm_lines.append(i)
            start = offsets[i - 1] + http.start()
            if http.group(0) == "curl" and start >= curl_end:
                # each command is read once: one that starts inside the text of the one before
                # (a quote left open) is not vouched for, and the reading stays linear
                words, curl_end = _shell_words(source, start)
                literal = _curl_literal(words)
            else:
                literal = False
            if literal:
                # -d '{"messages": [...]}' with no variable: a prompt written in the script
                if calls is not None:
                    calls.append(CallSite(path, i, http.start() + 1, "http", "literal"))
                continue
            from ai_guard.i18n.scan import scan_raw_http

            out.append(RULES["AIG101"].finding(path, i, http.start() + 1, scan_raw_http()))
            if calls is not None:
                calls.append(CallSite(path, i, http.start() + 1, "http", "unchecked"))
    if not shell:
        out += js_decisions(path, lines, llm_lines, guard_names, decision_patterns)
    line_findings(path, lines, out)
    _script_prompts(path, source, cat, out)
    return mark_suppressed(sorted(out, key=lambda f: (f.line, f.column, f.rule)), lines)
