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
variable. The arguments are read to the call's closing parenthesis, a stretch at a time
(a short call costs a short read); each character of the file is read a bounded number of
times (a call inside another call's arguments is part of that call).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from itertools import accumulate, islice

from ai_guard.scan.catalogue import Catalogue
from ai_guard.scan.lines import mark_suppressed
from ai_guard.scan.rules import RULES, CallSite, ScanFinding

__all__ = ["sdk_calls"]

#: the longest argument list read; a longer one is not vouched for (unchecked)
_MAX_ARGUMENTS = 20_000
#: brackets open at once in a call's first :data:`_HEAD_TOKENS` tokens past which its
#: arguments are not read on (not vouched for: unchecked)
_MAX_DEPTH = 64
_HEAD_TOKENS = 256

#: a name begins only where no word character stands before it (a run of letters is tried
#: once, not from each of its characters: linear)
_RUBY_CLIENT = re.compile(r"(?<![\w@])(@{0,2}\w+)\s*(?:\|\|)?=\s*(OpenAI|Anthropic)::Client\.new\b")
_RUBY_METHODS = (
    r"chat|completions|embeddings|messages|moderations|responses\.create|images\.generate|"
    r"images\.edit|images\.variations|audio\.transcribe|audio\.translate|audio\.speech|"
    r"assistants\.create|threads\.create|threads\.messages\.create|messages\.create|"
    r"runs\.create|files\.upload|batches\.create"
)
#: a client's constructor called at once (``OpenAI::Client.new.chat(...)``,
#: ``OpenAI::Client.new(access_token: ENV.fetch("K")).chat(...)``): the constructor's own
#: arguments are read to at most 300 characters, so that each constructor costs a bounded read
_RUBY_NEW_CALL = re.compile(
    r"\b(OpenAI|Anthropic)::Client\.new\b"
    r"(?:\((?:[^()\n]|\([^()\n]{0,100}\)){0,300}\))?"
    rf"\s*\.\s*({_RUBY_METHODS})\s*\("
)
#: a method of the SDKs called on a receiver; the receiver is one of the file's clients
_RUBY_RECEIVER_CALL = re.compile(rf"(?<![\w@])(@{{0,2}}\w+)\s*\.\s*({_RUBY_METHODS})\s*\(")
#: `attr_reader :client, :prompt` (or attr_accessor): the symbols it lists, to the line's end
_RUBY_ATTR = re.compile(r"\battr_(?:reader|accessor)\b([^\n]*)")
_RUBY_ASK = re.compile(r"(?<![\w@])(@{0,2}\w+)\s*\.\s*ask\s*\(")
_RUBY_LLM = re.compile(r"\bRubyLLM\.(?:chat|embed|paint|transcribe)\b")
_RUBY_LLM_CHAT = re.compile(r"(?<![\w@])(@{0,2}\w+)\s*=\s*RubyLLM\.chat\b")

#: literal-led: the engine skips from one ``OpenAI::`` to the next (a word character before it
#: is another name; the facade's namespace before it,
#: ``\\OpenAI\\Laravel\\Facades\\OpenAI::``, is looked back for)
_PHP_FACADE = re.compile(
    r"OpenAI::(chat|completions|embeddings|responses|images|"
    r"audio|moderations|assistants|threads)\(\)\s*->\s*(\w+)\s*\("
)
_FACADE_NAMESPACE = re.compile(r"\\?OpenAI\\Laravel\\Facades\\\Z")
_PHP_CLIENT = re.compile(
    r"\$\w+(?:->\w+)*\s*->\s*(chat|completions|embeddings|responses|images|audio|moderations|"
    r"assistants|threads)\(\)\s*->\s*(create\w*|transcribe|translate|speech|edit|variation)\s*\("
)
#: the client taken from Laravel's container (``app('openai')``, ``resolve('openai')``,
#: ``App::make(\\OpenAI\\Client::class)``, ``$this->app->make('openai')``: what openai-php's
#: service provider, or the project's own, binds), then a resource's method, in a file that
#: need not name ``OpenAI`` otherwise; literal-led by the resource's ``()->``
_PHP_CONTAINER = re.compile(
    r"(?i:\bapp|\bresolve|\bmake)\s*\(\s*(?:(['\"])openai\1|\\?OpenAI(?:\\Client)?::class)\s*\)"
    r"\s*->\s*(chat|completions|embeddings|responses|images|audio|moderations|assistants|threads)"
    r"\(\)\s*->\s*(create\w*|transcribe|translate|speech|edit|variation)\s*\("
)
#: a request: Laravel's ``Http::post(`` (also after options, ``Http::timeout(60)->post(``) and
#: any ``->post(``/``->request(``, whose first argument (on its line or the next) holds a path
#: or a variable; two literal-led patterns (one alternation of both would be tried at every
#: character)
_PHP_REQUESTS = (
    re.compile(
        r"Http::(?:\w+\([^()]*\)\s*->\s*)*post\s*\((?=(?:[ \t]*\n)?[^,()\n]{0,400}[/$])", re.I
    ),
    re.compile(r"->\s*(?i:post|request)\s*\((?=(?:[ \t]*\n)?[^,()\n]{0,400}[/$])"),
)
#: PHP's own cURL: ``curl_init(URL)`` (or ``curl_init()`` then ``CURLOPT_URL``), a request
#: whose body (``CURLOPT_POSTFIELDS``) the reader does not follow: always unchecked
_PHP_CURL = re.compile(r"\bcurl_init[ \t]*\(")
_CURL_URL = re.compile(r"\bCURLOPT_URL[ \t]*(?:,|=>)[ \t]*([^,()\n]{0,400})")
_CURL_POST = re.compile(r"\bCURLOPT_POST(?:FIELDS)?\b")
#: how far after ``curl_init(`` its options are looked for (up to its ``curl_exec``)
_CURL_SPAN = 3000
#: orhanerday/open-ai's client (``$open_ai = new OpenAi($key)``, then ``$open_ai->chat([...])``)
_PHP_ORHANERDAY = re.compile(r"\$(\w+)[ \t]*=[ \t]*new[ \t]+(?:\\?Orhanerday\\OpenAi\\)?OpenAi\b")
_PHP_ORHANERDAY_CALL = re.compile(
    r"\$(\w+)[ \t]*->[ \t]*(chat|completion|complete|embeddings|createEdit|image|imageEdit|"
    r"createImageVariation|transcribe|translate|moderation|uploadFile)[ \t]*\("
)
#: a variable or a property given a value (``$url = ...``, ``private $baseUrl = '...'``,
#: ``$this->baseUrl = ...`` in a constructor)
_PHP_ASSIGN = re.compile(r"\$(?:this\s*->\s*)?(\w+)\s*=\s*(.+)")


#: a finder: the first SDK call of a file at or after an offset, as (offset of the call,
#: offset of its parenthesis, vendor), else None
_Finder = Callable[[int], "tuple[int, int, str] | None"]


def sdk_calls(
    path: str, source: str, cat: Catalogue, calls: list[CallSite] | None
) -> list[ScanFinding]:
    """AIG101 for each SDK call (or request to an LLM endpoint) of a Ruby or PHP file whose
    arguments are not written in the code; every one is a call site. The calls are looked
    for in the file's order, each search starting after the arguments last read: a call
    inside another's arguments is part of it, and no character is searched twice."""
    ruby = path.lower().endswith(".rb")
    lines = source.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    finders = _ruby_finders(source) if ruby else _php_finders(source, cat)
    heads: list[tuple[int, int, str] | None] = [find(0) for find in finders]
    out: list[ScanFinding] = []
    done = 0
    while True:
        for i, head in enumerate(heads):
            if head is not None and head[1] < done:
                heads[i] = head = finders[i](done)  # inside the arguments of a call read
        found = [head for head in heads if head is not None]
        if not found:
            break
        offset, open_paren, vendor = min(found)
        done = open_paren + 1
        line_no = _line_of(starts, offset)
        if _commented(lines[line_no - 1], ruby):
            continue
        arguments, done = _arguments(source, open_paren)
        unread = vendor.endswith(_UNREAD)
        vendor = vendor.removesuffix(_UNREAD)
        literal = arguments is not None and not unread and _written(arguments, ruby)
        status = "literal" if literal else "unchecked"
        column = offset - starts[line_no - 1] + 1
        if calls is not None:
            calls.append(CallSite(path, line_no, column, vendor, status))
        if not literal:
            out.append(RULES["AIG101"].finding(path, line_no, column, vendor))
    return mark_suppressed(out, source.splitlines())


def _finder(
    source: str,
    pattern: re.Pattern[str],
    accept: Callable[[re.Match[str]], tuple[int, int, str] | None],
) -> _Finder:
    """The first match of ``pattern`` at or after an offset that ``accept`` takes (a match it
    refuses is passed over, the search going on after it)."""

    def find(pos: int) -> tuple[int, int, str] | None:
        while (m := pattern.search(source, pos)) is not None:
            taken = accept(m)
            if taken is not None:
                return taken
            pos = max(m.end(), pos + 1)
        return None

    return find


def _ruby_finders(source: str) -> list[_Finder]:
    finders = [
        _finder(source, _RUBY_NEW_CALL, lambda m: (m.start(), m.end() - 1, m.group(1).lower()))
    ]
    receivers = {m.group(1): m.group(2).lower() for m in _RUBY_CLIENT.finditer(source)}
    if any(r.startswith("@") for r in receivers) and "attr_" in source:
        # `attr_reader :client` reads `@client` by its bare name: `client.chat(...)` in the
        # class's methods is the client's call
        read = {
            name for m in _RUBY_ATTR.finditer(source) for name in re.findall(r":(\w+)", m.group(1))
        }
        for receiver, kind in list(receivers.items()):
            if receiver.startswith("@") and not receiver.startswith("@@") and receiver[1:] in read:
                receivers.setdefault(receiver[1:], kind)
    if receivers:
        # one pattern for every receiver, its name looked up (a pattern of the file's names
        # would be compiled for each file, and grows with them)
        finders.append(
            _finder(
                source,
                _RUBY_RECEIVER_CALL,
                lambda m: (
                    (m.start(), m.end() - 1, receivers[m.group(1)])
                    if m.group(1) in receivers
                    else None
                ),
            )
        )
    chats = {m.group(1) for m in _RUBY_LLM_CHAT.finditer(source)}
    if chats:
        finders.append(
            _finder(
                source,
                _RUBY_ASK,
                lambda m: (m.start(), m.end() - 1, "ruby_llm") if m.group(1) in chats else None,
            )
        )

    def ruby_llm(m: re.Match[str]) -> tuple[int, int, str] | None:
        if source[m.end() : m.end() + 1] != "(":
            return None
        if _RUBY_LLM_CHAT.match(source, _line_start(source, m.start())):
            return None  # chat = RubyLLM.chat(...): its ask is the call
        return m.start(), m.end(), "ruby_llm"

    finders.append(_finder(source, _RUBY_LLM, ruby_llm))
    return finders


def _php_finders(source: str, cat: Catalogue) -> list[_Finder]:
    finders: list[_Finder] = []
    if "OpenAI" in source:

        def facade(m: re.Match[str]) -> tuple[int, int, str] | None:
            if m.start() and (source[m.start() - 1].isalnum() or source[m.start() - 1] == "_"):
                return None  # MyOpenAI::chat(): another class
            namespace = _FACADE_NAMESPACE.search(source, max(0, m.start() - 30), m.start())
            return namespace.start() if namespace else m.start(), m.end() - 1, "openai"

        finders.append(_finder(source, _PHP_FACADE, facade))
        finders.append(_finder(source, _PHP_CLIENT, lambda m: (m.start(), m.end() - 1, "openai")))
    if "openai" in source.lower():
        finders.append(
            _finder(source, _PHP_CONTAINER, lambda m: (m.start(), m.end() - 1, "openai"))
        )
    held: list[frozenset[str]] = []

    def endpoints() -> frozenset[str]:
        """The variables the file assigns an LLM endpoint, read once, when a request names
        a variable."""
        if not held:
            held.append(
                frozenset(
                    m.group(1)
                    for m in _PHP_ASSIGN.finditer(source)
                    if "/" in m.group(2) and cat.names_endpoint(m.group(2)[:2000])
                )
            )
        return held[0]

    def request(m: re.Match[str]) -> tuple[int, int, str] | None:
        # the first argument: up to its comma or parenthesis, at most 400 characters
        head = _FIRST_ARGUMENT.match(source, m.end())
        text = head.group() if head else ""
        if "/" in text and cat.names_endpoint(text):
            return m.start(), m.end() - 1, "http"
        variables = _PHP_VARIABLE.findall(text)
        if variables and set(variables) & endpoints():
            return m.start(), m.end() - 1, "http"
        return None

    # Http::timeout(60)->post(...) is found by both: the call starts at Http::, read first
    finders.extend(_finder(source, pattern, request) for pattern in _PHP_REQUESTS)

    def names_llm(text: str) -> bool:
        if "/" in text and cat.names_endpoint(text):
            return True
        return bool(set(_PHP_VARIABLE.findall(text)) & endpoints())

    def curl(m: re.Match[str]) -> tuple[int, int, str] | None:
        head = _FIRST_ARGUMENT.match(source, m.end())
        after = source[m.end() : m.end() + _CURL_SPAN]
        sent = after.find("curl_exec")
        after = after if sent < 0 else after[:sent]  # this request's options, not the next's
        option = _CURL_URL.search(after)
        if not (names_llm(head.group() if head else "") or (option and names_llm(option[1]))):
            return None
        if not _CURL_POST.search(after):
            return None  # a GET (the model list): nothing sent
        return m.start(), m.end() - 1, "http" + _UNREAD

    if "curl_init" in source:
        finders.append(_finder(source, _PHP_CURL, curl))
    if "OpenAi" in source:
        clients = {m.group(1) for m in _PHP_ORHANERDAY.finditer(source)}
        if clients:
            finders.append(
                _finder(
                    source,
                    _PHP_ORHANERDAY_CALL,
                    lambda m: (m.start(), m.end() - 1, "openai") if m[1] in clients else None,
                )
            )
    return finders


#: a finder's vendor ending so: the call's arguments are not what it sends (``curl_init(URL)``:
#: the body is set apart), the call is unchecked whatever they hold
_UNREAD = ":unread"


#: a request's first argument: up to its comma or parenthesis, on its line or the next one
#: (``->post(`` at a line's end, the URL below it)
_FIRST_ARGUMENT = re.compile(r"(?:[ \t]*\n)?[^,()\n]{0,400}")
#: a variable a request names, or a property of the object (``$this->baseUrl . $path``)
_PHP_VARIABLE = re.compile(r"\$(?:this\s*->\s*)?(\w+)")


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


#: what the argument reader takes in one match: code, closed strings of either quote, and
#: comments (``#`` or ``//`` to the end of the line, closed ``/* */``), each whole; it stops
#: only at a string or a comment that does not close, or at the end of what is read
_RUN = re.compile(
    r"""(?:[^"'#/]+|/(?![/*])|"[^"\\]*(?:\\.[^"\\]*)*"|'[^'\\]*(?:\\.[^'\\]*)*'|(?:#|//)[^\n]*|/\*[^*]*\*+(?:[^/*][^*]*\*+)*/)*""",
    re.S,
)
#: what was read, a token each: a string or a comment (an empty group), a bracket
_TOKENS = re.compile(
    r""""[^"\\]*(?:\\.[^"\\]*)*"|'[^'\\]*(?:\\.[^'\\]*)*'|(?:#|//)[^\n]*|/\*[^*]*\*+(?:[^/*][^*]*\*+)*/|([()\[\]{}])""",
    re.S,
)
_STEP = {"": 0, "(": 1, "[": 1, "{": 1, ")": -1, "]": -1, "}": -1}
#: the comments of what was read, its strings kept (``\1``)
_COMMENTS = re.compile(
    r"""("[^"\\]*(?:\\.[^"\\]*)*"|'[^'\\]*(?:\\.[^'\\]*)*')|(?:#|//)[^\n]*|/\*[^*]*\*+(?:[^/*][^*]*\*+)*/""",
    re.S,
)


@functools.lru_cache(maxsize=256)
def _nth_token(n: int) -> re.Pattern[str]:
    """What :data:`_RUN` read, up to and with its ``n``-th token of :data:`_TOKENS`. A comment
    runs to its line's end and no shorter (a lookahead for the end): a line of ``#{#{#{...`` could
    otherwise be cut into comments in every way when the count is not met (exponential)."""
    return re.compile(
        r"""(?:(?:[^"'()\[\]{}#/]|/(?![/*]))*(?:"[^"\\]*(?:\\.[^"\\]*)*"|'[^'\\]*(?:\\.[^'\\]*)*'|(?:#|//)[^\n]*(?=\n|$)|/\*[^*]*\*+(?:[^/*][^*]*\*+)*/|[()\[\]{}]))"""
        + f"{{{n}}}",
        re.S,
    )


#: the first stretch of a call's arguments read; each next one is 16 times longer, up to
#: :data:`_MAX_ARGUMENTS`, one longer than half of it reading to it (a short call costs a
#: short read, not the whole cap: a file of closed calls read 20,000 characters for each)
_WINDOW = 64
#: what is neither a bracket nor in a string or a comment, and the strings and comments
#: themselves: what :func:`_closes` leaves out
_NOT_BRACKETS = re.compile(
    r""""[^"\\]*(?:\\.[^"\\]*)*"|'[^'\\]*(?:\\.[^'\\]*)*'|(?:#|//)[^\n]*|/\*[^*]*\*+(?:[^/*][^*]*\*+)*/|[^()\[\]{}"'#/]+|/""",
    re.S,
)
#: an opening bracket and a closing one with none between (a bracket's kind is not matched:
#: each counts one up or down, as :data:`_STEP` counts them)
_PAIR = re.compile(r"[(\[{][)\]}]")
#: how many rounds of pairs :func:`_closes` takes out before it leaves the question open
_ROUNDS = 8


def _arguments(source: str, open_paren: int) -> tuple[str | None, int]:
    """The text between a call's parentheses, its comments left out (``#`` to the end of the
    line; in PHP also ``//`` and ``/* */``), strings skipped when counting parentheses, and
    the offset after it; None when it does not close within ``_MAX_ARGUMENTS`` characters
    (the rest of the file, up to there, counts as read), or nests deeper than
    :data:`_MAX_DEPTH` in its first :data:`_HEAD_TOKENS` tokens (not read on: a run of
    unclosed calls costs a bounded read each). Read a stretch at a time, each longer than
    the last (:data:`_WINDOW`): a stretch that cannot hold the closing bracket is let go by
    :func:`_closes` in the pattern engine, and the brackets are counted token by token
    (:func:`_count`) only in the stretch that holds it."""
    cap = min(len(source), open_paren + _MAX_ARGUMENTS)
    start = open_paren + 1
    end = min(cap, start + _WINDOW)
    headed = False  # the first _HEAD_TOKENS tokens were read and judged
    while True:
        # the pattern engine reads code, strings and comments to the end or to a string or
        # comment that does not close (in this stretch: it may close in a longer one)
        run = _RUN.match(source, start, end)
        upto = run.end() if run is not None else start
        read = source[start:upto]
        if not headed and read.count("(") + read.count("[") + read.count("{") >= _MAX_DEPTH:
            # (fewer opening brackets cannot nest past the cap)
            deep = _too_deep(source, start, upto)
            if deep:
                return None, cap
            headed = deep is not None
        if (")" in read or "]" in read or "}" in read) and _closes(read) is not False:
            found = _count(source, start, upto)
            if found is not None:
                return found
        if end == cap:
            return None, cap  # it does not close in what is read
        # a next stretch longer than half the cap reads to the cap: 16,384 characters then
        # 20,000 re-read the first 16,384 (an unclosed call cost 1.9 times its cap)
        longer = start + (end - start) * 16
        end = cap if longer - start > _MAX_ARGUMENTS // 2 else min(cap, longer)


def _closes(read: str) -> bool | None:
    """Whether brackets read (code, strings and comments) close the call: its own bracket,
    open before them, reaches depth 0. Pairs with nothing between are taken out, round after
    round, in the pattern engine; what is left, ``)...(``, closes when it starts with a
    closing bracket. None when nesting deeper than :data:`_ROUNDS` leaves it open."""
    brackets = _NOT_BRACKETS.sub("", read)
    for _ in range(_ROUNDS):
        fewer = _PAIR.sub("", brackets)
        if len(fewer) == len(brackets):
            return fewer[:1] in (")", "]", "}")
        brackets = fewer
    return None


def _too_deep(source: str, start: int, upto: int) -> bool | None:
    """Whether the first :data:`_HEAD_TOKENS` tokens read nest deeper than
    :data:`_MAX_DEPTH` and do not close the call; None when fewer tokens were read."""
    # the tokens searched for one after another (the pattern engine skips what cannot start
    # one), not matched with all that lies between: 1.1 ms for 256 tokens of 20,000
    # characters of unclosed calls, 0.5 ms searched (the stretch is :data:`_RUN`'s: every
    # string and comment in it closes)
    head = islice(_TOKENS.finditer(source, start, upto), _HEAD_TOKENS)
    first = [m.group(1) or "" for m in head]
    if len(first) < _HEAD_TOKENS:
        return None
    depths = list(accumulate(map(_STEP.__getitem__, first), initial=1))
    return 0 not in depths and max(depths) > _MAX_DEPTH


def _count(source: str, start: int, upto: int) -> tuple[str, int] | None:
    """The arguments read in ``source[start:upto]`` and the offset after them, the brackets
    counted token by token (the depth after each, by the interpreter's own loops); None when
    they do not close there."""
    tokens = _TOKENS.findall(source, start, upto)
    depths = list(accumulate(map(_STEP.__getitem__, tokens), initial=1))
    if 0 not in depths:
        return None
    # the bracket that closes the call: the n-th token
    after = _nth_token(depths.index(0)).match(source, start, upto)
    assert after is not None
    return _COMMENTS.sub(r"\1", source[start : after.end() - 1]), after.end()


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
