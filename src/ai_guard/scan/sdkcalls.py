"""Ruby and PHP sources: calls of the LLM SDKs found line by line, as the PowerShell reader
finds requests, without a data flow.

Ruby: a client made by ``OpenAI::Client.new`` (ruby-openai) or ``Anthropic::Client.new`` and
kept in a variable, an instance variable or a constant of the file, called through a method
that sends a prompt (``client.chat(parameters: {...})``, ``client.completions``,
``client.embeddings``, ``client.messages``, ``client.responses.create``,
``client.images.generate``, ``client.audio.transcribe`` ...), also on the constructor itself
(``OpenAI::Client.new.chat(...)``); RubyLLM's ``RubyLLM.chat(...).ask(...)`` and
``RubyLLM.embed(...)``. PHP: openai-php's ``OpenAI::chat()->create([...])`` (its Laravel
facade too) and a client's ``$client->chat()->create([...])``, ``->createStreamed``, the
completions, embeddings, responses, images and audio resources, in a file that names
``OpenAI``; and a request (Laravel's ``Http::...->post``, Guzzle's ``->post``/``->request``)
to an LLM endpoint written in the call or held in a variable assigned one in the file.

A call whose arguments are written entirely in the code (strings with nothing spliced in,
symbols, numbers, hash keys) that check_prompt would allow is ``literal``; any other call is
unchecked (AIG101): there is no ai-guard in Ruby or PHP, and this reader cannot vouch for a
variable. The arguments are read to the call's closing parenthesis; each character of the
file is read at most once (a call inside another call's arguments is part of that call).
"""

from __future__ import annotations

import re

from ai_guard.scan.catalogue import Catalogue
from ai_guard.scan.lines import mark_suppressed
from ai_guard.scan.rules import RULES, CallSite, ScanFinding

__all__ = ["sdk_calls"]

#: the longest argument list read; a longer one is not vouched for (unchecked)
_MAX_ARGUMENTS = 20_000

#: a name begins only where no word character stands before it (a run of letters is tried
#: once, not from each of its characters: linear)
_RUBY_CLIENT = re.compile(r"(?<![\w@])(@{0,2}\w+)\s*(?:\|\|)?=\s*(OpenAI|Anthropic)::Client\.new\b")
_RUBY_METHODS = (
    r"chat|completions|embeddings|messages|moderations|responses\.create|images\.generate|"
    r"images\.edit|images\.variations|audio\.transcribe|audio\.translate|audio\.speech|"
    r"assistants\.create|threads\.create|threads\.messages\.create|messages\.create|"
    r"runs\.create|files\.upload|batches\.create"
)
_RUBY_NEW_CALL = re.compile(rf"\b(OpenAI|Anthropic)::Client\.new\b[^\n]*?\.({_RUBY_METHODS})\s*\(")
_RUBY_LLM = re.compile(r"\bRubyLLM\.(?:chat|embed|paint|transcribe)\b")
_RUBY_LLM_CHAT = re.compile(r"(?<![\w@])(@{0,2}\w+)\s*=\s*RubyLLM\.chat\b")

_PHP_FACADE = re.compile(
    r"(?:\\?OpenAI\\Laravel\\Facades\\)?\bOpenAI::(chat|completions|embeddings|responses|images|"
    r"audio|moderations|assistants|threads)\(\)\s*->\s*(\w+)\s*\("
)
_PHP_CLIENT = re.compile(
    r"\$\w+(?:->\w+)*\s*->\s*(chat|completions|embeddings|responses|images|audio|moderations|"
    r"assistants|threads)\(\)\s*->\s*(create\w*|transcribe|translate|speech|edit|variation)\s*\("
)
_PHP_REQUEST = re.compile(
    r"(?:Http::(?:\w+\([^()]*\)\s*->\s*)*post|->\s*post|->\s*request)\s*\(", re.I
)
_PHP_ASSIGN = re.compile(r"\$(\w+)\s*=\s*(.+)")


def sdk_calls(
    path: str, source: str, cat: Catalogue, calls: list[CallSite] | None
) -> list[ScanFinding]:
    """AIG101 for each SDK call (or request to an LLM endpoint) of a Ruby or PHP file whose
    arguments are not written in the code; every one is a call site."""
    ruby = path.lower().endswith(".rb")
    lines = source.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    found = _ruby_calls(source) if ruby else _php_calls(source, cat)
    out: list[ScanFinding] = []
    done = 0
    for offset, open_paren, vendor in sorted(found):
        if open_paren < done:
            continue  # inside the arguments of a call already read
        line_no = _line_of(starts, offset)
        if _commented(lines[line_no - 1], ruby):
            continue
        arguments, done = _arguments(source, open_paren)
        literal = arguments is not None and _written(arguments, ruby)
        status = "literal" if literal else "unchecked"
        column = offset - starts[line_no - 1] + 1
        if calls is not None:
            calls.append(CallSite(path, line_no, column, vendor, status))
        if not literal:
            out.append(RULES["AIG101"].finding(path, line_no, column, vendor))
    return mark_suppressed(out, source.splitlines())


def _ruby_calls(source: str) -> list[tuple[int, int, str]]:
    """(offset of the call, offset of its parenthesis, vendor) of each SDK call."""
    found: list[tuple[int, int, str]] = []
    receivers = {m.group(1): m.group(2).lower() for m in _RUBY_CLIENT.finditer(source)}
    if receivers:
        names = "|".join(sorted(map(re.escape, receivers), key=len, reverse=True))
        call = re.compile(rf"(?<![\w@])({names})\s*\.\s*({_RUBY_METHODS})\s*\(")
        found += [(m.start(), m.end() - 1, receivers[m.group(1)]) for m in call.finditer(source)]
    found += [(m.start(), m.end() - 1, m.group(1).lower()) for m in _RUBY_NEW_CALL.finditer(source)]
    chats = {m.group(1) for m in _RUBY_LLM_CHAT.finditer(source)}
    if chats:
        names = "|".join(sorted(map(re.escape, chats), key=len, reverse=True))
        ask = re.compile(rf"(?<![\w@])({names})\s*\.\s*ask\s*\(")
        found += [(m.start(), m.end() - 1, "ruby_llm") for m in ask.finditer(source)]
    for m in _RUBY_LLM.finditer(source):
        rest = source[m.end() : m.end() + 1]
        if rest == "(" and not _RUBY_LLM_CHAT.match(source, _line_start(source, m.start())):
            found.append((m.start(), m.end(), "ruby_llm"))
    return found


def _php_calls(source: str, cat: Catalogue) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    if "OpenAI" in source:
        found += [(m.start(), m.end() - 1, "openai") for m in _PHP_FACADE.finditer(source)]
        found += [(m.start(), m.end() - 1, "openai") for m in _PHP_CLIENT.finditer(source)]
    endpoints = {
        m.group(1)
        for m in _PHP_ASSIGN.finditer(source)
        if "/" in m.group(2) and cat.names_endpoint(m.group(2)[:2000])
    }
    for m in _PHP_REQUEST.finditer(source):
        # the first argument: up to its comma or parenthesis, at most 400 characters
        head = _FIRST_ARGUMENT.match(source, m.end())
        text = head.group() if head else ""
        named = "/" in text and cat.names_endpoint(text)
        if named or set(_PHP_VARIABLE.findall(text)) & endpoints:
            found.append((m.start(), m.end() - 1, "http"))
    return found


_FIRST_ARGUMENT = re.compile(r"[^,()\n]{0,400}")
_PHP_VARIABLE = re.compile(r"\$(\w+)")


def _line_start(source: str, offset: int) -> int:
    return source.rfind("\n", 0, offset) + 1


def _line_of(starts: list[int], offset: int) -> int:
    lo, hi = 0, len(starts) - 1
    while lo < hi:  # the last line start at or before offset
        mid = (lo + hi + 1) // 2
        if starts[mid] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo + 1


def _commented(line: str, ruby: bool) -> bool:
    stripped = line.lstrip()
    return stripped.startswith("#") or (not ruby and stripped.startswith(("//", "*", "/*")))


#: what the argument reader stops at outside a string: a quote, a bracket, a comment's start
_OUTSIDE = re.compile(r"[\"'()\[\]{}#]|//|/\*")
#: what it stops at inside a string of each quote: the closing quote or an escape
_INSIDE = {'"': re.compile(r'[\\"]'), "'": re.compile(r"[\\']")}


def _arguments(source: str, open_paren: int) -> tuple[str | None, int]:
    """The text between a call's parentheses, its comments left out (``#`` to the end of the
    line; in PHP also ``//`` and ``/* */``), strings skipped when counting parentheses, and
    the offset after it; None when it does not close within ``_MAX_ARGUMENTS`` characters
    (the rest of the file, up to there, counts as read). The reader jumps from one quote,
    bracket or comment to the next, each character read once."""
    end = min(len(source), open_paren + _MAX_ARGUMENTS)
    depth, pos, kept_from = 0, open_paren, open_paren
    parts: list[str] = []
    while True:
        m = _OUTSIDE.search(source, pos, end)
        if m is None:
            return None, end
        token, at = m.group(), m.start()
        if token in _INSIDE:
            inside, j = _INSIDE[token], m.end()
            while True:
                q = inside.search(source, j, end)
                if q is None:
                    return None, end
                if q.group() == "\\":
                    j = q.end() + 1
                    continue
                pos = q.end()
                break
            continue
        if token in ("#", "//", "/*"):
            parts.append(source[kept_from:at])
            close = source.find("*/" if token == "/*" else "\n", m.end(), end)
            pos = end if close < 0 else close + (2 if token == "/*" else 0)
            kept_from = pos
            continue
        depth += 1 if token in "([{" else -1
        pos = m.end()
        if depth == 0:
            parts.append(source[kept_from:at])
            return "".join(parts)[1:], pos


_RUBY_STRING = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\#]|\\.|#(?!\{))*\"")
_PHP_STRING = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\$]|\\.)*\"")
#: what may stand beside the strings of arguments written in the code
_RUBY_WORDS = re.compile(r"\b(?:\w+:|:\w+|true|false|nil|\d+(?:\.\d+)?)(?!\w)")
_PHP_WORDS = re.compile(r"\b(?:true|false|null|\d+(?:\.\d+)?)\b", re.I)


def _written(arguments: str, ruby: bool) -> bool:
    """Arguments written entirely in the code, whose strings check_prompt would allow."""
    from ai_guard.scan.literals import prompt_finding

    strings = (_RUBY_STRING if ruby else _PHP_STRING).findall(arguments)
    if any(prompt_finding(s[1:-1]) for s in strings):
        return False
    rest = (_RUBY_STRING if ruby else _PHP_STRING).sub(" ", arguments)
    rest = (_RUBY_WORDS if ruby else _PHP_WORDS).sub(" ", rest)
    rest = rest.replace("=>", " ") if ruby else re.sub(r"=>|\barray\b", " ", rest)
    # anything left but punctuation is a name the reader cannot vouch for
    return re.search(r"[\w$@]", rest) is None
