"""The gateway's upstream client: one keep-alive connection pool for every upstream.

On the network (no ``transport`` given), requests go over :mod:`ai_guard.serve.http1`, a
small HTTP/1.1 client on asyncio's transports: over the loopback it costs a fifth of httpx's
CPU for a whole chat answer and half for a streamed one (see that module). With a
``transport`` (tests, benchmarks: :class:`httpx.MockTransport`, :class:`httpx.ASGITransport`),
the requests are handed straight to it, as follows.

:class:`httpx.AsyncClient` does per request what the gateway needs only once: it parses the
URL, merges the client's headers, cookies and query parameters, looks for an auth flow, a
redirect to follow and a mounted transport, and logs the request. The gateway's requests
are always the same few (a POST to a configured URL, no cookies, no redirect, no auth flow,
no proxy from the environment), so :class:`UpstreamClient` builds those parts once per
upstream URL and sends each request with :meth:`httpx.AsyncBaseTransport.handle_async_request`:
the same transport, pool and timeouts, a third of the client's CPU time (sending a request
and reading a short answer over a mock transport: 68-70 us against 204-208 us).

What goes out is what the client sent: the default headers of httpx (``accept``,
``accept-encoding``, ``connection``, ``user-agent``) under the gateway's own, then ``host``
and ``content-length``; no cookie ever (there is no cookie jar: a cookie one upstream answer
sets never rides along with another person's request). Errors are the transport's
(:class:`httpx.HTTPError` and its subclasses: :class:`httpx.TimeoutException` for a timeout).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Protocol

import httpx

from ai_guard.serve.http1 import Http1Pool

__all__ = ["UpstreamAnswer", "UpstreamClient"]


class UpstreamAnswer(Protocol):
    """What the gateway reads of an answer (an :class:`httpx.Response`, or
    :class:`ai_guard.serve.http1.Answer`)."""

    @property
    def status_code(self) -> int: ...

    @property
    def headers(self) -> Mapping[str, str]: ...

    def aiter_bytes(self) -> AsyncIterator[bytes]: ...

    async def aclose(self) -> None: ...


class UpstreamClient:
    """POSTs to upstream URLs over one pool (:class:`~ai_guard.serve.http1.Http1Pool`), or
    over ``transport`` when one is given (tests, benchmarks)."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport | None,
        *,
        connect_timeout: float,
        read_timeout: float,
        max_connections: int = 1000,
        max_keepalive: int = 100,
    ) -> None:
        self.transport = transport
        timeout = httpx.Timeout(
            connect=connect_timeout, read=read_timeout, write=read_timeout, pool=connect_timeout
        )
        self._extensions = {"timeout": timeout.as_dict()}
        # httpx's own default headers, from its public API (a client over this transport:
        # building one opens nothing)
        self._defaults = httpx.AsyncClient(transport=transport, trust_env=False).headers
        self._urls: dict[str, httpx.URL] = {}
        self.pool: Http1Pool | None = None
        if transport is None:
            self.pool = Http1Pool(
                connect_timeout=connect_timeout,
                read_timeout=read_timeout,
                max_connections=max_connections,
                max_keepalive=max_keepalive,
                defaults=self._defaults,
            )

    def url(self, url: str) -> httpx.URL:
        """The parsed URL (parsed once: the gateway's URLs are the configuration's)."""
        parsed = self._urls.get(url)
        if parsed is None:
            parsed = self._urls[url] = httpx.URL(url)
        return parsed

    def request(self, url: str, headers: dict[str, str], content: bytes) -> httpx.Request:
        """The POST that :meth:`send` sends (the headers: httpx's defaults, then ``headers``)."""
        merged = httpx.Headers(self._defaults)
        merged.update(headers)
        return httpx.Request(
            "POST", self.url(url), headers=merged, content=content, extensions=self._extensions
        )

    async def send(self, url: str, headers: dict[str, str], content: bytes) -> UpstreamAnswer:
        """Send a POST and return the answer with its body not read yet (read it with
        ``aiter_bytes``, then ``aclose``)."""
        if self.pool is not None:
            return await self.pool.send(url, headers, content)
        assert self.transport is not None
        request = self.request(url, headers, content)
        response = await self.transport.handle_async_request(request)
        response.request = request
        return response

    async def aclose(self) -> None:
        if self.pool is not None:
            await self.pool.aclose()
        if self.transport is not None:
            await self.transport.aclose()
