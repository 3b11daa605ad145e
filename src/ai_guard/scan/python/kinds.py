"""Client-origin inference: the kind of value an expression evaluates to.

A kind is a client kind of the catalogue (``openai``, ``anthropic``, ``langchain`` ...) or one
of the markers below: ``guarded`` (a guarded client), ``checked`` (a prompt that passed
through check_prompt), ``llm_output`` (a model's answer or a part of it), ``parameter`` (a
function's parameter: unknown data), ``bedrock`` (a boto3 Bedrock client), ``http_client``,
``url`` (a string naming a vendor endpoint), ``bound:<vendor>`` (an SDK method taken without
calling it: ``create = client.chat.completions.create``, ``functools.partial(...)`` of one,
``getattr(client.chat.completions, "create")``; calling it sends a prompt to ``<vendor>``).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ai_guard.scan.catalogue import INSTRUCTOR_VENDORS, Catalogue
from ai_guard.scan.python.module import ModuleFacts

if TYPE_CHECKING:
    from ai_guard.scan.python.calls import CallMatcher
    from ai_guard.scan.python.project import Taker

__all__ = [
    "BOUND",
    "CHECKED",
    "GUARDED",
    "HTTP_CLIENT",
    "HTTP_VENDOR",
    "LLM_OUTPUT",
    "PARAMETER",
    "SESSION_STORES",
    "URL_DATA",
    "Kinds",
    "Scope",
    "attr_key",
    "guarded_vendor",
    "is_guarded",
    "reads_document",
    "receiver_chain",
    "target_keys",
]

LOCAL_MODEL = "local_model"
"""a model that runs nothing remote (PydanticAI's ``TestModel``, ``FunctionModel``)"""
GUARDED = "guarded"
"""a guarded client; ``guarded:<vendor>`` when its vendor is known (``guard_client`` of
``ai_guard.integrations.openai``, or of a client whose kind is known)"""
PARAMETER = "parameter"  # a function's parameter: unknown data
CHECKED = "checked"
LLM_OUTPUT = "llm_output"
BOUND = "bound"
HTTP_CLIENT = "http_client"
"""an HTTP session (``httpx.AsyncClient()``, ``requests.Session()``): its ``post`` to a vendor's
endpoint is a call"""
URL_DATA = "url_data"
"""a string naming a vendor endpoint that also carries a value not checked (a prompt in its
query): an endpoint for finding the call, unchecked data as an argument"""
HTTP_VENDOR = "http_vendor"
"""an HTTP session made with a vendor's ``base_url``: every request it sends is a call"""
#: Functions that bind a callable's arguments and return a callable that sends the same way
#: (``partial``; ``sync_to_async`` makes an SDK method awaitable), or that call it with the
#: arguments given after it (``asyncio.to_thread(client.chat.completions.create, ...)``).
PARTIALS = frozenset(
    {"functools.partial", "partial", "asgiref.sync.sync_to_async", "sync_to_async",
     "asgiref.sync.async_to_sync", "asyncio.to_thread", "anyio.to_thread.run_sync"}
)  # fmt: skip

#: a LangChain vector store's class methods that embed what they are given to make the store
#: (``Chroma.from_documents(docs, embedding=OpenAIEmbeddings())``): a call of the embedding
#: model's API, and the store made
FILLED_STORES = frozenset(
    {"from_documents", "from_texts", "afrom_documents", "afrom_texts", "from_embeddings"}
)
#: the methods that fill a vector store with documents or texts, at its making or after: each
#: one's text goes to the embedding model's API, given by position or by keyword alike
STORE_FILLS = FILLED_STORES | {"add_documents", "aadd_documents", "add_texts", "aadd_texts"}

#: a vector store's searches: they send the question to the embedding model and return the
#: documents found
STORE_SEARCHES = frozenset(
    {"similarity_search", "similarity_search_with_score", "asimilarity_search",
     "similarity_search_with_relevance_scores", "max_marginal_relevance_search",
     "get_relevant_documents", "aget_relevant_documents"}
)  # fmt: skip

#: CrewAI's class decorator: the class's ``@agent``/``@task`` methods make the crew's members
#: and its ``@crew`` method the crew (``Proj().crew().kickoff(inputs=...)``)
CREW_BASES = frozenset({"crewai.project.CrewBase", "crewai.project.crew_base.CrewBase"})

#: Functions whose result is their argument parsed: ``json.loads(answer)`` is the answer
PARSERS = frozenset(
    {"json.loads", "json.load", "ast.literal_eval", "yaml.safe_load", "yaml.load",
     "orjson.loads", "ujson.loads", "tomllib.loads", "re.search", "re.match", "re.findall",
     "re.fullmatch"}
)  # fmt: skip
#: Functions whose result is their arguments written out: ``json.dumps({"messages": [...]})``,
#: a request body serialised before it is sent, carries what it is given, no more
SERIALIZERS = frozenset({"json.dumps", "orjson.dumps", "ujson.dumps", "simplejson.dumps"})
#: the packages of the LLM frameworks whose objects wrap a model (``langchain_experimental``,
#: ``langchain_core`` ... start with ``langchain``)
_FRAMEWORKS = ("langchain", "langgraph", "llama_index", "haystack")
_FRAMEWORK_KINDS = frozenset({"langchain", "llama_index", "haystack"})
#: LlamaIndex's metadata extractors that ask a model about each node
_LLM_EXTRACTOR = re.compile(
    r"(?:Title|Summary|QuestionsAnswered|Keyword|PydanticProgram)Extractor$"
)
#: their chat message classes, and the documents and nodes a store or an index is filled
#: with: made of their arguments
_MESSAGE_CLASS = re.compile(
    r"(?:(?:Human|System|AI|Chat|Function|Tool)Message(?:Chunk)?|Document|TextNode)$"
)
#: Builtins whose result is made of their arguments.
_PASS_THROUGH = frozenset(
    {"next", "list", "tuple", "str", "dict", "sorted", "reversed", "iter", "min", "max", "set",
     "repr", "format", "len", "sum", "any", "all", "enumerate", "zip"}
)  # fmt: skip


#: Instructor's ``from_provider`` prefixes and ``from_<name>`` factories -> the vendor
_INSTRUCTOR_PROVIDERS = {
    "openai": "openai", "azure_openai": "openai", "anthropic": "anthropic",
    "google": "google", "gemini": "google", "genai": "google", "vertexai": "google",
    "mistral": "mistral", "cohere": "cohere", "groq": "groq", "together": "together",
    "litellm": "litellm", "ollama": "ollama", "bedrock": "bedrock", "fireworks": "fireworks",
    "deepseek": "deepseek", "xai": "xai", "perplexity": "perplexity", "cerebras": "cerebras",
    "openrouter": "openrouter", "writer": "writer",
}  # fmt: skip
#: the kind of a client given to ``instructor.from_openai``/``patch`` -> its vendor
_INSTRUCTOR_WRAPS = {
    "openai": "openai", "anthropic": "anthropic", "groq": "groq", "together": "together",
    "google_genai": "google", "google_generativeai": "google", "mistral": "mistral",
    "cohere": "cohere", "litellm": "litellm", "ollama": "ollama",
}  # fmt: skip
#: PydanticAI's models that call nothing (tests): an Agent given one is no client
_LOCAL_MODELS = frozenset({"TestModel", "FunctionModel"})


#: kinds of data (and endpoints), not of an object that sends to a model
DATA_KINDS = frozenset({PARAMETER, CHECKED, LLM_OUTPUT, URL_DATA, "unchecked", "url"})


@dataclass
class Scope:
    """What is known inside one function (or the module's top level)."""

    env: dict[str, str] = field(default_factory=dict)
    """name (or ``self.attr``) -> kind."""
    literals: dict[str, tuple[ast.expr, ...]] = field(default_factory=dict)
    """name -> the expressions holding the literal text it was given (``x = "..."``,
    ``y = "Tóm tắt: " + x``): checked at the model call it reaches, whatever its name"""
    guarded: bool = False
    pending_checks: dict[str, str] = field(default_factory=dict)
    decided_by_llm: int = 0
    """how many enclosing branches test a model's answer (``if "CHẤP NHẬN" in verdict:``):
    a decision made there is the model's"""
    signed_off: bool = False
    """inside a function guarded by ``@require_human_signoff``: what it records is approved"""
    vendor_headers: set[str] = field(default_factory=set)
    """names given a dict of a vendor's request headers here (``headers =
    {"anthropic-version": ...}``)"""
    file_text: set[str] = field(default_factory=set)
    """names holding a document's text read here (``text += page.extract_text()`` of a
    ``pdfplumber.open(f)``): sent to a model, a file's content (AIG106)"""


#: the kind of an instance of a class of the project that holds a client (:attr:`Kinds.
#: getters`), followed by the class's name
INSTANCE = "instance:"
#: LlamaIndex's global settings object, as imported (``from llama_index.core import Settings``)
_LLAMA_SETTINGS = re.compile(r"^llama_index(?:\.core)?(?:\.settings)?\.Settings$")
#: what reads a document's text: PDF and Word readers, and LangChain's document loaders
_DOCUMENT_READER = re.compile(
    r"^(?:pdfplumber\.open|PyPDF2\.(?:PdfReader|PdfFileReader)|pypdf\.PdfReader|"
    r"(?:fitz|pymupdf)\.open|docx\.Document|pdfminer\.high_level\.extract_text|"
    r"textract\.process|docx2txt\.process|"
    r"langchain(?:_community)?\.document_loaders\.(?:\w+\.)?\w*(?:PDF|Pdf|Docx|Word)\w*Loader)$"
)
#: page methods that return a PDF page's text (pdfplumber, PyPDF2, pypdf)
_PAGE_TEXT = frozenset({"extract_text", "extractText"})


def reads_document(node: ast.AST, facts: ModuleFacts, scope: Scope) -> bool:
    """An expression holding a document's text: a reader's call, a page's ``extract_text()``,
    or a name given one in this scope (``text += page.extract_text()``)."""
    for sub in ast.walk(node):
        if isinstance(sub, ast.Name) and sub.id in scope.file_text:
            return True
        if isinstance(sub, ast.Call):
            func = sub.func
            if isinstance(func, ast.Attribute) and func.attr in _PAGE_TEXT:
                return True
            if _DOCUMENT_READER.match(facts.dotted(func) or ""):
                return True
    return False


def attr_key(node: ast.AST) -> str | None:
    """``name.attr`` for an attribute of a plain name (``self.client``)."""
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        return f"{node.value.id}.{node.attr}"
    return None


def target_keys(target: ast.AST) -> list[str]:
    """The names an assignment target binds (tuples unpacked)."""
    if isinstance(target, ast.Name):
        return [target.id]
    key = attr_key(target)
    if key:
        return [key]
    if isinstance(target, (ast.Tuple, ast.List)):
        return [k for elt in target.elts for k in target_keys(elt)]
    return []


#: SDK namespaces that change what a call returns, not where it goes:
#: ``chat.completions.with_raw_response.create`` sends what ``chat.completions.create`` sends
WRAPPER_ATTRIBUTES = frozenset({"with_raw_response", "with_streaming_response"})
#: client methods that return the same client with other options (Deepgram's API version:
#: ``listen.rest.v("1").transcribe_file`` is ``listen.rest.transcribe_file``)
CLIENT_COPIES = frozenset({"with_options", "copy", "v"})
#: request headers only a vendor's API reads: a request that sends one goes to that API,
#: whatever its URL is built from (``f"{self.api_base}/messages"``, the base from a config)
VENDOR_HEADERS = frozenset(
    {"anthropic-version", "anthropic-beta", "openai-organization", "openai-project",
     "x-goog-api-key"}
)  # fmt: skip
#: UI frameworks' per-user stores, where apps keep a model or a chain between requests
SESSION_STORES = frozenset({"streamlit.session_state", "chainlit.user_session"})


def is_guarded(kind: str | None) -> bool:
    """A guarded client's kind (``guarded`` or ``guarded:<vendor>``)."""
    return kind is not None and (kind == GUARDED or kind.startswith(GUARDED + ":"))


def guarded_vendor(kind: str) -> str | None:
    """The vendor of a guarded client's kind, when known."""
    return kind.partition(":")[2] or None


def receiver_chain(func: ast.expr) -> list[tuple[ast.expr, tuple[str, ...]]]:
    """Down an attribute chain, each receiver with the path called on it: ``a.b.c`` gives
    ``(a.b, ("c",))`` then ``(a, ("b", "c"))``. The SDKs' wrapper namespaces are left out of
    the path (``a.chat.completions.with_raw_response.create`` is ``chat.completions.create``)
    and a client copy is its client (``a.with_options(timeout=5).chat`` is ``a.chat``)."""
    chain: list[tuple[ast.expr, tuple[str, ...]]] = []
    attrs: tuple[str, ...] = ()
    receiver = func
    while True:
        if (
            isinstance(receiver, ast.Call)
            and isinstance(receiver.func, ast.Attribute)
            and receiver.func.attr in CLIENT_COPIES
            and chain
        ):
            receiver = receiver.func.value
            chain.append((receiver, attrs))
            continue
        if not isinstance(receiver, ast.Attribute):
            return chain
        if receiver.attr not in WRAPPER_ATTRIBUTES:
            attrs = (receiver.attr, *attrs)
        receiver = receiver.value
        chain.append((receiver, attrs))


class Kinds:
    """Where a value comes from: client factories (also through factory functions of the
    module and their return annotations), ``self.`` attributes set anywhere in a class, what
    client methods return, a model's answer and the parts of it, checked prompts and the
    expressions built only from them. ``matcher`` (set by :class:`CallMatcher`) says which
    calls reach a model: their result is an LLM's output."""

    matcher: CallMatcher

    def __init__(self, facts: ModuleFacts, cat: Catalogue) -> None:
        self.facts = facts
        self.cat = cat
        self.module_scope = Scope()
        self.factories: dict[str, str] = {}
        #: functions of the module that return a tuple holding a client (``return chain,
        #: retriever``): the kind of each element, in order
        self.tuple_factories: dict[str, tuple[str | None, ...]] = {}
        self.getters: dict[str, dict[str, str]] = {}
        """class of the module (or imported from another module of the project) -> its
        methods that return a client it holds (``def get_llm(self): return self.llm``, the
        model made in ``__init__``): ``Model().get_llm()`` is that client"""
        """function of this module -> the client kind it returns"""
        self.endpoint_fields: frozenset[str] = frozenset()
        """fields declared in a class of this module with a default that names a vendor's
        endpoint (``OPENAI_API_BASE_URL: str = "https://api.openai.com/v1"`` in a settings
        class): read on any object (``self.valves.OPENAI_API_BASE_URL``), they are a URL"""
        self.header_attributes = frozenset(
            key
            for node in facts.nodes
            if isinstance(node, ast.Assign) and _vendor_header_dict(node.value)
            for target in node.targets
            for key in target_keys(target)
            if key.startswith("self.")
        )
        """attributes given a dict of a vendor's request headers (``self.headers =
        {"anthropic-version": ...}`` in ``__init__``): read in every method"""
        root = facts.nodes[0] if facts.nodes else None
        self.functions = {
            stmt.name: stmt
            for stmt in (root.body if isinstance(root, ast.Module) else ())
            if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef))
        }
        """the module's top-level functions, by name"""
        defined: dict[str, list[ast.FunctionDef | ast.AsyncFunctionDef]] = {}
        for stmt in root.body if isinstance(root, ast.Module) else ():
            if isinstance(stmt, ast.ClassDef):
                for item in stmt.body:
                    if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                        defined.setdefault(item.name, []).append(item)
        self.methods = {name: fns[0] for name, fns in defined.items() if len(fns) == 1}
        """the methods of the module's top-level classes that one of them alone defines, by
        name: ``self.answer(chain, q)`` calls that one"""
        self.holders: dict[str, dict[str, str]] = {}
        """class of the module (or of the project) -> the attributes its methods set to a
        client (``self.chain = prompt | self.llm | parser``): what its instances hold"""
        self.takers: dict[str, tuple[str, str]] = {}
        """names imported from another module of the project: (its file, its name there),
        read for what they call on their parameters when a client is handed to one"""
        self.handed: dict[str, dict[str, str]] = {}
        """top-level function -> parameter -> the client kind a call in this module hands it
        (``generate_code(code_llm, text)``: ``llm`` is that model in ``generate_code``)"""
        self.session: dict[str, str] = {}
        """key of a UI framework's session store -> the kind of client kept there
        (``st.session_state.conversation = chain``, ``cl.user_session.set("runnable", r)``):
        read back in any function of the module, it is that client"""

    def _getter_kind(self, node: ast.Call, scope: Scope) -> str | None:
        """``Model()`` of a class that holds a client: an instance of it; ``x.get_llm()`` on
        such an instance: the client that method returns (:attr:`getters`)."""
        if isinstance(node.func, ast.Name) and node.func.id in self.getters:
            return INSTANCE + node.func.id
        if isinstance(node.func, ast.Attribute):
            held = self.kind_of(node.func.value, scope)
            if held is not None and held.startswith(INSTANCE):
                return self.getters.get(held[len(INSTANCE) :], {}).get(node.func.attr)
        return None

    def learn_getters(self) -> None:
        """:attr:`getters` of the module's classes: a method returning ``self.X`` where a
        method of the class (``__init__``) sets ``self.X`` to a client, or returning a client
        it makes."""
        for cls in self.facts.nodes:
            if not isinstance(cls, ast.ClassDef):
                continue
            methods = [
                m for m in cls.body if isinstance(m, (ast.FunctionDef, ast.AsyncFunctionDef))
            ]
            held: dict[str, str] = {}
            for method in methods:
                for sub in ast.walk(method):
                    if isinstance(sub, ast.Assign):
                        kind = self.kind_of(sub.value, self.module_scope)
                        if kind in self.cat.client_kinds:
                            for t in sub.targets:
                                key = attr_key(t)
                                if key and key.startswith("self."):
                                    held[key[5:]] = kind
            found: dict[str, str] = {}
            for method in methods:
                for sub in ast.walk(method):
                    if not isinstance(sub, ast.Return) or sub.value is None:
                        continue
                    key = attr_key(sub.value)
                    kind = (
                        held.get(key[5:])
                        if key and key.startswith("self.")
                        else self.kind_of(sub.value, self.module_scope)
                    )
                    if kind in self.cat.client_kinds:
                        found[method.name] = kind
            if found:
                self.getters[cls.name] = found
            if held:
                self.holders[cls.name] = held

    def _settings_llm(self, node: ast.AST) -> bool:
        """LlamaIndex's global model, ``Settings.llm`` (or ``getattr(Settings, "_llm")``):
        the model a module of the project set, or LlamaIndex's default, OpenAI's; read in any
        module (``Settings.llm.complete(prompt)``, ``llm = Settings.llm``), it is a model."""
        if isinstance(node, ast.Attribute) and node.attr in ("llm", "_llm"):
            owner = self.facts.dotted(node.value) or ""
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "getattr"
            and len(node.args) >= 2
            and isinstance(node.args[1], ast.Constant)
            and node.args[1].value in ("llm", "_llm")
        ):
            owner = self.facts.dotted(node.args[0]) or ""
        else:
            return False
        return _LLAMA_SETTINGS.match(owner) is not None

    def sent_through(self, node: ast.Call, scope: Scope) -> tuple[str, Taker] | None:
        """:meth:`handed_to`, when what that function sends is not found in its own module's
        scan (a path of the catalogue on an untyped parameter is not: it is listed here)."""
        found = self.handed_to(node, scope)
        return (found[0], found[1]) if found is not None and not found[2] else None

    def handed_to(self, node: ast.Call, scope: Scope) -> tuple[str, Taker, bool] | None:
        """A client, model or chain handed to a function of another module of the project
        that calls on that parameter what sends to it (``chat_interface(agent, prompt)``,
        whose body calls ``agent.chat(prompt)``, given the engine another module's
        ``initialize_chatbot()`` returned): the client's kind and that function. What it
        sends there is not read: the call is reported where the client is handed."""
        target, positional = node.func, list(node.args)
        if self.facts.dotted(target) in PARTIALS and positional:
            # partial(location_info, self): the function is called later with what it binds
            target, positional = positional[0], positional[1:]
        if not isinstance(target, ast.Name) or target.id in self.functions:
            return None
        imported = self.takers.get(target.id)
        if imported is None:
            return None
        values = [*positional, *(k.value for k in node.keywords if k.arg is not None)]
        if not any(
            not isinstance(v, ast.Starred)
            and (self.kind_of(v, scope) in self.cat.client_kinds or self.held_by(v, scope))
            for v in values
        ):
            return None  # no client handed: the other module is not read
        from ai_guard.scan.python.project import taker as read_taker

        taker = read_taker(*imported)
        if taker is None:
            return None
        given = [
            *zip(taker.params, positional, strict=False),
            *((k.arg, k.value) for k in node.keywords if k.arg is not None),
        ]
        listed: tuple[str, Taker, bool] | None = None
        for name, value in given:
            if isinstance(value, ast.Starred):
                break
            kind = self.kind_of(value, scope)
            if kind is None or kind not in self.cat.client_kinds:
                # an object holding clients (the chatbot handed as ``self``): what the other
                # function calls on one of its attributes (``bot.chain.invoke(q)``) sends
                held = self.held_by(value, scope)
                for path in taker.calls.get(name, ()):
                    attr, _, rest = path.partition(".")
                    if rest and (held.get(attr), rest) in self.cat.calls:
                        return held[attr], taker, False
                continue
            paths = [p for p in taker.calls.get(name, ()) if (kind, p) in self.cat.calls]
            if paths and not all(self._found_there(p) for p in paths):
                return kind, taker, False
            if paths and listed is None:
                listed = (kind, taker, True)
        return listed

    def held_by(self, value: ast.expr, scope: Scope) -> dict[str, str]:
        """The clients an object holds in its attributes, by attribute: ``self`` in a method
        (what the class set on ``self``), or an instance of a class of the module or of the
        project that keeps one (``Model()``)."""
        if isinstance(value, ast.Name) and value.id == "self":
            out: dict[str, str] = {}
            for env in (self.module_scope.env, scope.env):
                for key, kind in env.items():
                    attr = key[5:] if key.startswith("self.") else ""
                    if attr and "." not in attr and kind in self.cat.client_kinds:
                        out[attr] = kind
            return out
        made = self.kind_of(value, scope)
        if made is not None and made.startswith(INSTANCE):
            return dict(self.holders.get(made[len(INSTANCE) :], {}))
        return {}

    def _found_there(self, path: str) -> bool:
        """A call the other module's own scan finds on a receiver of unknown kind (a method
        only LLM clients have, ``model.generate_content(...)``, ``client.chat.completions.
        create(...)``): listed there, not again where the client is handed."""
        from ai_guard.scan.python.calls import own_method

        parts = path.split(".")
        return own_method(path) or any(
            ".".join(parts[i:]) in self.cat.chains for i in range(len(parts) - 1)
        )

    def note_handed(self, node: ast.Call, scope: Scope) -> None:
        """A client, model or chain handed to a top-level function of this module, or to a
        method of its classes through ``self`` (``self._answer(chain, query)``: the method one
        class alone defines) (``generate_code(code_llm, text)``, ``answer(question,
        chain=rag_chain)``, or bound
        by ``functools.partial(agent_node, agent=agent)`` for a graph's node to call): in
        that function's body the parameter is that client, wherever the function is called
        from. The module's top level runs before its functions, so a call there is known
        when the function's body is read; one made in a function walked after it has the
        function walked again (:meth:`Flow.run`)."""
        target, positional = node.func, node.args
        if (
            self.facts.dotted(target) in PARTIALS
            and positional
            and not isinstance(positional[0], ast.Starred)
        ):
            # functools.partial(agent_node, agent=research_agent): the function is called
            # later (a LangGraph node, a callback) with what the partial binds
            target, positional = positional[0], positional[1:]
        if (
            isinstance(target, ast.Attribute)
            and isinstance(target.value, ast.Name)
            and target.value.id == "self"
            and target.attr in self.methods
        ):
            # self._answer(chain, query): the method's parameter after self is the chain
            fn, key = self.methods[target.attr], f"self.{target.attr}"
            params = [a.arg for a in (*fn.args.posonlyargs, *fn.args.args)][1:]
        elif isinstance(target, ast.Name) and target.id in self.functions:
            fn = self.functions[target.id]
            key = fn.name
            params = [a.arg for a in (*fn.args.posonlyargs, *fn.args.args)]
        else:
            return
        given = [
            *zip(params, positional, strict=False),
            *((k.arg, k.value) for k in node.keywords if k.arg is not None),
        ]
        for name, value in given:
            if isinstance(value, ast.Starred):
                break  # f(*args): the positions after it are not known
            kind = self.kind_of(value, scope)
            if kind is not None and (kind in self.cat.client_kinds or is_guarded(kind)):
                held = self.handed.setdefault(key, {})
                # a guarded client handed in one call never hides an unguarded one handed
                # in another: the function sends through either
                if not (is_guarded(kind) and name in held):
                    held[name] = kind

    def vendor_headers(self, value: ast.expr, scope: Scope) -> bool:
        """Headers that only a vendor's API reads: a dict literal, or a name given one in
        this function (an attribute of ``self``: in the class)."""
        if isinstance(value, (ast.Name, ast.Attribute)):
            key = value.id if isinstance(value, ast.Name) else attr_key(value)
            return key in scope.vendor_headers or key in self.header_attributes
        return _vendor_header_dict(value)

    @staticmethod
    def keep_headers(key: str, value: ast.expr, scope: Scope) -> None:
        """Whether ``key`` now holds a vendor's request headers."""
        if _vendor_header_dict(value):
            scope.vendor_headers.add(key)
        else:
            scope.vendor_headers.discard(key)

    def session_key(self, node: ast.AST) -> str | None:
        """The key an expression reads or writes in a session store: ``st.session_state.x``,
        ``st.session_state["x"]``, ``st.session_state.get("x")``,
        ``cl.user_session.get("x")``."""
        if isinstance(node, ast.Attribute):
            return node.attr if self.facts.dotted(node.value) in SESSION_STORES else None
        store: ast.expr
        if isinstance(node, ast.Subscript):
            store, key = node.value, node.slice
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "get"
            and node.args
        ):
            store, key = node.func.value, node.args[0]
        else:
            return None
        if not (isinstance(key, ast.Constant) and isinstance(key.value, str)):
            return None
        return key.value if self.facts.dotted(store) in SESSION_STORES else None

    def keep_in_session(self, key: str | None, kind: str | None) -> None:
        """A client (a model, a chain, an agent) put in a session store under ``key``."""
        if key and kind and kind not in (CHECKED, LLM_OUTPUT, PARAMETER, "url", "unchecked"):
            self.session[key] = kind

    def kind_of(self, node: ast.AST, scope: Scope) -> str | None:
        """The kind of the value an expression evaluates to."""
        if self._settings_llm(node):
            return "llama_index"
        if self.getters and isinstance(node, ast.Call):
            got = self._getter_kind(node, scope)
            if got is not None:
                return got
        if self.session:
            key = self.session_key(node)
            if key is not None and key in self.session:
                return self.session[key]
        if isinstance(node, ast.Subscript):
            held = self._held(node.value, scope)
            if held is not None:
                return held  # chat_sessions[user_id]: a dict of clients holds clients
            inner = self.kind_of(node.value, scope)
            return LLM_OUTPUT if inner == LLM_OUTPUT else None
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("get", "setdefault", "pop")
        ):
            held = self._held(node.func.value, scope)
            if held is not None:
                return held
        if isinstance(node, ast.Attribute) and node.attr != "redacted_text":
            # r.choices[0].message.content: a part of an LLM's answer is the answer
            root: ast.AST = node.value
            while isinstance(root, (ast.Attribute, ast.Subscript)):
                root = root.value
            if self.kind_of(root, scope) == LLM_OUTPUT:
                return LLM_OUTPUT
        if isinstance(node, ast.Call) and self.facts.dotted(node.func) in PARTIALS and node.args:
            # partial(client.chat.completions.create, model="m"): still the SDK method
            target = self.bound_vendor(node.args[0], scope)
            return f"{BOUND}:{target}" if target else None
        if isinstance(node, ast.Call):
            returned = self.returned_kind(node, scope)
            if returned is not None:
                return returned
            path = self.facts.dotted(node.func) or ""
            if path.startswith("langchain") and path.rsplit(".", 1)[-1] in FILLED_STORES:
                return self._made_by(node, scope)  # the store, sending to its embedding model
            vendor = self.matcher.vendor(node, scope)
            if vendor == "retriever" or (
                vendor is not None
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in STORE_SEARCHES
            ):
                # the documents a search found: data the scanner cannot vouch for, not a
                # model's answer
                return None
            if vendor is not None:
                return LLM_OUTPUT
            if self.facts.dotted(node.func) in PARSERS and any(
                self.kind_of(arg, scope) == LLM_OUTPUT for arg in node.args
            ):
                return LLM_OUTPUT  # json.loads(answer): the answer, parsed
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            # stream.get_final_message(), response.model_dump(): made from the model's answer
            base: ast.AST = node.func.value
            while isinstance(base, (ast.Attribute, ast.Subscript)):
                base = base.value
            if isinstance(base, ast.Name) and self.kind_of(base, scope) == LLM_OUTPUT:
                return LLM_OUTPUT
        if isinstance(node, ast.Name):
            return scope.env.get(node.id) or self.module_scope.env.get(node.id)
        if isinstance(node, ast.Attribute):
            key = attr_key(node)
            if key and (key in scope.env or key in self.module_scope.env):
                return scope.env.get(key) or self.module_scope.env.get(key)
            if node.attr == "redacted_text":
                return CHECKED
            return None
        if isinstance(node, ast.Await):
            return self.kind_of(node.value, scope)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            # LangChain expression language: prompt | llm | parser runs the model
            for side in (node.left, node.right):
                if self.kind_of(side, scope) in ("langchain", "llama_index"):
                    return "langchain"
                # {"decision": router_chain, "request": RunnablePassthrough()} | branch: a
                # dict piped is a RunnableParallel that runs each of its values
                if isinstance(side, ast.Dict) and any(
                    self.kind_of(v, scope) in ("langchain", "llama_index") for v in side.values
                ):
                    return "langchain"
            return None
        if isinstance(node, ast.Call):
            func = node.func
            if self.facts.dotted(func) == "typing.cast" and len(node.args) == 2:
                # cast(Runnable, cl.user_session.get("runnable")): the value, its type told
                return self.kind_of(node.args[1], scope)
            if isinstance(func, ast.Attribute) and func.attr in CLIENT_COPIES:
                # client.with_options(timeout=5), guard_client(c).copy(): the same client
                copied = self.kind_of(func.value, scope)
                if copied is not None and copied not in (CHECKED, LLM_OUTPUT, PARAMETER):
                    return copied
            made = self._made_by(node, scope)
            return made if made is not None else self._made_from_handed(node, scope)
        return None

    def _made_from_handed(self, node: ast.Call, scope: Scope) -> str | None:
        """What a function of another module of the project returns when it is handed a
        client and returns what a method of it makes (``chat = start_session(model)``, whose
        body returns ``model.start_chat(...)``, kept in a session store on the way): that
        client (the chat), sent through wherever it goes next."""
        if not isinstance(node.func, ast.Name) or node.func.id not in self.takers:
            return None
        given = [
            *((None, v) for v in node.args),
            *((k.arg, k.value) for k in node.keywords if k.arg is not None),
        ]
        kinds = [(name, self.kind_of(v, scope)) for name, v in given]
        if not any(k in self.cat.client_kinds for _, k in kinds):
            return None
        from ai_guard.scan.python.project import taker as read_taker

        taker = read_taker(*self.takers[node.func.id])
        if taker is None or not taker.returns:
            return None
        for i, (name, kind) in enumerate(kinds):
            if name is None and i >= len(taker.params):
                break
            param = name if name is not None else taker.params[i]
            path = taker.returns.get(param)
            if path is not None and kind is not None:
                made = self.cat.returns.get((kind, path))
                if made is not None:
                    return made
        return None

    def _held(self, container: ast.expr, scope: Scope) -> str | None:
        """The kind of client a container holds (``chat_sessions`` of ``chat_sessions[k] =
        model.start_chat()``, or annotated ``Dict[str, genai.ChatSession]``), else None."""
        key = container.id if isinstance(container, ast.Name) else attr_key(container)
        if key is None:
            return None
        key += "[]"
        return scope.env.get(key) or self.module_scope.env.get(key)

    def learn_containers(self) -> None:
        """Dicts and lists of the module that hold clients: a client stored by subscript
        anywhere (``chat_sessions[user_id] = model_input.start_chat()`` in a function whose
        ``model_input`` is annotated ``genai.GenerativeModel``), or a module variable
        annotated as a container of a client class. Read back by subscript or ``.get()``
        (and returned by a factory function) it is that client."""
        env = self.module_scope.env
        root = self.facts.nodes[0] if self.facts.nodes else None
        for stmt in root.body if isinstance(root, ast.Module) else ():
            if (
                isinstance(stmt, ast.AnnAssign)
                and isinstance(stmt.target, ast.Name)
                and isinstance(stmt.annotation, ast.Subscript)
            ):
                kind = self.facts.annotation_kind(stmt.annotation.slice)
                if kind:
                    env[f"{stmt.target.id}[]"] = kind
        for node in self.facts.nodes:
            if isinstance(node, ast.Module):
                local, body = self.module_scope, node.body
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                local = Scope()
                for a in (*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs):
                    kind = self.facts.annotation_kind(a.annotation)
                    if kind:
                        local.env[a.arg] = kind
                body = node.body
            else:
                continue
            for sub in (s for stmt in body for s in ast.walk(stmt)):
                if not isinstance(sub, ast.Assign):
                    continue
                for target in sub.targets:
                    if not isinstance(target, ast.Subscript):
                        continue
                    key = (
                        target.value.id
                        if isinstance(target.value, ast.Name)
                        else attr_key(target.value)
                    )
                    kind = self.kind_of(sub.value, local) if key else None
                    if key and kind in self.cat.client_kinds:
                        env[f"{key}[]"] = kind

    def bound_vendor(self, node: ast.expr, scope: Scope) -> str | None:
        """The vendor a method reference sends to when it is called (``None`` for anything
        else): an SDK method taken without calling it, a name bound to one, ``getattr`` of a
        client path with a literal attribute name, a partial of any of these."""
        if isinstance(node, ast.Name) or attr_key(node):
            kind = self.kind_of(node, scope)
            if kind is not None and kind.startswith(BOUND + ":"):
                return kind.partition(":")[2]
            if isinstance(node, ast.Name):
                return None
        if isinstance(node, ast.Call):
            if (
                isinstance(node.func, ast.Name)
                and node.func.id == "getattr"
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant)
                and isinstance(node.args[1].value, str)
            ):
                node = ast.Attribute(value=node.args[0], attr=node.args[1].value, ctx=ast.Load())
            else:
                kind = self.kind_of(node, scope)
                return kind.partition(":")[2] if kind and kind.startswith(BOUND + ":") else None
        if not isinstance(node, ast.Attribute):
            return None
        return self.matcher.vendor(ast.Call(func=node, args=[], keywords=[]), scope)

    def _made_by(self, node: ast.Call, scope: Scope) -> str | None:
        """The kind of client a call makes: a guard wrapper, a factory of the catalogue, a
        boto3 Bedrock client, a factory function of this module."""
        path = self.facts.dotted(node.func)
        if path in self.cat.guard_wrappers:
            # the vendor: the integration's module, or the kind of the client it wraps
            module = path.rsplit(".", 2)
            if path.startswith("ai_guard.integrations.") and len(module) == 3:
                return f"{GUARDED}:{module[1]}"
            inner = self.kind_of(node.args[0], scope) if node.args else None
            if inner is not None and inner in self.cat.client_kinds:
                return f"{GUARDED}:{inner}"
            return GUARDED
        client = self.cat.client_kind(path) if path else None
        if client == "instructor":
            return self._instructor(path or "", node, scope)
        if client == "pydantic_ai" and self.local_model(node, scope):
            return None  # Agent("test"), Agent(TestModel()): no model is called
        if client is not None:
            return client
        if path and path.rsplit(".", 1)[-1] in _LOCAL_MODELS and path.startswith("pydantic_ai"):
            return LOCAL_MODEL
        if path in self.cat.http_clients:
            base = next((k.value for k in node.keywords if k.arg in ("base_url", "base")), None)
            if base is None and path == "aiohttp.ClientSession" and node.args:
                base = node.args[0]  # aiohttp.ClientSession("https://api.openai.com")
            if base is not None and self.names_endpoint(base, scope):
                return HTTP_VENDOR
            return HTTP_CLIENT
        made = self._framework_wrapper(path, node, scope)
        if made is not None:
            return made
        if path and path.startswith("llama_index") and path.endswith(".IngestionPipeline"):
            return self._ingestion(node, scope)
        if path and path.startswith("llama_index") and path.endswith(".SimpleDirectoryReader"):
            # file_extractor={".pdf": LlamaParse()}: the folder's files of that suffix are
            # uploaded to LlamaCloud's parser when the reader loads them
            extractor = next((k.value for k in node.keywords if k.arg == "file_extractor"), None)
            return "llamaparse" if self._parser_map(extractor, scope) else None
        if path and path.startswith("haystack.") and path.endswith(".from_template"):
            # Pipeline.from_template(PredefinedPipeline.RAG): Haystack's templates run
            # OpenAIGenerator, all but INDEXING (local embeddings); a template the code does
            # not name is not vouched for
            template = node.args[0] if node.args else None
            given = [k.value for k in node.keywords if k.arg == "predefined_pipeline"]
            template = given[0] if given else template
            named = template.attr if isinstance(template, ast.Attribute) else None
            return None if named == "INDEXING" else "haystack"
        if isinstance(node.func, ast.Attribute) and node.func.attr == "client":
            # boto3.client("bedrock-runtime"), boto3.client(service_name="bedrock-runtime"),
            # boto3.Session(...).client(...) or a session's: the service's name says it
            service = node.args[0] if node.args else None
            service = next((k.value for k in node.keywords if k.arg == "service_name"), service)
            if isinstance(service, ast.Constant) and service.value in self.cat.boto3_services:
                return "bedrock"
        if isinstance(node.func, ast.Name) and node.func.id in self.factories:
            return self.factories[node.func.id]
        key = attr_key(node.func)
        if key is not None and key in self.factories:
            return self.factories[key]  # import app_chain; app_chain.create_chain()
        return None

    def _parser_map(self, extractor: ast.expr | None, scope: Scope) -> bool:
        """A reader's ``file_extractor`` that maps a suffix to LlamaParse: a dict written there,
        or a name the module binds to one (``file_extractor = {".pdf": parser}``) or fills by
        subscript (``file_extractor[".pdf"] = parser``)."""
        if extractor is None:
            return False
        values: list[ast.expr | None] = []
        if isinstance(extractor, ast.Dict):
            values = list(extractor.values)
        elif isinstance(extractor, ast.Name):
            name = extractor.id
            if "llamaparse" in (scope.env.get(f"{name}[]"), self.module_scope.env.get(f"{name}[]")):
                return True
            values = [
                v
                for sub in self.facts.nodes
                if isinstance(sub, ast.Assign)
                and isinstance(sub.value, ast.Dict)
                and any(isinstance(t, ast.Name) and t.id == name for t in sub.targets)
                for v in sub.value.values
            ]
        return any(v is not None and self.kind_of(v, scope) == "llamaparse" for v in values)

    def _ingestion(self, node: ast.Call, scope: Scope) -> str | None:
        """LlamaIndex's ``IngestionPipeline(transformations=[...])``: its ``run`` sends every
        node to a model when a step asks one (a title, summary, questions or keywords
        extractor: the model given, or ``Settings.llm``) or embeds by an API; one of local
        steps only (a splitter, a local embedding model) sends nothing."""
        steps = node.args[0] if node.args else None
        steps = next((k.value for k in node.keywords if k.arg == "transformations"), steps)
        if not isinstance(steps, (ast.List, ast.Tuple)):
            return None
        for step in steps.elts:
            called = step.func if isinstance(step, ast.Call) else None
            name = (self.facts.dotted(called) or "") if called is not None else ""
            if _LLM_EXTRACTOR.search(name) or self.kind_of(step, scope) == "llama_index":
                return "llama_index"
        return None

    def local_model(self, node: ast.Call, scope: Scope, *, keyword_only: bool = False) -> bool:
        """A PydanticAI ``Agent(...)`` (or a run given ``model=``) whose model is ``"test"``
        or a ``TestModel()`` / ``FunctionModel(...)``, also through a name: it calls no
        model."""
        model = node.args[0] if node.args and not keyword_only else None
        model = next((k.value for k in node.keywords if k.arg == "model"), model)
        if isinstance(model, ast.Constant):
            return model.value == "test"
        return model is not None and self.kind_of(model, scope) == LOCAL_MODEL

    def _instructor(self, path: str, node: ast.Call, scope: Scope) -> str:
        """An Instructor client, named by the vendor it sends to when the code says which:
        the provider of ``from_provider("anthropic/claude-...")``, the client given to
        ``from_openai(OpenAI())`` or ``patch(...)``, the vendor a ``from_<vendor>`` names."""
        factory = path.rsplit(".", 1)[-1]
        vendor: str | None = None
        first = node.args[0] if node.args else None
        if factory == "from_provider":
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                vendor = _INSTRUCTOR_PROVIDERS.get(first.value.partition("/")[0].lower())
        else:
            inner = self.kind_of(first, scope) if first is not None else None
            vendor = _INSTRUCTOR_WRAPS.get(inner or "") or _INSTRUCTOR_PROVIDERS.get(
                factory.removeprefix("from_")
            )
        return f"instructor_{vendor}" if vendor in INSTRUCTOR_VENDORS else "instructor"

    def _framework_wrapper(self, path: str | None, node: ast.Call, scope: Scope) -> str | None:
        """What LangChain, LlamaIndex or Haystack builds around a model: a callable of theirs
        given a model, chain or agent (``ConversationalRetrievalChain.from_llm(llm=llm)``,
        ``RunnableWithMessageHistory(chain, ...)``, ``AgentExecutor.from_agent_and_tools(
        agent=agent)``, ``create_pandas_dataframe_agent(llm, df)``, Haystack's
        ``Agent(chat_generator=...)``) returns something whose ``invoke``/``run`` sends to
        that model."""
        root = path.split(".")[0] if path else ""
        if not root.startswith(_FRAMEWORKS):
            return None
        given = (*node.args, *(k.value for k in node.keywords))
        for arg in given:
            kind = self.kind_of(arg.value if isinstance(arg, ast.Starred) else arg, scope)
            if kind in _FRAMEWORK_KINDS:
                return next(
                    (k for k in ("llama_index", "haystack") if root.startswith(k)), "langchain"
                )
        return None

    def names_endpoint(self, value: ast.expr, scope: Scope) -> bool:
        """An expression that names a vendor's endpoint: a literal, a part of an f-string or a
        sum, an f-string read whole (``f"{BASE}/openai/deployments/{name}/embeddings"``), a
        name bound to one (``URL = "https://api.openai.com/v1/chat/completions"``) or a field
        whose default in a class of this module names one (``self.valves.API_BASE_URL``).
        A URL read whole that ends in a vendor's key or account route
        (``f"{OPENROUTER}/api/v1/keys"``, ``BASE + "/api/v1/keys"``) is not one, whatever its
        host's name holds."""
        if self.cat.names_account_route(_route_text(value)):
            return False
        for sub in ast.walk(value):
            if self._literal_endpoint(sub):
                return True
            if isinstance(sub, (ast.Name, ast.Attribute)) and self.kind_of(sub, scope) in (
                "url",
                URL_DATA,
            ):
                return True
            if isinstance(sub, ast.Attribute) and sub.attr in self.endpoint_fields:
                return True
        return False

    def _literal_endpoint(self, node: ast.AST) -> bool:
        """A string literal, or an f-string with its holes filled by the names they hold
        (``f"{ollama_base_url}/api/chat"`` reads ``ollama_base_url/api/chat``), that names an
        endpoint."""
        if isinstance(node, ast.Constant):
            return self.cat.names_endpoint(node.value)
        if isinstance(node, ast.JoinedStr):
            return self.cat.names_endpoint("".join(map(_hole_text, node.values)))
        return False

    def returned_kind(self, node: ast.Call, scope: Scope) -> str | None:
        """What a client method returns when that is another client (``chats.create``)."""
        func = node.func
        if not isinstance(func, ast.Attribute):
            return None
        if func.attr in self.cat.method_returns:
            return self.cat.method_returns[func.attr]
        if not self.cat.returns:
            return None
        for receiver, attrs in receiver_chain(func):
            kind = self.kind_of(receiver, scope)
            if kind and (kind, ".".join(attrs)) in self.cat.returns:
                return self.cat.returns[(kind, ".".join(attrs))]
        return None

    def derived(self, value: ast.expr, scope: Scope) -> str | None:
        """An expression built only from checked values and literals is checked; one that
        names a vendor endpoint is a URL; one holding a model's answer is an LLM's output."""
        leaves = list(self.leaves(value, scope))
        parts = list(ast.walk(value))
        if (
            any(self._literal_endpoint(v) for v in parts)
            or any(isinstance(v, ast.Attribute) and v.attr in self.endpoint_fields for v in parts)
            or any(
                # url = BAIDU_CHAT + model + "?access_token=" + token, BAIDU_CHAT an endpoint
                isinstance(v, (ast.Name, ast.Attribute))
                and self.kind_of(v, scope) in ("url", URL_DATA)
                for v in parts
            )
        ):
            # an endpoint built from configuration only is no data; one that carries a value
            # the guard did not check ("...?prompt={text}") still sends it
            return "url" if all(ok for _, ok in leaves) else URL_DATA
        if any(self.kind_of(leaf, scope) == LLM_OUTPUT for leaf, _ in leaves):
            return LLM_OUTPUT
        if all(ok for _, ok in leaves):
            # checked values and literals only (a prompt written in the code is AIG105's)
            return CHECKED
        return None

    def literal_sources(self, node: ast.AST, scope: Scope) -> tuple[ast.expr, ...]:
        """The expressions holding the literal text a name (or ``self.attr``) was given, in
        the function or at the module's top level; empty for anything else."""
        key = node.id if isinstance(node, ast.Name) else attr_key(node)
        if key is None:
            return ()
        return scope.literals.get(key) or self.module_scope.literals.get(key) or ()

    def sources_of(self, value: ast.expr, scope: Scope) -> tuple[ast.expr, ...]:
        """What a value built from literals and checked values carries as literal text: the
        value itself when a string literal is part of it, and the literal text of the names
        it is built from."""
        own = any(isinstance(n, ast.Constant) and isinstance(n.value, str) for n in ast.walk(value))
        inherited = tuple(
            src
            for n in ast.walk(value)
            if isinstance(n, (ast.Name, ast.Attribute))
            for src in self.literal_sources(n, scope)
        )
        return ((value,) if own else ()) + inherited

    def holds_llm_output(self, test: ast.expr, scope: Scope) -> bool:
        """A condition that reads a model's answer."""
        return any(
            isinstance(n, (ast.Name, ast.Attribute, ast.Subscript, ast.Call))
            and self.kind_of(n, scope) == LLM_OUTPUT
            for n in ast.walk(test)
        )

    def leaves(self, node: ast.AST, scope: Scope) -> Iterator[tuple[ast.AST, bool]]:
        """Non-literal parts of an expression, each with whether it is checked."""
        if isinstance(node, ast.Constant):
            return
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            for elt in node.elts:
                yield from self.leaves(elt, scope)
            return
        if isinstance(node, ast.Dict):
            for k, v in zip(node.keys, node.values, strict=True):
                if k is not None:
                    yield from self.leaves(k, scope)
                yield from self.leaves(v, scope)
            return
        if isinstance(node, ast.JoinedStr):
            for part in node.values:
                if isinstance(part, ast.FormattedValue):
                    yield from self.leaves(part.value, scope)
            return
        if isinstance(node, ast.BinOp):
            yield from self.leaves(node.left, scope)
            yield from self.leaves(node.right, scope)
            return
        if isinstance(node, ast.Starred):
            yield from self.leaves(node.value, scope)
            return
        if isinstance(node, ast.Attribute) and node.attr.isupper() and self.facts.dotted(node):
            return  # a constant of an imported module (anthropic.HUMAN_PROMPT)
        if isinstance(node, ast.Attribute) and node.attr in self.endpoint_fields:
            return  # a settings field naming an endpoint (self.valves.OPENAI_API_BASE_URL)
        if isinstance(node, ast.Name) and node.id.isupper() and node.id in self.facts.aliases:
            return  # from anthropic import HUMAN_PROMPT
        if isinstance(node, (ast.GeneratorExp, ast.ListComp, ast.SetComp)):
            for gen in node.generators:  # the elements come from what is iterated
                yield from self.leaves(gen.iter, scope)
            return
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in _PASS_THROUGH
            and node.func.id not in self.facts.aliases
        ):
            for arg in node.args:  # next(...), list(...), str(...): made of their arguments
                yield from self.leaves(arg, scope)
            return
        if isinstance(node, ast.Call) and self.facts.dotted(node.func) in SERIALIZERS:
            # body=json.dumps({...}): the body is what it serialises (its keyword arguments,
            # indent=, ensure_ascii=, are settings)
            for arg in node.args:
                yield from self.leaves(arg, scope)
            return
        if isinstance(node, ast.Call) and self._message_class(node):
            # HumanMessage(content="..."): a framework's message is made of what it is given
            for arg in (*node.args, *(k.value for k in node.keywords)):
                yield from self.leaves(arg, scope)
            return
        kind = self.kind_of(node, scope)
        # a model's own answer sent back (multi-turn) carries no new data from the user, nor
        # does the endpoint's address (requests.post(URL, json=...) with URL a constant)
        yield node, kind in (CHECKED, LLM_OUTPUT, "url")

    def _message_class(self, node: ast.Call) -> bool:
        """A chat message class of LangChain, LlamaIndex or Haystack (``SystemMessage``,
        ``HumanMessage``, ``AIMessage``, ``ChatMessage`` ...) or one of its constructors
        (Haystack's ``ChatMessage.from_user``), or their ``Document``, ``TextNode``, imported
        from any of them."""
        path = self.facts.dotted(node.func)
        if not path or not path.startswith(_FRAMEWORKS):
            return False
        parts = path.rsplit(".", 2)
        if len(parts) == 3 and parts[2].startswith("from_"):
            return _MESSAGE_CLASS.match(parts[1]) is not None
        return _MESSAGE_CLASS.match(parts[-1]) is not None

    # -- what the module sets up before its functions run -------------------------------------
    def learn_factories(self) -> None:
        """Functions of the module that return a client (by annotation or by what they
        return), and the methods of its classes that do (:meth:`learn_getters`)."""
        self.learn_getters()
        for node in self.facts.nodes:
            if isinstance(node, ast.ClassDef) and any(
                self.facts.dotted(d.func if isinstance(d, ast.Call) else d) in CREW_BASES
                for d in node.decorator_list
            ):
                # @CrewBase class Proj: Proj().crew() is the crew its methods assemble
                self.factories[node.name] = "crewai"
                continue
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                kind = self.facts.annotation_kind(node.returns)
                if kind:
                    self.factories[node.name] = kind
                    continue
                body = list(ast.walk(node))
                returns = [s.value for s in body if isinstance(s, ast.Return) and s.value]
                local = self._returned_locals(body, returns, node.args)
                for value in returns:
                    if isinstance(value, ast.Tuple):
                        # return rag_chain, retriever: unpacked where it is called
                        kinds = tuple(self.kind_of(e, local) for e in value.elts)
                        if any(k and k not in DATA_KINDS for k in kinds):
                            self.tuple_factories[node.name] = kinds
                        continue
                    kind = self.kind_of(value, local)
                    if kind:
                        self.factories[node.name] = kind

    def unpacked(self, target: ast.expr, value: ast.expr) -> list[tuple[str, str | None]]:
        """``chain, retriever = load_chain()``: each name of the target with the kind of the
        element the module's function returns there; nothing for any other assignment."""
        call = value.value if isinstance(value, ast.Await) else value
        if not (
            isinstance(target, (ast.Tuple, ast.List))
            and isinstance(call, ast.Call)
            and isinstance(call.func, ast.Name)
            and call.func.id in self.tuple_factories
        ):
            return []
        kinds = self.tuple_factories[call.func.id]
        if len(kinds) != len(target.elts) or any(isinstance(e, ast.Starred) for e in target.elts):
            return []
        pairs = zip(target.elts, kinds, strict=True)
        return [(key, kind) for elt, kind in pairs for key in target_keys(elt)]

    def _returned_locals(
        self, body: list[ast.AST], returns: list[ast.expr], args: ast.arguments
    ) -> Scope:
        """What a function's own assignments bind, in order, for the names its returns read
        (``llm = get_llm()``, ``chain = prompt | llm | parser``, ``return chain``); only the
        assignments those names depend on are evaluated. Its parameters annotated with a
        client class are that client (``def agent_factory(llm: ChatOpenAI)``)."""
        local = Scope()
        for arg in (*args.posonlyargs, *args.args, *args.kwonlyargs):
            # def agent_factory(llm: ChatOpenAI, ...): return prompt | llm
            held = self.facts.annotation_kind(arg.annotation)
            if held:
                local.env[arg.arg] = held
        needed = {n.id for r in returns for n in ast.walk(r) if isinstance(n, ast.Name)}
        assigns = [s for s in body if isinstance(s, ast.Assign)]
        wanted: list[ast.Assign] = []
        for stmt in reversed(assigns):
            keys = {k for t in stmt.targets for k in target_keys(t)}
            if keys & needed:
                wanted.append(stmt)
                needed |= {n.id for n in ast.walk(stmt.value) if isinstance(n, ast.Name)}
        for stmt in reversed(wanted):
            bound = self.kind_of(stmt.value, local)
            for key in (k for t in stmt.targets for k in target_keys(t)):
                if bound is not None and bound != PARAMETER:
                    local.env[key] = bound
        return local

    def learn_attributes(self) -> None:
        """``self.client = OpenAI()`` anywhere in a class makes ``self.client`` a client in
        every method of the module (attributes on self)."""
        facts, env = self.facts, self.module_scope.env
        fields: set[str] = set()
        top = facts.nodes[0]
        # objects the module makes at its top level (chat_context = ChatContext())
        shared = {
            t.id
            for stmt in (top.body if isinstance(top, ast.Module) else [])
            if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Call)
            for t in stmt.targets
            if isinstance(t, ast.Name)
        }
        for node in facts.nodes:
            if isinstance(node, ast.ClassDef):
                # a settings class's field whose default names an endpoint (pydantic
                # BaseModel / BaseSettings, a dataclass, a plain class attribute)
                for stmt in node.body:
                    if isinstance(stmt, ast.Assign):
                        targets, value = stmt.targets, stmt.value
                    elif isinstance(stmt, ast.AnnAssign) and stmt.value is not None:
                        targets, value = [stmt.target], stmt.value
                    else:
                        continue
                    if self._names_endpoint_literally(value):
                        fields.update(t.id for t in targets if isinstance(t, ast.Name))
            if isinstance(node, ast.Assign) and not isinstance(node.value, ast.Call):
                # self.url = "https://api.anthropic.com/v1/messages" in __init__: the URL in
                # every method
                url = self._names_endpoint_literally(node.value)
                for target in node.targets if url else ():
                    key = attr_key(target)
                    if key and key.startswith("self."):
                        env[key] = "url"
            if isinstance(node, ast.Assign) and isinstance(node.value, (ast.Call, ast.BinOp)):
                # self.chain = self.prompt | self.llm | parser: a LangChain pipe too
                kind = self.kind_of(node.value, self.module_scope)
                if kind is None and self._names_endpoint_literally(node.value):
                    kind = "url"  # self.url = os.getenv("LLM_URL", "https://api.openai...")
                for target in node.targets:
                    key = attr_key(target)
                    if kind and key and key.startswith("self."):
                        env[key] = kind
                    elif kind and key and key.split(".")[0] in shared and kind not in DATA_KINDS:
                        # chat_context.model = OllamaLLM(...) in a lifespan function, on an
                        # object of the module: chat_context.model in every function of it
                        env[key] = kind
            elif isinstance(node, ast.AnnAssign):
                kind = facts.annotation_kind(node.annotation)
                key = attr_key(node.target)
                if kind and isinstance(node.target, ast.Name):
                    key = f"self.{node.target.id}"  # a class-level field: client: OpenAI
                if kind and key and key.startswith("self."):
                    env[key] = kind
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                if any(
                    isinstance(d, ast.Name) and d.id in ("property", "cached_property")
                    for d in node.decorator_list
                ) and any(
                    isinstance(r, ast.Return)
                    and r.value is not None
                    and self._names_endpoint_literally(r.value)
                    for r in ast.walk(node)
                ):
                    # @property def api_base(self): return conf().get("claude_api_base") or
                    # "https://api.anthropic.com/v1": self.api_base is the vendor's URL
                    env[f"self.{node.name}"] = "url"
                # self.client = client, where the parameter is annotated with a client class
                params = {
                    a.arg: k
                    for a in (*node.args.args, *node.args.kwonlyargs)
                    if (k := facts.annotation_kind(a.annotation))
                }
                for sub in ast.walk(node) if params else ():
                    if isinstance(sub, ast.Assign) and isinstance(sub.value, ast.Name):
                        for target in sub.targets:
                            key = attr_key(target)
                            if key and key.startswith("self.") and sub.value.id in params:
                                env[key] = params[sub.value.id]
        self.endpoint_fields = frozenset(fields)

    def _names_endpoint_literally(self, value: ast.expr) -> bool:
        """A literal, an f-string or a sum whose literal parts name an endpoint, or a call
        whose literal argument does (``os.getenv("BASE_URL", "https://api.openai.com/v1")``,
        ``Field(default="https://api.groq.com/openai/v1")``)."""
        return any(self._literal_endpoint(sub) for sub in ast.walk(value))


def _vendor_header_dict(value: ast.expr) -> bool:
    return isinstance(value, ast.Dict) and any(
        isinstance(k, ast.Constant)
        and isinstance(k.value, str)
        and k.value.lower() in VENDOR_HEADERS
        for k in value.keys
    )


def _route_text(node: ast.expr) -> str:
    """A URL expression read whole: a literal, an f-string with its holes as the names they
    read, a sum of them (``BASE + "/api/v1/keys"``); anything else is empty."""
    if isinstance(node, ast.Constant):
        return node.value if isinstance(node.value, str) else ""
    if isinstance(node, ast.JoinedStr):
        return "".join(map(_hole_text, node.values))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _route_text(node.left) + _route_text(node.right)
    if isinstance(node, (ast.Name, ast.Attribute)):
        return _hole_text(node)
    return ""


def _hole_text(part: ast.expr) -> str:
    """An f-string part as text: a literal as written, a hole as the name it reads
    (``{self.valves.OLLAMA_URL}`` -> ``ollama_url``), any other hole as ``x``."""
    if isinstance(part, ast.Constant) and isinstance(part.value, str):
        return part.value
    value = part.value if isinstance(part, ast.FormattedValue) else part
    if isinstance(value, ast.Name):
        return value.id.lower()
    if isinstance(value, ast.Attribute):
        return value.attr.lower()
    return "x"
