"""``ai-guard serve``: run the gateway (:mod:`ai_guard.serve`) on uvicorn.

    ai-guard serve --policy ai-guard.toml [--host 0.0.0.0] [--port 8088] [--lang vi|en]
    ai-guard serve --page-only [--policy ai-guard.toml] [--host ...] [--port ...]

Reads the policy file and its ``[gateway]`` table (:func:`ai_guard.serve.config.load_config`),
the upstreams' keys (environment or key files), the gateway tokens
(:class:`ai_guard.serve.tokens.TokenStore` on ``gateway.tokens_file``), then serves until
SIGTERM or Ctrl-C (uvicorn finishes the requests in flight; the upstream client is closed).
One JSON line per request goes to standard error (logger ``ai_guard.serve``), never a text.
The pre-flight page (:mod:`ai_guard.serve.page`) is served at ``/`` beside the gateway unless
``[gateway.page] enabled = false``.

``--page-only`` serves the page alone (its API and files, and ``/healthz``): no upstream is
reached, so none need be declared and no key is read; no gateway token is needed (the page
sends nothing anywhere). It binds ``gateway.host`` (127.0.0.1 by default) like the gateway.
It reads the same policy file, whose ``[gateway]`` table may then be missing; with
``[gateway.page] audit = true`` it records each check in ``gateway.audit_log`` (else the
policy's ``audit_log``).

``serve`` takes sub-commands too (``ai-guard serve token ...``, the token store's commands,
registered from :mod:`ai_guard.cli.serve_token` when that module is there); without one it
serves.

Exit codes: after SIGTERM, uvicorn finishes the requests in flight, runs the app's shutdown
and ends the process by that same signal (what a supervisor such as systemd expects); 0 after
Ctrl-C; 2 when it cannot start: the ``serve`` extra missing
(``pip install 'ai-guard[serve]'``), a policy or ``[gateway]`` table that cannot be loaded
(the message names the key), an upstream key that cannot be read, ``require_tokens`` without
a token store, an official e-mail as an upstream account.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import os
import sys
from typing import Any

from ai_guard.cli._common import ExitCode, UsageError, add_lang, say
from ai_guard.i18n.serve import serve_help

__all__ = ["add_parser"]

PROG = "ai-guard serve"
DEFAULT_POLICY = "ai-guard.toml"
#: The modules ``ai-guard serve`` needs, from the ``serve`` extra.
_EXTRA_MODULES = ("starlette", "uvicorn", "httpx")


def add_parser(sub: Any) -> argparse.ArgumentParser:
    serve: argparse.ArgumentParser = sub.add_parser(
        "serve", help=serve_help("serve"), description=serve_help("serve")
    )
    serve.add_argument("--policy", default=DEFAULT_POLICY, help=serve_help("policy"))
    serve.add_argument("--host", help=serve_help("host"))
    serve.add_argument("--port", type=int, help=serve_help("port"))
    serve.add_argument("--page-only", action="store_true", help=serve_help("page_only"))
    add_lang(serve)
    serve.set_defaults(func=_serve)
    commands = serve.add_subparsers(
        dest="serve_command", required=False, metavar="COMMAND", help=serve_help("commands")
    )
    try:  # the token store's commands (ai-guard serve token ...), when installed
        tokens_cli = importlib.import_module("ai_guard.cli.serve_token")
    except ImportError:
        tokens_cli = None
    register = getattr(tokens_cli, "register", None)
    if register is not None:  # serve_token.register(subparsers) adds "token ..."
        register(commands)
    return serve


def _require_extra() -> None:
    from ai_guard import i18n

    for name in _EXTRA_MODULES:
        try:
            importlib.import_module(name)
        except ImportError:
            raise UsageError(i18n.serve_missing_extra(name)) from None


def _token_store(path: str) -> Any:
    """The gateway's token store, or None when its module is not installed (then
    ``require_tokens`` refuses to start, naming the setting)."""
    try:
        tokens = importlib.import_module("ai_guard.serve.tokens")
    except ImportError:
        return None
    return tokens.TokenStore(path)


def _page_app(config: Any, policy: Any) -> Any:
    """The page alone; its audit log opened only when ``[gateway.page] audit`` asks."""
    from ai_guard import i18n
    from ai_guard.errors import PolicyError
    from ai_guard.serve.page import create_page_app

    if not config.page.enabled:
        vi, en = i18n.page_error("page_disabled")
        raise PolicyError(vi=vi, en=en, key="gateway.page.enabled")
    audit = None
    if config.page.audit:
        from ai_guard.signoff.audit import open_log

        audit = open_log(config.audit_log or policy.audit_log)
    return create_page_app(policy, config.page, audit)


def _serve(args: argparse.Namespace) -> int:
    _require_extra()
    import uvicorn

    from ai_guard import i18n
    from ai_guard.prompt.warm import warm_up
    from ai_guard.serve.app import create_app
    from ai_guard.serve.config import load_config

    page_only = bool(getattr(args, "page_only", False))
    config, policy = load_config(args.policy, page_only=page_only)
    host = args.host or config.host
    port = config.port if args.port is None else args.port
    app: Any
    if page_only:
        app = _page_app(config, policy)
    else:
        # tokens not required and none issued (no token file): callers are let in unnamed;
        # when they are required, a missing or damaged token file stops the start
        # (TokenStoreError)
        issued = config.require_tokens or os.path.exists(config.tokens_file)
        tokens = _token_store(config.tokens_file) if issued else None
        app = create_app(config, policy, tokens=tokens, lang=args.lang)

    # the lexicons, cue sets and patterns the detectors build on first use (~1 s of CPU), built
    # before the first request rather than during it
    warm_up()

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log = logging.getLogger("ai_guard.serve")
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False

    if not page_only:
        models = sum(len(u.models) for u in config.upstreams)
        say(PROG, args.lang, i18n.serve_started(host, port, len(config.upstreams), models))
    if config.page.enabled:
        say(PROG, args.lang, i18n.page_started(host, port, gateway=not page_only))
    server = uvicorn.Server(
        uvicorn.Config(
            app,
            host=host,
            port=port,
            lifespan="on",
            access_log=False,  # one JSON line per request already, without the query string
            server_header=False,
            timeout_graceful_shutdown=30,
        )
    )
    with contextlib.suppress(KeyboardInterrupt):  # uvicorn re-raises Ctrl-C once shut down
        server.run()
    return ExitCode.OK
