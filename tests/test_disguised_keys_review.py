"""Defects a review of 2026-12-03's changes found (keys in disguise, passwords read as code, a
spaced tax branch, the gateway's keep-alive retry): each test shows one with a minimal input,
and failed on main at 12c732c before its fix."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import random
import string

import httpx
import pytest

from ai_guard import EntityType, check_prompt

_RNG = random.Random(7)
_ALNUM = string.ascii_letters + string.digits


def _rand(n: int) -> str:
    return "".join(_RNG.choice(_ALNUM) for _ in range(n))


PROJ = "sk-proj-" + _rand(48)
GOOGLE = "AIza" + _rand(35)
ANTHROPIC = "sk-ant-api03-" + _rand(93) + "AA"
KEYS = [PROJ, GOOGLE, ANTHROPIC]
IDS = ["openai", "google", "anthropic"]


def _secret_spans(text: str) -> list[tuple[int, int]]:
    result = check_prompt(text)
    return [(f.start, f.end) for f in result.findings if f.entity is EntityType.API_SECRET]


def _covered(text: str, value: str) -> bool:
    i = text.index(value)
    return any(s <= i and i + len(value) <= e for s, e in _secret_spans(text))


# -- 1. a key wrapped in a narrow column (lines under 16 characters) goes out as allow ---------


@pytest.mark.parametrize("key", KEYS, ids=IDS)
@pytest.mark.parametrize("width", [10, 12, 15])
def test_a_key_wrapped_in_a_narrow_column_is_blocked_whole(key: str, width: int) -> None:
    wrapped = "\n".join(key[i : i + width] for i in range(0, len(key), width))
    text = f"Key trong file PDF:\n{wrapped}\nCảm ơn."
    assert check_prompt(text).blocked, wrapped
    assert _covered(text, wrapped)


# -- 2. a key typed in groups of characters (a space every 8) goes out as allow ----------------


@pytest.mark.parametrize("key", KEYS, ids=IDS)
def test_a_key_typed_in_groups_is_blocked_whole(key: str) -> None:
    grouped = " ".join(key[i : i + 8] for i in range(0, len(key), 8))
    text = f"key: {grouped} nhé"
    assert check_prompt(text).blocked, grouped
    assert _covered(text, grouped)


# -- 3. a base64-encoded key after a URL path or '~' is missed -----------------------------------


@pytest.mark.parametrize("before", ["https://example.com/x/", "~", "../conf/"])
def test_a_base64_key_after_a_path_is_blocked(before: str) -> None:
    encoded = base64.b64encode(PROJ.encode()).decode()
    text = f"link: {before}{encoded}"
    assert check_prompt(text).blocked, text
    assert _covered(text, encoded)


# -- 4. base64 wrapped at 76 columns (`base64` output): only the first line is redacted ---------


def test_a_base64_key_wrapped_at_76_columns_is_redacted_whole() -> None:
    key = "sk-proj-" + _rand(120)
    plain = f"export OPENAI_API_KEY={key}\nexport OTHER=1\n"
    encoded = base64.encodebytes(plain.encode()).decode().strip()
    assert "\n" in encoded
    text = f"config:\n{encoded}\n"
    assert check_prompt(text).blocked
    # the lines after the first still encode the key's tail: all of them are the secret
    assert _covered(text, encoded), _secret_spans(text)


# -- 5. _CODE_VALUE (secrets._placeholder) is not anchored: real passwords taken for code ------


@pytest.mark.parametrize(
    "text",
    [
        "password: environ2024!",  # 'environ' / 'getenv' match as a prefix, no word edge
        "mật khẩu: getenvX9k2",
    ],
)
def test_a_password_that_starts_like_code_is_still_blocked(text: str) -> None:
    # blocked at 3ceaf29; allowed on main
    assert check_prompt(text).blocked, text


def test_a_password_shaped_as_an_empty_call_is_still_blocked() -> None:
    # the value is read as "abc123(" and taken for a call: blocked at 3ceaf29, allowed on main
    assert check_prompt("mật khẩu là abc123()").blocked


# -- 6. the spaced tax branch suffix swallows a count that follows ------------------------------


def test_a_count_after_a_spaced_hyphen_is_not_a_branch_suffix() -> None:
    text = "MST 0403187625 - 100 người lao động"
    spans = [
        text[f.start : f.end]
        for f in check_prompt(text).findings
        if f.entity is EntityType.TAX_CODE
    ]
    assert spans == ["0403187625"]


# -- 7. keep-alive retry: a POST the upstream read, then dropped much later, is sent twice -----


class _ReadThenDrop:
    """Answers the first request; reads the second on the same connection, works on it for
    ``delay`` seconds (an LLM answering; a proxy's idle timeout) and drops the connection
    without a byte; answers any request on a new connection."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.read = 0
        self.connections = 0

    async def _request(self, reader: asyncio.StreamReader) -> bool:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except (asyncio.IncompleteReadError, ConnectionError):
            return False
        length = 0
        for line in head.split(b"\r\n"):
            name, _, value = line.partition(b":")
            if name.lower() == b"content-length":
                length = int(value)
        await reader.readexactly(length)
        self.read += 1
        return True

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        first = self.connections == 1
        try:
            if not await self._request(reader):
                return
            writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: 1\r\n\r\n%d" % self.read)
            await writer.drain()
            if first and await self._request(reader):
                await asyncio.sleep(self.delay)  # acted on, then dropped
        finally:
            writer.close()
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await writer.wait_closed()


def test_a_request_the_upstream_read_and_dropped_later_is_not_sent_twice() -> None:
    from ai_guard.serve.http1 import Http1Pool

    upstream = _ReadThenDrop(delay=0.5)

    async def go() -> None:
        listener = await asyncio.start_server(upstream.handle, "127.0.0.1", 0)
        port = listener.sockets[0].getsockname()[1]
        pool = Http1Pool(
            connect_timeout=2, read_timeout=5, max_connections=4, max_keepalive=4, defaults={}
        )
        try:
            for _ in range(2):
                try:
                    answer = await pool.send(
                        f"http://127.0.0.1:{port}/v1/chat",
                        {"content-type": "application/json"},
                        b"{}",
                    )
                except httpx.HTTPError:  # a 502 is the expected outcome here
                    continue
                async for _piece in answer.aiter_bytes():
                    pass
                await answer.aclose()
        finally:
            await pool.aclose()
            listener.close()
            await listener.wait_closed()

    asyncio.run(go())
    # the second request was read (acted on, billed) once; a close 0.5 s after the request
    # was written is not an idle close crossing it on the wire: it must not go out again
    assert upstream.read == 2, f"upstream read {upstream.read} requests"


# -- 8. a wrapped key whose tail on the next line is lower-case letters keeps that tail visible ---


@pytest.mark.parametrize(
    "key", ["sk-proj-" + _rand(46) + "qz", "AIza" + _rand(31) + "abcd"], ids=["openai", "google"]
)
def test_a_wrapped_key_with_a_lower_case_tail_is_redacted_whole(key: str) -> None:
    tail = 2 if key.startswith("sk-") else 4
    text = f"Key:\n{key[:-tail]}\n{key[-tail:]}\nCảm ơn"
    assert check_prompt(text).blocked
    assert _covered(text, f"{key[:-tail]}\n{key[-tail:]}"), _secret_spans(text)


# -- 9. a key spelled out with two spaces or tabs between its characters goes out as allow ------


@pytest.mark.parametrize("key", KEYS, ids=IDS)
@pytest.mark.parametrize("sep", ["  ", "\t"], ids=["two-spaces", "tab"])
def test_a_key_spelled_out_with_wider_gaps_is_blocked_whole(key: str, sep: str) -> None:
    spaced = sep.join(key)
    text = f"key: {spaced} ok"
    assert check_prompt(text).blocked, spaced
    assert _covered(text, spaced)
