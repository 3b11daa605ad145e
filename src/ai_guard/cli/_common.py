"""What every ``ai-guard`` command and pre-commit hook shares: the options, the policy, the
reading of input, the exit codes and the way an error is said.

Exit codes, one definition for every command and hook (:class:`ExitCode`):

- ``0`` (``OK``): nothing to stop: the text, documents or code may go as they are (``check
  --redact``: the redacted text was printed and may be sent; ``audit``: the chain verifies);
- ``1`` (``FOUND``): something was found: a prompt to redact or block, a document that may not
  be sent, a scanner finding, an audit log that fails verification;
- ``2`` (``ERROR``): a usage or input error: a bad option, a policy that cannot be loaded, a
  file that could not be read or checked. 2 wins over 1: what was not read was not checked.

Options: ``--lang vi|en`` (the language of every message; ``vi`` by default for every
command and hook, :data:`DEFAULT_LANG`),
``--format``, ``--policy FILE`` (default: ``ai-guard.toml`` or ``[tool.ai-guard]`` in
``pyproject.toml``, found from the current directory upwards), ``--jobs N`` (worker
processes, at least 1).

An error is one line on standard error, ``PROG: message`` in both languages (the chosen one
first), and exit 2:
:func:`run` catches every :class:`~ai_guard.errors.AiGuardError` a command lets through (a
policy or scan configuration that cannot be loaded, a file that cannot be read) and every
:class:`UsageError`. A command that goes on after a file it could not read says so with
:func:`say` and keeps going.

Nothing here imports pydantic or the detectors: a hook's start-up is a user's wait.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from enum import IntEnum
from typing import TYPE_CHECKING

from ai_guard.i18n.cli import cli_help

if TYPE_CHECKING:
    from ai_guard.classify.models import DocumentClassification
    from ai_guard.errors import AiGuardError
    from ai_guard.policy import Policy
    from ai_guard.text.encodings import DecodedText

__all__ = [
    "DEFAULT_LANG",
    "LANGS",
    "ExitCode",
    "UsageError",
    "add_format",
    "add_jobs",
    "add_lang",
    "add_policy",
    "check_jobs",
    "load_policy",
    "note_conversion",
    "read_document",
    "read_text",
    "run",
    "say",
    "say_converted",
]


class ExitCode(IntEnum):
    """The exit code of every command and hook (see the module docstring)."""

    OK = 0
    FOUND = 1
    ERROR = 2


LANGS = ("vi", "en")
DEFAULT_LANG = "vi"


class UsageError(Exception):
    """A command was given options it cannot run with; :func:`run` says so and exits 2."""

    def __init__(self, message: tuple[str, str]) -> None:
        self.vi, self.en = message
        super().__init__(self.en)


# -- options --------------------------------------------------------------------------------------


def add_lang(parser: argparse.ArgumentParser) -> None:
    """``--lang vi|en``, Vietnamese by default for every command and hook: the people who run
    them are Vietnamese civil servants (``--lang en`` for English)."""
    parser.add_argument(
        "--lang",
        choices=LANGS,
        default=DEFAULT_LANG,
        help=cli_help("lang"),
    )


def add_format(parser: argparse.ArgumentParser, *choices: str) -> None:
    """``--format``; the first choice is the default."""
    parser.add_argument("--format", choices=choices, default=choices[0])


def add_policy(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--policy",
        help=cli_help("policy"),
    )


def add_jobs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--jobs", type=int, default=1, help=cli_help("jobs"))


def check_jobs(jobs: int) -> None:
    """Raise :class:`UsageError` unless ``jobs`` is at least 1."""
    if jobs < 1:
        from ai_guard import i18n

        raise UsageError(i18n.cli_jobs_invalid())


# -- policy and input -----------------------------------------------------------------------------


def load_policy(path: str | None) -> Policy:
    """The policy named by ``--policy``, or else the one found from the current directory
    upwards (the default policy when there is none). Raises
    :class:`~ai_guard.errors.PolicyError` naming the file and the key at fault."""
    from ai_guard.policy import Policy

    return Policy.from_file(path) if path else Policy.discover()


def read_text(source: str, *, prog: str | None = None, lang: str = DEFAULT_LANG) -> tuple[str, str]:
    """``(name, text)`` of a file, or of standard input for ``-``, whatever its name ends with
    (a prompt is text in a file of any name): UTF-8 (a BOM is dropped), UTF-16 or UTF-32 with
    a BOM, bytes in TCVN3, VNI or Windows-1258, and text that is the mojibake of one of those,
    converted to Unicode (:func:`ai_guard.classify.extract.decode_text`); a PDF or a Word file
    (its name or its first bytes say so) is read as a document. With ``prog``, a
    conversion is said on standard error as a note (:func:`say`). Raises
    :class:`~ai_guard.errors.InputError` naming the input (``<stdin>``) and the problem."""
    from ai_guard.classify.extract import (
        decode_text,
        document_suffix,
        read_document_bytes_decoded,
        read_file,
    )

    if source == "-":
        name, data = "<stdin>", sys.stdin.buffer.read()
    else:
        name, data = source, read_file(source)
    if document_suffix(name, data) is not None:
        # a PDF or a Word file (by its name or its first bytes) is read as one: its bytes as
        # text are its syntax, not its pages (an all-ASCII PDF read so said "allow" unread);
        # one it cannot read (damaged, encrypted, scanned, a Word 6/95 file) is refused
        decoded = read_document_bytes_decoded(name, data)
    else:
        decoded = decode_text(name, data)
    if prog is not None:
        say_converted(prog, lang, name, decoded)
    return name, decoded.text


def read_document(path: str, *, prog: str | None = None, lang: str = DEFAULT_LANG) -> str:
    """The text of a document (.txt, .md, .html; .docx and .pdf with the extras), read by
    :func:`ai_guard.extract.read_document`: the same messages as :func:`read_text` for a
    file that is missing, a folder or in no encoding it reads, and more for a document it
    cannot read. With ``prog``, a conversion is said on standard error as a note."""
    from ai_guard.extract import read_document_decoded

    decoded = read_document_decoded(path)
    if prog is not None:
        say_converted(prog, lang, path, decoded)
    return decoded.text


def note_conversion(prog: str, lang: str, name: str, result: DocumentClassification) -> None:
    """The note that the document ``name`` was converted to Unicode before it was classified
    (``result.converted_from``), if it was."""
    if result.converted_from is None:
        return
    from ai_guard import i18n

    confidence = result.conversion_confidence or 0.0
    say(prog, lang, i18n.read_converted(name, result.converted_from, confidence))


def say_converted(prog: str, lang: str, name: str, decoded: DecodedText) -> None:
    """The note that ``name`` was converted to Unicode (a legacy encoding, UTF-16, mojibake),
    if it was; nothing for UTF-8 read as it is."""
    converted = decoded.converted
    from ai_guard.classify.extract import READ_KINDS

    if converted is None or converted in READ_KINDS:  # a document's text: nothing to say
        return
    from ai_guard import i18n

    say(prog, lang, i18n.read_converted(name, converted, decoded.confidence))


# -- errors ---------------------------------------------------------------------------------------


def say(prog: str, lang: str, message: AiGuardError | tuple[str, str]) -> None:
    """Write ``prog: message`` on standard error, one line, in both languages (the house
    rule: whoever reads it may not read the language ``--lang`` chose), ``lang``'s first:
    ``prog: <vi> / <en>``; once when both say the same. ``message`` is an error or a
    ``(vi, en)`` pair from :mod:`ai_guard.messages`."""
    if isinstance(message, tuple):
        vi, en = message
    else:
        vi, en = message.message("vi"), message.message("en")
    first, second = (en, vi) if lang == "en" else (vi, en)
    text = first if first == second else f"{first} / {second}"
    sys.stderr.write(f"{prog}: {text}\n")


def run(prog: str, command: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run ``command(args)``; what it cannot run with (an :class:`~ai_guard.errors.AiGuardError`
    or a :class:`UsageError`) is said by :func:`say` and exits 2."""
    from ai_guard.errors import AiGuardError

    try:
        return int(command(args))
    except UsageError as exc:
        say(prog, args.lang, (exc.vi, exc.en))
    except AiGuardError as exc:
        say(prog, args.lang, exc)
    return ExitCode.ERROR
