"""``ai-guard serve token create | list | revoke``: the administrator's side of the gateway
tokens (:mod:`ai_guard.serve.tokens`).

- ``create --unit U --person P [--note N]`` issues a token and prints it, and only it, on
  standard output, once (``TOKEN=$(ai-guard serve token create ...)`` captures it); what was
  done is said on standard error. The file keeps only the token's hash.
- ``list [--format text|json]`` prints every token's id, status, unit, person, dates and note,
  never a token or a hash.
- ``revoke TOKEN_ID`` revokes a token; every gateway instance that reads the file refuses it
  from its next request (deploy the file to each instance).

``--file PATH`` names the token file; ``--policy FILE`` takes the ``tokens_file`` of the
policy file's ``[gateway]`` table (the file that gateway reads); with neither,
:data:`~ai_guard.serve.tokens.DEFAULT_TOKENS_FILE` (the gateway's default ``tokens_file``).
:func:`register` adds the ``token`` command to the sub-commands of ``ai-guard serve``.

Exit codes: 0 done (``revoke`` of a token already revoked too: nothing changed, and it says
so); 2 a usage or input error: a missing or empty ``--unit``/``--person``, an id the file does
not hold, a token file that is missing (``list``, ``revoke``), damaged, writable by others or
cannot be written (nothing is changed then), a ``--policy`` file that cannot be loaded.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from ai_guard.cli._common import ExitCode, add_format, add_lang, say
from ai_guard.i18n.tokens import token_help

if TYPE_CHECKING:
    from ai_guard.serve.tokens import TokenInfo

__all__ = ["register"]

PROG = "ai-guard"


def _add_file(parser: argparse.ArgumentParser) -> None:
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--file", help=token_help("token.file"))
    where.add_argument("--policy", help=token_help("token.policy"))


def _path(args: argparse.Namespace) -> str:
    """The token file: ``--file``, else the ``tokens_file`` of ``--policy``'s ``[gateway]``
    table (the file the gateway reads), else the default."""
    from ai_guard.serve.tokens import DEFAULT_TOKENS_FILE

    if getattr(args, "file", None):
        return str(args.file)
    if getattr(args, "policy", None):
        from ai_guard.serve.config import load_config

        config, _ = load_config(args.policy)
        return config.tokens_file
    return DEFAULT_TOKENS_FILE


def register(subparsers: Any) -> None:
    """Add ``token`` (``create``, ``list``, ``revoke``) to ``subparsers`` (what
    :meth:`argparse.ArgumentParser.add_subparsers` returned)."""
    token = subparsers.add_parser("token", help=token_help("token"))
    tsub = token.add_subparsers(dest="token_command", required=True)

    create = tsub.add_parser("create", help=token_help("token.create"))
    create.add_argument("--unit", required=True, help=token_help("token.unit"))
    create.add_argument("--person", required=True, help=token_help("token.person"))
    create.add_argument("--note", default="", help=token_help("token.note"))
    _add_file(create)
    add_lang(create)
    create.set_defaults(func=_create)

    listing = tsub.add_parser("list", help=token_help("token.list"))
    _add_file(listing)
    add_format(listing, "text", "json")
    add_lang(listing)
    listing.set_defaults(func=_list)

    revoke = tsub.add_parser("revoke", help=token_help("token.revoke"))
    revoke.add_argument("token_id", metavar="TOKEN_ID", help=token_help("token.id"))
    _add_file(revoke)
    add_lang(revoke)
    revoke.set_defaults(func=_revoke)


def _create(args: argparse.Namespace) -> int:
    from ai_guard.i18n.tokens import token_created
    from ai_guard.serve.tokens import TokenStore

    path = _path(args)
    store = TokenStore(path, create=True)
    token, info = store.create(unit=args.unit, person=args.person, note=args.note)
    sys.stdout.write(token + "\n")
    sys.stdout.flush()
    say(PROG, args.lang, token_created(info.token_id, info.unit, info.person, path))
    return ExitCode.OK


def _revoke(args: argparse.Namespace) -> int:
    from ai_guard.i18n.tokens import token_already_revoked, token_revoked
    from ai_guard.serve.tokens import TokenStore

    path = _path(args)
    store = TokenStore(path)
    if store.revoke(args.token_id):
        say(PROG, args.lang, token_revoked(args.token_id, path))
        return ExitCode.OK
    when = next(
        (t.revoked_at for t in store.tokens() if t.token_id == args.token_id and t.revoked_at),
        None,
    )
    say(PROG, args.lang, token_already_revoked(args.token_id, when.isoformat() if when else "?"))
    return ExitCode.OK


def _row(info: TokenInfo) -> dict[str, Any]:
    return {
        "token_id": info.token_id,
        "status": "active" if info.active else "revoked",
        "unit": info.unit,
        "person": info.person,
        "created": info.created.isoformat(),
        "revoked_at": info.revoked_at.isoformat() if info.revoked_at else None,
        "note": info.note,
    }


def _list(args: argparse.Namespace) -> int:
    from ai_guard.i18n.common import pick
    from ai_guard.i18n.tokens import token_list_empty, token_list_heading, token_status
    from ai_guard.serve.tokens import TokenStore

    path = _path(args)
    rows = [_row(info) for info in TokenStore(path).tokens()]
    if args.format == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return ExitCode.OK
    if not rows:
        say(PROG, args.lang, token_list_empty(path))
        return ExitCode.OK
    table = [[pick(h, args.lang) for h in token_list_heading()]]
    for row in rows:
        table.append(
            [
                row["token_id"],
                pick(token_status(row["status"]), args.lang),
                row["unit"],
                row["person"],
                row["created"],
                row["revoked_at"] or "-",
                row["note"],
            ]
        )
    widths = [max(len(line[i]) for line in table) for i in range(len(table[0]))]
    for line in table:
        cells = [cell.ljust(width) for cell, width in zip(line, widths, strict=True)]
        sys.stdout.write("  ".join(cells).rstrip() + "\n")
    return ExitCode.OK
