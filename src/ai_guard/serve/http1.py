"""A small HTTP/1.1 client for the gateway's upstream calls, on asyncio's own transports.

The gateway sends one kind of request (a POST with a JSON body to a configured URL) and reads
one answer at a time per connection. httpx and httpcore carry much more than that per request
(an anyio stream with a cancel scope around every read and write, h11's event machinery, a
connection pool state machine): over the loopback, sending a 2 KB chat request and reading
the answer cost 0.95-1.06 ms of CPU whole and 1.9-2.1 ms streamed (about 40 reads). This
client parses the answer from a buffer that the connection's protocol fills, with
``bytes.find``: 0.20-0.24 ms whole, 0.99-1.02 ms streamed, in the same runs.

What it does, and refuses:

- ``http`` and ``https`` (TLS verified against certifi's bundle, as httpx does; ALPN
  ``http/1.1``); no proxy, no cookie, no redirect, no authentication flow;
- keep-alive: an answer read to its end, on an HTTP/1.1 connection the upstream did not ask
  to close, returns the connection to the pool (at most ``max_keepalive`` idle ones); an idle
  connection the upstream closed is never reused: its socket is looked at (``poll``) before a
  request is written on it, since the event loop may not have read the upstream's end yet;
- a request whose kept-alive connection ends (closed, reset) before a byte of the answer,
  within a quarter of a second of the request and not by a timeout, is sent once more on a
  new connection (an idle close crossing the request
  on the wire; why a POST may be sent again then: docs/gateway.md, "Kept-alive connections");
  never after an answer began, never from a new connection, never twice;
- the body framed by ``Transfer-Encoding: chunked`` or ``Content-Length``, else read to the
  end of the connection; ``gzip`` and ``deflate`` decoded (the only ones asked for);
- anything else is an error, raised as httpx's exception types (what the gateway maps to 502
  or 504): a malformed status line or header, a header block past 64 KiB, conflicting lengths,
  a transfer coding other than chunked, an unknown content coding, a connection closed inside
  an answer (:class:`httpx.RemoteProtocolError`); a timeout (:class:`httpx.ConnectTimeout`,
  :class:`httpx.ReadTimeout`, :class:`httpx.PoolTimeout`); a refused or broken connection
  (:class:`httpx.ConnectError`, :class:`httpx.ReadError`, :class:`httpx.WriteError`).
"""

from __future__ import annotations

import asyncio
import re
import select
import ssl
import zlib
from collections.abc import AsyncIterator, Iterator, Mapping
from urllib.parse import urlsplit

import httpx

__all__ = ["Answer", "Http1Pool"]

_MAX_HEAD = 64 * 1024
#: how soon after a request was written the end of its kept-alive connection still reads as
#: an idle close that crossed it on the wire (a round trip on the agency's network, with room);
#: later, the upstream may have read the request and worked on it: no retry
_RETRY_WINDOW = 0.25
#: a chunk's size: hex digits only (``int(x, 16)`` alone would take ``0x1f``, ``+1f``, ``1_f``)
_HEX = re.compile(rb"[0-9A-Fa-f]+")
_poll = getattr(select, "poll", None)  # not on every platform: select() there
#: an answer's body is read in pieces of at most this size (what arrived, up to it)
_READ = 64 * 1024
# where a chunked body's reader is: at a chunk-size line, at the line end after a chunk's
# data, in the trailers after the last chunk
_SIZE, _CRLF, _TRAILERS = 0, 1, 2
# what it needs next: more bytes, nothing (the body ended), another take (the buffer has more)
_WANT, _ENDED, _MORE = 0, 1, 2


class _Connection(asyncio.Protocol):
    """One TCP (or TLS) connection: the bytes received so far, and a waiter for more."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.buffer = bytearray()
        #: bytes received since the connection was last taken for a request
        self.received = 0
        self.closed = False
        self.error: BaseException | None = None
        self._waiter: asyncio.Future[None] | None = None
        self._paused: asyncio.Future[None] | None = None

    # -- asyncio.Protocol --
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        self.received += len(data)
        self._wake()

    def eof_received(self) -> bool | None:
        self.closed = True
        self._wake()
        return None  # close the transport

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        self.error = exc
        self._wake()
        if self._paused is not None and not self._paused.done():
            self._paused.set_result(None)

    def pause_writing(self) -> None:
        if self._paused is None or self._paused.done():
            self._paused = asyncio.get_running_loop().create_future()

    def resume_writing(self) -> None:
        if self._paused is not None and not self._paused.done():
            self._paused.set_result(None)

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    # -- used by the client --
    @property
    def usable(self) -> bool:
        """Idle and still open (the upstream closes idle connections when it likes)."""
        return not self.closed and self.transport is not None and not self.transport.is_closing()

    def quiet(self) -> bool:
        """Nothing waits to be read on the socket of this idle connection. The event loop
        reads a connection only when it next polls: an upstream's end of the connection (or
        any byte, out of turn on an idle connection) that arrived since is seen here, before
        a request is written on it."""
        sock = self.transport.get_extra_info("socket") if self.transport is not None else None
        if sock is None:
            return True
        try:
            if _poll is not None:
                poller = _poll()
                poller.register(sock.fileno(), select.POLLIN)
                return not poller.poll(0)
            return not select.select([sock], [], [], 0)[0]
        except (OSError, ValueError):
            return False

    async def write(self, data: bytes, timeout: float) -> None:
        if self.closed or self.transport is None or self.transport.is_closing():
            raise httpx.WriteError("the upstream closed the connection")
        self.transport.write(data)
        paused = self._paused
        if paused is not None and not paused.done():
            try:
                await asyncio.wait_for(asyncio.shield(paused), timeout)
            except asyncio.TimeoutError:
                raise httpx.WriteTimeout("writing to the upstream timed out") from None
            if self.closed:
                raise httpx.WriteError("the upstream closed the connection")

    async def more(self, timeout: float) -> bool:
        """Wait until more bytes arrived (True) or the connection ended (False)."""
        if self.closed:
            return False
        loop = asyncio.get_running_loop()
        waiter = self._waiter = loop.create_future()
        timer = loop.call_later(timeout, _time_out, waiter)
        try:
            await waiter
        finally:
            timer.cancel()
            self._waiter = None
        return bool(self.buffer) or not self.closed

    def close(self) -> None:
        self.closed = True
        if self.transport is not None:
            self.transport.close()


def _time_out(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_exception(httpx.ReadTimeout("reading from the upstream timed out"))


class _Headers(Mapping[str, str]):
    """An answer's headers: names lower-cased, repeated ones joined with ``", "``."""

    __slots__ = ("_items",)

    def __init__(self, items: dict[str, str]) -> None:
        self._items = items

    def __getitem__(self, name: str) -> str:
        return self._items[name.lower()]

    def get(self, name: str, default: str | None = None) -> str | None:  # type: ignore[override]
        return self._items.get(name.lower(), default)

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)


class Answer:
    """An upstream's answer: status, headers, and the body read with :meth:`aiter_bytes`
    (once), then :meth:`aclose` (which returns the connection to the pool when the body was
    read to its end)."""

    def __init__(
        self,
        pool: Http1Pool,
        key: tuple[str, str, int],
        conn: _Connection,
        status: int,
        headers: dict[str, str],
        framing: str,
        length: int,
        keep: bool,
        read_timeout: float,
    ) -> None:
        self.status_code = status
        self.headers = _Headers(headers)
        self._pool = pool
        self._key = key
        self._conn: _Connection | None = conn
        self._framing = framing  # "none", "length", "chunked", "close"
        self._left = length
        self._step = _SIZE
        self._keep = keep
        self._timeout = read_timeout
        self._done = framing == "none" or (framing == "length" and length == 0)
        encoding = headers.get("content-encoding", "identity").strip().lower()
        if encoding in ("", "identity"):
            self._decoder = None
        elif encoding in ("gzip", "x-gzip"):
            self._decoder = zlib.decompressobj(zlib.MAX_WBITS | 16)
        elif encoding == "deflate":
            self._decoder = _Deflate()  # type: ignore[assignment]
        else:
            conn.close()
            self._conn = None
            raise httpx.RemoteProtocolError("the upstream answered in an unknown content coding")

    def aiter_bytes(self) -> AsyncIterator[bytes]:
        """The body, decoded, piece by piece as it arrives."""
        if self._decoder is None:
            return self._raw()  # as it came: no generator around it
        return self._decoded()

    async def _decoded(self) -> AsyncIterator[bytes]:
        decoder = self._decoder
        assert decoder is not None
        async for raw in self._raw():
            try:
                data = decoder.decompress(raw)
            except zlib.error:
                raise httpx.DecodingError("the upstream's answer does not decode") from None
            if data:
                yield data
        try:
            data = decoder.flush()
        except zlib.error:
            raise httpx.DecodingError("the upstream's answer does not decode") from None
        if data:
            yield data

    async def _raw(self) -> AsyncIterator[bytes]:
        conn = self._conn
        if conn is None or self._done:
            return
        buffer = conn.buffer
        if self._framing == "length":
            while self._left > 0:
                if not buffer and not await conn.more(self._timeout):
                    raise _cut(conn)
                piece = bytes(buffer[: min(self._left, _READ)])
                del buffer[: len(piece)]
                self._left -= len(piece)
                yield piece
        elif self._framing == "close":
            while True:
                if not buffer and not await conn.more(self._timeout):
                    if conn.error is not None:
                        raise _cut(conn)
                    break
                piece = bytes(buffer)
                buffer.clear()
                yield piece
        else:  # chunked: whatever the buffer holds of it, in one piece (the events of a
            # stream that arrived together go on together: one write downstream, not one each)
            while True:
                piece, state = self._take_chunks(buffer)
                if piece:
                    yield piece
                if state == _ENDED:
                    break
                if state == _WANT and not await conn.more(self._timeout):
                    raise _cut(conn)
        self._done = True

    def _take_chunks(self, buffer: bytearray) -> tuple[bytes, int]:
        """The data of a chunked body that ``buffer`` holds (every whole chunk, and what has
        come of the next one; at most about :data:`_READ` bytes), taken out of it, and what
        next: :data:`_WANT` more bytes, :data:`_ENDED` (the last chunk and trailers read),
        :data:`_MORE` (the buffer holds more than was taken)."""
        parts: list[bytearray] = []
        at, size, taken = 0, len(buffer), 0
        state = _WANT
        try:
            while True:
                if taken >= _READ:
                    state = _MORE
                    break
                if self._left > 0:  # inside a chunk's data
                    if at >= size:
                        break
                    n = min(self._left, size - at, _READ)
                    parts.append(buffer[at : at + n])
                    at += n
                    self._left -= n
                    taken += n
                    if self._left == 0:
                        self._step = _CRLF
                    continue
                if self._step == _CRLF:  # the line end after a chunk's data
                    if size - at < 2:
                        break
                    if buffer[at : at + 2] != b"\r\n":
                        raise httpx.RemoteProtocolError("the upstream sent a bad chunk")
                    at += 2
                    self._step = _SIZE
                    continue
                end = buffer.find(b"\r\n", at)
                if end < 0:
                    if size - at > _MAX_HEAD:
                        raise httpx.RemoteProtocolError("the upstream sent a line too long")
                    break
                line = buffer[at:end]
                at = end + 2
                if self._step == _TRAILERS:  # after the last chunk: trailers, a blank line
                    if not line:
                        state = _ENDED
                        break
                    continue
                size_text = line.split(b";", 1)[0].strip()
                if _HEX.fullmatch(size_text) is None:
                    raise httpx.RemoteProtocolError("the upstream sent a bad chunk size")
                chunk_size = int(size_text, 16)
                if chunk_size == 0:
                    self._step = _TRAILERS
                else:
                    self._left = chunk_size
        finally:
            del buffer[:at]
        return b"".join(parts), state

    async def aclose(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        if self._done and self._keep and not conn.buffer and conn.usable:
            self._pool.release(self._key, conn)
        else:
            self._pool.discard(conn)


class _Deflate:
    """``deflate``: zlib-wrapped as the standard says, or raw as some servers send it."""

    def __init__(self) -> None:
        self._first = True
        self._inner = zlib.decompressobj()

    def decompress(self, data: bytes) -> bytes:
        if self._first and data:
            self._first = False
            try:
                return self._inner.decompress(data)
            except zlib.error:
                self._inner = zlib.decompressobj(-zlib.MAX_WBITS)
        return self._inner.decompress(data)

    def flush(self) -> bytes:
        return self._inner.flush()


def _cut(conn: _Connection) -> httpx.HTTPError:
    if conn.error is not None:
        return httpx.ReadError(f"the upstream's connection broke: {conn.error!r}")
    return httpx.RemoteProtocolError("the upstream closed the connection inside an answer")


_TOKEN_BYTES = frozenset(
    b"!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
)


def _parse_head(head: bytes) -> tuple[int, bool, dict[str, str]]:
    """(status, HTTP/1.1 or later, headers) of an answer's head (without its blank line)."""
    lines = head.split(b"\r\n")
    version, _, rest = lines[0].partition(b" ")
    status_text = rest[:3]
    if (
        version not in (b"HTTP/1.1", b"HTTP/1.0")
        or len(status_text) != 3
        or not status_text.isdigit()
        or rest[3:4] not in (b"", b" ")
    ):
        raise httpx.RemoteProtocolError("the upstream sent a malformed status line")
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, colon, value = line.partition(b":")
        if not colon or not name or not _TOKEN_BYTES.issuperset(name):
            raise httpx.RemoteProtocolError("the upstream sent a malformed header")
        key = name.decode("ascii").lower()
        text = value.strip(b" \t").decode("latin-1")
        if any(c in text for c in "\r\n\x00"):
            raise httpx.RemoteProtocolError("the upstream sent a malformed header")
        headers[key] = f"{headers[key]}, {text}" if key in headers else text
    return int(status_text), version == b"HTTP/1.1", headers


def _framing(status: int, headers: dict[str, str]) -> tuple[str, int]:
    """How the body of an answer to a POST ends: ("none" | "length" | "chunked" | "close",
    its length when "length")."""
    if status < 200 or status in (204, 304):
        return "none", 0
    coding = headers.get("transfer-encoding")
    if coding is not None:
        if coding.strip().lower() != "chunked":  # a coding this client cannot undo
            raise httpx.RemoteProtocolError("the upstream used an unknown transfer coding")
        return "chunked", 0
    declared = headers.get("content-length")
    if declared is not None:
        values = {v.strip() for v in declared.split(",")}
        if len(values) != 1 or not next(iter(values)).isdigit():
            raise httpx.RemoteProtocolError("the upstream sent a bad Content-Length")
        return "length", int(next(iter(values)))
    return "close", 0


class _Target:
    """One upstream URL, parsed once: where to connect, and the request head's start."""

    __slots__ = ("head", "host", "key", "port", "tls")

    def __init__(self, url: str, defaults: Mapping[str, str]) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise httpx.UnsupportedProtocol(f"not an http(s) URL: {parts.scheme}://")
        self.tls = parts.scheme == "https"
        self.host = parts.hostname
        self.port = parts.port or (443 if self.tls else 80)
        self.key = (parts.scheme, self.host, self.port)
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        default_port = self.port == (443 if self.tls else 80)
        host = f"[{self.host}]" if ":" in self.host else self.host
        host_header = host if default_port else f"{host}:{self.port}"
        self.head = [f"POST {target} HTTP/1.1", f"host: {host_header}"]
        self.head += [f"{name}: {value}" for name, value in defaults.items()]


class Http1Pool:
    """Keep-alive connections to the upstreams, and the POST that goes over them."""

    def __init__(
        self,
        *,
        connect_timeout: float,
        read_timeout: float,
        max_connections: int,
        max_keepalive: int,
        defaults: Mapping[str, str],
    ) -> None:
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.max_keepalive = max_keepalive
        self._max = max_connections
        self._defaults = dict(defaults)
        self._defaults["accept-encoding"] = "gzip, deflate"  # the codings this client decodes
        self._idle: dict[tuple[str, str, int], list[_Connection]] = {}
        self._open: set[_Connection] = set()
        self._slots: asyncio.Semaphore | None = None
        self._targets: dict[str, _Target] = {}
        self._tls: ssl.SSLContext | None = None
        #: idle connections found closed (or not quiet) when taken, and requests sent again
        #: on a new connection after a kept-alive one closed before a byte of the answer
        self.stale = 0
        self.retried = 0

    def _target(self, url: str) -> _Target:
        target = self._targets.get(url)
        if target is None:
            target = self._targets[url] = _Target(url, self._defaults)
        return target

    def _context(self) -> ssl.SSLContext:
        if self._tls is None:
            import certifi

            context = ssl.create_default_context(cafile=certifi.where())
            context.set_alpn_protocols(["http/1.1"])
            self._tls = context
        return self._tls

    async def _connect(self, target: _Target) -> _Connection:
        loop = asyncio.get_running_loop()
        try:
            _, conn = await asyncio.wait_for(
                loop.create_connection(
                    _Connection,
                    target.host,
                    target.port,
                    ssl=self._context() if target.tls else None,
                    server_hostname=target.host if target.tls else None,
                ),
                self.connect_timeout,
            )
        except asyncio.TimeoutError:
            raise httpx.ConnectTimeout("connecting to the upstream timed out") from None
        except (OSError, ssl.SSLError) as exc:
            raise httpx.ConnectError(f"cannot connect to the upstream: {exc!r}") from None
        return conn

    def release(self, key: tuple[str, str, int], conn: _Connection) -> None:
        idle = self._idle.setdefault(key, [])
        if len(idle) >= self.max_keepalive:
            self.discard(conn)
            return
        idle.append(conn)
        self._open.discard(conn)
        self._free()

    def discard(self, conn: _Connection) -> None:
        conn.close()
        if conn in self._open:
            self._open.discard(conn)
            self._free()

    def _free(self) -> None:
        if self._slots is not None:
            self._slots.release()

    async def send(self, url: str, headers: Mapping[str, str], content: bytes) -> Answer:
        """POST ``content`` to ``url`` with ``headers`` (after the defaults; the same names
        replace them); the answer with its body not read yet."""
        target = self._target(url)
        lines = target.head
        if headers:  # the caller's headers replace the defaults of the same name
            names = {name.lower() for name in headers}
            lines = [line for line in lines if line.partition(":")[0] not in names]
            lines += [f"{name}: {value}" for name, value in headers.items()]
        else:
            lines = list(lines)
        lines.append(f"content-length: {len(content)}")
        for line in lines:
            if "\r" in line or "\n" in line:
                raise httpx.LocalProtocolError("a header holds a line break")
        try:
            head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        except UnicodeEncodeError:
            raise httpx.LocalProtocolError("a header holds a character HTTP cannot carry") from None
        if self._slots is None:
            self._slots = asyncio.Semaphore(self._max)
        if self._slots.locked():  # every connection busy: wait for one, not for ever
            try:
                await asyncio.wait_for(self._slots.acquire(), self.connect_timeout)
            except asyncio.TimeoutError:
                raise httpx.PoolTimeout("no upstream connection free in time") from None
        else:
            await self._slots.acquire()
        conn: _Connection | None = None
        try:
            conn = self._reusable(target)
            if conn is not None:
                conn.received = 0
                self._open.add(conn)
                loop = asyncio.get_running_loop()
                sent = loop.time()
                try:
                    return await self._exchange(target, conn, head, content)
                except httpx.TimeoutException:
                    raise  # the upstream may be working on it: never sent twice
                except httpx.TransportError:
                    if conn.received or not conn.closed:
                        raise  # an answer had begun, or the connection is not what failed
                    if loop.time() - sent > _RETRY_WINDOW:
                        # closed a while after the request went out: the upstream (or a proxy
                        # timing out an idle-looking connection) may have read and worked on
                        # it; only an idle close crossing the request on the wire is retried
                        raise
                # the upstream closed the kept-alive connection before a byte of the answer:
                # what an idle connection closed while the request was on its way looks
                # like; once more on a new connection (docs/gateway.md, keep-alive)
                self._open.discard(conn)
                conn.close()
                conn = None
                self.retried += 1
            conn = await self._connect(target)
            self._open.add(conn)
            return await self._exchange(target, conn, head, content)
        except BaseException:
            if conn is not None and conn in self._open:
                self.discard(conn)
            elif conn is not None:
                conn.close()
                self._free()
            else:
                self._free()
            raise

    def _reusable(self, target: _Target) -> _Connection | None:
        """An idle connection to ``target`` still open, with nothing waiting on it; the
        others are closed (an upstream's end seen now costs nothing: no byte was sent)."""
        idle = self._idle.get(target.key)
        while idle:
            candidate = idle.pop()
            if candidate.usable and not candidate.buffer and candidate.quiet():
                return candidate
            candidate.close()
            self.stale += 1
        return None

    async def _exchange(
        self, target: _Target, conn: _Connection, head: bytes, content: bytes
    ) -> Answer:
        await conn.write(head + content if len(content) < 65536 else head, self.read_timeout)
        if len(content) >= 65536:
            await conn.write(content, self.read_timeout)
        return await self._answer(target, conn)

    async def _answer(self, target: _Target, conn: _Connection) -> Answer:
        buffer = conn.buffer
        while True:
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                if len(buffer) > _MAX_HEAD:
                    raise httpx.RemoteProtocolError("the upstream's header block is too large")
                if not await conn.more(self.read_timeout):
                    if conn.error is not None:
                        raise httpx.ReadError(f"the upstream's connection broke: {conn.error!r}")
                    raise httpx.RemoteProtocolError("the upstream closed without an answer")
                continue
            head = bytes(buffer[:end])
            del buffer[: end + 4]
            status, http11, headers = _parse_head(head)
            if 100 <= status < 200:
                if status == 101:
                    raise httpx.RemoteProtocolError("the upstream switched protocols")
                continue  # 100 Continue, 103 Early Hints: the answer follows
            framing, length = _framing(status, headers)
            keep = http11 and "close" not in headers.get("connection", "").lower()
            return Answer(
                self, target.key, conn, status, headers, framing, length,
                keep and framing != "close", self.read_timeout,
            )  # fmt: skip

    async def aclose(self) -> None:
        for idle in self._idle.values():
            for conn in idle:
                conn.close()
        self._idle.clear()
        for conn in list(self._open):
            conn.close()
        self._open.clear()
