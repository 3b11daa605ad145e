"""What a request to an LLM service carries, read the same way by both layers of the guard.

A guarded SDK client checks a request twice over: the method layer
(:mod:`ai_guard.integrations._proxy`) reads the Python arguments of the call, redacts them and
restores the answer; the net (:mod:`ai_guard.integrations._net`) reads the JSON, form or
multipart body that reaches the HTTP client and refuses whatever holds a finding. Both read a
request with :func:`read`: every string is a text to check, except the few keys whose values
are machine identifiers (``model``, ``role``, ``type``, ``*_id`` ...); media are vetted where
they stand:

- a document (PDF, Word, text, HTML; a ``data:`` URL, a base64 block, an uploaded file) goes
  through :func:`~ai_guard.classify.classify_text` and may leave only when the verdict is
  ``send`` (a file cannot be redacted in place);
- an image, a sound or a video cannot be checked here (no OCR, no speech recognition): it is
  refused, naming where it stands, unless the client was guarded with ``allow_media=True``;
  by URL too (``image_url: https://...``): the service would fetch it unchecked;
- a document by URL (``file_url``, Anthropic's ``source: {"type": "url"}``) is refused: the
  guard never fetches, so it cannot classify what the service would read;
- bytes, files and paths handed to an SDK method are left to the net, which sees them as
  multipart parts;
- a file the service already holds, named by its id (``file_id``, ``file_ids``,
  ``input_file_id``, ``vector_store_ids``, ``training_file``: OpenAI's ``input_file`` and
  ``file`` parts, Assistants attachments, Anthropic's ``source: {"type": "file"}``) is
  refused, naming the field: the guard never read it, unless this guard uploaded it (its id
  is in the guard's :class:`~ai_guard.integrations._stored.Stored`). ``allow_file_ids=True``
  lets them pass;
- any other content the service holds, named by a reference (``previous_response_id``, a
  stored ``conversation``, a ``container``, an ``assistant_id``, a stored ``prompt``, an
  ``item_reference``, Gemini's ``cached_content`` and file search stores, a custom skill) is
  refused likewise unless this guard made it (``allow_stored=True`` lets them pass); what
  names one only in a vendor's API (Anthropic's saved ``agent``, a ``memory_store_id``,
  OpenAI's ``agent_id``, an environment, a stored ``video``) by :data:`VENDOR_REFS`, with
  the resources mounted into an agent's session that the service reads itself (refused);
- a remote MCP server the service would connect to for the model (OpenAI's ``mcp`` tools,
  Anthropic's and Gemini's ``mcp_servers``) is refused unless the reader was told to allow
  it (:mod:`ai_guard.integrations._mcp`);
- inside a tool's input or result given as an object (Anthropic's ``tool_use.input``,
  Gemini's ``args`` and ``response``) every number is content, whatever its key.

Text hidden in an encoding (base64, hex, percent-encoding, HTML references, escapes: see
:mod:`ai_guard.integrations._encoded`), in any string, is checked as its decoded text too;
one that would need a redaction is refused (nothing is redacted inside an encoding), and a
long run of binary is vetted as media or a document, or refused.

An official e-mail (``…@*.gov.vn``) under a key that names the end user (``user``,
``user_id``, ``safety_identifier``) is refused
(:func:`~ai_guard.integrations.check_account_email`).
"""

from __future__ import annotations

import base64
import binascii
import enum
import io
import json
import os
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from ai_guard import i18n
from ai_guard.errors import InputError, UnguardedPath
from ai_guard.integrations._mcp import (
    REFUSE_ALL,
    SERVER_LISTS,
    RemoteServers,
    credential_named,
    judge_server,
    keys_let_through,
    server_entry,
)
from ai_guard.integrations._reader import Reader
from ai_guard.models import PromptCheck
from ai_guard.prompt.policy import Policy
from ai_guard.text.storage import is_storage_uri

__all__ = [
    "IDENTIFIER",
    "OPAQUE_ARGUMENTS",
    "SEP",
    "DuplicateKeyError",
    "Request",
    "check_request",
    "check_texts",
    "loads_unique",
    "media_refused",
    "read",
    "rebuild",
    "refused",
    "vet_document",
]

#: Joins the texts of one request for one check; no detector crosses it (a finding that did
#: would leave the pieces unequal in number: blocked). Printable ASCII on purpose: one character
#: outside ASCII and the Vietnamese letters (the earlier "\u241e\u2063") sent the whole joined
#: text down the check's slower reading and folding paths, 0.7-0.8 ms more per 2 KB request.
SEP = "\n^^^\n"

#: Keys whose string value is a machine identifier or an enumerated setting, never user text.
_SKIP_KEYS = frozenset(
    {
        "model", "role", "type", "object", "id", "encoding_format", "service_tier",
        "reasoning_effort", "media_type", "detail", "signature", "encrypted_content",
        "cache_control", "tool_choice", "voice", "response_format", "truncation", "order",
        "thought_signature", "thoughtSignature", "mime_type", "mimeType",
        "continuation_token", "continuationToken",
    }
)  # fmt: skip
#: Keys of the OpenAI and Anthropic APIs (and of JSON Schema, which tool definitions carry):
#: protocol words, not text. Any other key that looks like an identifier (``metadata``'s keys,
#: a tool's property names, a field a newer API added) is checked like an identifier's value,
#: never rewritten: an API key or a CCCD written as a key is refused, not forwarded unread.
_PROTOCOL_KEYS = frozenset(
    {
        "model", "messages", "role", "content", "type", "text", "name", "tools", "tool_calls",
        "tool_call_id", "function", "arguments", "parameters", "description", "properties",
        "required", "items", "enum", "stream", "stream_options", "include_usage", "temperature",
        "top_p", "top_k", "max_tokens", "max_completion_tokens", "max_output_tokens", "n",
        "stop", "stop_sequences", "presence_penalty", "frequency_penalty", "logit_bias",
        "logprobs", "top_logprobs", "seed", "user", "response_format", "json_schema", "schema",
        "strict", "tool_choice", "parallel_tool_calls", "input", "instructions",
        "previous_response_id", "store", "metadata", "reasoning", "effort", "summary",
        "include", "system", "thinking", "budget_tokens", "source", "media_type", "data",
        "image_url", "url", "detail", "file", "file_id", "file_data", "filename", "id",
        "status", "output", "call_id", "cache_control", "annotations", "refusal", "audio",
        "modalities", "encoding_format", "dimensions", "object", "index", "input_schema",
        "tool_use_id", "is_error", "citations", "signature", "additionalProperties", "title",
        "default", "format", "minimum", "maximum", "minItems", "maxItems", "minLength",
        "maxLength", "pattern", "anyOf", "oneOf", "allOf", "definitions", "examples",
        "prediction", "service_tier", "truncation", "verbosity", "safety_identifier",
        "prompt_cache_key", "input_audio", "voice", "encrypted_content", "ttl", "container",
        "mcp_servers", "web_search_options", "search_context_size", "user_location",
        "partial_images", "background", "conversation", "prompt", "variables", "version",
        "max_tool_calls", "reasoning_effort", "tool_config", "disable_parallel_tool_use",
        "context_management", "headers", "created", "finish_reason", "usage", "choices",
        "message", "delta", "input_text", "output_text", "input_image", "input_file",
        "function_call", "function_call_output", "tool_use", "tool_result",
        # Gemini's (google-genai: snake case in Python, camel case on the wire)
        "contents", "parts", "inline_data", "inlineData", "mime_type", "mimeType",
        "fileData", "file_uri", "fileUri", "system_instruction", "systemInstruction",
        "generation_config", "generationConfig", "function_declarations",
        "functionDeclarations", "functionCall", "function_response", "functionResponse",
        "response", "args", "thought", "thought_signature", "thoughtSignature",
        "safety_settings", "safetySettings", "category", "threshold", "config",
        "maxOutputTokens", "response_mime_type", "responseMimeType",
        "response_schema", "responseSchema", "thinking_config", "thinkingConfig",
        "cached_content", "cachedContent", "display_name", "displayName", "toolConfig",
        "candidate_count", "candidateCount", "requests", "request",
    }
)  # fmt: skip
#: Keys whose number is a setting of the call, by the vendors' documented settings (OpenAI,
#: Anthropic, Gemini: sampling, lengths, sizes, paging, times the service itself stamped):
#: passed unread. A number under any other key (``metadata``, ``user``, a field the guard does
#: not know, ``extra_body``) is content: read with its key (``cccd: 1085012345``), never
#: rewritten, refused when it needs redaction
_NUMBER_SETTINGS = frozenset(
    {
        "temperature", "top_p", "top_k", "n", "max_tokens", "max_completion_tokens",
        "max_output_tokens", "presence_penalty", "frequency_penalty", "seed", "top_logprobs",
        "logprobs", "dimensions", "max_tool_calls", "partial_images", "output_compression",
        "speed", "max_num_results", "score_threshold", "max_chunk_size_tokens",
        "chunk_overlap_tokens", "n_epochs", "batch_size", "learning_rate_multiplier",
        "budget_tokens", "max_uses", "display_width_px", "display_height_px",
        "display_number", "limit", "index", "created", "created_at", "expires_at", "seconds",
        "bytes", "timeout", "ttl", "minimum", "maximum", "minItems", "maxItems", "minLength",
        "maxLength", "multipleOf", "exclusiveMinimum", "exclusiveMaximum",
        # Gemini's (snake case in Python, camel case on the wire)
        "topP", "topK", "candidate_count", "candidateCount", "maxOutputTokens",
        "presencePenalty", "frequencyPenalty", "thinking_budget", "thinkingBudget",
        "output_dimensionality", "outputDimensionality", "number_of_images",
        "numberOfImages", "guidance_scale", "guidanceScale", "page_size", "pageSize", "fps",
        "response_logprobs", "responseLogprobs", "attempts", "initial_delay", "max_delay",
        "exp_base", "jitter", "http_status_codes",
    }
)  # fmt: skip
#: Call arguments never read: headers go to the vendor as they are (an Authorization header
#: holds the vendor's own key), a timeout is a number or an object of numbers. Only at the top
#: of a call's arguments: a ``headers`` key inside a message or a tool's input is read.
OPAQUE_ARGUMENTS = frozenset({"extra_headers", "timeout"})
#: Keys naming the end user of a request: an official e-mail there is refused.
_ACCOUNT_KEYS = frozenset({"user", "user_id", "safety_identifier", "end_user_id"})
_DOC_TYPES = {
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": ".pptx",
    "application/msword": ".doc",
    "application/vnd.ms-excel": ".xls",
    "application/rtf": ".rtf",
    "text/rtf": ".rtf",
    "application/vnd.oasis.opendocument.text": ".odt",
    "application/vnd.oasis.opendocument.spreadsheet": ".ods",
    "application/vnd.oasis.opendocument.presentation": ".odp",
    "message/rfc822": ".eml",
    "application/vnd.ms-outlook": ".msg",
    "text/plain": ".txt",
    "text/markdown": ".md",
    "text/html": ".html",
}
_MEDIA_PREFIXES = ("image/", "audio/", "video/")
#: Keys whose value is an opaque blob the service itself made (a thinking block's signature,
#: a reasoning item's encrypted content, a redacted thinking block's data), sent back as it
#: came: binary is expected there. Read like an identifier all the same (checked, never
#: rewritten); what it decodes to is checked; media, documents and archives in it are vetted
#: or refused as anywhere; only binary that is none of these passes
_OPAQUE_BLOBS = frozenset(
    {
        "signature", "encrypted_content", "thought_signature", "thoughtSignature",
        # Gemini's token of an answer to continue (the SDK follows it inside the same call)
        "continuation_token", "continuationToken",
    }
)  # fmt: skip
#: Keys naming files the service already holds (uploaded elsewhere, never read by the guard),
#: besides any ``*_file_id``: a request that makes a model read one is refused.
_FILE_KEYS = frozenset(
    {
        "file_id", "file_ids", "vector_store_ids", "training_file", "validation_file",
        "file_uri", "fileUri",  # Gemini's file_data: a file uploaded earlier, by its URI
    }
)  # fmt: skip
#: Keys whose value names storage the service reads itself (a batch's or a tuning's input on
#: Vertex: ``gs://bucket/x.jsonl``, ``bq://project.table``; any vendor's or cluster's storage
#: URI, ``s3://``, ``abfss://``, ``hdfs://``: text/storage.py); any other key named like a URI
#: (``training_dataset_uri``, ``promptDatasetUri`` ...) too, save an output's destination
_STORAGE_KEYS = frozenset(
    {"src", "uris", "inputUri", "input_uri", "gcsUri", "gcs_uri", "bigqueryUri", "bigquery_uri"}
)
#: Keys whose value names a dataset the service holds (Vertex: a tuning's
#: ``vertex_dataset_resource``, a batch's ``vertex_dataset_name``, on the wire
#: ``vertexMultimodalDatasetSource.datasetName``)
_DATASET_KEYS = frozenset(
    {
        "vertex_dataset_resource", "vertexDatasetResource", "vertex_dataset_name",
        "vertexDatasetName", "datasetName", "dataset_name",
    }
)  # fmt: skip
#: A Vertex dataset's resource name (``projects/p/locations/l/datasets/123``): what a
#: tuning's ``trainingDatasetUri`` carries on the wire when given a dataset
_DATASET = re.compile(r"(?:^|/)(?:datasets|multimodalDatasets)/[^/]+$")
#: Keys whose value is a source the service queries for the model itself (Vertex's
#: retrieval: a RAG corpus, a Vertex AI Search data store or engine, an outside API): what
#: it finds reaches the model, never read here
_RETRIEVAL_SOURCES = frozenset(
    {
        "vertex_rag_store", "vertexRagStore", "vertex_ai_search", "vertexAiSearch",
        "external_api", "externalApi",
        # the interactions API's ``{"type": "retrieval", ...}`` tool
        "rag_store_config", "ragStoreConfig", "vertex_ai_search_config", "vertexAiSearchConfig",
    }
)  # fmt: skip
#: Keys whose value is a credential of another service handed to the AI service (Vertex's
#: Exa and Parallel search tools' ``api_key``, an outside API's ``api_key_string``, OAuth
#: and OIDC tokens): it may use it whenever it likes, outside any check
_CREDENTIAL_KEYS = frozenset(
    {
        "api_key", "apiKey", "api_key_string", "apiKeyString", "access_token", "accessToken",
        "id_token", "idToken",
    }
)  # fmt: skip
#: Keys whose object hands the service values to use by itself: an agent environment's
#: ``env`` (variables set in its sandbox) and an egress rule's ``transform`` (headers its
#: proxy injects into every request to a domain). A value under a credential's name
#: (``Authorization``, ``GITHUB_TOKEN``) is a key leaving, whatever a detector makes of it
_INJECTED = frozenset({"env", "transform"})


def _injected_credentials(value: object) -> Iterator[tuple[str, str]]:
    """(name, value) of each credential-named string in an ``env`` or ``transform`` (a
    mapping, or a list of mappings); a variable given as the SDK's object (``EnvVar``:
    ``{"value": ...}``) holds its string in ``value``, and one given as a list's entry
    ``{"name": ..., "value": ...}`` is named by its ``name``."""
    for holder in value if isinstance(value, list) else [value]:
        if not isinstance(holder, Mapping):
            continue
        pairs = list(holder.items())
        if isinstance(holder.get("name"), str) and "value" in holder:
            pairs.append((holder["name"], holder["value"]))
        for name, held in pairs:
            if isinstance(held, Mapping):
                held = held.get("value")
            named = isinstance(name, str) and credential_named(name)
            if named and isinstance(held, str) and held.strip():
                yield name, held


#: How an output's destination is named (a bucket the service writes the answer to: no
#: input read there; Vertex's predict ``parameters.storageUri`` is the images' or videos')
_OUTPUT_KEY = re.compile(r"(?i)^(?:output|gcs_?output|dest|storage_?uri$)")
#: Keys whose string value (or list of strings) names content the service holds that a model
#: reads in place of the request's own: a response continued, an assistant's instructions and
#: files, a thread's messages, Gemini's cached contents and file search stores
_STORED_KEYS = frozenset(
    {
        "previous_response_id", "previous_interaction_id", "assistant_id", "thread_id",
        "cached_content", "cachedContent", "file_search_store_names", "fileSearchStoreNames",
    }
)  # fmt: skip
#: Keys whose value names stored content by an id string or an object with an ``id`` (a
#: stored ``conversation``, a code interpreter's or Anthropic's ``container``; a stored
#: ``prompt`` only as an object: a string there is the prompt's text)
_STORED_OBJECTS = frozenset({"conversation", "container", "prompt"})


#: an eval run's data source that selects what the service stored (by metadata, model,
#: dates: every chat completion or response stored there, made anywhere)
_STORED_SOURCES = frozenset({"stored_completions", "responses"})


def _stored_refs(key: str, value: object, parent: Mapping[Any, Any]) -> list[str]:
    """The ids of stored content that ``value`` under ``key`` (in ``parent``) names; a
    source selecting stored content by a filter names no id, and so none this guard made
    (``stored_completions:*``: never vouched for)."""
    if key == "source" and isinstance(value, Mapping):
        kind = value.get("type")
        return [f"{kind}:*"] if kind in _STORED_SOURCES else []
    if key in _STORED_KEYS:
        values = value if isinstance(value, list) else [value]
        return [v for v in values if isinstance(v, str) and v]
    if key in _STORED_OBJECTS:
        if isinstance(value, str) and value and key != "prompt":
            return [value]
        ref = value.get("id") if isinstance(value, Mapping) else None
        return [ref] if isinstance(ref, str) and ref else []
    if key == "skill_id" and parent.get("type") != "anthropic":  # a custom skill's files
        return [value] if isinstance(value, str) and value else []
    if key == "id" and parent.get("type") == "item_reference":  # an earlier output item
        return [value] if isinstance(value, str) and value else []
    if key == "container_id" and parent.get("type") == "container_reference":
        # a shell tool run in an existing container: the files there, read by the model
        return [value] if isinstance(value, str) and value else []
    return []


@dataclass(frozen=True)
class VendorRefs:
    """What names content a vendor's service holds in that vendor's API only (a rule for all
    would misread another's: Gemini's ``agent`` in ``interactions.create`` is one of the
    vendor's own agents, Anthropic's is an agent someone stored)."""

    #: keys whose value names stored content: an id, a list of ids, or an object's ``id``
    keys: frozenset[str] = frozenset()
    #: an object whose ``type`` is one of these names stored content by its ``id`` (an
    #: agent on a multi-agent roster)
    types: frozenset[str] = frozenset()
    #: keys whose list holds resources mounted into an agent's session, read by the model
    #: there: only the kinds in ``mountable`` (named by an id the rules above judge) go
    resources: frozenset[str] = frozenset()
    mountable: frozenset[str] = frozenset()
    #: keys whose string value names stored content only at the top of a request's body
    #: (Gemini's interactions: ``environment: "env_..."``, an environment made earlier; an
    #: ``environment`` deeper down is a setting: a computer-use tool's ``ENVIRONMENT_BROWSER``)
    top_keys: frozenset[str] = frozenset()


#: per vendor (``SdkSpec.vendor``): managed agents' saved agents, memory stores, sessions,
#: environments (a container's configuration: its files, setup, packages), vaults (the
#: credentials an agent may use: servers and services reached outside the guard), a stored
#: video (``videos.edit(video={"id": ...})``), Anthropic's server-held message ``thread``
#: (``{"type": "continue", "previous_message_id": ...}``: the earlier turns, as the service
#: kept them)
VENDOR_REFS: Mapping[str, VendorRefs] = {
    "anthropic": VendorRefs(
        keys=frozenset(
            {
                "agent",
                "memory_store_id",
                "session_ids",
                "environment_id",
                "vault_ids",
                "previous_message_id",
            }
        ),
        types=frozenset({"agent", "agent_with_overrides"}),
        resources=frozenset({"resources"}),
        mountable=frozenset({"file", "memory_store"}),
    ),
    # Gemini's interactions and managed agents (the Developer API and Vertex alike): an
    # environment made earlier (by id, an object's ``environment_id``, an environment
    # copied ``from_environment``), and the sources
    # mounted into one: inline content goes (read as any text); a repository, a bucket, a
    # skill registry the agent reads itself does not
    "gemini": VendorRefs(
        # ``credential``: a credential stored at the service, by id, that the agent's
        # environment uses (an environment variable's, an egress rule's)
        keys=frozenset({"environment_id", "from_environment", "credential"}),
        resources=frozenset({"sources"}),
        mountable=frozenset({"inline"}),
        top_keys=frozenset({"environment"}),
    ),
    "openai": VendorRefs(
        keys=frozenset(
            {
                "agent_id",
                "environment_id",
                "environment_template_id",
                "session_id",
                "video",
                "vault_ids",
                "credential_id",
            }
        ),
    ),
}


def _vendor_refs(key: str, value: object, parent: Mapping[Any, Any], refs: VendorRefs) -> list[str]:
    """The ids of stored content that ``value`` under ``key`` names by ``refs``' rules."""
    if key in refs.keys:
        if isinstance(value, str):
            return [value] if value else []
        if isinstance(value, list):
            return [v for v in value if isinstance(v, str) and v]
        ref = value.get("id") if isinstance(value, Mapping) else None
        return [ref] if isinstance(ref, str) and ref else []
    if key == "id" and parent.get("type") in refs.types:
        return [value] if isinstance(value, str) and value else []
    return []


def _tool_content(key: str, parent: Mapping[Any, Any]) -> bool:
    """Whether ``parent[key]`` is a tool's input or result given as an object (Anthropic's
    ``tool_use.input``, Gemini's ``functionCall.args`` and ``functionResponse.response``),
    or ``metadata`` (kept and shown by the service): content, where no key is a setting of
    the call."""
    if key == "metadata":
        return True
    if key == "input":
        kind = parent.get("type")
        return isinstance(kind, str) and kind.endswith("tool_use")
    return key == "args" or (key == "response" and "name" in parent)


class DuplicateKeyError(ValueError):
    """A JSON object names one key twice: which value a reader takes is the reader's choice
    (Python keeps the last, another parser the first), so the guard cannot read it as the
    service will."""


def _unique_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise DuplicateKeyError(key)
        out[key] = value
    return out


def loads_unique(text: str | bytes) -> Any:
    """``json.loads`` that refuses an object naming a key twice (:class:`DuplicateKeyError`,
    a ``ValueError``): ``{"a": "<a CCCD>", "a": "x"}`` read as ``{"a": "x"}`` would leave the
    first value unread, and a service (or a model reading the text) may take it."""
    return json.loads(text, object_pairs_hook=_unique_pairs)


def _in_storage(value: object) -> bool:
    """Whether ``value`` (a string or a list) names a storage or warehouse URI, any vendor's
    or a cluster's (``gs://``, ``bq://``, ``s3://``, ``abfss://``, ``hdfs://`` ...:
    text/storage.py, the one rule)."""
    values = value if isinstance(value, list) else [value]
    return any(isinstance(v, str) and is_storage_uri(v) for v in values)


def _storage_key(name: str) -> bool:
    """Whether ``name`` is a key whose value may name storage the service reads (an input:
    never an output's destination)."""
    return name in _STORAGE_KEYS or (
        name.endswith(("_uri", "Uri", "_uris", "Uris")) and not _OUTPUT_KEY.match(name)
    )


def _names_a_dataset(name: str, value: object) -> bool:
    """Whether ``value`` under ``name`` names a dataset the service holds."""
    values = value if isinstance(value, list) else [value]
    strings = [v for v in values if isinstance(v, str) and v]
    if name in _DATASET_KEYS:
        return bool(strings)
    return _storage_key(name) and any(_DATASET.search(v) for v in strings)


def _has_value(value: object) -> bool:
    """Whether a source's configuration says anything (``{}`` and ``None`` name nothing)."""
    if isinstance(value, Mapping):
        return any(v is not None for v in value.values())
    return value is not None and value != [] and value != ""


#: Gemini's file_data names a file by URI: the service's own files (``files/abc``, or a URI
#: whose path holds ``/files/``) are file references; any other URI (a video's page, a
#: bucket) the service would fetch itself
_SERVICE_FILE = re.compile(r"(?:^|/)files/[A-Za-z0-9_-]+$")


def _names_a_file(key: str, value: object) -> list[str]:
    """The files the service holds that ``value`` under ``key`` names (an id, or ids;
    Gemini's ``fileName`` of a batch's input or a store's import: ``files/abc``)."""
    if key in ("file_name", "fileName"):
        named = isinstance(value, str) and bool(_SERVICE_FILE.search(value))
        return [value] if named and isinstance(value, str) else []
    if key not in _FILE_KEYS and not key.endswith("_file_id"):
        return []
    values = value if isinstance(value, list) else [value]
    return [v for v in values if isinstance(v, str) and v]


#: What an identifier looks like: ASCII, starts with a letter, no space, no ``@ : / + =``
#: (``gpt-4o-mini``, ``file-6F2ksmvX``, ``call_abc``).
IDENTIFIER = re.compile(r"[A-Za-z][A-Za-z0-9._-]{0,199}")


def _identifier_key(key: str | None) -> bool:
    return key is not None and (key in _SKIP_KEYS or key.endswith(("_id", "_ids")))


@dataclass
class Request:
    """The texts of one request, in reading order, with where each stands (``messages[0]
    .content``), and the files left to the net."""

    texts: list[str] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    #: indices of texts under identifier keys (``model``, ``*_id``): checked with the rest,
    #: but never rewritten (a redacted id breaks the call): one that needs redaction is refused
    fixed: list[int] = field(default_factory=list)
    #: indices of texts decoded from an encoding, and the encoding's name: checked with the
    #: rest, never sent (the encoded text goes as it is): one that needs redaction is refused
    encoded: dict[int, str] = field(default_factory=dict)


def read(
    value: Any,
    *,
    policy: Policy,
    allow_media: bool = False,
    allow_file_ids: bool = False,
    root: str = "",
    opaque: frozenset[str] = frozenset(),
    allow_stored: bool = False,
    vouched: Callable[[str], bool] | None = None,
    vendor: VendorRefs | None = None,
    remote: RemoteServers | None = REFUSE_ALL,
) -> Request:
    """Collect the texts of ``value`` (call arguments, or a parsed JSON body).

    Raises :class:`~ai_guard.errors.UnguardedPath` for media it cannot check, a document
    that must not leave, a file the service already holds (unless ``allow_file_ids``) or other
    content it holds (unless ``allow_stored``) that ``vouched`` does not say this guard made,
    and :class:`~ai_guard.integrations.OfficialEmailRefused` for an official e-mail as the
    user. ``vendor``: what names stored content in the API of the service the request goes
    to (:data:`VENDOR_REFS`), and which resources may be mounted into an agent's session.
    ``remote``: the remote MCP servers the service may connect to for the model
    (:mod:`ai_guard.integrations._mcp`; every one refused by default); ``None``: not judged
    here (the method layer, which leaves it to the net).
    """
    reader = _Reader(
        policy, allow_media, None, opaque, allow_file_ids=allow_file_ids,
        allow_stored=allow_stored, vouched=vouched, vendor=vendor, remote=remote,
    )  # fmt: skip
    reader.walk(value, root)
    return Request(reader.texts, reader.paths, reader.files, reader.fixed, reader.encoded)


def rebuild(
    value: Any,
    texts: list[str],
    *,
    policy: Policy,
    allow_media: bool = False,
    opaque: frozenset[str] = frozenset(),
    encoded: Mapping[int, str] | None = None,
) -> Any:
    """A copy of ``value`` with its texts (in :func:`read`'s order) replaced by ``texts``.

    Containers are copied (the caller's objects are never changed), pydantic models become the
    dictionaries the SDK would have sent, everything else is kept as it is. Media were vetted
    by :func:`read` and are not vetted again. ``encoded`` is :attr:`Request.encoded` of the
    read: where the decoded texts stand, so they are passed over without decoding again.
    """
    feed = iter(texts)
    reader = _Reader(policy, allow_media, feed, opaque)
    reader.known = encoded
    result = reader.walk(value, "")
    if next(feed, None) is not None:  # pragma: no cover - read and rebuild walk alike
        raise RuntimeError("rebuild: more texts than slots")
    return result


#: keys whose value may be token ids instead of text (embeddings and completions accept both)
_TOKEN_KEYS = frozenset({"input", "prompt"})
#: keys that hold text, where integers in a list can only be text turned into token ids
#: (``"content": [9906, 11]``); any key naming token ids (``prompt_token_ids``) likewise
_TEXT_KEYS = frozenset({"content", "text", "messages", "system", "instructions"})
#: keys whose object (or list of objects) the service reads as a content block, a ``type``
#: or not: a message's ``content`` parts (a part without its ``type`` is still one), an
#: image tool's mask (the Responses ``image_generation`` tool, ``images.edit``),
#: ``images.edit``'s input images
_IMAGE_INPUTS = frozenset({"content", "input_image_mask", "mask", "images"})
#: keys of a content block that name media or a document the service would fetch itself
#: (the guard never fetches: it cannot check what is there)
_URL_KEYS = ("image_url", "file_url", "video_url", "audio_url", "document_url")


class _Reader(Reader):
    """The reader of an SDK request (not strict: bytes, files and paths are left to the net,
    code and sentinels pass), with the slots of a request: identifier keys, the end user's
    address, inline media vetted where they stand, JSON inside a string, texts as keys."""

    def __init__(
        self,
        policy: Policy,
        allow_media: bool,
        feed: Iterator[str] | None,
        opaque: frozenset[str],
        *,
        allow_file_ids: bool = True,
        allow_stored: bool = True,
        vouched: Callable[[str], bool] | None = None,
        vendor: VendorRefs | None = None,
        remote: RemoteServers | None = None,
    ) -> None:
        super().__init__(strict=False, feed=feed)
        self.vendor = vendor or VendorRefs()
        #: the remote MCP servers the service may connect to (``None``: not judged here)
        self.remote = remote
        self.policy = policy
        self.allow_media = allow_media
        self.allow_file_ids = allow_file_ids
        self.allow_stored = allow_stored
        #: whether this guard made the stored content an id names (its registry)
        self.vouched: Callable[[str], bool] = vouched or (lambda ref: False)
        #: inside a tool's input or result given as an object: no key there is a setting
        self.in_tool = 0
        self.opaque = opaque
        self.files: list[str] = []
        self.fixed: list[int] = []
        self.encoded: dict[int, str] = {}
        #: when writing back: the read's decoded texts (passed over, not decoded again)
        self.known: Mapping[int, str] | None = None

    def kind(self, value: object) -> str:
        if isinstance(value, str):
            return "text"
        if value is None or isinstance(value, (bool, int, float, enum.Enum)):
            return "none"
        if isinstance(value, (bytes, bytearray, memoryview, io.IOBase, os.PathLike)):
            return "file"  # sent as a multipart part: the net reads it
        if isinstance(value, Mapping):
            return "dict"
        if isinstance(value, tuple) and _is_file_tuple(value):
            return "file"
        if isinstance(value, list):
            return "list"
        if isinstance(value, tuple):
            return "tuple"
        if getattr(value, "model_dump", None) is not None and not isinstance(value, type):
            return "model"
        return "none"  # a class (response_format=Model), a sentinel, a callback: code, not data

    def other(self, value: Any, kind: str, path: str, key: str | None, depth: int) -> Any:
        if (
            isinstance(value, (int, float))
            and not isinstance(value, bool)
            and key is not None
            and (
                key in _TOKEN_KEYS
                or (path.endswith("]") and (key in _TEXT_KEYS or "token" in key.lower()))
            )
        ):
            # "input": [[9906, 11, ...]]: text already turned into a model's token ids,
            # which no detector reads
            raise refused("token_ids", path=path, reason="token_ids")
        if (
            isinstance(value, (int, float))
            and not isinstance(value, bool)
            and ("(json)" in path or self.in_tool or key not in _NUMBER_SETTINGS)
        ):
            # a number in JSON inside a string (tool-call arguments): the model reads it as
            # text ({"mst": 8012345678} is a tax code); a number under a key that is no
            # documented setting (metadata={"cccd": 1085012345}, user=84912345678, an
            # extra_body field) reaches the service as content. Checked with its key, never
            # rewritten: one that needs redaction is refused
            self.fixed.append(len(self.texts))
            self.slot(f"{key}: {value}" if key else str(value), f"{path}(number)")
            return value
        if kind == "file":
            self.files.append(path)
        elif kind == "model":
            # a pydantic model (a message from an earlier answer): sent as the SDK sends it;
            # one holding code (Gemini's config with Python functions as tools, a schema
            # given as a class) has no JSON form: its fields as they are (code passes as
            # code, bytes are left to the net, which reads them in the body)
            try:
                dumped = value.model_dump(exclude_unset=True, mode="json")
            except (TypeError, ValueError):  # pydantic's serialization error is a ValueError
                dumped = value.model_dump(exclude_unset=True)
            out = self.walk(dumped, path, key, depth)
            if self.reading or path != key:
                return out  # inside a request: the dict the SDK would have sent
            # a call's own argument (``request(cast_to, FinalRequestOptions)``): the method
            # wants its type back (a dict made the SDK fail with an AttributeError)
            if out == dumped:
                return value
            try:
                return type(value).model_validate(out)
            except (TypeError, ValueError):
                kind_name = type(value).__name__
                raise refused(
                    "model_argument", name=key or "?", kind=kind_name, path=path,
                    reason="unchecked_body",
                ) from None  # fmt: skip
        return value

    def sequence(self, value: Any, kind: str, items: list[Any]) -> Any:
        return items if kind == "list" else tuple(items)

    def mapping(
        self, value: Mapping[Any, Any], path: str, depth: int, chain: frozenset[int]
    ) -> dict[Any, Any]:
        vetted = self._block(value, path)
        judge = (
            self.remote is not None and self.reading and not self.in_tool and "(json)" not in path
        )
        if judge and server_entry(value):
            self._server(value, path)
        out: dict[Any, Any] = {}
        for k, v in value.items():
            name = k if isinstance(k, str) else None
            if (name in self.opaque and not path) or k in vetted:
                out[k] = v
                continue
            where = _join(path, str(k))
            if name is not None and self.reading and not self.allow_file_ids:
                files = _names_a_file(name, v)
                if files and not all(self.vouched(f) for f in files):
                    # a file uploaded elsewhere (one this guard uploaded, and so read, passes)
                    raise refused("file_reference", field=name, path=where, reason="file_reference")
            if (
                name is not None
                and self.reading
                and not self.allow_stored
                and not self.in_tool
                and "(json)" not in path
            ):
                refs = _stored_refs(name, v, value) + _vendor_refs(name, v, value, self.vendor)
                if not path and name in self.vendor.top_keys and isinstance(v, str) and v:
                    refs.append(v)
                if refs and not all(self.vouched(r) for r in refs):
                    # content the service holds that this guard never read: a response to
                    # continue, a conversation, a container, a cache ... made elsewhere
                    raise refused(
                        "stored_reference", field=name, path=where, reason="stored_reference"
                    )
            if judge and name in SERVER_LISTS:
                servers = v if isinstance(v, list) else [v]
                for i, server in enumerate(servers):
                    self._server(server, f"{where}[{i}]")
            if name in self.vendor.resources and self.reading and isinstance(v, list):
                for i, item in enumerate(v):
                    kind = item.get("type") if isinstance(item, Mapping) else None
                    if kind not in self.vendor.mountable:
                        # a repository the service clones, a bucket or a directory it reads
                        # itself, a kind not known here: read by the agent, never by the guard
                        raise refused(
                            "mounted_resource",
                            kind=kind
                            if isinstance(kind, str) and IDENTIFIER.fullmatch(kind)
                            else "?",
                            path=f"{where}[{i}]",
                            reason="document",
                        )
            if name is not None and self.reading and not self.in_tool and "(json)" not in path:
                self._vertex(name, v, where)
                if name in _IMAGE_INPUTS:
                    # media the service fetches by URL though no typed content block
                    # holds it (``input_image_mask: {"image_url": ...}``, ``images:
                    # [{"image_url": ...}]``, a part without its ``type``): as a block's
                    for i, item in enumerate(v if isinstance(v, list) else [v]):
                        if isinstance(item, Mapping):
                            self._by_url(item, f"{where}[{i}]" if isinstance(v, list) else where)
            key = k
            if (
                name == "id"
                and value.get("type") == "file_id"
                and self.reading
                and not self.allow_file_ids
                and isinstance(v, str)
                and v
                and not self.vouched(v)
            ):
                # a data source naming a file by id (``evals.runs.create(data_source={
                # "source": {"type": "file_id", "id": "file-abc"}})``): a file the guard never
                # read, as any ``file_id`` is
                raise refused("file_reference", field="id", path=where, reason="file_reference")
            if name is not None and not IDENTIFIER.fullmatch(name):
                key = self.slot(name, f"{where}(key)")  # a key is text too ({"TỐI MẬT": 1})
                if key in out:
                    raise refused("keys_merged", path=where, reason="unredacted")
            elif name is not None and name not in _PROTOCOL_KEYS:
                self.fixed.append(len(self.texts))  # checked, never rewritten
                self.slot(name, f"{where}(key)")
            if name == "data" and value.get("type") == "redacted_thinking":
                name = "encrypted_content"  # the service's encrypted thinking: its blob
            tool = name is not None and _tool_content(name, value)
            self.in_tool += tool
            try:
                out[key] = self.walk(v, where, name, depth, chain)
            finally:
                self.in_tool -= tool
        return out

    def _vertex(self, name: str, value: Any, where: str) -> None:
        """Refuse what the service reads or uses by itself from a key of the request:
        storage (a bucket, a table, a stored dataset), a retrieval source the model is
        grounded on (unless ``allow_stored``), another service's credential (unless the
        policy lets keys leave)."""
        if _storage_key(name) and _in_storage(value):
            # a bucket or a table the service reads itself (Gemini's batch input on
            # Vertex, gs:// or bq://; an S3 or Azure input elsewhere): nothing here reads it
            raise refused("dataset", field=name, path=where, reason="document")
        if _names_a_dataset(name, value):
            raise refused("dataset", field=name, path=where, reason="document")
        if name in _RETRIEVAL_SOURCES and not self.allow_stored and _has_value(value):
            raise refused("retrieval_source", field=name, path=where, reason="stored_reference")
        if (
            name in _CREDENTIAL_KEYS
            and isinstance(value, str)
            and value.strip()
            and not keys_let_through(self.policy, value)
        ):
            raise refused("service_credential", field=name, path=where, reason="credential")
        if name in _INJECTED:
            for held, secret in _injected_credentials(value):
                if not keys_let_through(self.policy, secret):
                    raise refused(
                        "service_credential", field=f"{name}.{held}", path=f"{where}.{held}",
                        reason="credential",
                    )  # fmt: skip

    def _server(self, entry: Any, path: str) -> None:
        """Refuse a remote MCP server the agency did not list (or a listed one's call
        without approval, or its credential); what may go is read like any other text."""
        assert self.remote is not None
        refusal = judge_server(entry, path, self.remote, self.policy)
        if refusal is not None:
            raise refusal

    def text(self, value: str, path: str, key: str | None) -> str:
        if key in _ACCOUNT_KEYS and "@" in value:
            from ai_guard.integrations import check_account_email

            check_account_email(value)
        if _identifier_key(key):
            self.fixed.append(len(self.texts))  # checked, never rewritten
            out = self.slot(value, path)
            self._hidden(value, path, key)
            return out
        if (
            value.startswith("data:")
            and ";base64," in value[:200]
            and not any(c.isspace() for c in value)
        ):
            media_type = value[5 : value.index(";")].strip().lower()
            if self.reading:
                self._encoded(media_type, value.partition(",")[2], path)
            if media_type.startswith("text/") or media_type.endswith("json"):
                # a text's words: checked as a prompt's too (a file goes to classify only)
                self._hidden(value.partition(",")[2], path, key)
            return value
        if value[:1] in ("{", "[") and value[-1:] in ("}", "]"):
            # JSON inside a string (tool-call arguments): read what it says, not its escapes
            # ("Nguy\u1ec5n" is a name), and write it back as JSON if anything was redacted.
            # An object naming a key twice is read as the text it is: the model reads every
            # character of it, the parsed object only the last value of the key
            try:
                parsed = loads_unique(value)
            except ValueError:
                parsed = None
            if isinstance(parsed, (dict, list)):
                rebuilt = self.walk(parsed, f"{path}(json)")
                if self.reading or rebuilt == parsed:
                    return value
                return json.dumps(rebuilt, ensure_ascii=False)
        out = self.slot(value, path)
        self._hidden(value, path, key)
        return out

    def _hidden(self, value: str, path: str, key: str | None) -> None:
        """Slots for the texts ``value`` hides in an encoding (read the same way when writing
        back, where what is fed for them is dropped: the encoded text goes as it is); a long
        run of binary is vetted as media or a document, or refused."""
        from ai_guard.integrations._encoded import ARCHIVE, BINARY, Binary, hidden

        if self.known is not None:  # writing back after a read: its slots, in its order
            while len(self.texts) in self.known:
                self.slot("", "")  # what is fed for a decoded text is dropped
            return
        binaries: list[Binary] = []
        for encoding, decoded in hidden(value, binaries):
            self.encoded[len(self.texts)] = encoding
            self.slot(decoded, f"{path}({encoding})")
        if not self.reading:
            return
        for found in binaries:
            where = f"{path}({found.encoding})"
            if found.kind == "media":
                if not self.allow_media:
                    raise media_refused(where, found.media_type)
            elif found.kind == "document":
                vet_document(
                    "document",
                    found.media_type,
                    found.raw,
                    where,
                    self.policy,
                    allow_media=self.allow_media,
                )
            elif found.kind == ARCHIVE or (found.kind == BINARY and key not in _OPAQUE_BLOBS):
                # the service's own blob is binary no one but the service reads: it passes
                # (its text, and any text, file or archive in it, is read like any other)
                raise refused("encoded_binary", encoding=found.encoding, path=where, reason=BINARY)

    def _block(self, block: Mapping[Any, Any], path: str) -> tuple[str, ...]:
        """Content blocks that carry media inline; returns the keys vetted here, which the walk
        leaves as they are: ``{"type": "base64", "media_type", "data"}`` (Anthropic images and
        documents), ``{"file_data", "filename"}`` (OpenAI files), ``{"input_audio": {...}}``."""
        vet = self.reading
        data = block.get("data")
        media_type = block.get("media_type")
        if block.get("type") == "base64" and isinstance(data, str) and isinstance(media_type, str):
            if vet:
                self._encoded(media_type.lower(), data, f"{path}.data")
            return ("data",)
        file_data = block.get("file_data")
        if isinstance(file_data, str):
            if vet:
                name = block.get("filename")
                name = name if isinstance(name, str) else "document"
                encoded = file_data
                media = ""
                if file_data.startswith("data:"):
                    media = file_data[5 : file_data.find(";")].strip().lower()
                    encoded = file_data.partition(",")[2]
                self._encoded(media, encoded, f"{path}.file_data", name=name)
            return ("file_data",)
        mime = block.get("mime_type", block.get("mimeType"))
        if isinstance(data, str) and isinstance(mime, str) and "type" not in block:
            # Gemini's inline data (a Blob: base64 bytes and their media type): media are
            # refused, a document is classified, a text's words are checked as a prompt's
            media_type = mime.strip().lower()
            if vet:
                self._encoded(media_type, data, f"{path}.data")
            if media_type.startswith("text/") or media_type.endswith("json"):
                self._hidden(data, f"{path}.data", "data")
            return ("data",)
        uri = block.get("file_uri", block.get("fileUri"))
        if vet and isinstance(uri, str) and uri and not _SERVICE_FILE.search(uri):
            # Gemini's file_data by a URI the service would fetch itself (a video's page, a
            # bucket): nothing here fetches it to check
            where = f"{path}.file_uri"
            if isinstance(mime, str) and mime.lower().startswith(_MEDIA_PREFIXES):
                if not self.allow_media:
                    raise media_refused(where, f"{mime} (URL)")
            else:
                raise refused("document_url", path=where, reason="document")
        if "input_audio" in block:
            if vet and not self.allow_media:
                raise media_refused(f"{path}.input_audio", "audio")
            return ("input_audio",)
        if vet and isinstance(block.get("type"), str):  # a content block
            self._by_url(block, path)
        return ()

    def _by_url(self, block: Mapping[Any, Any], path: str) -> None:
        """Refuse media or a document given by URL (``image_url``, ``file_url``, Anthropic's
        ``source: {"type": "url"}``): the service would fetch it, unchecked. An image by URL
        passes with ``allow_media`` (as an inline one does); a document never does."""
        for key in _URL_KEYS:
            value = block.get(key)
            url = value.get("url") if isinstance(value, Mapping) else value
            if isinstance(url, str) and url.strip() and not url.startswith("data:"):
                where = f"{path}.{key}" + (".url" if isinstance(value, Mapping) else "")
                media = key.partition("_")[0]
                if media in ("file", "document"):
                    raise refused("document_url", path=where, reason="document")
                if not self.allow_media:
                    raise media_refused(where, f"{media} (URL)")
        source = block.get("source")
        if (
            isinstance(source, Mapping)
            and source.get("type") == "url"
            and (block.get("type") != "image" or not self.allow_media)
        ):
            where = f"{path}.source.url"
            if block.get("type") == "image":
                raise media_refused(where, "image (URL)")
            raise refused("document_url", path=where, reason="document")

    def _encoded(self, media_type: str, data: str, path: str, name: str = "document") -> None:
        if media_type.startswith(_MEDIA_PREFIXES):
            if not self.allow_media:
                raise media_refused(path, media_type)
            return
        try:
            raw = base64.b64decode(data, validate=False)
        except (binascii.Error, ValueError):
            raise refused("base64", path=path, reason="unchecked_body") from None
        vet_document(name, media_type, raw, path, self.policy, allow_media=self.allow_media)


def _is_file_tuple(value: tuple[Any, ...]) -> bool:
    """``(filename, content[, content_type[, headers]])``: how SDKs take an upload."""
    return (
        2 <= len(value) <= 4
        and (value[0] is None or isinstance(value[0], str))
        and isinstance(value[1], (bytes, bytearray, io.IOBase, os.PathLike))
    )


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def vet_document(
    name: str,
    media_type: str | None,
    data: bytes,
    path: str,
    policy: Policy,
    *,
    allow_media: bool = False,
) -> None:
    """Let a document leave only when :func:`classify_text` says ``send``; refuse what cannot
    be read (a scanned PDF, a Word 6/95 file, an unknown type) and a document carrying
    images unless media are allowed (their pixels leave with it, unread)."""
    from ai_guard.classify.extract import document_images
    from ai_guard.extract import SUPPORTED_SUFFIXES, read_document_bytes

    suffix = os.path.splitext(name)[1].lower()
    if suffix not in SUPPORTED_SUFFIXES and media_type in _DOC_TYPES:
        name += _DOC_TYPES[media_type]
    try:
        text = read_document_bytes(name, data)
    except InputError as exc:
        raise refused(
            "unreadable_document",
            why=(exc.message_vi, exc.message_en),
            path=path,
            reason="document",
        ) from None
    if not allow_media:
        images = document_images(name, data)
        if images:
            raise media_refused(path, f"{images} image(s) inside {os.path.basename(name)}")
    from ai_guard.classify import classify_text

    verdict = classify_text(text, policy=policy)
    if verdict.recommended_action != "send":
        raise refused(
            "document",
            action=verdict.recommended_action,
            reasons=(_reasons(verdict, "vi"), _reasons(verdict, "en")),
            path=path,
            reason="document",
            check=verdict,
        )


def _reasons(verdict: Any, lang: str) -> str:
    return "; ".join(getattr(r, lang) for r in verdict.reasons[:3])


def refused(
    what: str, *, path: str, reason: str, check: object = None, **words: str | tuple[str, str]
) -> UnguardedPath:
    """The :class:`~ai_guard.errors.UnguardedPath` that says ``what``
    (:func:`ai_guard.i18n.guard_refusal`, filled in with ``words``) about ``path``."""
    vi, en = i18n.guard_refusal(what, **words)
    return UnguardedPath(vi=vi, en=en, path=path, reason=reason, check=check)


def media_refused(path: str, media_type: str) -> UnguardedPath:
    return refused("media", media_type=media_type, path=path, reason="media")


def check_request(
    found: Request, policy: Policy, name: str, model: str | None, *, record: bool = True
) -> tuple[PromptCheck, list[str]]:
    """:func:`check_texts` for a request read by :func:`read`; an identifier (``model``,
    ``*_id``) that would need redaction is refused, since a redacted id breaks the call."""
    check, pieces = check_texts(found.texts, policy, name, model, record=record)
    for i in found.fixed:
        if pieces[i] != found.texts[i]:
            raise refused("identifier", path=found.paths[i], reason="identifier", check=check)
    for i, encoding in found.encoded.items():
        if pieces[i] != found.texts[i]:
            raise refused(
                "encoded", encoding=encoding, path=found.paths[i], reason="encoded", check=check
            )
    return check, pieces


def check_texts(
    texts: list[str], policy: Policy, name: str, model: str | None, *, record: bool = True
) -> tuple[PromptCheck, list[str]]:
    """Check the texts of one request together (one value, one placeholder in every text; one
    decision for the whole request) and return the check and each text redacted. Raises
    :class:`~ai_guard.integrations.PromptBlocked` for a blocked request, and also when a
    redaction swallowed a separator (fail closed). Recorded in the audit log when the policy
    asks; ``record=False``: the caller records the decision itself, once nothing after the
    check can refuse the call (a blocked request is recorded here all the same)."""
    from ai_guard.errors import PromptBlocked
    from ai_guard.integrations import _mark_recorded, _record, _record_refusal
    from ai_guard.prompt import check_prompt

    check = check_prompt(SEP.join(texts), policy=policy)
    if record or check.blocked:
        _record(policy, check, name, model)
    if check.blocked:
        blocked = PromptBlocked(check)
        _mark_recorded(blocked)
        raise blocked
    pieces = check.redacted_text.split(SEP) if texts else []
    if len(pieces) != len(texts):
        # a redaction crossed two texts: fail closed, recorded as what happened
        blocked = PromptBlocked(check)
        if record:
            _record_refusal(policy, name, model, blocked)
        raise blocked
    return check, pieces
