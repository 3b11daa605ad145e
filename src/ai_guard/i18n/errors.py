"""Sentences the error tree (ai_guard.errors) puts around a message."""

from __future__ import annotations

__all__ = [
    "error_policy_where",
    "error_prompt_blocked",
    "error_unguarded_path",
]


def error_policy_where(key: str | None, source: str | None) -> tuple[str, str]:
    """`` (key 'x' in file)``, appended to a policy error; empty when neither is known."""
    parts_vi = [f"khoá '{key}'"] if key else []
    parts_en = [f"key '{key}'"] if key else []
    if source:
        parts_vi.append(f"trong {source}")
        parts_en.append(f"in {source}")
    if not parts_en:
        return "", ""
    return f" ({' '.join(parts_vi)})", f" ({' '.join(parts_en)})"


def error_prompt_blocked(explanation_vi: str, explanation_en: str) -> tuple[str, str]:
    """A guarded call was blocked; the explanations are the check's (never its values)."""
    return (
        "đã chặn câu lệnh, không gửi gì: " + explanation_vi,
        "prompt blocked, nothing was sent: " + explanation_en,
    )


def error_unguarded_path(path: str, vi: str, en: str) -> tuple[str, str]:
    """A guarded client refused to send what stands at ``path``; ``vi``/``en`` say why."""
    return f"{path}: {vi}", f"UnguardedPath: {path}: {en}"
