"""The static scanner behind ``ai-guard scan`` and the ``ai-guard-scan`` hook.

:func:`scan_paths` walks files and folders and returns :class:`ScanReport`: the findings
(rule, path, line, column, bilingual message with a short fix), the files that could not be
parsed (reported, not fatal) and how many files were scanned.

One module per file kind: :mod:`~ai_guard.scan.python` (the AST and a data-flow pass),
:mod:`~ai_guard.scan.notebook`, :mod:`~ai_guard.scan.script` (JavaScript/TypeScript, shell),
:mod:`~ai_guard.scan.configfile` (``.env``, YAML, JSON, TOML, INI); what they share:
:mod:`~ai_guard.scan.catalogue` (the LLM APIs, as data in ``ai_guard/data/scan/catalogue.toml``),
:mod:`~ai_guard.scan.literals` (what a string holds), :mod:`~ai_guard.scan.lines` (files read
line by line), :mod:`~ai_guard.scan.rules` (rule ids; their sentences are in
:mod:`ai_guard.i18n.scan`). Then :mod:`~ai_guard.scan.config` (``[tool.ai-guard.scan]``),
:mod:`~ai_guard.scan.baseline` (the one fingerprint of a finding), :mod:`~ai_guard.scan.report`
(text, JSON, SARIF).
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

# the function, as before the catalogue had a module of its own (which shares its name: import
# from ``ai_guard.scan.catalogue`` to reach the module)
from ai_guard.scan.catalogue import Catalogue, catalogue
from ai_guard.scan.config import ScanConfig
from ai_guard.scan.configfile import CONFIG_SUFFIXES, scan_config
from ai_guard.scan.notebook import PartialScanError, scan_notebook
from ai_guard.scan.powershell import powershell_calls
from ai_guard.scan.python import scan_python
from ai_guard.scan.rules import CALL_STATUSES, RULES, CallSite, Rule, ScanFinding
from ai_guard.scan.script import SCRIPT_SUFFIXES, scan_script

__all__ = [
    "CALL_STATUSES",
    "OTHER_SOURCE_SUFFIXES",
    "RULES",
    "CallSite",
    "Rule",
    "ScanConfig",
    "ScanFinding",
    "ScanReport",
    "scan_paths",
    "scan_source",
]

_SKIP_DIRS = frozenset(
    {".git", ".hg", ".venv", "venv", "node_modules", "__pycache__", ".mypy_cache", ".tox",
     "build", "dist", ".ruff_cache"}
)  # fmt: skip
_PYTHON_SUFFIXES = (".py", ".pyw")
#: every file kind the scanner reads (and ``.env*`` files, by name)
#: source files of the other languages whose apps call LLM APIs through the vendors' SDKs or
#: HTTP (Go, Java, Kotlin, C#, PHP, Ruby, Rust, Swift, Dart, Scala, Vue and Svelte components,
#: PowerShell, batch files, Terraform, Java properties, Gradle): no call-site analysis, but a
#: key (AIG102) or an official e-mail under an account-like name (AIG103) in them is found
#: line by line, as in a large JSON file, not passed over. Not C/C++ or XML, where generated
#: files over the size limit are common (a file not read is an error).
OTHER_SOURCE_SUFFIXES = (
    ".go", ".java", ".kt", ".kts", ".cs", ".php", ".rb", ".rs", ".swift", ".dart", ".scala",
    ".vue", ".svelte", ".ps1", ".psm1", ".bat", ".cmd", ".tf", ".tfvars", ".hcl",
    ".properties", ".gradle",
)  # fmt: skip
SUFFIXES = (
    *_PYTHON_SUFFIXES, ".ipynb", *SCRIPT_SUFFIXES, *CONFIG_SUFFIXES, *OTHER_SOURCE_SUFFIXES,
    ".n8n",  # an n8n workflow exported
)  # fmt: skip
#: a file larger than this is not read (a data dump, a minified bundle): it is reported as not
#: scanned (exit 2), never passed; exclude it (``[tool.ai-guard.scan] exclude``) to accept it
MAX_FILE_BYTES = 8 * 1024 * 1024
#: JSON data, not configuration: a JSON file over ``DATA_JSON_BYTES``, or over
#: ``DATA_ARRAY_BYTES`` when its text is an array (records, chunks, a dataset, evaluation
#: results): read for keys (AIG102) and official e-mails (AIG103) only, not for prompt
#: literals, and the report says so (a configuration file is seldom a quarter megabyte)
DATA_JSON_BYTES = 256 * 1024
DATA_ARRAY_BYTES = 64 * 1024


@dataclass
class ScanReport:
    findings: list[ScanFinding] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    """(path, problem) for files that could not be read or parsed."""
    files: int = 0
    calls: list[CallSite] = field(default_factory=list)
    """Every LLM call site found, whatever its status (``ai-guard scan --calls``)."""
    notes: list[tuple[str, str]] = field(default_factory=list)
    """(path, what was not read) for files read in part on purpose (large JSON data files:
    keys and e-mails only); they do not change the exit code."""

    @property
    def active(self) -> list[ScanFinding]:
        return [f for f in self.findings if not f.suppressed and not f.baselined]

    def apply_baseline(self, accepted: Counter[str]) -> None:
        """Mark findings whose fingerprint the baseline accepts (each entry once)."""
        from dataclasses import replace

        from ai_guard.scan.baseline import fingerprint

        left = Counter(accepted)
        marked = []
        for f in self.findings:
            fp = fingerprint(f)
            if not f.suppressed and left[fp] > 0:
                left[fp] -= 1
                marked.append(replace(f, baselined=True))
            else:
                marked.append(f)
        self.findings = marked


def scan_source(
    path: str,
    source: str,
    cat: Catalogue | None = None,
    config: ScanConfig | None = None,
    calls: list[CallSite] | None = None,
) -> list[ScanFinding]:
    """Findings of one file's text, by its suffix; the LLM call sites found are appended to
    ``calls`` when given. The names the file gives its bot (``em là An Tâm – trợ lý y khoa``,
    ``AGENT_NAME = "Hương"``) are no person's data in its prompts
    (:func:`~ai_guard.scan.literals.reading_file`)."""
    from ai_guard.scan.literals import reading_file

    with reading_file(source):
        return _scan_by_kind(path, source, cat, config, calls)


def _scan_by_kind(
    path: str,
    source: str,
    cat: Catalogue | None,
    config: ScanConfig | None,
    calls: list[CallSite] | None,
) -> list[ScanFinding]:
    lower = path.lower()
    if lower.endswith(_PYTHON_SUFFIXES):
        return scan_python(path, source, cat, config, calls)
    if lower.endswith(".ipynb"):
        try:
            return scan_notebook(path, source, cat, config, calls)
        except ValueError as exc:
            raise SyntaxError(f"not a notebook: {exc}") from None
    if lower.endswith(SCRIPT_SUFFIXES):
        guards = config.extra_guards if config is not None else ()
        patterns = config.decision_patterns if config is not None else ()
        return scan_script(path, source, cat, calls, guards, patterns)
    name = os.path.basename(lower)
    if lower.endswith((".json", ".n8n")) and '"connections"' in source:
        workflow = _n8n_workflow(source)
        if workflow is not None:
            # an n8n workflow: its model nodes are call sites, and its text is configuration
            from ai_guard.scan.workflows import n8n_calls

            found = scan_config(path, source, cat)
            found += n8n_calls(path, source, workflow, calls)
            return sorted(found, key=lambda f: (f.line, f.column, f.rule))

    if lower.endswith((".json", ".n8n")) and '"nodes"' in source and _unparsed(source):
        # a workflow's text that is no JSON (cut short, edited by hand): its model nodes
        # found by their types, none vouched for
        from ai_guard.scan.workflows import n8n_calls_unread

        unread = n8n_calls_unread(path, source, calls)
        if unread:
            found = scan_config(path, source, cat) + unread
            return sorted(found, key=lambda f: (f.line, f.column, f.rule))
    if lower.endswith(".n8n"):
        return scan_config(path, source, None, data=True)
    if lower.endswith((".yml", ".yaml")) and "model" in source:
        from ai_guard.scan.workflows import dify_app, dify_calls

        if dify_app(source):
            # a Dify app's export: the nodes that ask a model are call sites, its text is
            # configuration (its prompts read as any YAML's)
            found = scan_config(path, source, cat) + dify_calls(path, source, calls)
            return sorted(found, key=lambda f: (f.line, f.column, f.rule))
    if lower.endswith(CONFIG_SUFFIXES) or name.startswith(".env"):
        return scan_config(path, source, cat)
    if lower.endswith((".ps1", ".psm1")):
        # PowerShell: keys and e-mails as below, and its requests to an LLM API
        found = scan_config(path, source, None, data=True)
        found += powershell_calls(path, source, cat or catalogue(), calls)
        return sorted(found, key=lambda f: (f.line, f.column, f.rule))
    if lower.endswith((".rb", ".php")):
        # Ruby and PHP: keys and e-mails as below, and their SDK calls
        from ai_guard.scan.sdkcalls import sdk_calls

        found = scan_config(path, source, None, data=True)
        found += sdk_calls(path, source, cat or catalogue(), calls)
        return sorted(found, key=lambda f: (f.line, f.column, f.rule))
    # the other languages' sources, and a file of any other kind named on the command line
    # (a folder's walk yields only the kinds above): keys and official e-mails, line by line
    return scan_config(path, source, None, data=True)


def _n8n_workflow(source: str) -> dict[str, object] | None:
    """The parsed JSON of an n8n workflow export, else None."""
    import json

    from ai_guard.scan.workflows import n8n_workflow

    try:
        data = json.loads(source)
    except ValueError:
        # pasted from a web page or a chat: no-break and other Unicode spaces around the
        # values (JSON reads only ASCII ones), a byte-order mark; read as the spaces they show
        try:
            data = json.loads(_UNICODE_SPACE.sub(" ", source))
        except ValueError:
            return None
    return data if n8n_workflow(data) else None


def _unparsed(source: str) -> bool:
    """A text that is no JSON, even with its Unicode spaces read as spaces."""
    import json

    try:
        json.loads(_UNICODE_SPACE.sub(" ", source))
    except ValueError:
        return True
    return False


#: the spaces a JSON text pasted from a page or a chat may hold where the format allows only
#: ASCII ones (one character each: lines and columns are kept)
_UNICODE_SPACE = re.compile("[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]")


def _files(paths: Iterable[str], unlisted: list[tuple[str, str]]) -> Iterable[str]:
    """The files to scan under ``paths``; a folder the walk cannot list (no permission, gone
    while walked) is added to ``unlisted`` with the error's name: what it holds is not
    scanned, and is reported so, never passed over."""

    def refused(exc: OSError) -> None:
        unlisted.append((str(exc.filename or "?"), type(exc).__name__))

    for raw in paths:
        if os.path.isdir(raw):
            for root, dirs, files in os.walk(raw, onerror=refused):
                dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS)
                for name in sorted(files):
                    if name.lower().endswith(SUFFIXES) or name.startswith(".env"):
                        yield os.path.join(root, name)
        else:
            yield raw


#: OpenPGP packets that open an encrypted message, with the versions each may have: a
#: public-key (1) or a symmetric-key (3) encrypted session key, encrypted data (9, no version;
#: 18, version 1)
_OPENPGP_OPENERS: dict[int, tuple[int, ...]] = {1: (3, 6), 3: (4, 5, 6), 9: (), 18: (1,)}


def openpgp_encrypted(data: bytes) -> bool:
    """Whether ``data`` is an OpenPGP encrypted message (``gpg -c .env``, ``gpg -e``): its
    first packet's header, old format (``10tttt ll``) or new (``11tttttt``), names an
    encrypted session key or encrypted data whose length fits the file and whose version
    byte is one that packet has."""
    if len(data) < 3:
        return False
    head = data[0]
    if head & 0xC0 == 0x80:  # old format: tag in bits 5-2, length type in bits 1-0
        tag, length_type = (head >> 2) & 0x0F, head & 0x03
        if length_type == 3:  # indeterminate length: data packets only
            start, size = 1, len(data) - 1
        else:
            start = 1 + (1 << length_type)  # 1, 2 or 4 length bytes
            size = int.from_bytes(data[1:start], "big")
    elif head & 0xC0 == 0xC0:  # new format: tag in bits 5-0, then a 1, 2 or 5 byte length
        tag, first = head & 0x3F, data[1]
        if first < 192:
            start, size = 2, first
        elif first < 224:
            start, size = 3, ((first - 192) << 8) + data[2] + 192
        elif first == 255:
            start, size = 6, int.from_bytes(data[2:6], "big")
        else:  # a partial body: data packets only
            start, size = 2, len(data) - 2
    else:
        return False
    if tag not in _OPENPGP_OPENERS or not 0 < size <= len(data) - start:
        return False
    versions = _OPENPGP_OPENERS[tag]
    return not versions or data[start] in versions


def _is_data(path: str, source: str, size: int) -> bool:
    """A JSON file of data, by its size and shape."""
    if not path.lower().endswith(".json") or size <= DATA_ARRAY_BYTES:
        return False
    return size > DATA_JSON_BYTES or source.lstrip()[:1] == "["


def _scan_one(
    job: tuple[str, Catalogue, ScanConfig],
) -> tuple[str, list[ScanFinding], list[CallSite], str | None, str | None]:
    path, cat, config = job
    try:
        size = os.stat(path).st_size
        if size > MAX_FILE_BYTES:
            return path, [], [], f"too_large:{size}:{MAX_FILE_BYTES}", None
        data = Path(path).read_bytes()
    except OSError as exc:
        return path, [], [], type(exc).__name__, None
    from ai_guard.text.encodings import decode_bytes

    decoded = decode_bytes(data, repair=False)  # UTF-8, UTF-16/32 (BOM or not), legacy bytes
    if decoded is None:
        if openpgp_encrypted(data):
            # .env.gpg: the project's secrets kept encrypted; nothing in it can be read, by the
            # scanner or by anyone without the key: said, not an error
            return path, [], [], None, "encrypted"
        return path, [], [], "UnicodeDecodeError", None
    source = decoded.text
    calls: list[CallSite] = []
    if _is_data(path, source, size):
        return path, scan_config(path, source, None, data=True), calls, None, f"data_json:{size}"
    lower = path.lower()
    known = lower.endswith(SUFFIXES) or os.path.basename(lower).startswith(".env")
    note = None if known else "other_kind"  # named on the command line: said, not passed over
    try:
        return path, scan_source(path, source, cat, config, calls), calls, None, note
    except PartialScanError as exc:
        return path, cast("list[ScanFinding]", exc.findings), calls, exc.problem, None
    except SyntaxError as exc:
        return path, [], [], f"SyntaxError line {exc.lineno}: {exc.msg}", None
    except (ValueError, UnicodeError) as exc:
        return path, [], [], f"{type(exc).__name__}: {exc}", None


def scan_paths(
    paths: Iterable[str],
    cat: Catalogue | None = None,
    config: ScanConfig | None = None,
    *,
    jobs: int = 1,
) -> ScanReport:
    """Scan files and folders; ``jobs`` > 1 spreads the files over worker processes (the
    report is the same, in the same order)."""
    report = ScanReport()
    config = config or ScanConfig()
    cat = (cat or catalogue()).extended(
        clients=config.extra_clients, calls=config.extra_calls, guards=config.extra_guards
    )
    unlisted: list[tuple[str, str]] = []
    files = [
        p
        for p in _files(paths, unlisted)
        if not any(fnmatch.fnmatch(p.replace(os.sep, "/"), pat) for pat in config.exclude)
    ]
    report.errors.extend(
        (p, e)
        for p, e in unlisted
        if not any(fnmatch.fnmatch(p.replace(os.sep, "/"), pat) for pat in config.exclude)
    )
    work = [(p, cat, config) for p in files]
    if jobs > 1 and len(files) > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=jobs) as pool:
            results = list(pool.map(_scan_one, work, chunksize=max(1, len(work) // (jobs * 8))))
    else:
        results = [_scan_one(job) for job in work]
    for path, findings, calls, error, note in results:
        if note is not None:
            report.notes.append((path, note))
        if error is not None and not error.startswith(("SyntaxError", "ValueError", "Unicode")):
            report.errors.append((path, error))  # unreadable: not counted as scanned
            continue
        report.files += 1
        if error is not None:
            report.errors.append((path, error))
        report.findings.extend(findings)
        report.calls.extend(calls)
    return report
