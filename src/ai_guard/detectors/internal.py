"""Addresses of internal systems (INTERNAL_HOST): guidance 557 P13 forbids connecting the
unit's systems to chatbots, and a prompt that names them tells a model where they are.

What is reported (redacted by default), each span running from the host to the end of the
URL's path: port and path inside, the scheme, the credentials before '@', the query and the
fragment outside (one rule for every URL: ``10.12.4.21:5432/hoso`` in
``postgresql://qlvb:pw@10.12.4.21:5432/hoso``, ``192.168.1.45:8069/web`` in
``http://admin:pass@192.168.1.45:8069/web``, ``gw.noibo.tphcm.gov.vn/api/v1/hoso/export``
before ``?access_token=...``): a path names the unit's database, page or API and may carry an
id, and ``/admin`` is part of what identifies the system:

- private and loopback IPv4 addresses (10/8, 172.16/12, 192.168/16, 127/8, and link-local
  169.254/16), with a port or a prefix length (``10.10.5.21:5432``, ``192.168.1.0/24``), typed
  without a scheme and followed by a path that opens with a letter a URL too
  (``192.168.10.25:8080/motcua/tiepnhan``); a
  loopback address only as a connection string's or a login's host or in a URL that goes on
  to a path or a query (alone with its port it is a tutorial's local server, as ``localhost``;
  so is a connection string whose credentials are placeholders, ``user:<mat_khau>@localhost``);
- host names under an internal suffix (``*.local``, ``*.internal``, ``*.lan``, ``*.corp``,
  ``*.intranet``, ``*.intra``, ``*.localdomain``, ``*.home.arpa``) or holding a label
  ``intranet`` / ``noibo`` (``noibo.sotp.vn``, ``gw.noibo.tphcm.gov.vn``);
- hosts under ``*.gov.vn`` that are an internal system by their first label (``qlvb.``,
  ``vpdt.``, ``eoffice.``, ...; data/detectors/internal_systems.txt), by an administration
  path (``/admin``, ``/quantri``, ...) or by a port;
- the host of a connection string (``postgresql://``, ``mysql://``, ``mongodb+srv://``,
  ``redis://``, ``jdbc:...``) and the value of ``DB_HOST=`` / ``Server=`` / ``Data Source=``
  (after SQL Server's ``tcp:``, which stays: ``Server=tcp:db.noibo.local,1433``),
  unless it is a public cloud vendor's host (``cluster0.ab12c.mongodb.net``,
  ``*.rds.amazonaws.com``, ``*.database.windows.net``): a managed service anyone on the
  Internet reaches by that name says nothing of the unit's network (the password in the same
  string is still vn.api_secret's, always).

Public sites named in prose (``dichvucong.gov.vn``, ``chinhphu.vn``) are not internal; a
version (``1.2.3.4``, "phiên bản 10.0.0.1") or a date (``10.10.2024``) is not an address.
Passwords and tokens inside the same URL are vn.api_secret's (their spans never overlap
these: the password ends at '@', a token starts after '?').

Every anchor is a literal found with ``str.find`` or a literal-led pattern; hosts are read by
walking a bounded number of characters left and right of it: linear in the text.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from functools import lru_cache

from ai_guard.detectors import scores
from ai_guard.detectors._spans import SpanSet
from ai_guard.detectors.base import Detection, Shape
from ai_guard.models import EntityType
from ai_guard.text import Document, data
from ai_guard.text.storage import CLUSTER_FILE_SYSTEMS, OBJECT_STORES

__all__ = ["InternalHostDetector", "is_private_ipv4"]

_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.-_")
_MAX_HOST = 253
# an IPv4 address: four dot-separated runs of digits; octets are checked in Python
_IPV4 = re.compile(r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}")
#: where a private IPv4 address starts: 10., 127., 172., 192.168. or 169.254. (one literal
#: first character, so the engine scans for it at memory speed)
_PRIVATE_START = re.compile(r"1(?:0|27|72|92\.168|69\.254)\.")
_INTERNAL_SUFFIX = re.compile(
    r"\.(?:local|internal|lan|corp|intranet|intra|localdomain|home\.arpa)(?![a-z0-9\-])"
)
_INTERNAL_PREFIX = re.compile(r"(?:intranet|noibo|noi-bo)\.[a-z0-9]")
#: a port: no digit after it, nor a dot and a digit (``ldap.x.local:10.10.0.5``, a hosts
#: entry's name then its address, is no port 10)
_PORT = re.compile(r":\d{1,5}(?!\d|\.\d)")
_PREFIX_LEN = re.compile(r"/\d{1,2}(?![\d.])")
#: after a private IP typed without its scheme, what makes it a URL with a path: an optional
#: port, then a path part that opens with a letter ("192.168.10.25:8080/motcua/tiepnhan",
#: "10.0.0.5/admin"); "/24" after an address is a prefix length, read before
_SCHEMELESS_PATH = re.compile(r"(?::\d{1,5}|:(?!//))?/[A-Za-z_~]")
_PATH = re.compile(r"/[^\s?#\"'<>`|\]\[(){}]{0,512}")
_AUTHORITY_END = re.compile(r"[\s/?#\"'<>]")
#: userinfo written with placeholders, up to its "@": "<mat_khau>@", "<user>:<password>@"
_PLACEHELD_AT = re.compile(r"(?:<[^<>\s@/]{1,40}>|[^\s/?#\"'<>@]){1,120}@")
#: a connection URL's password in its query, up to the next parameter (empty in a template)
_QUERY_PASSWORD = re.compile(r"[?&;](?i:password|pwd)=([^&;\s\"'<>]*)")
#: the reader's own machine as a template's host: "localhost", "127.0.0.1", with a port
_LOCAL_NAME = re.compile(r"(?:localhost|127(?:\.\d{1,3}){3})(?::\d{1,5})?$", re.IGNORECASE)
#: a host and its port alone, as a JDBC URL's authority before its ";" property list
_HOST_PORT = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-_]*(?::\d{1,5})?")
#: the schemes of connection strings: their host is the unit's system whatever its name
#: the scheme word before "://" (folded): "postgresql", "jdbc:mysql", "mongodb+srv"
_SCHEME_WORD = re.compile(r"[a-z0-9+.:-]+$")
_DB_SCHEMES = frozenset(
    {
        "postgres", "postgresql", "mysql", "mariadb", "mongodb", "mongodb+srv", "redis",
        "rediss", "amqp", "amqps", "mssql", "sqlserver", "oracle", "db2", "cassandra",
        "elasticsearch", "clickhouse", "ldap", "ldaps", "smb", "sftp", "ftp", "ssh", "jdbc",
        "kafka", "nats", "mqtt", "rabbitmq", "memcached", "neo4j", "couchdb", "influxdb",
    }
)  # fmt: skip
#: a cluster file system's host (HDFS's name node) is the unit's machine as a database's is
_CONNECTION_SCHEMES = _DB_SCHEMES | CLUSTER_FILE_SYSTEMS
#: the domains of public cloud vendors' managed services (databases, caches, queues, storage):
#: a connection string's host under one of them is the vendor's, not the unit's network
_CLOUD_VENDOR_DOMAINS = (
    "mongodb.net", "amazonaws.com", "amazonaws.com.cn", "windows.net", "azure.com",
    "googleapis.com", "supabase.co", "supabase.com", "neon.tech", "psdb.cloud",
    "redislabs.com", "redis-cloud.com", "rlrcp.com", "cloudamqp.com", "aivencloud.com",
    "elastic-cloud.com", "cloud.es.io", "ondigitalocean.com", "herokuapp.com", "upstash.io",
    "cockroachlabs.cloud", "timescale.com", "render.com", "elephantsql.com", "aliyuncs.com",
    "tencentcdb.com", "firebaseio.com", "confluent.cloud", "clickhouse.cloud",
    "snowflakecomputing.com",
    # public mail providers' servers (MAIL_HOST=smtp.gmail.com): the provider's, not the unit's
    "gmail.com", "googlemail.com", "outlook.com", "office365.com", "yahoo.com", "zoho.com",
)  # fmt: skip
#: a value that is code reading the host from the environment (``ES_HOST =
#: os.environ["ES_HOST"]``, ``process.env.DB_HOST``): no host
_CODE_VALUES = frozenset({"os.environ", "os.getenv", "getenv", "environ", "process.env", "env"})


#: the names kept for documentation (RFC 2606, RFC 6761): no unit's machine
_DOCUMENTATION_DOMAINS = ("example.com", "example.org", "example.net", "example", "test", "invalid")


def _documentation_host(host: str) -> bool:
    """Whether ``host`` (a name, perhaps with ":port") is a documentation name:
    ``ldap.example.com``, ``db.example.org:5432``, ``server.test``."""
    name = host.split(":")[0].split(",")[0].lower().rstrip(".")
    return any(name == d or name.endswith("." + d) for d in _DOCUMENTATION_DOMAINS)


def _hyphen_label(folded: str, start: int) -> bool:
    """Whether the "noibo." at ``start`` ends a hyphenated label of a name of three labels or
    more (``api-noibo.stttt.vinhlong.gov.vn``; ``tai-lieu-noibo.docx`` is a file)."""
    end = start
    while end < len(folded) and folded[end] in _HOST_CHARS:
        end += 1
    return folded.count(".", start, end) >= 2


def _upstream_named(folded: str, host: str) -> bool:
    """Whether nginx's configuration in the text defines ``upstream host {``: the name in
    ``proxy_pass http://host`` is then the pool of servers listed there (each its own
    finding), not a machine."""
    at = folded.find("upstream")
    while at != -1:
        rest = folded[at + len("upstream") : at + len("upstream") + len(host) + 8]
        if rest.split(None, 1)[:1] == [host] and rest.lstrip()[len(host) :].lstrip()[:1] == "{":
            return True
        at = folded.find("upstream", at + 1)
    return False


def _cloud_vendor_host(host: str) -> bool:
    """Whether ``host`` (a name, perhaps with ":port") lies under a public cloud vendor's
    domain: ``cluster0.ab12c.mongodb.net``, ``db1.c9x.ap-southeast-1.rds.amazonaws.com``."""
    name = host.split(":")[0].split(",")[0].lower().rstrip(".")
    return any(name.endswith("." + d) for d in _CLOUD_VENDOR_DOMAINS)


#: a key whose value is a host: DB_HOST=, Server=, Data Source=, host= (only with '=')
_HOST_KEY = re.compile(
    r"(?:host(?:name)?|server|data source|datasource|addr)[ \t]*=[ \t]*"
    # SQL Server's protocol before the host ("Server=tcp:db.noibo.local,1433"): the
    # protocol word stays, the host is what goes
    r"(?:(?:tcp|np|lpc|admin):)?"
)
_HOST_VALUE = re.compile(
    r"[A-Za-z0-9][A-Za-z0-9.\-_]{0,252}(?:\\[A-Za-z0-9_$]{1,64})?(?:[,:]\d{1,5})?"
)
#: what before an IPv4-shaped run says it is a version or a section, not an address (whole
#: words: "server 10.32.7.15" ends in "ver" and is an address; "khoản" is a clause, not the
#: "tài khoản" of an account: "Số tài khoản: 192.168.1.10" is still an address)
_NOT_AN_ADDRESS = re.compile(
    r"(?<![a-z0-9])(?:phien ban|version|ver\.?|ban cap nhat|release|build|muc|dieu|(?<!tai )khoan"
    r"|phan|chuong|section|bang|hinh|phu luc|so hieu|ma so)[ \t:]*$"
)
#: the reserved blocks by their own names ("các dải 10.0.0.0/8, 192.168.0.0/16")
_RFC_BLOCKS = frozenset(
    {"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "127.0.0.0/8", "169.254.0.0/16"}
)
_ADMIN_PATHS = (
    "admin", "administrator", "wp-admin", "wp-login", "quantri", "quan-tri", "qtht",
    "cms", "manager", "phpmyadmin", "internal", "noibo", "noi-bo", "intranet", "backend",
    "dashboard", "console", "quanly", "quan-ly",
)  # fmt: skip

#: literal-led gates: a regex led by one literal character scans for it faster than ``in``
#: finds a two-character string whose first character is frequent ("/" in dates)
_DOUBLE_SLASH = re.compile(r"/(?=/)")
_COLON_COLON_OR_SLASH = re.compile(r":(?=[:/])")
#: every dot a named host needs: an internal suffix, ".gov.vn", "intranet." or "noibo." /
#: "noi-bo." (one literal-led scan; the passes that read them scan again only when it finds one)
_NAMED_DOT = re.compile(
    r"\.(?:l(?:ocal|an)|in(?:ternal|tra)|corp|home\.arpa|gov\.vn|(?<=intranet\.)|(?<=bo\.))"
)
_BO_DOT = re.compile(r"bo\.")
#: IPv6: where a unique local (fc00::/7) or link-local (fe80::/10) address may start, on the
#: folded view ('f' is not a Vietnamese letter: the scan is cheap)
_V6_UNIQUE_LOCAL = re.compile(r"f(?=[cde][0-9a-f]{0,2}:)")
_HEX_COLON = frozenset("0123456789abcdef:")
_HEX_RUN = re.compile(r"[0-9a-f:]*")
_V6_RUN = re.compile(r"(?P<addr>[0-9a-f:]{2,39})(?:%[0-9a-z_.\-]{1,16})?")
_V6_PREFIX = re.compile(r"/\d{1,3}(?![\d.])")
_V6_BLOCKS = frozenset({"fc00::/7", "fd00::/8", "fe80::/10", "::1/128"})
#: a URL's host of one label, on the folded view (the port and path are read on the text)
_SINGLE_LABEL = re.compile(r"(?:[^\s/@?#\"'<>]{1,64}@)?(?P<host>[a-z0-9][a-z0-9_\-]{1,62})")
#: names that stand for a host in documentation, not a machine
_NOT_HOSTS = frozenset(
    {"localhost", "host", "hostname", "server", "servername", "domain", "example", "your-server",
     "your-host", "yourserver", "yourhost", "ip", "myserver", "x", "xx", "xxx", "www", "api", "..."}
)  # fmt: skip
#: a Windows share after its two backslashes: host, then one or more path parts
_UNC = re.compile(
    r"(?P<host>[A-Za-z0-9][A-Za-z0-9.\-_$]{1,62})(?:\\{1,2}[^\s\\/:*?\"'<>|`]{1,255}){1,16}"
)
#: "//host/share": one label, then a path
_SLASH_SHARE = re.compile(
    r"(?P<host>[A-Za-z0-9][A-Za-z0-9_\-]{1,62})(?:/[^\s/?#\"'<>`|\]\[(){}]{1,255}){1,16}"
)


def _private_ipv6(address: str) -> bool:
    """Loopback, link-local fe80::/10 or unique local fc00::/7 (a well-formed address)."""
    import ipaddress  # lazy: keeps `import ai_guard` fast

    try:
        ip = ipaddress.IPv6Address(address)
    except ValueError:
        return False
    return ip.is_loopback or ip.is_link_local or (ip.packed[0] & 0xFE) == 0xFC


_IP = Shape(EntityType.INTERNAL_HOST, "internal.ip", scores.INTERNAL_IP)
_NAMED = Shape(EntityType.INTERNAL_HOST, "internal.host_name", scores.INTERNAL_HOST_NAME)
_GOV = Shape(EntityType.INTERNAL_HOST, "internal.gov_system", scores.INTERNAL_HOST_NAME)
_CONNECTION = Shape(EntityType.INTERNAL_HOST, "internal.connection", scores.INTERNAL_HOST_CUED)
_CUED = Shape(EntityType.INTERNAL_HOST, "internal.cued", scores.INTERNAL_HOST_CUED)


def is_private_ipv4(address: str) -> bool:
    """10/8, 172.16/12, 192.168/16, 127/8 or 169.254/16, every octet 0-255."""
    parts = address.split(".")
    if len(parts) != 4 or not all(p.isdigit() and int(p) <= 255 for p in parts):
        return False
    if any(len(p) > 1 and p[0] == "0" for p in parts):
        return False  # "010.001..." is a code, not an address
    a, b = int(parts[0]), int(parts[1])
    return (
        a in (10, 127)
        or (a == 172 and 16 <= b <= 31)
        or (a, b) == (192, 168)
        or (a, b) == (169, 254)
    )


@lru_cache(maxsize=1)
def _gov_system_labels() -> frozenset[str]:
    return frozenset(x.lower() for x in data.lines("detectors/internal_systems.txt"))


def _one_host(address: str, length: str) -> bool:
    """Whether ``address/length`` names one machine rather than a network: a /32, or an
    address with host bits set (``192.168.88.1/24``, a router's interface; ``10.99.0.0/24``
    is the network itself)."""
    bits = int(length)
    if bits > 32:
        return False
    value = 0
    for octet in address.split("."):
        value = value * 256 + int(octet)
    return bits == 32 or value & ((1 << (32 - bits)) - 1) != 0


#: a SQL Server instance: its host after a driver's "Server:" / "Data Source:" (with '=' the
#: cued keys read it), or a default instance's name after any host, on the folded view
_SQL_INSTANCE = re.compile(
    r"(?:server|data source|datasource)[ \t]*:[ \t]*(?P<host>[a-z0-9][a-z0-9.\-_]{0,252})"
    r"\\[a-z0-9_$]{1,64}(?![a-z0-9_$\\])"
    r"|\\(?P<default>sqlexpress|mssqlserver)(?![a-z0-9_$\\])"
)


#: a SQL Server port after its host: "db.noibo.local,1433"
_COMMA_PORT = re.compile(r",\d{1,5}")


def _with_port(text: str, out: list[Detection], start: int, end: int) -> None:
    """Widen the host an earlier pass found at ``start`` to the port a ``Server=`` value
    gives after a comma (``Server=tcp:db.noibo.local,1433``): host and port are one finding,
    as everywhere else."""
    for i, d in enumerate(out):
        if d.start == start and d.end < end and _COMMA_PORT.fullmatch(text, d.end, end):
            out[i] = dataclasses.replace(d, end=end)
            return


class InternalHostDetector:
    id = "vn.internal_host"
    entities = (EntityType.INTERNAL_HOST,)

    def detect(self, doc: Document) -> Iterator[Detection]:
        text = doc.text
        seen = SpanSet()
        out: list[Detection] = []
        if "\\" in text and "\\\\" in text:
            self._unc(text, seen, out)  # first: a share on a private IP is one path, whole
        if "." in text:
            folded = doc.folded
            self._ips(doc, text, folded, seen, out)
            if _NAMED_DOT.search(folded) is not None:
                self._names(text, folded, seen, out)
                if ".gov.vn" in folded:
                    self._gov(text, folded, seen, out)
        if ":" in text:
            folded = doc.folded
            colon = _COLON_COLON_OR_SLASH.search(text) is not None
            if (colon and "::" in text) or _V6_UNIQUE_LOCAL.search(folded):
                self._ipv6(text, folded, seen, out)
            if colon and "://" in text:
                self._connections(text, folded, seen, out)
        if "/" in text and _DOUBLE_SLASH.search(text):
            self._slash_shares(text, seen, out)
        if "=" in text:
            self._cued(text, doc.folded, seen, out)
        if "\\" in text:
            self._sql_instances(text, doc.folded, seen, out)
        yield from out

    # -- helpers -------------------------------------------------------------------------------
    @staticmethod
    def _host_start(folded: str, pos: int, floor: int = 0) -> int:
        """Where the host name ending at ``pos`` starts (not before ``floor``: the end of the
        previous anchor, so that a run of anchors is walked once)."""
        left = pos
        floor = max(floor, pos - _MAX_HOST)
        while left > floor and folded[left - 1] in _HOST_CHARS:
            left -= 1
        while left < pos and folded[left] in ".-_":
            left += 1
        return left

    @staticmethod
    def _host_end(folded: str, pos: int) -> int:
        n = len(folded)
        right = pos
        while right < n and right - pos < _MAX_HOST and folded[right] in _HOST_CHARS:
            right += 1
        while right > pos and folded[right - 1] in ".-_":
            right -= 1
        return right

    @staticmethod
    def _tail(text: str, end: int, *, path: bool) -> int:
        """Extend a host's end over ``:port`` and (when ``path``) ``/path``."""
        port = _PORT.match(text, end)
        if port is not None:
            end = port.end()
        elif path and text.startswith(":/", end) and not text.startswith("://", end):
            end += 1  # scp's, rsync's and an NFS export's "host:/path": the path is the host's
        if path:
            p = _PATH.match(text, end)
            if p is not None and p.end() - end > 1:
                end = p.end()
                while text[end - 1] in ".,;:!":
                    end -= 1
        return end

    @staticmethod
    def _in_url(text: str, start: int) -> bool:
        return text.endswith("://", 0, start) or (start > 0 and text[start - 1] == "@")

    @staticmethod
    def _database_url(folded: str, start: int) -> bool:
        """Whether the host at ``start`` is a connection string's (``postgresql://...@host``)."""
        at = folded.rfind("://", max(0, start - 200), start)
        if at == -1 or any(c.isspace() for c in folded[at:start]):
            return False
        word = _SCHEME_WORD.search(folded, max(0, at - 40), at)
        return word is not None and bool(set(word.group().split(":")) & _CONNECTION_SCHEMES)

    @classmethod
    def _loopback_reported(cls, text: str, folded: str, start: int, end: int) -> bool:
        """Whether a loopback address (127/8: the writer's own machine, as ``localhost`` is)
        says something of a system: a connection string's or a login's host, or a URL that
        goes on past it to a path or a query (``http://127.0.0.1:8000/api?token=...``). Alone
        with its port (``mở 127.0.0.1:8000 để xem trang``, a tutorial's local server) it names
        no machine of the unit."""
        if cls._login_url(folded, start) or text[end : end + 1] in ("/", "?"):
            return True
        return "/" in text[start:end]

    @classmethod
    def _login_url(cls, folded: str, start: int) -> bool:
        """Whether the host at ``start`` is a connection string's or follows a URL's
        credentials (``http://admin:pass@192.168.1.45:8069/web``): a login to a system."""
        if cls._database_url(folded, start):
            return True
        if start == 0 or folded[start - 1] != "@":
            return False
        at = folded.rfind("://", max(0, start - 200), start)
        return at != -1 and not any(c.isspace() for c in folded[at:start])

    def _add(self, out: list[Detection], seen: SpanSet, shape: Shape, s: int, e: int) -> None:
        if seen.take(s, e):
            out.append(shape.hit(self.id, s, e, shape.base_score, None))

    # -- anchors -------------------------------------------------------------------------------
    def _ips(
        self,
        doc: Document,
        text: str,
        folded: str,
        seen: SpanSet,
        out: list[Detection],
    ) -> None:
        for m in self._ip_candidates(text):
            s, e = m.span()
            after = text[e : e + 2]
            if after[:1].isalnum() or (after[:1] == "." and after[1:].isalnum()):
                continue  # glued, or a longer dotted run (an OID, a section number)
            if not is_private_ipv4(m.group(0)):
                continue
            if _NOT_AN_ADDRESS.search(folded, max(0, s - 20), s):
                continue
            prefix = _PREFIX_LEN.match(text, e)
            if prefix is not None and text[s : prefix.end()] in _RFC_BLOCKS:
                continue  # the private ranges themselves, named in prose about networks
            path = self._in_url(text, s) or _SCHEMELESS_PATH.match(text, e) is not None
            end = prefix.end() if prefix else self._tail(text, e, path=path)
            if prefix is not None and _one_host(m.group(0), text[e + 1 : prefix.end()]):
                end = e  # an interface's or a peer's own address: the host, not its prefix
            if m.group(0).startswith("127.") and not self._loopback_reported(text, folded, s, end):
                continue
            self._add(out, seen, _IP, s, end)

    @staticmethod
    def _ip_candidates(text: str) -> Iterator[re.Match[str]]:
        """``_IPV4.finditer(text)`` where a private address can start (its first octet one of
        the private blocks', not glued to a letter, digit or dot): a digit-led search tests
        every digit of a dense text; the literal-led anchor jumps between them. A match the
        full scan makes that covers such a start would have a digit or dot before it."""
        anchor = _PRIVATE_START.search(text)
        while anchor is not None:
            s = anchor.start()
            if s == 0 or not (text[s - 1].isalnum() or text[s - 1] in "._-"):
                m = _IPV4.match(text, s)
                if m is not None:
                    yield m
            anchor = _PRIVATE_START.search(text, s + 1)

    def _names(self, text: str, folded: str, seen: SpanSet, out: list[Detection]) -> None:
        floor = 0
        for m in _INTERNAL_SUFFIX.finditer(folded):
            prev, floor = floor, m.end()
            if (
                m.end() < len(folded) - 1
                and folded[m.end()] == "."
                and folded[m.end() + 1].isalnum()
            ):
                continue  # "settings.local.json": a file name
            s = self._host_start(folded, m.start(), prev)
            if s == m.start():
                continue  # ".local" alone
            e = self._tail(text, m.end(), path=True)
            self._add(out, seen, _NAMED, s, e)
        if "intranet." not in folded and _BO_DOT.search(folded) is None:
            return  # every prefixed name holds "intranet." or "noibo." / "noi-bo."
        for m in _INTERNAL_PREFIX.finditer(folded):
            start = m.start()
            if start > 0 and folded[start - 1] in _HOST_CHARS:
                if folded[start - 1] == "-" and not _hyphen_label(folded, start):
                    continue  # "tai-lieu-noibo.docx": a file
                if folded[start - 1] not in ".-":
                    continue  # "abcnoibo.": another word
                # an inner label ("gw.noibo.tphcm.gov.vn") or one ending in "-noibo"
                # ("api-noibo.stttt.vinhlong.gov.vn"): the host starts before it
                start = self._host_start(folded, start - 1)
                if folded[start - 1 : start] == "@":
                    continue  # an e-mail address's domain
            host_end = self._host_end(folded, m.start())
            if folded.count(".", m.start(), host_end) < 1:
                continue
            self._add(out, seen, _NAMED, start, self._tail(text, host_end, path=True))

    def _gov(self, text: str, folded: str, seen: SpanSet, out: list[Detection]) -> None:
        labels = _gov_system_labels()
        at = folded.find(".gov.vn")
        floor = 0
        while at != -1:
            end = at + len(".gov.vn")
            if end < len(folded) and (folded[end].isalnum() or folded[end] == "-"):
                at = folded.find(".gov.vn", end)
                continue
            s = self._host_start(folded, at, floor)
            floor = end
            if s > 0 and folded[s - 1] == "@":
                at = folded.find(".gov.vn", end)
                continue  # an e-mail address: vn.email's
            first = folded[s:at].split(".")[0] if s < at else ""
            port = _PORT.match(text, end)
            path = _PATH.match(text, port.end() if port else end)
            segment = path.group(0).lower().lstrip("/").split("/")[0] if path else ""
            segment = segment.split(".")[0]
            if first in labels or port is not None or segment in _ADMIN_PATHS:
                self._add(out, seen, _GOV, s, self._tail(text, end, path=True))
            at = folded.find(".gov.vn", end)

    def _connections(self, text: str, folded: str, seen: SpanSet, out: list[Detection]) -> None:
        # lazy: one reading of userinfo, one notion of a documentation's password
        from ai_guard.detectors.secrets import PLACEHOLDER_PASSWORDS, url_credentials

        # where each URL's host starts after its credentials, by the authority's start (a
        # password may hold "#" or "?", which would end the authority read here)
        hosts = {user: host for user, _s, _e, host in url_credentials(text)}
        at = text.find("://")
        while at != -1:
            scheme_start = at
            while scheme_start > 0 and (
                folded[scheme_start - 1].isalnum() or folded[scheme_start - 1] in "+.-:"
            ):
                scheme_start -= 1
                if at - scheme_start > 40:
                    break
            scheme = folded[scheme_start:at]
            schemes = {x for x in scheme.split(":") if x}
            begin = at + 3
            if schemes & OBJECT_STORES:
                pass  # a cloud vendor's bucket or dataset, not a machine (text/storage.py)
            elif not schemes & _CONNECTION_SCHEMES:
                begin = self._single_label(text, folded, begin, seen, out)
            else:
                host = hosts.get(begin, begin)
                limit = min(len(text), host + 512)
                end_at = _AUTHORITY_END.search(text, host, limit)
                stop = end_at.start() if end_at else limit
                semi = text.find(";", host, stop)
                if semi != -1 and _HOST_PORT.fullmatch(text, host, semi):
                    stop = semi  # "jdbc:sqlserver://host:1433;user=sa;password=...": properties
                placeholder = stop < len(text) and text[stop] == "<"
                if placeholder and (m := _PLACEHELD_AT.match(text, stop)) is not None:
                    # "postgresql://user:<mat_khau>@localhost:5432/demo": a template's userinfo
                    host = m.end()
                    end_at = _AUTHORITY_END.search(text, host, min(len(text), host + 512))
                    stop = end_at.start() if end_at else min(len(text), host + 512)
                at_sign = text.rfind("@", host, stop)
                userinfo = (
                    text[begin : host - 1]
                    if host > begin
                    else (text[host:at_sign] if at_sign != -1 else "")
                )
                if not placeholder and userinfo:
                    # "postgresql://user:password@localhost:5432/dbname": a documentation's
                    # words for the credentials, a template as "<mat_khau>" is
                    placeholder = userinfo.partition(":")[2].lower() in PLACEHOLDER_PASSWORDS
                host = at_sign + 1 if at_sign != -1 else host
                # mongodb://h1:27017,h2:27017/ : every host of the list
                name = text[host:stop]
                if not placeholder and not userinfo:
                    # "jdbc:mysql://localhost:3306/test?user=root&password=": no password given
                    line_end = text.find("\n", stop)
                    query = _QUERY_PASSWORD.search(
                        text, stop, len(text) if line_end < 0 else line_end
                    )
                    placeholder = query is not None and (
                        not query.group(1) or query.group(1).lower() in PLACEHOLDER_PASSWORDS
                    )
                if placeholder and _LOCAL_NAME.match(name):
                    pass  # a template for the reader's own machine: nothing of the unit's
                elif name[:1] not in ("", ":") and not (
                    _cloud_vendor_host(name) or _documentation_host(name)
                ):
                    self._add(out, seen, _CONNECTION, host, self._tail(text, stop, path=True))
                begin = max(begin, stop)
            at = text.find("://", begin)

    def _single_label(
        self, text: str, folded: str, begin: int, seen: SpanSet, out: list[Detection]
    ) -> int:
        """``http://qlvb:8080/``, ``https://intranet/tailieu``: a URL whose host is one label
        (no dot) names a machine on the unit's own network; returns where the host ends."""
        m = _SINGLE_LABEL.match(folded, begin)
        if m is None:
            return begin
        host = m.group("host")
        if host in _NOT_HOSTS or not any(c.isalpha() for c in host):
            return begin
        if "upstream" in folded and _upstream_named(folded, host):
            return begin  # nginx's "proxy_pass http://dvc_backend": a pool named above
        after = m.end("host")
        if (
            after < len(text)
            and text[after] not in ":/"
            and not (text[after].isspace() or text[after] in "\"'<>)]},;?#")
        ):
            return begin
        if after < len(text) and text[after] == ":" and _PORT.match(text, after) is None:
            return begin  # "http://host:port/": a template
        start = m.start("host")
        self._add(out, seen, _NAMED, start, self._tail(text, after, path=True))
        return after

    def _ipv6(self, text: str, folded: str, seen: SpanSet, out: list[Detection]) -> None:
        """Private IPv6 addresses: unique local fc00::/7, link-local fe80::/10 (with a zone,
        ``%eth0``), loopback ``::1``; bracketed with a port (``[fd12:3456::1]:8443``), and
        the path after them in a URL. ``x[::1]`` (a slice in code) is not an address."""
        floor = 0
        colons = ula = -2  # the next "::" and the next unique-local start (-1: none left)
        while True:
            if -1 < colons < floor or colons == -2:
                colons = text.find("::", floor)
            if -1 < ula < floor or ula == -2:
                found = _V6_UNIQUE_LOCAL.search(folded, floor)
                ula = found.start() if found else -1
            if colons == -1 and ula == -1:
                return
            start = ula if colons == -1 else colons if ula == -1 else min(colons, ula)
            left = start
            while left > floor and start - left < 40 and folded[left - 1] in _HEX_COLON:
                left -= 1
            right = _HEX_RUN.match(folded, start).end()  # type: ignore[union-attr]
            floor = right  # each run is read once: linear under a megabyte of colons
            if right - left > 39 or (
                left > 0 and (folded[left - 1].isalnum() or folded[left - 1] in "._-")
            ):
                continue
            m = _V6_RUN.match(folded, left)
            if m is None or m.end("addr") != right or not _private_ipv6(m.group("addr")):
                continue
            s, e = left, m.end()
            if e < len(text) and (text[e].isalnum() or text[e] in "_-" or text[e : e + 1] == "."):
                continue  # glued, or an IPv4-mapped tail
            bracketed = s > 0 and text[s - 1] == "[" and text.startswith("]", e)
            if bracketed:
                s, e = s - 1, e + 1
                port = _PORT.match(text, e)
                if port is not None:
                    e = port.end()
                elif m.group("addr") == "::1" and not text.endswith("://", 0, s):
                    continue  # "x[::1]": a slice
                if text.endswith("://", 0, s):
                    e = self._tail(text, e, path=True)
            elif m.group("addr") == "::1" and s > 0 and not text[s - 1].isspace():
                continue
            else:
                prefix = _V6_PREFIX.match(text, e)
                if prefix is not None:
                    if text[s : prefix.end()].lower() in _V6_BLOCKS:
                        continue  # the blocks themselves, named in prose
                    e = prefix.end()
            self._add(out, seen, _IP, s, e)

    def _unc(self, text: str, seen: SpanSet, out: list[Detection]) -> None:
        """Windows shares: ``\\\\SRV-HS01\\hoso``, also with escaped backslashes
        (``\\\\\\\\SRV-HS01\\\\hoso`` in JSON); whatever the host, the path names the unit's
        server and its folders. The span runs from the host to the share's end."""
        at = text.find("\\\\")
        while at != -1:
            run = at
            while run < len(text) and text[run] == "\\":
                run += 1
            if at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_-"):
                m = _UNC.match(text, run)
                if m is not None and run - at <= 4:
                    e = m.end()
                    while text[e - 1] in ".,;:!":
                        e -= 1
                    # the host to the share's end; the backslashes before it stay, as a
                    # URL's scheme does (PROMPTS.md: ``fs01.stp.local\hoso``)
                    self._add(out, seen, _NAMED, run, e)
                    run = max(run, e)
            at = text.find("\\\\", run)

    def _slash_shares(self, text: str, seen: SpanSet, out: list[Detection]) -> None:
        """``//fileserver/share``: a share or a host on the unit's network written with
        forward slashes (one label, no dot; a URL's ``://`` is not this)."""
        at = text.find("//")
        while at != -1:
            nxt = at + 2
            if at == 0 or text[at - 1].isspace() or text[at - 1] in "\"'(<[`=":
                m = _SLASH_SHARE.match(text, at + 2)
                if m is not None and m.group("host").lower() not in _NOT_HOSTS:
                    e = m.end()
                    while text[e - 1] in ".,;:!":
                        e -= 1
                    self._add(out, seen, _NAMED, at, e)
                    nxt = max(nxt, e)
            while nxt < len(text) and text[nxt] == "/":
                nxt += 1
            at = text.find("//", nxt)

    def _sql_instances(self, text: str, folded: str, seen: SpanSet, out: list[Detection]) -> None:
        """A SQL Server named instance, ``SRV-DB02\\SQLEXPRESS``: the machine and its instance,
        after a ``Server:`` / ``Data Source:`` a driver's error prints, or with an instance
        name SQL Server installs by default (``SQLEXPRESS``, ``MSSQLSERVER``) wherever it
        stands. A path's ``C:\\Users`` has no host before its backslash."""
        for m in _SQL_INSTANCE.finditer(folded):
            if m.group("default") is None:
                host = m.start("host")
            else:
                host = self._host_start(folded, m.start())
                if host == m.start() or (host > 0 and folded[host - 1] in "\\/:"):
                    continue  # no host before it, or a folder of a path
            if seen.overlaps(host, m.end()):
                for i, d in enumerate(out):  # an address read before: its instance joins it
                    if d.start == host and d.end == folded.find("\\", host, m.end()):
                        out[i] = dataclasses.replace(d, end=m.end())
                continue
            self._add(out, seen, _CUED, host, m.end())

    def _cued(self, text: str, folded: str, seen: SpanSet, out: list[Detection]) -> None:
        if not any(k in folded for k in ("host", "server", "data source", "datasource", "addr")):
            return
        for m in _HOST_KEY.finditer(folded):
            s0 = m.start()
            if s0 > 0 and folded[s0 - 1].isalpha() and not text[s0 - 1].isupper():
                continue  # "ghost=", "webserver=" in prose keys stay; DB_HOST / PGHOST count
            v = _HOST_VALUE.match(text, m.end())
            if v is None:
                continue
            value = v.group(0)
            bare = value.split(":")[0].split(",")[0]
            if not any(c.isalpha() for c in value) and not _IPV4.fullmatch(bare):
                continue  # "host=1", "Server=2024"
            if value.lower() in {"true", "false", "none", "null", "localhost"}:
                continue
            if _cloud_vendor_host(value):
                continue  # "DB_HOST=db1.c9x.ap-southeast-1.rds.amazonaws.com": the vendor's
            if value.lower() in _CODE_VALUES or value.lower().startswith("process.env."):
                continue  # ES_HOST = os.environ["ES_HOST"]: code, the host is elsewhere
            if seen.overlaps(v.start(), v.end()):
                _with_port(text, out, v.start(), v.end())
                continue
            self._add(out, seen, _CUED, v.start(), v.end())
