"""Passwords in the forms real sources give them, with no password label the engine knows.

Read by :class:`ai_guard.detectors.secrets.ApiSecretDetector` (which owns the findings and
their overlaps); each function here only says where a password stands:

* a Wi-Fi network's QR code as a phone's scanner prints it (``WIFI:T:WPA;S:...;P:...;;``):
  the ``P:`` field is the network's key;
* Windows' ``net use`` mapping a share with a user and its password (``net use Z:
  \\\\host\\share /user:DOMAIN\\user Secret#1``, or the password before ``/user:``);
* a command called by its path (``/usr/bin/mysqldump -pX``, ``C:\\...\\mysql.exe``): the
  command word stands after a directory, not glued to a longer word;
* an app password Google shows in four groups of four letters (``qlwz hmtv ekra nbpf``)
  after a password label: the groups are one value;
* (no password) a column's SQL type after a password column's name (``mat_khau_hash
  VARCHAR(255)`` in a ``CREATE TABLE``): the type, not a value;
* (no secret) documentation's sample JSON Web Token, its claims placeholders ("John Doe",
  subject "1234567890") and times;
* a PostgreSQL password file's line (``~/.pgpass``: ``host:port:database:user:password``):
  the last field is the password, the host and the rest are not;
* an HTTP ``Cookie:`` / ``Set-Cookie:`` header (or a copied request's ``"cookie": "..."``):
  each cookie whose value is random (a session id, an auth ticket, hexadecimal or not) is the
  logged-in session itself; a cookie with a word for its value (``lang=vi-VN``) is not;
* a network device's configuration: a password or key typed ``0`` or ``7`` (Cisco's
  reversible encoding: ``enable password 7 0822455D0A16544541``) and an SNMP community string
  (``snmp-server community NAME RO``), both of which log in to the device;
* a credential class built from its key in code (``new AzureKeyCredential("...")``): each
  random string among its arguments;
* a password or a key in XML or HTML markup (``<password>...</password>``, ``<apiKey>``, an
  appSettings ``<add key="ApiKey" value="..."/>``, Spring's ``<property name="password"
  value="..."/>``, a property list's ``<key>ApiKey</key><string>...</string>``, a form's
  ``<input type="password" value="...">``): an element or a key named for a credential
  (its last word: password, pwd, secret, token, ApiKey ...) holds it; a password's value
  when it is no placeholder, boolean or short number (``<RequirePassword>true``), a key's or
  a token's when random (``<SortKey>created_at</SortKey>`` stays clean);
* a string given to be encoded, hashed or encrypted (``Encode base64 chuỗi này để dán vào
  file cấu hình: Kb!mc2025-qlda``) that looks like a password: what people encode for a
  configuration file or an Authorization header is a credential.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable, Iterator

from ai_guard.text.match import holds_any
from ai_guard.text.samples import sample_claims

__all__ = [
    "app_password_end",
    "command_after_path",
    "cookie_values",
    "credential_arguments",
    "device_secrets",
    "encoded_passwords",
    "env_secrets",
    "markup_secrets",
    "net_use_passwords",
    "pgpass_passwords",
    "sample_jwt",
    "sql_type",
    "wifi_qr_passwords",
]

#: a Wi-Fi QR payload and its fields (``T:`` type, ``S:`` name, ``P:`` key, ``H:`` hidden);
#: a field's value escapes ``;``, ``,``, ``:`` and ``\\`` with a backslash
_WIFI_QR = re.compile(r"(?i)WIFI:((?:[A-Z]:(?:\\.|[^;\\\n])*;){1,6})")
_WIFI_FIELD = re.compile(r"(?i)([A-Z]):((?:\\.|[^;\\\n])*);")
#: the shortest WPA key (8 characters; WEP keys are 5 or 13)
_WIFI_KEY_MIN = 5


def wifi_qr_passwords(text: str, folded: str) -> Iterator[tuple[int, int]]:
    """The spans of the keys in Wi-Fi QR payloads (``WIFI:T:WPA;S:PhongHop;P:Xa@2024;;``)."""
    if "wifi:" not in folded:
        return
    for m in _WIFI_QR.finditer(text):
        for field in _WIFI_FIELD.finditer(text, m.start(1), m.end(1)):
            if field.group(1).upper() != "P":
                continue
            s, e = field.span(2)
            if e - s >= _WIFI_KEY_MIN:
                yield s, e


#: a ``.pgpass`` line: host (or ``*``), port (or ``*``), database, user, password; a ':' or a
#: '\\' inside a field is escaped with a backslash
_PGPASS_FIELD = r"(?:\\.|[^:\s\\])+"
_PGPASS = re.compile(
    rf"(?m)^[ \t]*(?P<host>{_PGPASS_FIELD}):(?:\d{{1,5}}|\*):{_PGPASS_FIELD}:{_PGPASS_FIELD}:"
    r"(?P<value>(?:\\.|[^\s\\])+)[ \t]*\r?$"
)

#: what follows a MAC address's first pair (five or seven more pairs of hexadecimal digits) or
#: an IPv6 address's first group (seven more groups of one to four), read from the first ':':
#: colons and hexadecimal digits, not a .pgpass line's port, database, user and password (a
#: CSV row's next cell may follow: "17,84:85:E9:99:48:B5,ok")
_HEX_COLONS_AFTER = re.compile(
    r"(?:(?::[0-9A-Fa-f]{2}){5}(?:(?::[0-9A-Fa-f]{2}){2})?|(?::[0-9A-Fa-f]{1,4}){7})"
    r"(?![0-9A-Za-z:])"
)


#: a configuration name of words joined by underscores whose last word names a credential
#: ("QIANFAN_AK", "QIANFAN_SK", "MY_APP_SECRET", "baidu_ak", "zhipu_key"), then its ':' or
#: '=' and the value: a ``.env`` line or a config's field whose name no key list foresees
_ENV_SECRET = re.compile(
    r"(?<![A-Za-z0-9_])(?:[A-Za-z][A-Za-z0-9]*_)+"
    r"(?:AK|SK|KEY|SECRET|TOKEN|APIKEY|ak|sk|key|secret|token|apikey|Key|Secret|Token)"
    r"[\"']?[ \t]*[=:][ \t]*[\"']?"
    r"(?P<value>[A-Za-z0-9_\-+/.~]{16,256}={0,2})(?![A-Za-z0-9_\-+/.~=])"
)


#: the same name in camel case, its last word a credential's ("AccountKey", "SharedAccessKey",
#: "storageKey", "webhookSecret", "botToken"): Azure's connection strings and .NET settings
_CAMEL_SECRET = re.compile(
    r"(?<![A-Za-z0-9_])(?P<name>[A-Za-z][A-Za-z0-9]*[a-z0-9])(?:Key|Secret|Token)"
    r"[\"']?[ \t]*[=:][ \t]*[\"']?"
    r"(?P<value>[A-Za-z0-9_\-+/.~]{16,256}={0,2})(?![A-Za-z0-9_\-+/.~=])"
)
#: a key named public is given out on purpose (WireGuard's "PublicKey", a payment page's
#: "publishableKey"): no secret
_PUBLIC_WORDS = ("public", "publishable", "pub")
#: what a camel-case credential's name holds (a gate before the pattern)
_CAMEL_WORDS = ("Key", "Secret", "Token")


def env_secrets(text: str) -> Iterator[tuple[int, int, bool]]:
    """The value after a configuration name ending in a credential's word (:data:`_ENV_SECRET`,
    :data:`_CAMEL_SECRET`): ``QIANFAN_AK=YsMzxz...``, ``"app_secret": "..."``,
    ``AccountKey=...``, and whether the name was in camel case (a settings' name: "sortKey",
    "PartitionKey" name fields too, so the caller asks more of the value); the caller checks
    it looks random."""
    if "_" in text:
        for m in _ENV_SECRET.finditer(text):
            yield *m.span("value"), False
    if holds_any(text, _CAMEL_WORDS):
        for m in _CAMEL_SECRET.finditer(text):
            if not m.group("name").lower().startswith(_PUBLIC_WORDS):
                yield *m.span("value"), True


def pgpass_passwords(text: str) -> Iterator[tuple[int, int]]:
    """The password of every ``.pgpass`` line (``db.local:5432:motcua:vpub_rw:Mc!2026``): the
    field after the fourth unescaped ':'. A time (``12:30:45``) has no five fields."""
    if text.count(":") < 4:
        return
    # (a line holds the whole match: the pattern is tried only on a line with four ':' or
    # more; over the whole text, led by "^", it was tried at every character)
    at = text.find(":")
    while at >= 0:
        ls = text.rfind("\n", 0, at) + 1
        le = text.find("\n", at)
        le = len(text) if le < 0 else le
        if text.count(":", ls, le) >= 4:
            for m in _PGPASS.finditer(text, ls, le):
                if m.group("host").replace(".", "").isdigit() and "." not in m.group("host"):
                    continue  # "1:2:3:4:5": numbers, no host
                if _HEX_COLONS_AFTER.match(text, m.end("host"), m.end("value")):
                    continue  # a MAC ("3e:36:a4:c4:32:1f") or an IPv6 address: no fields
                yield m.span("value")
        at = text.find(":", le)


#: a cookie header's name, then its pairs up to the line's (or the string's) end
_COOKIE_HEADER = re.compile(
    r"(?i)(?<![\w-])(?:set-)?cookie"
    # the header's name and ':', or a HAR's header object: {"name": "Cookie", "value": "..."}
    r"(?:[\"']?[ \t]*:|[\"'][ \t]*,[ \t]*[\"']value[\"'][ \t]*:)[ \t]*[\"']?"
)
_COOKIE_PAIR = re.compile(r"[ \t]*(?P<name>[!#$%&'*+\-.^_`|~0-9A-Za-z]+)=(?P<value>[^;,\s\"']*)")
#: the shortest cookie value taken for a session's secret
_COOKIE_MIN = 16


def cookie_values(text: str, is_random: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """The values of a cookie header's cookies that ``is_random`` (a session id, an auth
    ticket: ``JSESSIONID=889B04EA...``, ``.ASPXAUTH=7C1F...``), 16 characters at least."""
    if "ookie" not in text and "OOKIE" not in text:
        return
    for header in _COOKIE_HEADER.finditer(text):
        pos = header.end()
        while (pair := _COOKIE_PAIR.match(text, pos)) is not None:
            s, e = pair.span("value")
            if e - s >= _COOKIE_MIN and is_random(text[s:e]):
                yield s, e
            pos = pair.end()
            if text.startswith(";", pos):
                pos += 1
            else:
                break


#: a network device's configuration line giving a password or key by its type: ``0`` clear
#: text, ``7`` Cisco's reversible encoding (``enable password 7 0822455D0A16544541``,
#: ``username admin password 0 Abc@123``, ``key-string 7 ...``, ``tacacs-server key 7 ...``);
#: 5, 8 and 9 are one-way hashes and are left
_DEVICE_WORD = re.compile(r"(?i)(?<![\w-])(?:password|secret|key-string|key)[ \t]*$")
_DEVICE_VALUE = re.compile(r"[ \t]*(?P<value>[^\s\"'`]{1,128})(?=[ \t]*\r?(?:\n|$))")
#: how far before its type the password word may stand ("key-string" and the gap)
_DEVICE_REACH = 16
#: a Cisco type-7 value: pairs of hex digits after a two-digit decimal seed
_TYPE7 = re.compile(r"[0-9]{2}(?:[0-9A-Fa-f]{2})+")
#: an SNMP community string, which logs in to the device: ``snmp-server community NAME RO``,
#: net-snmp's ``rocommunity NAME``, or a line of a device's SNMP block that is ``community
#: NAME`` and an access word or nothing more (prose's "community" is followed by more words)
_COMMUNITY = re.compile(
    r"(?im)(?<![\w-])(?:snmp-server[ \t]+community|r[ow]community6?)[ \t]+"
    r"(?P<value>[^\s\"'`]{1,64})"
    r"|^[ \t]*(?:set[ \t]+)?community[ \t]+(?P<line>[^\s\"'`]{1,64})"
    r"(?=[ \t]*(?:(?:ro|rw|read-only|read-write|authorization[ \t]+\S+)[ \t]*)?\r?$)"
)


def device_secrets(text: str) -> Iterator[tuple[int, int]]:
    """Secrets a router's or switch's configuration gives without a ':' or '=': a password or
    key typed ``0`` (clear) or ``7`` (Cisco's reversible encoding: as good as clear), and an
    SNMP community string (both log in to the device). A "key 7" in prose has no value alone
    at its line's end."""
    if "ommunit" in text or "OMMUNIT" in text:
        for m in _COMMUNITY.finditer(text):
            group = "value" if m.group("value") else "line"
            value = m.group(group)
            if not value.startswith(("<", "{", "$")) and value.lower() not in _COMMUNITY_WORDS:
                yield m.span(group)
    # each " 7 " and " 0 " (found with ``str.find``: a pattern led by the words would test
    # every letter of a long text), then the password word before it and the value after it
    for typed in ("7", "0"):
        at = text.find(f" {typed} ")
        while at != -1:
            word = _DEVICE_WORD.search(text, max(0, at - _DEVICE_REACH), at)
            typed_value = _DEVICE_VALUE.match(text, at + 3) if word is not None else None
            at = text.find(f" {typed} ", at + 2)
            if typed_value is None:
                continue
            value = typed_value.group("value")
            if typed == "7" and _TYPE7.fullmatch(value) is None:
                continue
            if not value.startswith(("<", "{", "$")):
                yield typed_value.span("value")


#: words after "community" that are prose or a command's keyword, not a community's name
_COMMUNITY_WORDS = frozenset(
    {"string", "strings", "name", "names", "ro", "rw", "view", "is", "la", "của", "cua", "and",
     "or", "the", "to", "for", "of", "in", "trong", "và", "va"}
)  # fmt: skip
#: a credential object built from its secret in code: ``new AzureKeyCredential("...")``,
#: ``ApiKeyCredential("...")``, ``new BasicAWSCredentials("AKIA...", "...")``
_CREDENTIAL_CALL = re.compile(r"(?i)credentials?[ \t]*\(")
_CALL_STRING = re.compile(r"[\"'](?P<value>[^\"'\s]{16,256})[\"']")
_CALL_REACH = 400


def credential_arguments(text: str, is_random: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """The random strings given to a credential class's constructor (``AzureKeyCredential``,
    ``ApiKeyCredential``, ``BasicAWSCredentials``, ``StorageSharedKeyCredential``): a key in
    whatever shape its vendor gives it (Azure's 32 hex characters have no prefix), named by
    the class it builds, up to the call's closing parenthesis."""
    if "redential" not in text and "REDENTIAL" not in text:
        return
    for m in _CREDENTIAL_CALL.finditer(text):
        close = text.find(")", m.end(), m.end() + _CALL_REACH)
        stop = close if close != -1 else min(len(text), m.end() + _CALL_REACH)
        for arg in _CALL_STRING.finditer(text, m.end(), stop):
            if is_random(arg.group("value")):
                yield arg.span("value")


#: ``net use`` and what follows it on its line
_NET_USE = re.compile(r"(?i)(?<![\w.\-])net[ \t]+use(?![\w\-])[^\r\n]*")
_TOKEN = re.compile(r"[^\s\"']+|\"[^\"\r\n]*\"|'[^'\r\n]*'")
#: a drive letter (``Z:``), ``*`` (the next free drive, or "ask for the password")
_DEVICE = re.compile(r"[A-Za-z]:|\*|LPT\d:?", re.IGNORECASE)


def net_use_passwords(text: str) -> Iterator[tuple[int, int]]:
    """The password ``net use`` is given (``net use [drive] \\\\host\\share [password]
    [/user:[domain\\]user] [/options]``): the token after the share that is no option, or the
    token right after ``/user:name``; ``*`` (prompt for it) is no password."""
    if "use" not in text.lower():
        return
    for m in _NET_USE.finditer(text):
        tokens = list(_TOKEN.finditer(text, m.start() + len(m.group().split(None, 2)[0]), m.end()))
        tokens = tokens[1:]  # "use"
        seen_share = False
        after_user = False
        for t in tokens:
            word = t.group()
            bare = word.strip("\"'")
            if after_user:
                after_user = False
                if bare and not bare.startswith("/") and bare != "*":
                    yield _unquoted(t)
                continue
            if word.lower().startswith("/user:") or word.lower().startswith("/u:"):
                after_user = True
                continue
            if word.startswith("/"):
                continue  # an option (/persistent:yes, /savecred, /delete)
            if not seen_share:
                if bare.startswith("\\\\"):
                    seen_share = True
                elif _DEVICE.fullmatch(bare) is None:
                    break  # no share where a share goes: not the command's syntax
                continue
            if bare and bare != "*":
                yield _unquoted(t)


def _unquoted(t: re.Match[str]) -> tuple[int, int]:
    s, e = t.span()
    if t.group()[0] in "\"'":
        return s + 1, e - 1
    return s, e


#: a path's characters before a command word (``/usr/bin/``, ``C:\\Program Files\\...\\``
#: is cut at its space: only the last directory's run is read)
_PATH_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-/\\~:")
_PATH_START = re.compile(r"(?:~|\.{1,2})?[/\\]|[A-Za-z]:\\")


def command_after_path(text: str, start: int) -> bool:
    """Whether a command word at ``start`` is glued to nothing, or stands at the end of a
    directory path (``/usr/bin/mysqldump``, ``./mysql``, ``C:\\xampp\\mysql\\bin\\mysql``),
    not inside a URL (``https://host/curl``) or a longer name."""
    if start == 0:
        return True
    before = text[start - 1]
    if before not in "/\\":
        return not (before.isalnum() or before in "_.-")
    left = start - 1
    while left > 0 and text[left - 1] in _PATH_CHARS:
        left -= 1
    path = text[left:start]
    return "://" not in path and _PATH_START.match(path) is not None


#: a Google app password: four groups of four lower-case letters
_APP_GROUPS = re.compile(r"(?: [a-z]{4}){3}(?![A-Za-z0-9])")


def app_password_end(text: str, start: int, end: int) -> int:
    """Where a password value read from ``start`` to ``end`` ends when it is the first group
    of an app password in four groups (``qlwz hmtv ekra nbpf``): past the fourth group."""
    if end - start != 4 or not text[start:end].isalpha() or not text[start:end].islower():
        return end
    m = _APP_GROUPS.match(text, end)
    return m.end() if m is not None else end


#: a request to encode, hash or encrypt a string (folded view; "base64" alone names the
#: format, which a request to decode names too)
_ENCODE_CUE = re.compile(
    r"(?<![a-z0-9])(?:encode|encrypt|hash|md5|sha-?(?:1|256|512)|bcrypt|argon2|ma hoa)"
    r"(?![a-z])"
)
#: the literals one of those cues holds (a gate: the pattern opens with a look-behind)
_ENCODE_WORDS = ("encode", "encrypt", "hash", "md5", "sha", "bcrypt", "argon2", "ma hoa")
#: a request to decode on the same line: what follows is an encoded value, no password
_DECODE = re.compile(r"(?<![a-z])(?:decode|decrypt|giai ma|dich nguoc)(?![a-z])")
#: the value after ':' that ends its line (in quotes or not)
_ENCODE_VALUE = re.compile(
    r":[ \t]*([\"'`]?)(?P<value>[^\s\"'`]{6,128})\1[ \t]*[.?!]?[ \t]*(?:\r?\n|$)"
)
#: how far the cue may stand before the value's ':'
_ENCODE_REACH = 120


def encoded_passwords(
    text: str, folded: str, strong: Callable[[str], bool]
) -> Iterator[tuple[int, int]]:
    """Values given to be encoded or hashed that look like a password (``strong``), lower
    case among their letters (a code in capitals, "QĐ-2024/UBND", names a document), no path:
    the cue and the value on one line, the value last on it."""
    if not holds_any(folded, _ENCODE_WORDS):
        return
    for cue in _ENCODE_CUE.finditer(folded):
        line_end = folded.find("\n", cue.end())
        line_end = len(folded) if line_end == -1 else line_end
        line_start = folded.rfind("\n", 0, cue.start()) + 1
        if _DECODE.search(folded, line_start, line_end) is not None:
            continue
        colon = text.find(":", cue.end(), min(line_end, cue.end() + _ENCODE_REACH))
        while colon != -1:
            m = _ENCODE_VALUE.match(text, colon)
            if m is not None:
                value = m.group("value").rstrip(".?!")
                s = m.start("value")
                if (
                    strong(value)
                    and any(c.islower() for c in value)
                    and "/" not in value
                    and "\\" not in value
                ):
                    yield s, s + len(value)
                break
            colon = text.find(":", colon + 1, min(line_end, cue.end() + _ENCODE_REACH))


#: a SQL column type, with its size or not (``VARCHAR(255)``, ``DECIMAL(10,2)``, ``CHAR(60``
#: cut at the column list's ')'), as a table's definition gives it
_SQL_TYPE = re.compile(
    r"(?i)(?:n?(?:var)?char2?|varchar2|(?:var)?binary|(?:tiny|medium|long)?(?:text|blob)|clob|"
    r"raw|decimal|numeric|number|(?:tiny|small|medium|big)?int(?:eger)?|float|double|real|"
    r"bit|bool(?:ean)?|bytea|uuid|date(?:time2?)?|timestamp(?:tz)?|time|serial|json[b]?)"
    r"(?:\(\d{1,4}(?:,[ \t]*\d{1,3})?\)?)?[,;)]*"
)


def sql_type(value: str) -> bool:
    """Whether a value after a password column's name is the column's SQL type, not a
    password (``VARCHAR(255)``, ``CHAR(60)``, ``TEXT``)."""
    return _SQL_TYPE.fullmatch(value) is not None


def sample_jwt(token: str) -> bool:
    """Whether a JSON Web Token is documentation's sample: its payload decodes to
    placeholder claims and times (:func:`ai_guard.text.samples.sample_claims`). A token
    that cannot be read so stays a secret (fail closed)."""
    parts = token.split(".")
    if len(parts) != 3:
        return False
    body = parts[1]
    try:
        raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        return sample_claims(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return False


# -- XML and HTML markup ----------------------------------------------------------------------
#: a name's words: split at dots, underscores, hyphens, colons and a small letter's capital
_NAME_WORDS = re.compile(r"[._:\-]+|(?<=[a-z0-9])(?=[A-Z])")
#: a name's last word (or last two, joined) that names a password
_PASSWORD_NAMES = frozenset(
    "password passwd pwd pass passphrase passwort matkhau mk userpassword dbpassword".split()
)
#: ... that names a key or a token (its value must look random)
_KEY_NAMES = frozenset(
    "secret apikey accesskey secretkey privatekey subscriptionkey masterkey clientsecret "
    "apisecret appsecret secretaccesskey token accesstoken authtoken apitoken bearertoken "
    "refreshtoken credential credentials".split()
)
#: an element holding one value: its name (group 1, closed by the same name), its
#: attributes (group 2) and its text (group 3)
_ELEMENT = re.compile(
    r"<([A-Za-z_][\w.:\-]{0,63})([ \t][^<>]{0,200})?>"
    r"(?:<!\[CDATA\[)?([^<>\n]{1,256}?)(?:\]\]>)?</\1[ \t]*>"
)
#: an element's opening tag with its attributes (group 1: the tag's name, group 2: the rest)
_TAG_ATTRS = re.compile(r"<([A-Za-z_][\w.:\-]{0,63})([ \t\n][^<>]{0,600}?)/?>")
_ATTR = re.compile(
    r"([A-Za-z_][\w.:\-]{0,63})[ \t]*=[ \t]*(?:\"([^\"\n]{0,256})\"|'([^'\n]{0,256})')"
)
#: a property list's key and the string after it
_PLIST = re.compile(r"<key>([^<>\n]{1,64})</key>\s{0,40}<string>([^<>\n]{1,256})</string>")
_NOT_PASSWORDS = frozenset("true false yes no null none nil on off required optional".split())


def _credential_kind(name: str) -> str | None:
    """ "password" or "key" when ``name``'s last word (or last two) names one, else None."""
    words = [w.lower() for w in _NAME_WORDS.split(name.strip()) if w]
    if not words:
        return None
    for tail in (words[-1], "".join(words[-2:])):
        if tail in _PASSWORD_NAMES:
            return "password"
        if tail in _KEY_NAMES:
            return "key"
    return None


def _credential_value(
    kind: str, value: str, is_random: Callable[[str], bool], placeholder: Callable[[str], bool]
) -> bool:
    v = value.strip()
    if not v or v != value or placeholder(v) or v.lower() in _NOT_PASSWORDS:
        return False
    if kind == "password":
        return len(v) >= 4 and not (v.isdigit() and len(v) < 6) and " " not in v.strip()
    return is_random(v)


def markup_secrets(
    text: str, is_random: Callable[[str], bool], placeholder: Callable[[str], bool]
) -> Iterator[tuple[int, int, str]]:
    """The span of each password or key XML or HTML markup holds (see the module's note),
    with its kind ("password" or "key")."""
    for m in _ELEMENT.finditer(text):
        kind = _credential_kind(m.group(1))
        if kind is None and m.group(2):  # <entry key="api.key">...</entry>
            kind = next(
                (
                    _credential_kind(a.group(2) or a.group(3) or "")
                    for a in _ATTR.finditer(m.group(2))
                    if a.group(1).lower() in ("key", "name")
                ),
                None,
            )
        if kind is not None and _credential_value(kind, m.group(3), is_random, placeholder):
            yield m.start(3), m.end(3), kind
    if "key>" in text:
        for m in _PLIST.finditer(text):
            kind = _credential_kind(m.group(1))
            if kind is not None and _credential_value(kind, m.group(2), is_random, placeholder):
                yield m.start(2), m.end(2), kind
    if "value" not in text and "VALUE" not in text and "Value" not in text:
        return
    for tag in _TAG_ATTRS.finditer(text):
        attrs = {
            a.group(1).lower(): (a.start(2), a.end(2)) if a.group(2) is not None else a.span(3)
            for a in _ATTR.finditer(tag.group(2))
        }
        base = tag.start(2)
        names = [text[base + s : base + e] for k, (s, e) in attrs.items() if k in ("key", "name")]
        if attrs.get("type") is not None:
            s, e = attrs["type"]
            if text[base + s : base + e].lower() == "password":
                names.append("password")
        if "value" not in attrs:
            continue
        s, e = attrs["value"]
        value = text[base + s : base + e]
        for name in names:
            kind = _credential_kind(name)
            if kind is not None and _credential_value(kind, value, is_random, placeholder):
                yield base + s, base + e, kind
                break
