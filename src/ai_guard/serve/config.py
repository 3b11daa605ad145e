"""The gateway's configuration: the ``[gateway]`` table of the policy file.

One file holds both: the rest of ``ai-guard.toml`` is the :class:`~ai_guard.policy.Policy`
every request is checked under, and ``[gateway]`` says where the gateway listens and which
upstreams (approved AI services, guidance 557's approved-service principle) it may reach::

    [gateway]
    host = "127.0.0.1"
    port = 8088
    max_body_bytes = 8388608          # 8 MiB; a larger request gets 413
    max_answer_bytes = 67108864       # 64 MiB; a larger upstream answer is refused (502)
    connect_timeout = 5.0             # seconds, to open a connection upstream
    read_timeout = 120.0              # seconds between two bytes of the upstream's answer
    tokens_file = ".ai-guard/gateway-tokens.json"
    require_tokens = true             # false: callers without a token are let in, unnamed
    allow_file_ids = false            # true: a request may name a file the upstream holds
    allow_stored_content = false      # true: ... or other stored content it did not make
    allow_mcp_servers = []            # remote MCP servers the upstream may call (docs/gateway.md)
    allow_mcp_without_approval = false  # true: their tools run without approving each call
    audit_log = ".ai-guard/audit.sqlite3"   # default: the policy's audit_log

    [gateway.page]                    # the pre-flight page (docs/page.md)
    enabled = true                    # served at / beside the gateway; false: not served
    max_upload_bytes = 20971520       # 20 MiB
    max_text_chars = 2000000
    audit = false                     # true: one audit row per check, never the text

    [[gateway.upstreams]]
    name = "openai"
    kind = "openai"                   # or "anthropic"
    base_url = "https://api.openai.com/v1"
    api_key_env = "OPENAI_API_KEY"    # or api_key_file = "/etc/ai-guard/openai.key"
    models = ["gpt-4o-mini", "text-embedding-3-small"]
    account = "ai-team@agency.example.vn"   # the upstream account's e-mail, if known

A key is never written in the file (``api_key`` is refused: whoever reads the file would hold
it); the gateway reads it from the environment or from a key file when it starts
(:func:`read_upstream_keys`). An ``account`` that is an official e-mail (``…@*.gov.vn``)
refuses to start (:func:`ai_guard.integrations.check_account_email`). Every problem is a
:class:`~ai_guard.errors.PolicyError` naming the key (``gateway.upstreams.0.base_url``) and
the file, in Vietnamese and English.

``ai-guard serve --page-only`` reads the same table with :func:`load_config`'s ``page_only``:
no upstream is needed then (none is reached), and the file need not have a ``[gateway]``
table at all (the defaults: 127.0.0.1:8088, the page enabled).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
)
from pydantic import model_validator as _model_validator
from pydantic_core import PydanticCustomError

from ai_guard import i18n
from ai_guard.errors import AiGuardError, PolicyError
from ai_guard.integrations._mcp import RemoteServers
from ai_guard.prompt.policy import Policy, read_policy_file
from ai_guard.serve.page.settings import PageSettings

__all__ = [
    "DEFAULT_MAX_ANSWER_BYTES",
    "DEFAULT_MAX_BODY_BYTES",
    "MODEL_NAME",
    "GatewayConfig",
    "Upstream",
    "load_config",
    "read_upstream_keys",
]

DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024
#: the most of an upstream's answer (whole, or a whole stream) the gateway reads and restores
DEFAULT_MAX_ANSWER_BYTES = 64 * 1024 * 1024
#: Keys that would hold a secret inline: refused with a sentence that says where keys go.
_INLINE_KEYS = ("api_key", "key", "token", "secret", "password", "authorization")


def _bad(problem: str, **fields: str) -> PydanticCustomError:
    """A validation error that carries its (vi, en) sentence to :func:`_config_error`."""
    vi, en = i18n.serve_config_error(problem, **fields)
    return PydanticCustomError("ai_guard_gateway", "{en}", {"vi": vi, "en": en})


#: A model's name as vendors write them: ``gpt-4o-mini``, ``ft:gpt-4o-mini:agency::abc123``,
#: ``claude-sonnet-4-5@20250929``, ``models/x``; no space, no quote.
MODEL_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,199}")


def _identifier(value: str) -> bool:
    from ai_guard.integrations._payload import IDENTIFIER

    return IDENTIFIER.fullmatch(value) is not None


class Upstream(BaseModel):
    """One approved AI service: where it is, how the gateway authenticates to it, and the
    models callers may ask of it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    kind: Literal["openai", "anthropic"]
    base_url: str
    """The API root, ending in ``/v1`` for both kinds (``https://api.anthropic.com/v1``): the
    gateway sends ``/v1/chat/completions`` to ``{base_url}/chat/completions``."""
    api_key_env: str | None = None
    api_key_file: str | None = None
    models: tuple[str, ...]
    account: str | None = None
    """The e-mail of the upstream account, when known; an official e-mail is refused."""

    @_model_validator(mode="before")
    @classmethod
    def _no_inline_key(cls, data: Any) -> Any:
        if isinstance(data, Mapping):
            for key in _INLINE_KEYS:
                if key in data:
                    raise _bad("inline_key")
            if (data.get("api_key_env") is None) == (data.get("api_key_file") is None):
                raise _bad("key_source")
        return data

    @field_validator("name")
    @classmethod
    def _a_name(cls, value: str) -> str:
        if not _identifier(value):
            raise _bad("bad_name")
        return value

    @field_validator("base_url")
    @classmethod
    def _a_url(cls, value: str) -> str:
        url = value.strip().rstrip("/")
        scheme, sep, rest = url.partition("://")
        if not sep or scheme.lower() not in ("http", "https") or not rest or " " in rest:
            raise _bad("bad_url")
        return url

    @field_validator("models")
    @classmethod
    def _some_models(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if not value:
            raise _bad("no_models")
        for model in value:
            if not MODEL_NAME.fullmatch(model):
                raise _bad("bad_model")
        return value

    @field_validator("account")
    @classmethod
    def _not_official(cls, value: str | None) -> str | None:
        if value is None:
            return None
        from ai_guard.integrations import check_account_email

        try:
            return check_account_email(value)
        except AiGuardError as exc:  # OfficialEmailRefused, or not an e-mail at all
            raise PydanticCustomError(
                "ai_guard_gateway", "{en}", {"vi": exc.message_vi, "en": exc.message_en}
            ) from None


class GatewayConfig(BaseModel):
    """The ``[gateway]`` table. Immutable."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    host: str = "127.0.0.1"
    port: int = Field(default=8088, ge=0, le=65535)
    max_body_bytes: int = Field(default=DEFAULT_MAX_BODY_BYTES, gt=0)
    max_answer_bytes: int = Field(default=DEFAULT_MAX_ANSWER_BYTES, gt=0)
    connect_timeout: float = Field(default=5.0, gt=0)
    read_timeout: float = Field(default=120.0, gt=0)
    tokens_file: str = os.path.join(".ai-guard", "gateway-tokens.json")
    require_tokens: bool = True
    allow_file_ids: bool = False
    """Whether a request may name a file the upstream already holds (``file_id``,
    ``vector_store_ids``, Anthropic's ``source: {"type": "file"}``): it was uploaded there,
    not through the gateway, and never read; refused by default."""
    allow_stored_content: bool = False
    """Whether a request may name other content the upstream holds that no request through
    this gateway made (``previous_response_id``, a stored ``conversation``, a
    ``container`` ...): never read; refused by default (one the gateway's own answer named,
    to the same caller, passes)."""
    allow_mcp_servers: tuple[str, ...] = ()
    """Remote MCP servers the upstream may connect to for the model (``https://`` addresses:
    the origin and every path below the one given; OpenAI tunnel ids): the agency's own, say.
    Any other server a request names (OpenAI's ``mcp`` tools, Anthropic's ``mcp_servers``)
    is refused: the upstream would send it the model's tool calls and give the model its
    answers, none of which the gateway sees."""
    allow_mcp_without_approval: bool = False
    """Whether a listed server's tools may be called without the caller approving each call
    (OpenAI's ``require_approval: "never"``; Anthropic's servers have no approval step)."""
    audit_log: str | None = None
    """Where every request is recorded; ``None``: the policy's ``audit_log``. A
    ``postgresql://`` location is opened by :func:`ai_guard.signoff.audit.open_log`."""
    upstreams: tuple[Upstream, ...] = Field(default=(), validate_default=True)
    page: PageSettings = PageSettings()
    """The ``[gateway.page]`` table: the pre-flight page (:mod:`ai_guard.serve.page`)."""

    @field_validator("allow_mcp_servers")
    @classmethod
    def _servers(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        try:
            return RemoteServers.of(value).allowed
        except ValueError as exc:
            raise _bad("mcp_server_entry", entry=str(exc)) from None

    @property
    def remote_servers(self) -> RemoteServers:
        """The MCP servers the upstream may connect to, as the readers take them."""
        return RemoteServers(self.allow_mcp_servers, self.allow_mcp_without_approval)

    @field_validator("upstreams")
    @classmethod
    def _unique(cls, value: tuple[Upstream, ...], info: ValidationInfo) -> tuple[Upstream, ...]:
        if not value and not (info.context or {}).get("page_only"):
            raise _bad("no_upstreams")
        seen: set[str] = set()
        for upstream in value:
            if upstream.name in seen:
                raise _bad("duplicate_upstream", name=upstream.name)
            seen.add(upstream.name)
        return value

    def models(self, kind: str) -> dict[str, Upstream]:
        """Each approved model of an API kind and the upstream that serves it (the first
        upstream listing a model wins)."""
        found: dict[str, Upstream] = {}
        for upstream in self.upstreams:
            if upstream.kind == kind:
                for model in upstream.models:
                    found.setdefault(model, upstream)
        return found

    @classmethod
    def from_mapping(
        cls, data: Any, *, source: str | None = None, page_only: bool = False
    ) -> GatewayConfig:
        """Build the configuration from the ``[gateway]`` table; a problem is a
        :class:`PolicyError` naming the key (``gateway.upstreams.0.models``) and ``source``.
        ``page_only``: for the page served alone, which needs no upstream."""
        if not isinstance(data, Mapping):
            vi, en = i18n.serve_config_error("not_a_table")
            raise PolicyError(vi=vi, en=en, key="gateway", source=source)
        try:
            return cls.model_validate(dict(data), context={"page_only": page_only})
        except ValidationError as exc:
            raise _config_error(exc, source) from None


def _config_error(exc: ValidationError, source: str | None) -> PolicyError:
    err = exc.errors()[0]
    key = ".".join(["gateway", *(str(p) for p in err["loc"])])
    ctx = err.get("ctx") or {}
    if err["type"] == "ai_guard_gateway":
        vi, en = str(ctx["vi"]), str(ctx["en"])
    elif err["type"] == "extra_forbidden":
        vi, en = i18n.policy_load_error("invalid", detail=str(err["msg"]))
    else:
        vi, en = i18n.serve_config_error("invalid", detail=str(err["msg"]))
    return PolicyError(vi=vi, en=en, key=key, source=source)


def load_config(
    path: str | os.PathLike[str], *, page_only: bool = False
) -> tuple[GatewayConfig, Policy]:
    """Read the policy file: its ``[gateway]`` table and the policy the rest of it states.

    Raises :class:`PolicyError` (naming the key and the file) for a file that cannot be read,
    a ``[gateway]`` table that is missing or wrong, or a policy that is invalid. With
    ``page_only`` (``ai-guard serve --page-only``) the table may be missing or name no
    upstream: the page reaches none."""
    p = Path(path)
    data = read_policy_file(p)
    if p.name == "pyproject.toml":
        data = data.get("tool", {}).get("ai-guard", {})
    gateway = data.get("gateway")
    if gateway is None and page_only:
        gateway = {}
    if gateway is None:
        vi, en = i18n.serve_config_error("no_upstreams")
        raise PolicyError(vi=vi, en=en, key="gateway", source=str(p))
    config = GatewayConfig.from_mapping(gateway, source=str(p), page_only=page_only)
    policy = Policy.from_mapping(data, source=str(p))
    return config, policy


def read_upstream_keys(config: GatewayConfig) -> dict[str, str]:
    """Each upstream's key (name -> key), read from its environment variable or key file now,
    once: a missing or empty key is a :class:`PolicyError` naming the upstream's key source."""
    keys: dict[str, str] = {}
    for i, upstream in enumerate(config.upstreams):
        if upstream.api_key_env is not None:
            value = os.environ.get(upstream.api_key_env, "").strip()
            if not value:
                vi, en = i18n.serve_config_error(
                    "key_env_missing", env=upstream.api_key_env, name=upstream.name
                )
                raise PolicyError(vi=vi, en=en, key=f"gateway.upstreams.{i}.api_key_env")
        else:
            where = f"gateway.upstreams.{i}.api_key_file"
            from ai_guard.text.encodings import unicode_text

            try:
                value = unicode_text(Path(str(upstream.api_key_file)).read_bytes()).strip()
            except (OSError, UnicodeDecodeError) as exc:
                detail = exc.strerror if isinstance(exc, OSError) else "not UTF-8"
                vi, en = i18n.serve_config_error(
                    "key_file_unreadable", name=upstream.name, detail=str(detail)
                )
                raise PolicyError(vi=vi, en=en, key=where) from None
            if not value:
                vi, en = i18n.serve_config_error("key_file_empty", name=upstream.name)
                raise PolicyError(vi=vi, en=en, key=where)
        keys[upstream.name] = value
    return keys
