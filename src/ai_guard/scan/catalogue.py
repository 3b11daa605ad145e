"""The LLM APIs the scanner recognises, as data (``ai_guard/data/scan/catalogue.toml``).

Language-neutral: :class:`Catalogue` says how clients are made (factories, class-name
patterns), which attribute paths of a client send a prompt, what some calls return, the
module-level functions, the vendors' HTTP hosts, the arguments that carry a prompt and the
guards that make it safe, and, for JavaScript/TypeScript, the SDK packages, client methods and
bare functions that send one. The Python analyser (:mod:`ai_guard.scan.python`) and the
script reader (:mod:`ai_guard.scan.script`) read the same catalogue; a project adds its own
with :meth:`Catalogue.extended` (``[tool.ai-guard.scan]``).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from typing import Any

from ai_guard.text import data as _data

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

__all__ = ["ACCOUNT_PATH", "API_PATH", "Catalogue", "catalogue"]

#: API paths that only LLM endpoints have, whatever the host (a proxy, ``${BASE_URL}``, a model
#: served on the agency's network): OpenAI's shape (which most servers copy; its
#: ``/chat/completions`` also after a base that already holds the version,
#: ``f"{BASE_URL}/chat/completions"``, and Azure's deployments), Anthropic's, Gemini's methods,
#: Ollama's on its port or host (``/api/chat`` alone is any web app's route), and the LLM app
#: platforms that pass a prompt on to a model (Dify's chat and completion messages, Flowise's
#: predictions, Dify's workflow runs: a workflow app's inputs go to the model its nodes call;
#: Dify's paths also right after a spliced base that holds the version,
#: ``f"{self.base_url}/chat-messages"`` with the base ``http://host/v1`` from a config, read
#: as ``base_url/chat-messages``; JavaScript's ``${base}/chat-messages``)
API_PATH = re.compile(
    r":(?:generateContent|streamGenerateContent|embedContent|batchEmbedContents|countTokens)\b|"
    r"/v1(?:beta)?/(?:chat/completions|completions|messages|responses|embeddings"
    r"|images/generations)\b|"
    r"/chat/completions\b|"
    r"/v1/(?:chat-messages|completion-messages)\b|/api/v1/prediction/|"
    r"(?:\}|^[A-Za-z_][\w.]*)/(?:chat-messages|completion-messages|workflows/run)\b|"
    r"/v1/workflows/(?:[\w-]+/)?run\b|"
    r"/openai/deployments/[^/\s\"']+/(?:completions|embeddings|images/generations)\b|"
    r"(?::11434|ollama[\w.-]*(?::\d+)?)/api/(?:chat|generate|embed|embeddings)(?![\w.-])"
)

#: a vendor's routes that carry no prompt, on its own host: key and account management
#: (OpenRouter's ``/api/v1/keys``, an organisation's admin keys, credits and usage). A request
#: there sends a key's name or a query, never a prompt: listing it as a model call misleads
#: the inventory. An LLM API path in the same text wins (:data:`API_PATH`).
ACCOUNT_PATH = re.compile(
    r"/(?:api/)?(?:v\d+/)?(?:keys|api_keys|admin_api_keys|auth/keys?|credits|usage"
    r"|organization/(?:admin_api_keys|api_keys|projects|users|invites|costs|usage))(?![\w.-])"
)

#: SDK module -> client kind, where they differ
_SDK_KIND = {
    "mistralai": "mistral",
    "vertexai": "google_generativeai",
    "haystack_integrations": "haystack",
    "autogen_agentchat": "autogen",
}
#: SDKs that copy the OpenAI client's shape: a kind of their own (the inventory names the
#: vendor the data goes to), with every call and return of the ``openai`` kind
_OPENAI_SHAPED = ("groq", "together", "hepai")
#: the vendors an Instructor client may wrap: a kind ``instructor_<vendor>`` each, with every
#: call of the ``instructor`` kind, reported under that vendor (``instructor`` alone when the
#: code does not say which)
INSTRUCTOR_VENDORS = (
    "openai", "anthropic", "google", "mistral", "cohere", "groq", "together", "litellm",
    "ollama", "bedrock", "fireworks", "deepseek", "xai", "perplexity", "cerebras", "openrouter",
    "writer",
)  # fmt: skip


@dataclass(frozen=True)
class Catalogue:
    """The LLM APIs, as read from the catalogue file (see its comments for each table)."""

    clients: dict[str, str]
    calls: frozenset[tuple[str, str]]
    module_calls: frozenset[str]
    boto3_services: frozenset[str]
    boto3_methods: frozenset[str]
    http_hosts: tuple[str, ...]
    messaging_hosts: tuple[str, ...]
    """hosts of messaging platforms whose API paths look like an LLM's (``/v1/messages``)"""
    http_functions: frozenset[str]
    prompt_args: frozenset[str]
    guard_functions: frozenset[str]
    guard_wrappers: frozenset[str]
    guard_decorators: frozenset[str]
    client_patterns: tuple[tuple[str, str, re.Pattern[str]], ...] = ()
    """(SDK root, client kind, class-name pattern)."""
    http_clients: frozenset[str] = frozenset()
    """HTTP session classes and factories (``httpx.AsyncClient``, ``requests.Session``)."""
    http_methods: frozenset[str] = frozenset()
    """The methods of a session that send a request with a body (``post``, ``request``)."""
    every_argument: frozenset[str] = frozenset()
    """client kinds whose calls send every argument (a DSPy predictor's input fields are
    named by its signature: ``qa(question=q)``)"""
    live_input: frozenset[str] = frozenset()
    """client kinds whose calls send what arrives while they run (a voice agent's room audio,
    pushed into a recogniser's stream), never text written in the code: always unchecked"""
    file_sent: frozenset[str] = frozenset()
    """client kinds whose every call sends files (LlamaParse: LlamaCloud's parser), AIG106"""
    second_positional: frozenset[tuple[str, str]] = frozenset()
    """(client kind, method) calls whose first positional argument is the agent that
    answers and the second the prompt (``initiate_chat(recipient, ...)``)"""
    second_positional_modules: frozenset[str] = frozenset()
    """module-level functions of that shape (``agents.Runner.run(agent, input)``)"""
    returns: dict[tuple[str, str], str] = field(default_factory=dict)
    """(client kind, attribute path) -> the kind of what that call returns."""
    method_returns: dict[str, str] = field(default_factory=dict)
    """method name -> the kind it returns, whatever the receiver."""
    js_sdks: tuple[str, ...] = ()
    """JavaScript/TypeScript packages that make a file an LLM caller (``@scope/*``: any package
    of the scope)."""
    js_calls: tuple[str, ...] = ()
    """Attribute paths whose call sends a prompt (``chat.completions.create``)."""
    js_langchain_only: frozenset[str] = frozenset()
    """Of ``js_calls``, the generic names that count only where LangChain is imported."""
    js_functions: tuple[str, ...] = ()
    """Functions called bare (the Vercel AI SDK's ``generateText``)."""
    js_commands: tuple[str, ...] = ()
    """Classes made with ``new`` whose object is a request (Bedrock's ``ConverseCommand``)."""

    @cached_property
    def client_kinds(self) -> frozenset[str]:
        """Every client kind that has calls (``openai``, ``anthropic`` ...)."""
        return frozenset(kind for kind, _ in self.calls)

    @cached_property
    def chains(self) -> dict[str, str]:
        """Attribute paths of two parts or more that only LLM clients have
        (``chat.completions.create``, ``models.generate_content``) -> the vendor a call of
        that path on a receiver of unknown kind is reported under: the one client kind that
        has it, or, for a path several SDKs share, ``openai-compatible`` when OpenAI's is
        one of them (Groq, Together, Hugging Face ... copy its shape), else the kinds joined
        by ``/``."""
        kinds: dict[str, set[str]] = {}
        for kind, path in self.calls:
            if "." in path and kind != "custom" and not kind.startswith("instructor"):
                kinds.setdefault(path, set()).add(kind)
        return {
            path: (
                next(iter(ks))
                if len(ks) == 1
                else "openai-compatible"
                if "openai" in ks
                else "/".join(sorted(ks))
            )
            for path, ks in sorted(kinds.items())
        }

    @cached_property
    def chain_probe(self) -> re.Pattern[str]:
        """Finds ``.<chain>(`` in a source text: a file with no LLM import may still call a
        client made elsewhere."""
        alternatives = sorted(self.chains, key=len, reverse=True)
        return re.compile(r"\.(?:" + "|".join(map(re.escape, alternatives)) + r")\s*\(")

    @cached_property
    def js_sdk_import(self) -> re.Pattern[str]:
        """An import of an LLM SDK (``from "openai"``, ``require('@google/genai')``, a dynamic
        ``import()``, through esm.sh, with a version or a sub-path); group 1 is the package."""
        names = "|".join(
            re.escape(p[:-1]) + "[a-z-]+" if p.endswith("/*") else re.escape(p)
            for p in self.js_sdks
        )
        return re.compile(
            r"""(?:from\s+|require\(\s*|import\(\s*)["'](?:https://esm\.sh/)?"""
            rf"""({names})(?:@[\w.^~-]+)?(?:/[\w/.-]+)?["']"""
        )

    @cached_property
    def js_call(self) -> re.Pattern[str]:
        """``.<path>(`` for a path of ``js_calls``."""
        return re.compile(r"\.(?:" + "|".join(map(re.escape, self.js_calls)) + r")\s*\(")

    @cached_property
    def js_function(self) -> re.Pattern[str]:
        """A bare call of ``js_functions`` or ``new <js_commands>(``."""
        functions = "|".join(map(re.escape, self.js_functions))
        commands = "|".join(map(re.escape, self.js_commands))
        return re.compile(rf"(?<![\w.$])(?:{functions}|new\s+(?:{commands}))\s*\(")

    @cached_property
    def _host(self) -> re.Pattern[str]:
        """Any of ``http_hosts``, as a substring: one pass of the engine, not one per host."""
        return re.compile("|".join(map(re.escape, sorted(set(self.http_hosts)))) or "(?!)")

    @cached_property
    def _messaging(self) -> re.Pattern[str]:
        """Any of ``messaging_hosts``, as a substring."""
        return re.compile("|".join(map(re.escape, sorted(set(self.messaging_hosts)))) or "(?!)")

    def names_host(self, value: object) -> bool:
        """A string that names a vendor's endpoint (``https://api.openai.com/v1/...``)."""
        return isinstance(value, str) and self._host.search(value) is not None

    def names_endpoint(self, value: object) -> bool:
        """A string that names a vendor's host or a path only LLM APIs have, whatever the
        host (``f"{BASE}/v1/chat/completions"``, a proxy, a local model server), and not one
        of the vendor's account routes (:func:`names_account_route`)."""
        if not isinstance(value, str):
            return False
        if API_PATH.search(value) is not None:
            # Feishu's /open-apis/im/v1/messages is a chat message to people, not a model
            return self.names_host(value) or self._messaging.search(value) is None
        return self.names_host(value) and ACCOUNT_PATH.search(value) is None

    @staticmethod
    def names_account_route(value: object) -> bool:
        """A string whose path is a vendor's key or account management route
        (``f"{OPENROUTER}/api/v1/keys"``) and no LLM API path: no prompt goes there."""
        return (
            isinstance(value, str)
            and ACCOUNT_PATH.search(value) is not None
            and API_PATH.search(value) is None
        )

    def client_kind(self, path: str) -> str | None:
        """The client kind a factory's dotted path makes, by name or by class-name pattern."""
        kind = self.clients.get(path)
        if kind is not None:
            return kind
        root, _, rest = path.partition(".")
        last = path.rsplit(".", 1)[-1]
        if not rest:
            return None
        for sdk, sdk_kind, pattern in self.client_patterns:
            if root == sdk and pattern.search(last):
                return sdk_kind
        return None

    def extended(
        self,
        *,
        clients: dict[str, str] | None = None,
        calls: Iterable[str] = (),
        guards: Iterable[str] = (),
    ) -> Catalogue:
        """A catalogue with a project's additions (``[tool.ai-guard.scan]``)."""
        more_calls, more_modules = _split_calls(dict.fromkeys(calls, "custom"))
        guards = frozenset(guards)
        return replace(
            self,
            clients={**self.clients, **(clients or {})},
            calls=self.calls | more_calls,
            module_calls=self.module_calls | more_modules,
            guard_functions=self.guard_functions | guards,
            guard_wrappers=self.guard_wrappers | guards,
            guard_decorators=self.guard_decorators | guards,
        )


def _split_calls(table: dict[str, Any]) -> tuple[frozenset[tuple[str, str]], frozenset[str]]:
    """``kind.path`` keys -> (kind, path) pairs; ``module:`` keys -> module-level functions."""
    calls: set[tuple[str, str]] = set()
    modules: set[str] = set()
    for key in table:
        if key.startswith("module:"):
            modules.add(key[len("module:") :])
        else:
            kind, _, path = key.partition(".")
            calls.add((kind, path))
    return frozenset(calls), frozenset(modules)


def _sdk_kind(sdk: str) -> str:
    if sdk.startswith(("langchain", "langgraph")):
        return "langchain"
    return _SDK_KIND.get(sdk, sdk)


@cache
def catalogue() -> Catalogue:
    """The built-in catalogue (``ai_guard/data/scan/catalogue.toml``)."""
    data = tomllib.loads(_data.read_text("scan/catalogue.toml"))
    calls, modules = _split_calls(data["calls"])
    calls |= {(sdk, path) for sdk in _OPENAI_SHAPED for kind, path in calls if kind == "openai"}
    calls |= {
        (f"instructor_{vendor}", path)
        for vendor in INSTRUCTOR_VENDORS
        for kind, path in calls
        if kind == "instructor"
    }
    second, second_modules = _split_calls(
        dict.fromkeys(data["prompt_args"].get("second_positional", ()), "")
    )
    clients = {
        name: (name.partition(".")[0] if name.partition(".")[0] in _OPENAI_SHAPED else kind)
        for name, kind in data["clients"].items()
    }
    js = data["javascript"]
    return Catalogue(
        clients=clients,
        calls=calls,
        module_calls=modules,
        boto3_services=frozenset(data["boto3"]["services"]),
        boto3_methods=frozenset(data["boto3"]["methods"]),
        http_hosts=tuple(data["http"]["hosts"]),
        messaging_hosts=tuple(data["http"]["messaging_hosts"]),
        http_functions=frozenset(data["http"]["functions"]),
        http_clients=frozenset(data["http"]["clients"]),
        http_methods=frozenset(data["http"]["methods"]),
        prompt_args=frozenset(data["prompt_args"]["names"]),
        every_argument=frozenset(data["prompt_args"].get("every_argument", ())),
        live_input=frozenset(data["prompt_args"].get("live_input", ())),
        file_sent=frozenset(data["prompt_args"].get("file_sent", ())),
        second_positional=second,
        second_positional_modules=second_modules,
        guard_functions=frozenset(data["guards"]["functions"]),
        guard_wrappers=frozenset(data["guards"]["wrappers"]),
        guard_decorators=frozenset(data["guards"]["decorators"]),
        client_patterns=tuple(
            (sdk, _sdk_kind(sdk), re.compile(p))
            for sdk, pats in data.get("client_patterns", {}).items()
            for p in pats
        ),
        returns={
            (kind, k.partition(".")[2]): v
            for k, v in data.get("returns", {}).items()
            if not k.startswith("method:")
            for kind in (
                (k.partition(".")[0], *_OPENAI_SHAPED)
                if k.partition(".")[0] == "openai"
                else (k.partition(".")[0],)
            )
        },
        method_returns={
            k[len("method:") :]: v
            for k, v in data.get("returns", {}).items()
            if k.startswith("method:")
        },
        js_sdks=tuple(js["sdks"]),
        js_calls=tuple(js["calls"]),
        js_langchain_only=frozenset(js["langchain_only"]),
        js_functions=tuple(js["functions"]),
        js_commands=tuple(js["commands"]),
    )
