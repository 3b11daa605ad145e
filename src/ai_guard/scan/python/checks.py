"""Argument checking at each call: AIG101 (a prompt not checked), AIG104 (a model's output
deciding), and the lists that stop being checked when unchecked data is added to them."""

from __future__ import annotations

import ast
import re
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ai_guard.scan.python.calls import CallMatcher
from ai_guard.scan.python.kinds import (
    CHECKED,
    LLM_OUTPUT,
    SESSION_STORES,
    STORE_FILLS,
    Kinds,
    Scope,
    attr_key,
    guarded_vendor,
    is_guarded,
)
from ai_guard.scan.python.recorder import Recorder

if TYPE_CHECKING:
    from ai_guard.scan.python.project import Taker

__all__ = ["DECISION_PATTERNS", "CallChecks", "decision_word", "status_field"]

#: Functions that perform a decision (AIG104), by name; configurable. ``enforce_`` is a
#: sanction (``enforce_fine``, ``enforce_ban``), not a check that holds a text or a query to a
#: technical constraint (``enforceFiltersHintInSql``, ``enforce_json_schema``,
#: ``enforce_max_length``): those words right after it are no decision.
DECISION_PATTERNS = (
    r"^(?:approve|reject|issue|grant|deny|sign|decide|revoke|suspend|sanction|fine|"
    r"enforce(?!_(?:filters?|hints?|sql|query|queries|schema|format|formatting|json|xml|"
    r"max|min|length|size|types?|typing|constraints?|output|tokens?|timeout|"
    r"encoding|utf8|casing|order|unique|uniqueness|not_null|non_null|"
    r"required|fields?|columns?|params?|https|cors|csp|style|lint)(?:_|$)))"
    r"(?:_|$)",
    # Vietnamese, without diacritics as identifiers are written: phê duyệt (approve), ban hành
    # (issue), quyết định (decide), cấp phép (license), xử phạt (sanction), thu hồi (revoke),
    # từ chối (refuse), duyệt (approve)
    r"^(?:phe_duyet|ban_hanh|quyet_dinh|cap_phep|xu_phat|thu_hoi|tu_choi|duyet)(?:_|$)",
)
#: Fields that hold a decision when written (AIG104): an attribute, a subscript, a keyword
#: argument or a dict key so named (``app.status``, ``row["trang_thai"]``, ``status=``,
#: ``{"quyet_dinh": ...}``), alone or as a part of a snake_case name (``application_status``)
_STATUS_FIELD = re.compile(
    r"(?:^|_)(?:status|decision|verdict|approval|approved|trang_thai|tinh_trang|quyet_dinh|"
    r"phe_duyet|ket_luan)(?:_|$)",
    re.IGNORECASE,
)
#: A string literal that is a decision (folded: lower case, no diacritics, ``_`` for spaces)
_DECISION_VALUE = re.compile(
    r"(?:approved?|rejected?|denied|deny|granted?|accepted?|refused?|revoked?|suspended?|"
    r"sanctioned|declined?|"
    r"(?:da_)?(?:phe_)?duyet|khong_duyet|(?:da_)?tu_choi|(?:khong_)?chap_thuan|"
    r"(?:khong_)?dong_y|(?:da_)?cap_phep|(?:da_)?thu_hoi|(?:da_)?xu_phat|bac_don)"
)
#: A URL path segment that performs a decision (``/api/ho-so/duyet``, ``/applications/approve``)
_DECISION_PATH = re.compile(
    r"/(?:approve|reject|deny|grant|decide|decision|revoke|suspend|sanction|duyet|phe[_-]duyet|"
    r"tu[_-]choi|quyet[_-]dinh|cap[_-]phep|xu[_-]phat|thu[_-]hoi)(?:[_-]\w*)?(?:[/?#]|$)",
    re.IGNORECASE,
)
#: Calls that report or collect a value rather than act on it: a decision word passed to them
#: is not a decision
_NOT_ACTING = frozenset(
    {"print", "append", "extend", "add", "insert", "remove", "index", "count", "get",
     "startswith", "endswith", "format", "join", "split", "replace", "lower", "upper", "strip",
     "info", "debug", "warning", "warn", "error", "exception", "critical", "log", "write",
     "echo", "markdown", "success", "caption", "text", "dumps", "loads", "isinstance", "len",
     "str", "assertEqual", "assertIn", "set_description", "Counter", "setdefault"}
)  # fmt: skip
#: the arguments of CrewAI's Task and Agent whose text its crews send to the model
_CREW_TEXT = frozenset({"description", "expected_output", "role", "goal", "backstory", "config"})
#: kinds of object that are not clients themselves, named in reports by their SDK
_SHOWN_AS = {
    "google_chat": "google_genai",
    "revchatgpt": "openai",
    "agents": "openai_agents",
    "retriever": "langchain",
    "hai": "hepai",  # HepAI's older package name
}


class CallChecks:
    """Looks at every call of an expression, in the flow's scope: an LLM call whose prompt
    arguments hold unchecked data is AIG101 (and every LLM call is an inventoried call
    site); an LLM's output passed to a decision function without a sign-off is AIG104."""

    def __init__(
        self,
        kinds: Kinds,
        matcher: CallMatcher,
        recorder: Recorder,
        decision_patterns: Iterable[str] = (),
        decision_functions: Iterable[str] = (),
    ) -> None:
        self.kinds = kinds
        self.matcher = matcher
        self.recorder = recorder
        self.decisions = [re.compile(p) for p in (*DECISION_PATTERNS, *decision_patterns)]
        self.decision_names = frozenset(decision_functions)

    def expressions(self, expr: ast.expr, scope: Scope) -> None:
        """Every call inside ``expr``."""
        for node in ast.walk(expr):
            if isinstance(node, ast.Call):
                self.call(node, scope)
                self.mutation(node, scope)

    def mutation(self, node: ast.Call, scope: Scope) -> None:
        """``messages.append(user_text)``: a checked list that receives unchecked data is no
        longer checked. ``pipe.add_component("llm", OpenAIChatGenerator())``: a Haystack
        pipeline given a model sends to it when it runs."""
        func = node.func
        if (
            isinstance(func, ast.Attribute)
            and func.attr == "set"
            and len(node.args) == 2
            and self.kinds.facts.dotted(func.value) in SESSION_STORES
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            # cl.user_session.set("runnable", runnable): kept for the user's next messages
            self.kinds.keep_in_session(node.args[0].value, self.kinds.kind_of(node.args[1], scope))
            return
        if isinstance(func, ast.Attribute) and func.attr == "add_component":
            key = func.value.id if isinstance(func.value, ast.Name) else attr_key(func.value)
            given = [*node.args, *(k.value for k in node.keywords)]
            if key and any(self.kinds.kind_of(a, scope) == "haystack" for a in given):
                scope.env[key] = "haystack"
            return
        if not (
            isinstance(func, ast.Attribute)
            and func.attr in ("append", "extend", "insert", "update", "add", "__setitem__")
            and isinstance(func.value, ast.Name)
        ):
            return
        name = func.value.id
        if scope.env.get(name) != CHECKED and self.kinds.module_scope.env.get(name) != CHECKED:
            return
        args = [*node.args, *(k.value for k in node.keywords)]
        if any(not ok for a in args for _, ok in self.kinds.leaves(a, scope)):
            scope.env[name] = "unchecked"

    def call(self, node: ast.Call, scope: Scope) -> None:
        """AIG104 for a decision; for an LLM call, its call site and AIG101 when a prompt
        argument holds unchecked data."""
        self.decision(node, scope)
        self.kinds.note_handed(node, scope)
        vendor = self.matcher.vendor(node, scope)
        default = False  # sent to LlamaIndex's default embedding model, OpenAI's
        if vendor is None:
            index = self._index_embedding(node, scope)
            if index is not None:
                vendor, default = index
        if vendor is None:
            through = self.kinds.sent_through(node, scope)
            handed = self.kinds.handed_to(node, scope) if through is None else None
            if (
                handed is not None
                and not is_guarded(handed[0])
                and self._document_handed(node, handed[1], scope)
            ):
                # listed in the other module (model.generate_content(...) on its parameter);
                # a document's text read here and sent there is still a file's content sent
                self._content_sent(node, _SHOWN_AS.get(handed[0], handed[0]), [])
            if through is not None and not is_guarded(through[0]):
                from ai_guard.i18n.scan import scan_sent_through

                shown = _SHOWN_AS.get(through[0], through[0])
                func = node.func.id if isinstance(node.func, ast.Name) else "?"
                self.recorder.call_site(node, shown, "unchecked")
                self.recorder.finding("AIG101", node, scan_sent_through(shown, func))
                if self._document_handed(node, through[1], scope):
                    # summarize(text_content, model) of another module, whose body sends
                    # its text to the model: a PDF's pages read here, sent there
                    self._content_sent(node, shown, [])
                return
            served = self.matcher.served(node, scope)
            if served is not None and not is_guarded(served):
                # add_routes(app, chain): every HTTP request's input goes to the model
                from ai_guard.i18n.scan import scan_served

                self.recorder.call_site(node, served, "unchecked")
                self.recorder.finding("AIG101", node, scan_served(served))
            return
        if is_guarded(vendor):
            vendor = guarded_vendor(vendor) or "unknown"
            self.recorder.call_site(node, _SHOWN_AS.get(vendor, vendor), "guarded")
            return
        if vendor.startswith("instructor_"):
            vendor = vendor[len("instructor_") :]  # Instructor's client: the vendor it wraps
        vendor = _SHOWN_AS.get(vendor, vendor)
        if scope.guarded:
            self.recorder.call_site(node, vendor, "guarded")
            return
        leaves = [
            (leaf, ok)
            for arg in self.matcher.prompt_arguments(node, vendor)
            for leaf, ok in self.kinds.leaves(arg, scope)
            # the endpoint's address (requests.post(URL, ...), URL a constant) is no prompt:
            # it neither checks nor carries one
            if not (ok and self.kinds.kind_of(leaf, scope) == "url")
        ]
        unchecked = [leaf for leaf, ok in leaves if not ok]
        crew = self._crew_text(node, vendor, scope)
        if crew is not None and not unchecked:
            from ai_guard.i18n.scan import scan_crew

            self.recorder.call_site(node, vendor, "unchecked")
            self.recorder.finding("AIG101", node, scan_crew(vendor, *crew))
            return
        written = [leaf for leaf, ok in leaves if ok and self.kinds.literal_sources(leaf, scope)]
        if self._sensitive_literal(node, vendor) | self._sensitive_sources(written, scope):
            # the prompt written in the code holds what check_prompt would refuse, and the
            # call does not check it: AIG105 names the literal, AIG101 the call that sends it
            unchecked = unchecked or [node]
        if vendor in self.matcher.cat.live_input:
            unchecked = unchecked or [node]  # the room's audio: nothing in the code to vouch for
        checked = len(leaves) > len(written)
        status = "unchecked" if unchecked else "checked" if checked else "literal"
        if _store_fill(node):
            # Chroma.from_documents(docs, emb), store.add_texts(texts=chunks): the documents'
            # text goes to the embedding API, by position or by keyword alike; text written in
            # the code or checked is the prompt's to judge (literal, checked)
            if unchecked:
                self._content_sent(node, vendor, [])
        else:
            sent = self._upload(node, vendor)
            if sent and status != "unchecked":
                status = "upload"
            elif not sent and unchecked and self._document_text(node, vendor, scope):
                # text = page.extract_text() of a pdfplumber.open(f), then
                # generate_content(f"...{text}"): the file's content, sent (AIG101 too)
                self._content_sent(node, vendor, [])
        self.recorder.call_site(node, vendor, status)
        if unchecked:
            from ai_guard.i18n.scan import scan_default_embedding

            self.recorder.finding("AIG101", node, scan_default_embedding() if default else vendor)

    def _index_embedding(self, node: ast.Call, scope: Scope) -> tuple[str, bool] | None:
        """For LlamaIndex's vector index made of documents (``VectorStoreIndex.from_documents(
        docs)``): the kind of the embedding API they go to, and whether it is LlamaIndex's
        default (no ``embed_model=``, none set in the module or the repository: OpenAI's);
        None when the model is local or one the scanner cannot name."""
        from ai_guard.scan.python.llama import (
            EmbedModel,
            index_fill,
            judge_value,
            module_settings,
            repository_setting,
        )

        kinds = self.kinds
        if not index_fill(kinds.facts.dotted(node.func), node):
            return None
        given = next((k.value for k in node.keywords if k.arg == "embed_model"), None)
        if given is not None:
            kind = kinds.kind_of(given, scope)
            if kind in kinds.cat.client_kinds:
                return kind, False
            return (
                ("llama_index", False) if judge_value(given, kinds.cat) == EmbedModel.API else None
            )
        settings = module_settings(kinds.facts.nodes)
        if settings:
            # a name set inside a function (embed = GeminiEmbedding(...); Settings.embed_model
            # = embed) is followed to what the module assigns it anywhere
            named = {v.id for v in settings if isinstance(v, ast.Name)}
            settings += [
                node.value
                for node in kinds.facts.nodes
                if isinstance(node, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id in named for t in node.targets)
            ]
            api = any(
                kinds.kind_of(v, kinds.module_scope) in kinds.cat.client_kinds
                or judge_value(v, kinds.cat) == EmbedModel.API
                for v in settings
            )
            return ("llama_index", False) if api else None
        setting = repository_setting(self.recorder.path, kinds.cat)
        if setting == EmbedModel.LOCAL:
            return None
        return "llama_index", setting is None

    def _crew_text(self, node: ast.Call, vendor: str, scope: Scope) -> tuple[int, bool] | None:
        """For a CrewAI crew's ``kickoff``: the line of the first of its tasks or agents
        (``Task(description=...)``, ``Agent(role=..., goal=..., backstory=...)``, and the tasks
        a task's ``context=`` names) whose text is not written entirely in the code (a
        parameter, a value read from a file or a configuration, spliced or passed), or that
        is made where the scanner cannot follow (``tasks.identify_task(agent, origin)``, a
        method of another module); None when every one is written in the code, or for any
        other call. The kickoff sends that text to the model: what the scanner cannot read it
        cannot vouch for. The crew is followed from the kickoff's receiver to its ``Crew(...)``,
        or to its ``@CrewBase`` class (``Proj().crew()``: the class's methods make its members;
        a class of another module is not followed); when neither can be found, every task and
        agent of the module counts, and a module that makes none cannot vouch for any. With
        the line, whether the text was read there (False: made where the scanner does not
        follow)."""
        func = node.func
        if vendor != "crewai" or not (
            isinstance(func, ast.Attribute) and func.attr.startswith("kickoff")
        ):
            return None
        crew = self._made_by(func.value, node, ("Crew",))
        if crew is None:
            based = self._crew_base(func.value, node)
            if based is not None:
                return self._class_crew_text(based, node)
            return self._module_crew_text(node)
        members = [
            elt
            for k in crew.keywords
            if k.arg in ("tasks", "agents", "manager_agent")
            for elt in (k.value.elts if isinstance(k.value, (ast.List, ast.Tuple)) else [k.value])
        ]
        if not any(k.arg == "tasks" for k in crew.keywords):
            return int(crew.lineno), False  # tasks given by position or not at all
        seen: set[int] = set()
        for member in members:
            found = self._member_text(member, node, scope, seen)
            if found is not None:
                return found
        return None

    def _member_text(
        self, member: ast.expr, at: ast.Call, scope: Scope, seen: set[int]
    ) -> tuple[int, bool] | None:
        """The line of a crew's task or agent whose text the scanner cannot vouch for (see
        :meth:`_crew_text`), else None; a task's ``context=`` tasks are read too."""
        made = self._made_by(member, at, ("Task", "Agent"))
        if made is None:
            # a task made by a function or a method (of this module or another), a parameter,
            # an attribute: not followed, so not vouched for
            return self._assigned_line(member, at) or int(member.lineno), False
        if id(made) in seen:
            return None
        seen.add(id(made))
        given = [
            *made.args,
            *(k.value for k in made.keywords if k.arg is None or k.arg in _CREW_TEXT),
        ]
        if any(not ok for arg in given for _, ok in self.kinds.leaves(arg, scope)):
            return int(made.lineno), True
        for k in made.keywords:
            if k.arg == "context":
                tasks = k.value.elts if isinstance(k.value, (ast.List, ast.Tuple)) else [k.value]
                for task in tasks:
                    found = self._member_text(task, at, scope, seen)
                    if found is not None:
                        return found
        return None

    def _made_by(self, expr: ast.expr, at: ast.Call, classes: tuple[str, ...]) -> ast.Call | None:
        """The ``crewai.<class>(...)`` call ``expr`` is, directly or through the last plain
        assignment of its name before ``at`` (in ``at``'s function, else the module), else
        None."""
        value: ast.expr | None = expr
        if isinstance(expr, ast.Name):
            assigned = self._assignment(expr.id, at)
            value = assigned.value if assigned is not None else None
        if not isinstance(value, ast.Call):
            return None
        path = self.kinds.facts.dotted(value.func) or ""
        return value if path.startswith("crewai.") and path.rsplit(".", 1)[-1] in classes else None

    def _assigned_line(self, expr: ast.expr, at: ast.Call) -> int | None:
        if isinstance(expr, ast.Name):
            assigned = self._assignment(expr.id, at)
            if assigned is not None:
                return int(assigned.lineno)
        return None

    def _assignment(self, name: str, at: ast.Call) -> ast.Assign | None:
        """The last ``name = ...`` before ``at`` in the innermost function holding ``at``, or
        at the module's top level when that function has none."""
        holders = [
            n
            for n in self.kinds.facts.nodes
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))
            and n.lineno <= at.lineno <= (n.end_lineno or n.lineno)
        ]
        bodies: list[list[ast.AST]] = []
        if holders:
            inner = max(holders, key=lambda n: n.lineno)
            bodies.append(list(ast.walk(inner)))
        top = self.kinds.facts.nodes[0]
        bodies.append(list(top.body) if isinstance(top, ast.Module) else [])
        for body in bodies:
            found = [
                s
                for s in body
                if isinstance(s, ast.Assign)
                and s.lineno < at.lineno
                and any(isinstance(t, ast.Name) and t.id == name for t in s.targets)
            ]
            if found:
                return max(found, key=lambda s: s.lineno)
        return None

    def _crew_base(self, expr: ast.expr, at: ast.Call) -> ast.ClassDef | str | None:
        """The ``@CrewBase`` class whose crew ``expr`` is (``Proj().crew()``, ``Proj()``,
        directly or through plain assignments): the class when this module defines it, its
        name when it is imported; None for anything else."""
        for _ in range(4):
            if isinstance(expr, ast.Name):
                assigned = self._assignment(expr.id, at)
                if assigned is None:
                    return None
                expr = assigned.value
                continue
            if not isinstance(expr, ast.Call):
                return None
            if isinstance(expr.func, ast.Attribute):
                expr = expr.func.value  # Proj().crew(): the instance the method is called on
                continue
            if not isinstance(expr.func, ast.Name):
                return None
            name = expr.func.id
            if self.kinds.factories.get(name) != "crewai":
                return None
            for sub in self.kinds.facts.nodes:
                if isinstance(sub, ast.ClassDef) and sub.name == name:
                    return sub
            return name  # a crew class of another module
        return None

    def _class_crew_text(self, based: ast.ClassDef | str, at: ast.Call) -> tuple[int, bool] | None:
        """A ``@CrewBase`` crew, judged by the ``Task``/``Agent`` its class's methods make (see
        :meth:`_crew_text`); one of another module is made where the scanner does not follow
        (the kickoff's line)."""
        if isinstance(based, str):
            return int(at.lineno), False
        module = self.kinds.module_scope
        for sub in ast.walk(based):
            if not isinstance(sub, ast.Call):
                continue
            path = self.kinds.facts.dotted(sub.func) or ""
            if not (path.startswith("crewai.") and path.rsplit(".", 1)[-1] in ("Task", "Agent")):
                continue
            given = [
                *sub.args,
                *(k.value for k in sub.keywords if k.arg is None or k.arg in _CREW_TEXT),
            ]
            if any(not ok for arg in given for _, ok in self.kinds.leaves(arg, module)):
                return int(sub.lineno), True
        return None

    def _module_crew_text(self, node: ast.Call) -> tuple[int, bool] | None:
        """The crew not found: every task and agent of the module counts (the line of the
        first whose text is not written in the code); a module that makes none cannot vouch
        for the crew's text (the kickoff's own line)."""
        module = self.kinds.module_scope
        made = False
        for sub in self.kinds.facts.nodes:
            if not isinstance(sub, ast.Call):
                continue
            path = self.kinds.facts.dotted(sub.func) or ""
            if not (path.startswith("crewai.") and path.rsplit(".", 1)[-1] in ("Task", "Agent")):
                continue
            made = True
            given = [
                *sub.args,
                *(k.value for k in sub.keywords if k.arg is None or k.arg in _CREW_TEXT),
            ]
            if any(not ok for arg in given for _, ok in self.kinds.leaves(arg, module)):
                return int(sub.lineno), True
        return None if made else (int(node.lineno), False)

    def _upload(self, node: ast.Call, vendor: str) -> bool:
        """AIG106 for a call that sends a file's content (an upload, OCR, a document or audio
        API), unless every file it names is a file of the repository that classify_document
        lets be sent. True when reported."""
        from ai_guard.scan.python.kinds import receiver_chain
        from ai_guard.scan.uploads import content_in_code, is_upload, literal_files, refused_files

        chain = receiver_chain(node.func) if isinstance(node.func, ast.Attribute) else []
        attrs = chain[-1][1] if chain else ()
        every_call = vendor in self.matcher.cat.file_sent  # a cloud parser: files, always
        if not (every_call or is_upload(attrs, node)) or content_in_code(node):
            return False
        names = literal_files(node)
        refused = refused_files(names, self.recorder.path)
        if names and not refused:
            return False  # files of the repository that classify_document lets be sent
        self._content_sent(node, vendor, refused)
        return True

    def _document_handed(self, node: ast.Call, taker: Taker, scope: Scope) -> bool:
        """A document's text read in this function handed, with a client, to a function of
        another module that gives that text to the client's call (:attr:`Taker.sends`)."""
        from ai_guard.scan.python.kinds import reads_document

        given = [
            *zip(taker.params, node.args, strict=False),
            *((k.arg, k.value) for k in node.keywords if k.arg is not None),
        ]
        read = {
            name
            for name, value in given
            if not isinstance(value, ast.Starred) and reads_document(value, self.kinds.facts, scope)
        }
        return any(read & sent for sent in taker.sends.values())

    def _document_text(self, node: ast.Call, vendor: str, scope: Scope) -> bool:
        """A prompt argument holding a document's text read in this function (a PDF's pages,
        a Word file, a LangChain PDF loader's documents)."""
        from ai_guard.scan.python.kinds import reads_document

        return any(
            reads_document(arg, self.kinds.facts, scope)
            for arg in self.matcher.prompt_arguments(node, vendor)
        )

    def _content_sent(self, node: ast.Call, vendor: str, refused: list[tuple[str, str]]) -> None:
        """AIG106 at the call, naming the first file refused (and why) when there is one."""
        from ai_guard.i18n.scan import scan_upload_detail

        first = refused[0] if refused else None
        detail = scan_upload_detail(vendor, *(first or (None, None)))
        self.recorder.finding("AIG106", node, detail)

    def _sensitive_literal(self, node: ast.Call, vendor: str) -> bool:
        """A string literal among the call's prompt arguments that check_prompt would not
        allow."""
        from ai_guard.scan.literals import prompt_finding

        for arg in self.matcher.prompt_arguments(node, vendor):
            for sub in ast.walk(arg):
                if (
                    isinstance(sub, ast.Constant)
                    and isinstance(sub.value, str)
                    and prompt_finding(sub.value)
                ):
                    return True
        return False

    def _sensitive_sources(self, names: list[ast.AST], scope: Scope) -> bool:
        """AIG105 at each literal a variable sent as a prompt was given (``x = "Ông ..., CCCD
        ..."`` then ``content=x``: a name need not look like a prompt's for its text to be
        one) that check_prompt would not allow. True when one was found."""
        from ai_guard.scan.literals import prompt_finding
        from ai_guard.scan.python.literals import named_literals

        found = False
        for name in names:
            for source in self.kinds.literal_sources(name, scope):
                for lit, _ in named_literals(source):
                    summary = prompt_finding(lit.value) if isinstance(lit.value, str) else None
                    if summary:
                        self.recorder.finding("AIG105", lit, holds=summary)
                        found = True
        return found

    def status_write(self, target: ast.expr, value: ast.expr, scope: Scope) -> None:
        """AIG104 for a decision recorded as data: a field named like a status or a decision
        (an attribute or a subscript: an object or a row that outlives the function) given
        the model's answer (``app.status = verdict``, ``"APPROVED" if "yes" in verdict else
        ...``), or a decision word in a branch that tests the answer (``if "đồng ý" in
        answer: ho_so.trang_thai = "da_duyet"``)."""
        if scope.signed_off:
            return
        field = _field_name(target)
        if field is None or not _STATUS_FIELD.search(field):
            return
        if self._decided_value(value, scope):
            self.recorder.finding("AIG104", target, f"'{field}'")

    def _decided_value(self, value: ast.expr, scope: Scope) -> bool:
        """A value the model decided: its answer (or a part of it), a choice between
        values on a test of its answer, a decision word written in a branch on its answer.
        The HTTP status a request got (``res.status_code``, ``res.ok``, also through
        ``str(...)``) is the transport's, not the model's answer."""
        inner = value.args[0] if isinstance(value, ast.Call) and len(value.args) == 1 else value
        if isinstance(inner, ast.Attribute) and inner.attr in _TRANSPORT:
            return False
        if isinstance(value, ast.IfExp) and self.kinds.holds_llm_output(value.test, scope):
            return True
        if any(
            self.kinds.kind_of(leaf, scope) == LLM_OUTPUT
            for leaf, _ in self.kinds.leaves(value, scope)
        ):
            return True
        return bool(scope.decided_by_llm) and _is_decision_word(value)

    def decision_data(self, node: ast.Call, scope: Scope) -> None:
        """AIG104 for a call that records the model's decision: a status keyword or a dict's
        status key given the model's answer (``db.update(id, status=verdict)``,
        ``requests.post(url, json={"ket_qua_duyet": decision})``), or, in a branch that tests
        the answer, a decision word passed (``db.update_status(id, "approved")``)."""
        if scope.signed_off or any(k.arg == "signoff" for k in node.keywords):
            return
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        if name is None or name in _NOT_ACTING or name in self.kinds.facts.signed_off:
            return
        for k in node.keywords:
            if k.arg and _STATUS_FIELD.search(k.arg) and self._decided_value(k.value, scope):
                self.recorder.finding("AIG104", node, f"'{name}({k.arg}=...)'")
                return
        for arg in [*node.args, *(k.value for k in node.keywords)]:
            for sub in ast.walk(arg):
                if not isinstance(sub, ast.Dict):
                    continue
                for key, val in zip(sub.keys, sub.values, strict=True):
                    if (
                        isinstance(key, ast.Constant)
                        and isinstance(key.value, str)
                        and _STATUS_FIELD.search(key.value)
                        and self._decided_value(val, scope)
                    ):
                        self.recorder.finding("AIG104", node, f"'{name}'")
                        return
        if scope.decided_by_llm and any(_is_decision_word(a) for a in node.args):
            self.recorder.finding("AIG104", node, f"'{name}'")
            return
        places = [*node.args[:2], *(k.value for k in node.keywords if k.arg == "url")]
        decides = any(
            isinstance(sub, ast.Constant)
            and isinstance(sub.value, str)
            and _DECISION_PATH.search(sub.value) is not None
            for place in places
            for sub in ast.walk(place)
        )
        if decides and any(
            self.kinds.kind_of(leaf, scope) == LLM_OUTPUT
            for a in [*node.args, *(k.value for k in node.keywords)]
            for leaf, _ in self.kinds.leaves(a, scope)
        ):
            # the model's answer sent to an endpoint that decides (an agency system's API)
            self.recorder.finding("AIG104", node, f"'{name}'")

    def decision(self, node: ast.Call, scope: Scope) -> None:
        """AIG104: an LLM's output passed to a function that performs a decision."""
        func = node.func
        name = (
            func.id
            if isinstance(func, ast.Name)
            else (func.attr if isinstance(func, ast.Attribute) else None)
        )
        if not name or name in self.kinds.facts.signed_off:
            return
        if name not in self.decision_names and not any(p.search(name) for p in self.decisions):
            self.decision_data(node, scope)
            return
        if any(k.arg == "signoff" for k in node.keywords):
            return  # a sign-off is given: require_human_signoff checks it at run time
        args = [*node.args, *(k.value for k in node.keywords)]
        if scope.decided_by_llm or any(
            self.kinds.kind_of(leaf, scope) == LLM_OUTPUT
            for a in args
            for leaf, _ in self.kinds.leaves(a, scope)
        ):
            self.recorder.finding("AIG104", node, f"'{name}'")


#: what an HTTP response says of the request itself (requests, httpx, aiohttp), not of the body
_TRANSPORT = frozenset({"status_code", "reason", "reason_phrase", "ok", "headers", "elapsed"})


def _field_name(target: ast.expr) -> str | None:
    """The field an assignment writes: ``x.status`` -> ``status``, ``row["trang_thai"]`` ->
    ``trang_thai``; None for a plain local name (a variable, not a record)."""
    if isinstance(target, ast.Attribute):
        return target.attr
    if (
        isinstance(target, ast.Subscript)
        and isinstance(target.slice, ast.Constant)
        and isinstance(target.slice.value, str)
    ):
        return target.slice.value
    return None


def _is_decision_word(node: ast.expr) -> bool:
    """A string literal that is one decision word (``"APPROVED"``, ``"Đã duyệt"``,
    ``"tu_choi"``), not a sentence that mentions one."""
    if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
        return False
    return decision_word(node.value)


def status_field(name: str) -> bool:
    """A field name that holds a decision (``status``, ``application_status``,
    ``trang_thai``), in snake_case."""
    return _STATUS_FIELD.search(name) is not None


def decision_word(value: str) -> bool:
    """A string that is one decision word (``"APPROVED"``, ``"Đã duyệt"``, ``"tu_choi"``), not
    a sentence that mentions one."""
    text = value.strip()
    if not text or len(text) > 30:
        return False
    folded = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    folded = re.sub(r"[\s-]+", "_", folded)
    return _DECISION_VALUE.fullmatch(folded) is not None


def _store_fill(node: ast.Call) -> bool:
    """A vector store's fill (``from_documents``, ``add_texts`` ...: :data:`STORE_FILLS`) of a
    call already known to reach a model."""
    func = node.func
    return (isinstance(func, ast.Attribute) and func.attr in STORE_FILLS) or (
        isinstance(func, ast.Name) and func.id.endswith("VectorStoreIndex")
    )
