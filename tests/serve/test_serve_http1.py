"""The gateway's HTTP/1.1 upstream client (:mod:`ai_guard.serve.http1`) against a raw server
on the loopback that answers with exactly the bytes each test gives: framing, keep-alive,
content codings, and every malformed or cut answer raised as httpx's error types (which the
gateway turns into 502/504)."""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import select
import socket
import threading
import time
import zlib
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard.serve.http1 import Http1Pool


class RawServer:
    """Answers each request with the next of ``answers`` (bytes written as they are; ``None``
    closes the connection without answering); records each request's head and body."""

    def __init__(self, answers: list[bytes | None], *, close_after: bool = False) -> None:
        self.answers = answers
        self.close_after = close_after
        self.requests: list[tuple[bytes, bytes]] = []
        self.connections = 0
        self.port = 0

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            while self.answers:
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n"):
                    name, _, value = line.partition(b":")
                    if name.lower() == b"content-length":
                        length = int(value)
                body = await reader.readexactly(length)
                self.requests.append((head, body))
                answer = self.answers.pop(0)
                if answer is None:
                    break
                writer.write(answer)
                await writer.drain()
                if self.close_after:
                    break
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            await _shut(writer)


async def _shut(writer: asyncio.StreamWriter) -> None:
    """Close a test upstream's side of a connection and wait for it: a transport left closing
    when the loop ends is reported later, in whichever test collects it."""
    writer.close()
    with contextlib.suppress(Exception, asyncio.CancelledError):
        await writer.wait_closed()


@asynccontextmanager
async def served(server: RawServer) -> AsyncIterator[Http1Pool]:
    listener = await asyncio.start_server(server.handle, "127.0.0.1", 0)
    server.port = listener.sockets[0].getsockname()[1]
    pool = Http1Pool(
        connect_timeout=2, read_timeout=0.5, max_connections=10, max_keepalive=10,
        defaults={"accept": "*/*", "user-agent": "test"},
    )  # fmt: skip
    try:
        yield pool
    finally:
        await pool.aclose()
        listener.close()
        await listener.wait_closed()


async def post(
    pool: Http1Pool, port: int, content: bytes = b"{}"
) -> tuple[int, dict[str, str], bytes]:
    answer = await pool.send(
        f"http://127.0.0.1:{port}/v1/chat", {"content-type": "application/json"}, content
    )
    try:
        body = b"".join([piece async for piece in answer.aiter_bytes()])
    finally:
        await answer.aclose()
    return answer.status_code, dict(answer.headers), body


def run(coro: object) -> object:
    return asyncio.run(coro)  # type: ignore[arg-type]


def ok(body: bytes, *headers: bytes) -> bytes:
    extra = b"".join(h + b"\r\n" for h in headers)
    return b"HTTP/1.1 200 OK\r\ncontent-length: %d\r\n%b\r\n%b" % (len(body), extra, body)


def chunked(*pieces: bytes) -> bytes:
    out = b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n"
    for piece in pieces:
        if not piece:
            continue  # an empty chunk would end the body
        out += b"%x\r\n%b\r\n" % (len(piece), piece)
    return out + b"0\r\n\r\n"


def test_a_request_goes_out_as_a_post_with_its_headers_and_body() -> None:
    server = RawServer([ok(b'{"a":1}')])

    async def go() -> None:
        async with served(server) as pool:
            status, headers, body = await post(pool, server.port, b'{"q":"x"}')
            assert (status, body, headers["content-length"]) == (200, b'{"a":1}', "7")

    run(go())
    head, body = server.requests[0]
    lines = head.decode().split("\r\n")
    assert lines[0] == "POST /v1/chat HTTP/1.1"
    assert f"host: 127.0.0.1:{server.port}" in lines
    assert "content-type: application/json" in lines
    assert "accept-encoding: gzip, deflate" in lines
    assert "content-length: 9" in lines
    assert body == b'{"q":"x"}'


def test_keep_alive_reuses_one_connection_and_close_does_not() -> None:
    server = RawServer([ok(b"1"), chunked(b"2", b"2"), ok(b"3")])

    async def go() -> None:
        async with served(server) as pool:
            assert [(await post(pool, server.port))[2] for _ in range(3)] == [b"1", b"22", b"3"]

    run(go())
    assert server.connections == 1
    closing = RawServer([ok(b"1", b"connection: close"), ok(b"2")], close_after=True)

    async def again() -> None:
        async with served(closing) as pool:
            assert [(await post(pool, closing.port))[2] for _ in range(2)] == [b"1", b"2"]

    run(again())
    assert closing.connections == 2


def test_an_idle_connection_the_upstream_closed_is_not_reused() -> None:
    server = RawServer([ok(b"1"), ok(b"2")], close_after=True)

    async def go() -> None:
        async with served(server) as pool:
            assert (await post(pool, server.port))[2] == b"1"
            await asyncio.sleep(0.05)  # the server closed its side meanwhile
            assert (await post(pool, server.port))[2] == b"2"

    run(go())
    assert server.connections == 2


def test_a_body_to_the_end_of_the_connection_and_a_continue_before_the_answer() -> None:
    server = RawServer([b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.0 200 OK\r\nx-a: 1\r\n\r\nall of it"])

    async def go() -> None:
        async with served(server) as pool:
            assert (await post(pool, server.port))[2] == b"all of it"

    run(go())


@pytest.mark.parametrize(
    ("coding", "encode"),
    [
        (b"gzip", gzip.compress),
        (b"deflate", zlib.compress),
        (b"deflate", lambda data: zlib.compress(data)[2:-4]),  # raw deflate, as some send it
    ],
)
def test_gzip_and_deflate_are_decoded(coding: bytes, encode: Callable[[bytes], bytes]) -> None:
    text = '{"content":"Nguyễn Văn An"}'.encode() * 50
    server = RawServer([ok(encode(text), b"content-encoding: " + coding)])

    async def go() -> None:
        async with served(server) as pool:
            assert (await post(pool, server.port))[2] == text

    run(go())


def test_repeated_headers_are_joined_and_names_lower_cased() -> None:
    server = RawServer([ok(b"x", b"X-Thing: a", b"x-thing: b", b"Retry-After: 3")])

    async def go() -> None:
        async with served(server) as pool:
            answer = await pool.send(f"http://127.0.0.1:{server.port}/", {}, b"")
            assert answer.headers.get("x-thing") == "a, b"
            assert answer.headers.get("Retry-After") == "3"
            await answer.aclose()

    run(go())


def test_the_chunks_that_arrived_together_come_out_as_one_piece() -> None:
    """A stream's events that arrive in one read go on in one piece (the gateway then writes
    them in one send); what arrives later comes as its own piece, nothing waits for it."""
    events = [b"data: %d\n\n" % i for i in range(5)]
    head, tail = chunked(*events[:3]).split(b"0\r\n\r\n")[0], chunked(*events[3:])
    tail = tail.split(b"\r\n\r\n", 1)[1]  # its chunks only

    async def go() -> None:
        async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await reader.readuntil(b"\r\n\r\n")
            await reader.readexactly(2)
            writer.write(head)
            await writer.drain()
            await gate.wait()
            writer.write(tail)
            await writer.drain()
            await _shut(writer)

        gate = asyncio.Event()
        listener = await asyncio.start_server(handle, "127.0.0.1", 0)
        port = listener.sockets[0].getsockname()[1]
        pool = Http1Pool(
            connect_timeout=2, read_timeout=2, max_connections=2, max_keepalive=2, defaults={}
        )
        answer = await pool.send(f"http://127.0.0.1:{port}/", {}, b"{}")
        pieces = answer.aiter_bytes()
        assert await pieces.__anext__() == b"".join(events[:3])
        gate.set()
        assert [piece async for piece in pieces] == [b"".join(events[3:])]
        await answer.aclose()
        await pool.aclose()
        listener.close()
        await listener.wait_closed()

    run(go())


@pytest.mark.parametrize(
    "answer",
    [
        b"HTTP/2 200 OK\r\n\r\n",
        b"HTTP/1.1 2000 OK\r\ncontent-length: 0\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nno colon here\r\ncontent-length: 0\r\n\r\n",
        b"HTTP/1.1 200 OK\r\n folded: header\r\ncontent-length: 0\r\n\r\n",
        b"HTTP/1.1 200 OK\r\ncontent-length: 5\r\ncontent-length: 6\r\n\r\nhello",
        b"HTTP/1.1 200 OK\r\ncontent-length: -1\r\n\r\n",
        b"HTTP/1.1 200 OK\r\ntransfer-encoding: gzip, chunked\r\n\r\n",
        b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\nzz\r\nab\r\n0\r\n\r\n",
        b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n",
        b"HTTP/1.1 200 OK\r\ncontent-encoding: br\r\ncontent-length: 1\r\n\r\nx",
        b"HTTP/1.1 200 OK\r\ncontent-encoding: gzip\r\ncontent-length: 4\r\n\r\nnope",
        b"HTTP/1.1 101 Switching Protocols\r\n\r\n",
        b"HTTP/1.1 200 OK\r\ncontent-length: 10\r\n\r\ncut",  # then the connection closes
        b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n5\r\nab",
        b"HTTP/1.1 200",  # closed inside the head
        None,  # closed without an answer
    ],
)
def test_a_malformed_or_cut_answer_is_an_httpx_error(answer: bytes | None) -> None:
    server = RawServer([answer], close_after=True)

    async def go() -> None:
        async with served(server) as pool:
            with pytest.raises(httpx.HTTPError) as caught:
                await post(pool, server.port)
            assert not isinstance(caught.value, httpx.TimeoutException)

    run(go())


def test_a_silent_upstream_is_a_read_timeout_and_a_closed_port_a_connect_error() -> None:
    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await reader.read(100)
            await asyncio.sleep(3)
        finally:
            await _shut(writer)

    async def go() -> None:
        listener = await asyncio.start_server(silent, "127.0.0.1", 0)
        port = listener.sockets[0].getsockname()[1]
        pool = Http1Pool(
            connect_timeout=1, read_timeout=0.2, max_connections=2, max_keepalive=2, defaults={}
        )
        with pytest.raises(httpx.ReadTimeout):
            await post(pool, port)
        listener.close()
        await listener.wait_closed()
        with pytest.raises(httpx.ConnectError):
            await post(pool, port)
        await pool.aclose()

    run(go())


def test_a_header_value_http_cannot_carry_is_refused_before_anything_is_sent() -> None:
    server = RawServer([ok(b"x")])

    async def go() -> None:
        async with served(server) as pool:
            for value in ("a\r\nb: c", "Hà Nội"):
                with pytest.raises(httpx.LocalProtocolError):
                    await pool.send(f"http://127.0.0.1:{server.port}/", {"x": value}, b"")

    run(go())
    assert server.requests == []


@settings(max_examples=30, deadline=None)
@given(
    body=st.binary(max_size=3000),
    cuts=st.lists(st.integers(min_value=1, max_value=400), max_size=8),
    chunk=st.booleans(),
)
def test_any_body_split_anywhere_reads_back_whole(
    body: bytes, cuts: list[int], chunk: bool
) -> None:
    """However the answer's bytes are split into writes, the body read is the body sent."""
    raw = chunked(*_split(body, cuts)) if chunk else ok(body)

    async def go() -> None:
        async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await reader.readuntil(b"\r\n\r\n")
            await reader.readexactly(2)
            for piece in _split(raw, cuts):
                writer.write(piece)
                await writer.drain()
                await asyncio.sleep(0)
            await _shut(writer)

        listener = await asyncio.start_server(handle, "127.0.0.1", 0)
        port = listener.sockets[0].getsockname()[1]
        pool = Http1Pool(
            connect_timeout=2, read_timeout=2, max_connections=2, max_keepalive=2, defaults={}
        )
        try:
            assert (await post(pool, port))[2] == body
        finally:
            await pool.aclose()
            listener.close()
            await listener.wait_closed()

    run(go())


def _split(data: bytes, cuts: list[int]) -> list[bytes]:
    out, at = [], 0
    for n in cuts:
        if at >= len(data):
            break
        out.append(data[at : at + n])
        at += n
    if at < len(data) or not out:
        out.append(data[at:])
    return [piece for piece in out if piece] or [b""]


class ClosingUpstream:
    """A loopback upstream in its own thread, on plain sockets: answers each request it reads
    with ``ok(b"<n>")`` (n counts the requests it read, on every connection), keeps the
    connection, and then, as ``mode`` says: ``"idle"`` closes it ``idle`` seconds after an
    answer (an idle timeout); ``"unread"`` waits for the next request to arrive and closes
    the connection without reading it (an idle close crossing the request on the wire);
    ``"partial"`` answers the next request with half a status line and closes."""

    def __init__(self, mode: str, idle: float = 0.02) -> None:
        self.mode = mode
        self.idle = idle
        self.read = 0  # requests read (what an upstream would have acted on)
        self.connections = 0
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _request(self, conn: Any) -> bool:
        data = b""
        while b"\r\n\r\n" not in data:
            more = conn.recv(65536)
            if not more:
                return False
            data += more
        head, _, body = data.partition(b"\r\n\r\n")
        length = int(head.lower().split(b"content-length:")[1].split(b"\r\n")[0])
        while len(body) < length:
            body += conn.recv(65536)
        self.read += 1
        return True

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            self.connections += 1
            with conn:
                if not self._request(conn):
                    continue
                conn.sendall(ok(b"%d" % self.read))
                if self.mode == "idle":
                    if not select.select([conn], [], [], self.idle)[0]:
                        continue  # idle too long: closed
                    if self._request(conn):
                        conn.sendall(ok(b"%d" % self.read))
                    continue
                select.select([conn], [], [], 5)  # the next request arrives
                if self.mode == "partial":
                    self._request(conn)
                    conn.sendall(b"HTTP/1.1 200")
                # "unread": closed with the request unread

    def close(self) -> None:
        self.listener.close()
        self.thread.join(5)


def _pool() -> Http1Pool:
    return Http1Pool(
        connect_timeout=2, read_timeout=2, max_connections=4, max_keepalive=4, defaults={}
    )


def _two_posts(upstream: ClosingUpstream, pause: float) -> tuple[list[bytes], int, int]:
    """Two requests on one pool, ``pause`` seconds apart with the event loop blocked: the
    bodies answered, and the pool's stale and retried counts; the upstream closed after."""

    async def go() -> tuple[list[bytes], int, int]:
        pool = _pool()
        first = (await post(pool, upstream.port))[2]
        time.sleep(pause)
        second = (await post(pool, upstream.port))[2]
        counts = pool.stale, pool.retried
        await pool.aclose()
        return [first, second], *counts

    try:
        return run(go())
    finally:
        upstream.close()


def test_an_idle_connection_closed_while_the_loop_was_busy_is_seen_before_sending() -> None:
    """The upstream closes the idle connection while the event loop does not run (a busy
    gateway: the end is in the socket, not yet read by the loop). The next request sees it
    before writing anything, and goes on a new connection: answered, sent once."""
    upstream = ClosingUpstream("idle", idle=0.02)
    # the pause blocks the loop: the upstream's FIN waits unread in the socket
    assert _two_posts(upstream, pause=0.2) == ([b"1", b"2"], 1, 0)
    assert (upstream.read, upstream.connections) == (2, 2)


def test_a_kept_alive_connection_closed_before_a_byte_of_the_answer_is_tried_once_anew() -> None:
    """The upstream closes the kept-alive connection when the request arrives on it, without
    reading it (an idle close crossing the request): the request goes once more, on a new
    connection, and is answered; the upstream read it once."""
    upstream = ClosingUpstream("unread")
    assert _two_posts(upstream, pause=0.0) == ([b"1", b"2"], 0, 1)
    assert (upstream.read, upstream.connections) == (2, 2)


def test_an_answer_that_had_begun_or_a_new_connection_failing_is_never_tried_again() -> None:
    """A kept-alive connection whose answer had begun (half a status line) and then closed:
    an error, and no second connection. A new connection closed without an answer: an
    error too, not tried again."""
    partial = ClosingUpstream("partial")

    async def go_partial() -> None:
        pool = _pool()
        await post(pool, partial.port)
        with pytest.raises(httpx.RemoteProtocolError):
            await post(pool, partial.port)
        assert pool.retried == 0
        await pool.aclose()

    try:
        run(go_partial())
    finally:
        partial.close()
    assert (partial.read, partial.connections) == (2, 1)

    server = RawServer([None], close_after=True)

    async def go_fresh() -> None:
        async with served(server) as pool:
            with pytest.raises(httpx.HTTPError):
                await post(pool, server.port)
            assert pool.retried == 0

    run(go_fresh())
    assert server.connections == 1
