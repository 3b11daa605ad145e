"""Small shared pieces of the SDK wrappers."""

from __future__ import annotations

from ai_guard.integrations._payload import SEP as _SEP

__all__ = ["_SEP", "require_sdk"]


def require_sdk(module: str, extra: str, vendor: str, where: str) -> None:
    """Raise an ImportError naming the extra when the vendor's SDK is not installed."""
    import importlib

    try:
        importlib.import_module(module)
    except ImportError:
        raise ImportError(
            f"{where} needs the {vendor} SDK: pip install 'ai-guard[{extra}]' / "
            f"cần cài SDK {vendor}: pip install 'ai-guard[{extra}]'"
        ) from None
