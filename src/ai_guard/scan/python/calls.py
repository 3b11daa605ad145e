"""Call matching: which calls send a prompt to a model, and which of their arguments carry it."""

from __future__ import annotations

import ast
import re

from ai_guard.scan.python.kinds import (
    BOUND,
    FILLED_STORES,
    GUARDED,
    HTTP_CLIENT,
    HTTP_VENDOR,
    PARTIALS,
    Kinds,
    Scope,
    guarded_vendor,
    is_guarded,
    receiver_chain,
)

__all__ = ["CallMatcher", "own_method"]

#: Methods that, called on their own (``model.generate_content(prompt)``), belong to one LLM
#: SDK only: a receiver of unknown kind (a parameter, an attribute set in another module)
#: calling one sends a prompt to that vendor. Generic names (``chat``, ``run``, ``invoke``,
#: ``send_message``) need a receiver of known kind.
_OWN_METHODS = {
    "generate_content": "google_generativeai",
    "generate_content_async": "google_generativeai",
    "chat_completion": "huggingface",
    "text_generation": "huggingface",
}


#: kinds whose objects are built of chains and models kept as attributes
#: (``GraphCypherQAChain.qa_chain``, ``RetrievalQA.combine_documents_chain``, ``agent.llm``)
_COMPOSED = frozenset({"langchain", "llama_index"})
#: an attribute that names such a part
_PART = re.compile(r"(?:chain|llm|model|agent|runnable)s?$", re.IGNORECASE)

#: functions that serve a runnable to HTTP clients: LangServe's routes
_SERVERS = frozenset({"langserve.add_routes", "langserve.server.add_routes"})


#: paths under a shared namespace (``messages.``) that no other popular API has: a receiver
#: of unknown kind calling one sends to that LLM even where no SDK is imported (a client
#: handed to a history class as ``client: Any``)
_OWN_PATHS = frozenset({"messages.count_tokens", "beta.messages.count_tokens"})


def own_method(name: str) -> bool:
    """A method only one LLM SDK has, a call on any receiver (``generate_content``)."""
    return name in _OWN_METHODS


class CallMatcher:
    """A call sends a prompt when its receiver has a client kind and its attribute path is in
    the catalogue (``client.chat.completions.create``), when it is a module-level function of
    the catalogue (``litellm.completion``), a Bedrock method, or an HTTP request to a vendor's
    host; a receiver of unknown kind counts through a path only LLM clients have (a method of
    one SDK alone, ``generate_content``, is such a path)."""

    def __init__(self, kinds: Kinds) -> None:
        self.kinds = kinds
        self.facts = kinds.facts
        self.cat = kinds.cat
        kinds.matcher = self

    def vendor(self, node: ast.Call, scope: Scope) -> str | None:
        """The client kind (or ``guarded``, ``http``, ``bedrock``) a call sends its prompt
        to; None for a call that reaches no model."""
        func = node.func
        if isinstance(func, ast.Name) or (
            isinstance(func, ast.Attribute)
            and (isinstance(func.value, ast.Name) or self.kinds.session_key(func) is not None)
        ):
            # create = client.chat.completions.create; create(...): the method, called
            kind = self.kinds.kind_of(func, scope)
            if kind is not None and kind.startswith(BOUND + ":"):
                return kind.partition(":")[2]
            if kind is not None and (kind, "__call__") in self.cat.calls:
                return kind  # a client called itself: LangChain's legacy llm(q), chain({...})
        path = self.facts.dotted(func)
        if path in PARTIALS and node.args:
            # partial(client.chat.completions.create, messages=[...]): the prompt it binds is
            # sent by every later call, so the binding is a call site of its own
            bound = self.kinds.bound_vendor(node.args[0], scope)
            return bound if bound and self.prompt_arguments(node) else None
        if path is not None:
            if path in self.cat.module_calls:
                return path.split(".")[0]
            if path in self.cat.http_functions and self.http_target(node, scope):
                return "http"
            if path.startswith("langchain") and path.rsplit(".", 1)[-1] in FILLED_STORES:
                # Chroma.from_documents(docs, embedding=OpenAIEmbeddings()): each document's
                # text goes to the embedding model's API
                for arg in (*node.args, *(k.value for k in node.keywords)):
                    kind = self.kinds.kind_of(arg, scope)
                    if kind in self.cat.client_kinds:
                        return kind
        if not isinstance(func, ast.Attribute):
            return None
        # walk down the attribute chain to a receiver whose kind is known
        chain = receiver_chain(func)
        known = None  # the client kind of a receiver, to name a fallback call by
        for receiver, attrs in chain:
            kind = self.kinds.kind_of(receiver, scope)
            if kind in self.cat.client_kinds:
                known = known or kind
            if is_guarded(kind):
                called = ".".join(attrs)
                if not any(called == c for _, c in self.cat.calls):
                    return None
                # named by the client it guards: never "guarded", which is a status
                vendor = guarded_vendor(kind) if kind else None
                return f"{GUARDED}:{vendor or self.cat.chains.get(called, 'unknown')}"
            if kind == "bedrock" and attrs[-1] in self.cat.boto3_methods and len(attrs) == 1:
                return "bedrock"
            if kind and (kind, ".".join(attrs)) in self.cat.calls:
                if kind == "pydantic_ai" and self.kinds.local_model(node, scope, keyword_only=True):
                    return None  # agent.run_sync(q, model=TestModel()): a test's own model
                return kind
            if (
                kind in _COMPOSED
                and len(attrs) == 2
                and _PART.search(attrs[0])
                and (kind, attrs[1]) in self.cat.calls
            ):
                # chain.qa_chain.invoke(...), agent.llm.invoke(...): a chain's own part that
                # is a chain or a model sends to the same model
                return kind
            if kind == HTTP_VENDOR and len(attrs) == 1 and attrs[0] in self.cat.http_methods:
                return "http"
            if kind == HTTP_CLIENT and len(attrs) == 1 and attrs[0] in self.cat.http_methods:
                return "http" if self.http_target(node, scope) else None
        # a receiver of unknown kind (a parameter, an attribute set elsewhere) called with a
        # path only LLM clients have: self.llm.chat.completions.create(...)
        attrs = chain[-1][1]
        if len(attrs) == 1 and attrs[0] in _OWN_METHODS:
            # gemini_model.generate_content(prompt), the model handed in as a parameter
            return known or _OWN_METHODS[attrs[0]]
        if len(attrs) >= 2:
            for i in range(len(attrs) - 1):
                called = ".".join(attrs[i:])
                kind = self.cat.chains.get(called)
                # without an LLM SDK imported here (a client imported from another module of
                # the project), only paths no other popular API has: not messages.create
                # (Twilio), not files.upload
                if kind is not None and (
                    self.facts.sdk_imported
                    or not called.startswith(("messages.", "files.", "batches."))
                    or called in _OWN_PATHS
                ):
                    # an OpenAI client's batches.create is OpenAI's, not the SDK's that has
                    # the path in the catalogue
                    return known or kind
        return None

    def served(self, node: ast.Call, scope: Scope) -> str | None:
        """The client kind of a chain, model or agent that LangServe's ``add_routes(app,
        runnable)`` serves to HTTP clients (each request's input is its prompt), else None."""
        if self.facts.dotted(node.func) not in _SERVERS:
            return None
        runnable = node.args[1] if len(node.args) > 1 else None
        runnable = next((k.value for k in node.keywords if k.arg == "runnable"), runnable)
        kind = self.kinds.kind_of(runnable, scope) if runnable is not None else None
        return kind if kind in self.cat.client_kinds else None

    def http_target(self, node: ast.Call, scope: Scope) -> bool:
        """An HTTP call whose URL names a vendor's endpoint or an LLM API path: the first
        argument, the second (``request("POST", url)``, ``stream("POST", url)``) or ``url=``;
        or that sends headers only a vendor's API reads."""
        args = [*node.args[:2], *(k.value for k in node.keywords if k.arg == "url")]
        if any(self.kinds.names_endpoint(arg, scope) for arg in args):
            return True
        # headers only a vendor's API reads ({"anthropic-version": ...}): its API, whatever
        # the URL is built from
        return any(
            k.arg == "headers" and self.kinds.vendor_headers(k.value, scope) for k in node.keywords
        )

    def _agent_first(self, node: ast.Call, vendor: str | None) -> bool:
        """A call whose first positional argument is the agent that answers (AutoGen's
        ``initiate_chat(recipient, message=...)``, the Agents SDK's ``Runner.run(agent,
        input)``), not the prompt."""
        if self.facts.dotted(node.func) in self.cat.second_positional_modules:
            return True
        func = node.func
        return (
            vendor is not None
            and isinstance(func, ast.Attribute)
            and (vendor, func.attr) in self.cat.second_positional
        )

    def prompt_arguments(self, node: ast.Call, vendor: str | None = None) -> list[ast.expr]:
        """The arguments that carry the prompt: the catalogue's prompt keywords, ``**kwargs``
        and the first positional argument; every argument for a kind whose calls send them
        all (a DSPy predictor's signature fields, ``qa(question=q, context=c)``)."""
        if vendor is not None and vendor in self.cat.every_argument:
            return [*node.args, *(k.value for k in node.keywords)]
        args: list[ast.expr] = [k.value for k in node.keywords if k.arg in self.cat.prompt_args]
        args.extend(k.value for k in node.keywords if k.arg is None)  # **kwargs
        positional = node.args
        if self.facts.dotted(node.func) in PARTIALS:
            positional = positional[1:]  # partial(method, prompt, ...): after the method
        if self._agent_first(node, vendor):
            positional = positional[1:]  # Runner.run(agent, input): the agent answers
        if positional:
            args.append(positional[0])
        return args
