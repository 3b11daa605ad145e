"""Moved: notebooks to :mod:`ai_guard.scan.notebook`, JavaScript/TypeScript and shell to
:mod:`ai_guard.scan.script`, configuration files to :mod:`ai_guard.scan.configfile`. This
module keeps the old import path working."""

from __future__ import annotations

from ai_guard.scan.configfile import CONFIG_SUFFIXES, scan_config
from ai_guard.scan.notebook import PartialScanError, scan_notebook
from ai_guard.scan.script import SCRIPT_SUFFIXES, scan_script

__all__ = [
    "CONFIG_SUFFIXES",
    "SCRIPT_SUFFIXES",
    "PartialScanError",
    "scan_config",
    "scan_notebook",
    "scan_script",
]
