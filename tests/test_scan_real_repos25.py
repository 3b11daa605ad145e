"""Shapes met on twenty public repositories (sc25: Zalo and Telegram bots, Vietnamese legal
RAG, Laravel, the AI SDK, Haystack, n8n, Dify, curl scripts), each rebuilt here as a small
fixture of our own. Each test fails without its rule (main 7aa1e20d)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ai_guard.scan import scan_paths


def _scan(tmp_path: Path, name: str, text: str) -> tuple[list[tuple[str, int]], list[str]]:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    report = scan_paths([str(path)])
    findings = sorted((f.rule, f.line) for f in report.active)
    return findings, [f"{c.line}:{c.status}" for c in report.calls]


# --- JavaScript: a template literal's holes are data ---------------------------------------

_OPENAI_TS = (
    "import OpenAI from 'openai';\n"
    "const client = new OpenAI();\n"
    "const SYSTEM = 'Bạn là trợ lý hành chính.';\n"
    "export async function answer(userText: string, hoSo: { ten: string }) {\n"
    "  return client.chat.completions.create({ model: 'gpt-4o', messages: [\n"
    "    {{ role: 'user', content: {content} }},\n"
    "  ] }});\n"
    "}}\n"
)


@pytest.mark.parametrize(
    ("content", "status"),
    [
        ("`Tóm tắt: ${userText}`", "unchecked"),
        ("`${userText}`", "unchecked"),
        ("`Hồ sơ của ${hoSo.ten}: ${userText.trim()}`", "unchecked"),
        ("`Câu hỏi:\\n${userText}\\nTrả lời ngắn.`", "unchecked"),
        ("`${SYSTEM}\\nXin chào`", "literal"),
        ("`Xin chào, cho tôi hỏi thủ tục cấp hộ chiếu`", "literal"),
        ("'Xin chào'", "literal"),
    ],
)
def test_a_template_literal_sends_what_its_holes_splice(
    content: str, status: str, tmp_path: Path
) -> None:
    """A template literal was blanked whole, its ``${userText}`` with it: a prompt built of
    the user's text was listed ``literal`` and given no AIG101 (a fail-open met in a Zalo
    bot's service). The holes are read as the arguments' own names."""
    text = _OPENAI_TS.replace("{content}", content).replace("{{", "{").replace("}}", "}")
    findings, calls = _scan(tmp_path, "svc.ts", text)
    assert calls == [f"5:{status}"]
    assert (("AIG101", 5) in findings) == (status == "unchecked")


# --- the AI SDK: a prompt written in the file is literal -----------------------------------

_SDK_HEAD = (
    "import { google } from '@ai-sdk/google';\nimport { streamText, generateText } from 'ai';\n"
)


@pytest.mark.parametrize(
    ("body", "status"),
    [
        # the model handle and the prompt written in the call or bound once by const
        (
            "const r = streamText({ model: google('gemini-2.0-flash'), "
            "prompt: 'Viết một bài thơ.' });",
            "literal",
        ),
        (
            "const model = google('gemini-2.0-flash');\nconst prompt = 'Kể một câu chuyện.';\n"
            "const r = streamText({ model, prompt });",
            "literal",
        ),
        (
            "const model = google('gemini-2.0-flash');\nconst topic = 'Hà Nội';\n"
            "const r = await generateText({ model, prompt: `Viết về ${topic}` });",
            "literal",
        ),
        # the same names bound to the request's data somewhere: not vouched for
        (
            "const model = google('gemini-2.0-flash');\nconst prompt = 'Mặc định';\n"
            "export async function POST(req: Request) {\n"
            "  const { prompt } = await req.json();\n  return streamText({ model, prompt });\n}",
            "unchecked",
        ),
        (
            "const model = google('gemini-2.0-flash');\nconst prompt = 'Mặc định';\n"
            "export const run = async (prompt: string) => streamText({ model, prompt });",
            "unchecked",
        ),
        (
            "const model = google('gemini-2.0-flash');\nlet prompt = 'Mặc định';\n"
            "prompt = process.argv[2];\nconst r = streamText({ model, prompt });",
            "unchecked",
        ),
        (
            "const model = google('gemini-2.0-flash');\n"
            "export function ask(question) { return streamText({ model, prompt: question }); }",
            "unchecked",
        ),
        (
            "const model = google('gemini-2.0-flash');\nconst base = process.env.PROMPT;\n"
            "const prompt = `Trả lời: ${base}`;\nconst r = streamText({ model, prompt });",
            "unchecked",
        ),
    ],
)
def test_an_ai_sdk_call_on_text_written_in_the_file_is_literal(
    body: str, status: str, tmp_path: Path
) -> None:
    """``streamText({ model: google("..."), prompt: "..." })``, the AI SDK's first lesson, was
    AIG101: the provider's name and any lower-case name counted as data. A provider's model
    handle and a name bound once by ``const`` to text written in the file are no data; a
    name also bound by a parameter, a destructuring or ``let``, or built of the environment,
    still is."""
    findings, calls = _scan(tmp_path, "route.ts", _SDK_HEAD + body + "\n")
    assert [c.split(":")[1] for c in calls] == [status]
    assert any(r == "AIG101" for r, _ in findings) == (status == "unchecked")


def test_a_literal_ai_sdk_prompt_is_still_read_for_personal_data(tmp_path: Path) -> None:
    """Listed ``literal``, the prompt written in the file is read by AIG105 as before."""
    body = (
        "const model = google('gemini-2.0-flash');\n"
        "const prompt = 'Ông Nguyễn Văn Hùng, CCCD 001085012345, hỏi về hồ sơ.';\n"
        "const r = streamText({ model, prompt });\n"
    )
    findings, calls = _scan(tmp_path, "route.ts", _SDK_HEAD + body)
    assert calls == ["5:literal"]
    assert ("AIG105", 4) in findings


# --- shell: a request's answer is no endpoint, an echo no request ---------------------------

_CURL = (
    "#!/usr/bin/env bash\n"
    'payload=$(jq -n --arg c "$(git diff --cached)" '
    "'{messages: [{role: \"user\", content: $c}]}')\n"
    'response=$(curl -sS -X POST "https://openrouter.ai/api/v1/chat/completions" \\\n'
    '    -H "Authorization: Bearer $OPENROUTER_API_KEY" \\\n'
    '    --data "$payload") || { echo "API request failed" >&2; exit 1; }\n'
    "{after}\n"
)


@pytest.mark.parametrize(
    "after",
    [
        "",
        "# Check if response contains error\necho \"$response\" | jq -r '.error.message'",
        'if [ -z "$response" ]; then echo "empty response to the request"; fi',
        'echo "request sent"; echo "$response" | jq .',
    ],
)
def test_a_curl_answer_held_in_a_variable_is_no_second_call(after: str, tmp_path: Path) -> None:
    """``response=$(curl ... URL ...)`` made ``response`` a name of the endpoint, and the word
    ``request`` of an ``echo`` near it a request: one curl listed as two calls, the second a
    false AIG101 (a commit-message script)."""
    findings, calls = _scan(tmp_path, "commit_msg.sh", _CURL.replace("{after}", after))
    assert calls == ["3:unchecked"]
    assert findings == [("AIG101", 3)]


def test_a_shell_endpoint_variable_still_makes_its_curl_a_call(tmp_path: Path) -> None:
    text = (
        'API_URL="https://api.openai.com/v1/chat/completions"\n'
        'answer=$(curl -s -X POST "$API_URL" -d "$BODY")\n'
        'echo "$answer"\n'
    )
    _, calls = _scan(tmp_path, "ask.sh", text)
    assert calls == ["2:unchecked"]


# --- n8n: a workflow pasted with no-break spaces, a workflow cut short ----------------------

_WORKFLOW = """{
 "name": "Tra cứu",
 "nodes": [
  {
   "parameters": {"updates": ["message"]},
   "type": "n8n-nodes-base.telegramTrigger",
   "name": "Telegram Trigger"
  },
  {
   "parameters": {"messages": {"values": [{"content": "={{ $json.message.text }}"}]}},
   "type": "@n8n/n8n-nodes-langchain.googleGemini",
   "name": "Message a model"
  }
 ],
 "connections": {"Telegram Trigger": {"main": [[{"node": "Message a model"}]]}}
}
"""


@pytest.mark.parametrize("space", ["\u00a0", "\u00a0\u00a0", "\u3000", "\u202f", "\ufeff"])
def test_an_n8n_workflow_indented_with_unicode_spaces_is_read(space: str, tmp_path: Path) -> None:
    """An export pasted from a page or a chat, indented with no-break spaces, is no JSON to a
    parser: its Gemini node on the user's Telegram text was not seen (exit 0). The spaces are
    read as spaces."""
    lines = _WORKFLOW.splitlines()
    text = "\n".join(space + line.lstrip(" ") if i else line for i, line in enumerate(lines))
    findings, calls = _scan(tmp_path, "n8n-workflow.json", text + "\n")
    assert calls == ["11:unchecked"]
    assert ("AIG101", 11) in findings


def test_an_n8n_workflow_cut_short_still_lists_its_model_nodes(tmp_path: Path) -> None:
    """A workflow whose JSON is cut (or broken by hand): its model nodes are found by their
    type, none vouched for; a cut file of other nodes, or any JSON of other nodes, is none."""
    cut = _WORKFLOW[: _WORKFLOW.index('"name": "Message a model"')]
    findings, calls = _scan(tmp_path, "flow.json", cut)
    assert calls == ["11:unchecked"]
    assert ("AIG101", 11) in findings
    other = cut.replace("googleGemini", "googleSheets")
    assert _scan(tmp_path, "flow.json", other) == ([], [])
    plain = '{"nodes": [{"type": "server", "id": 1}], "connections": [[1, 2]]}\n'
    assert _scan(tmp_path, "graph.json", plain) == ([], [])


# --- PHP: the client taken from Laravel's container -----------------------------------------

_PHP = (
    "<?php\n\nnamespace App\\Livewire;\n\nclass ChatResponse extends Component\n{{\n"
    "    public function getResponse()\n    {{\n"
    "        $stream = {call}([\n"
    "            'model' => 'gpt-4o',\n"
    "            'messages' => {messages},\n"
    "        ]);\n    }}\n}}\n"
)


@pytest.mark.parametrize(
    "call",
    [
        "app('openai')->chat()->createStreamed",
        'app("openai")->chat()->create',
        "resolve('openai')->chat()->create",
        "App::make('openai')->chat()->create",
        "$this->app->make('openai')->completions()->create",
        "app(\\OpenAI\\Client::class)->chat()->create",
        "app(OpenAI::class)->embeddings()->create",
    ],
)
def test_a_client_from_laravels_container_is_a_call(call: str, tmp_path: Path) -> None:
    """``app('openai')->chat()->createStreamed([...])`` (a Livewire chat, the client bound by a
    service provider in another file) named no ``OpenAI`` the reader knew: no call. Now a
    call, AIG101 on the user's messages, ``literal`` when all is written in the code."""
    findings, calls = _scan(
        tmp_path, "Chat.php", _PHP.format(call=call, messages="$this->messages")
    )
    assert calls == ["9:unchecked"]
    assert ("AIG101", 9) in findings
    written = "[['role' => 'user', 'content' => 'Xin chào']]"
    _, calls = _scan(tmp_path, "Chat.php", _PHP.format(call=call, messages=written))
    assert calls == ["9:literal"]


@pytest.mark.parametrize(
    "call",
    ["app('cache')->remember", "app('openai-logs')->chat()->create", "resolve('mailer')->send"],
)
def test_other_services_of_the_container_are_no_calls(call: str, tmp_path: Path) -> None:
    _, calls = _scan(tmp_path, "Svc.php", _PHP.format(call=call, messages="$this->messages"))
    assert calls == []


# --- Dify: the app API's paths after a base that holds the version --------------------------


@pytest.mark.parametrize(
    "url",
    [
        'f"{self.base_url}/chat-messages"',
        'f"{base}/completion-messages"',
        'f"{DIFY_API}/workflows/run"',
    ],
)
def test_a_dify_path_after_a_configured_base_is_a_call(url: str, tmp_path: Path) -> None:
    """``requests.post(f"{self.base_url}/chat-messages", json=...)``, the base
    ``http://host/v1`` in a config dict: Dify's chat API (the query goes to the app's model)
    was read only as ``/v1/chat-messages``."""
    text = (
        "import requests\n\n\nclass DifyClient:\n"
        "    def __init__(self, base_url: str) -> None:\n"
        "        self.base_url = base_url\n\n"
        "    def chat(self, message: str) -> dict:\n"
        f"        r = requests.post({url}, json={{'query': message, 'user': 'u'}})\n"
        "        return r.json()\n"
    )
    findings, calls = _scan(tmp_path, "dify_client.py", text.replace("{base}", "{self.base_url}"))
    assert calls == ["9:unchecked"]
    assert ("AIG101", 9) in findings


def test_a_route_named_chat_messages_is_no_dify_call(tmp_path: Path) -> None:
    text = (
        "import requests\nfrom fastapi import FastAPI\n\napp = FastAPI()\n\n\n"
        '@app.post("/chat-messages")\n'
        "def relay(body: dict) -> dict:\n"
        '    return requests.post("https://example.org/api/chat-messages", json=body).json()\n'
    )
    assert _scan(tmp_path, "main.py", text)[1] == []


# --- Haystack: evaluators that ask a model, pipelines from a template -----------------------


@pytest.mark.parametrize(
    ("code", "calls"),
    [
        (
            "from haystack.components.evaluators import FaithfulnessEvaluator\n"
            "ev = FaithfulnessEvaluator()\n"
            "r = ev.run(questions=qs, contexts=ctx, predicted_answers=answers)\n",
            ["5:unchecked"],
        ),
        (
            "from haystack.components.evaluators import ContextRelevanceEvaluator\n"
            "r = ContextRelevanceEvaluator().run(questions=qs, contexts=ctx)\n",
            ["4:unchecked"],
        ),
        (
            "from haystack import Pipeline\n"
            "from haystack.components.evaluators import LLMEvaluator, SASEvaluator\n"
            "p = Pipeline()\n"
            "p.add_component('judge', LLMEvaluator(instructions='Đúng không?', inputs=[], "
            "outputs=['score'], examples=[]))\n"
            "r = p.run({'judge': {'questions': qs}})\n",
            ["7:unchecked"],
        ),
        (
            "from haystack import Pipeline\n"
            "from haystack_integrations.components.evaluators.ragas import RagasEvaluator\n"
            "p = Pipeline()\n"
            "p.add_component('ev', RagasEvaluator(metric='context_precision'))\n"
            "r = p.run({'ev': {'questions': qs}})\n",
            ["7:unchecked"],
        ),
        (
            "from haystack import Pipeline, PredefinedPipeline\n"
            "rag = Pipeline.from_template(PredefinedPipeline.RAG)\n"
            "r = rag.run({'prompt_builder': {'query': qs}})\n",
            ["5:unchecked"],
        ),
        (
            "from haystack import Pipeline, PredefinedPipeline\n"
            "qa = Pipeline.from_template(PredefinedPipeline.GENERATIVE_QA)\n"
            "r = qa.run({'prompt_builder': {'question': qs}})\n",
            ["5:unchecked"],
        ),
        # local: a sentence-transformers evaluator, the indexing template
        (
            "from haystack.components.evaluators import SASEvaluator\n"
            "r = SASEvaluator().run(ground_truth_answers=qs, predicted_answers=ctx)\n",
            [],
        ),
        (
            "from haystack import Pipeline, PredefinedPipeline\n"
            "ix = Pipeline.from_template(PredefinedPipeline.INDEXING)\n"
            "ix.run(data={'sources': qs})\n",
            [],
        ),
    ],
)
def test_haystack_evaluators_and_templates_that_ask_a_model(
    code: str, calls: list[str], tmp_path: Path
) -> None:
    """Haystack's LLM-based evaluators (OpenAI's model by default, Ragas's metrics) and the
    pipelines its templates make (RAG, generative QA, chat with a website: OpenAIGenerator)
    were no calls; the local SAS evaluator and the indexing template stay none."""
    head = "import sys\nqs, ctx, answers = sys.argv[1:2], [sys.argv[2:3]], sys.argv[3:4]\n"
    assert _scan(tmp_path, "evaluate.py", head + code)[1] == calls


# --- Python: a chain returned in a tuple -----------------------------------------------------

_TUPLE = (
    "import streamlit as st\n"
    "from langchain_google_genai import ChatGoogleGenerativeAI\n"
    "from langchain_core.prompts import ChatPromptTemplate\n\n\n"
    "@st.cache_resource\n"
    "def load_chain():\n"
    '    llm = ChatGoogleGenerativeAI(model="gemini-2.5-flash")\n'
    '    prompt = ChatPromptTemplate.from_messages([("human", "{q}")])\n'
    "    chain = prompt | llm\n"
    "    return {ret}\n\n\n"
    "{assign} = load_chain()\n"
    'q = st.chat_input("Câu hỏi")\n'
    "{use}\n"
)


@pytest.mark.parametrize(
    ("ret", "assign", "use", "calls"),
    [
        ("chain, 6", "rag_chain, k", 'answer = rag_chain.invoke({"input": q})', ["16:unchecked"]),
        ("6, chain", "k, rag_chain", 'answer = rag_chain.invoke({"input": q})', ["16:unchecked"]),
        ("(chain, llm)", "(a, b)", "b.invoke(q)\na.invoke(q)", ["16:unchecked", "17:unchecked"]),
        ("chain, 6", "k, rag_chain", "answer = rag_chain.invoke(q)", []),
    ],
)
def test_a_chain_returned_in_a_tuple_is_unpacked(
    ret: str, assign: str, use: str, calls: list[str], tmp_path: Path
) -> None:
    """``rag_chain, retriever = load_chain()`` (a Streamlit law chatbot): a factory returning
    a tuple was no factory, the chain's ``invoke`` on the user's question no call. Each name
    takes its element's kind; the other element stays what it is."""
    text = _TUPLE.replace("{ret}", ret).replace("{assign}", assign).replace("{use}", use)
    assert _scan(tmp_path, "app.py", text)[1] == calls


# --- keys: a placeholder written as a phrase -------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "app-2nd-platform-key",
        "your_secret_key_here_generate_with_openssl_rand_hex_32",
        "your-super-secret-jwt-key-here-make-it-long-and-complex-at-least-32-characters",
        "my_super_secret_key_123",
        "test-api-key-for-local-dev",
        "REPLACE_WITH_YOUR_API_KEY_2024",
    ],
)
def test_a_key_placeholder_written_as_a_phrase_is_no_key(value: str, tmp_path: Path) -> None:
    """``"api_key": "app-2nd-platform-key"`` (a Dify client's config) and ``.env.example``'s
    ``API_SECRET_KEY=your_secret_key_here_generate_with_openssl_rand_hex_32`` were AIG102: a
    phrase of words in one case, short numbers and ordinals, one a placeholder's word."""
    assert _scan(tmp_path, ".env.example", f"API_SECRET_KEY={value}\n")[0] == []
    py = f'PLATFORMS = {{"p1": {{"api_key": "{value}", "base_url": "http://127.0.0.1/v1"}}}}\n'
    assert _scan(tmp_path, "config.py", py)[0] == []


@pytest.mark.parametrize(
    "value",
    ["app-WAJ14EcSqLVh1QthbTIKeJqz", "33M7kiQpZ0x9LmN4vB2cR8tY", "dify-app-9f8Ke2LmQx7Wv3Nz5Rb"],
)
def test_a_real_key_under_the_same_names_is_still_found(value: str, tmp_path: Path) -> None:
    assert _scan(tmp_path, ".env", f"API_SECRET_KEY={value}\n")[0] == [("AIG102", 1)]
    py = f'PLATFORMS = {{"p1": {{"api_key": "{value}", "base_url": "http://127.0.0.1/v1"}}}}\n'
    assert [r for r, _ in _scan(tmp_path, "config.py", py)[0]] == ["AIG102"]


# --- LlamaIndex: an ingestion pipeline whose steps ask a model ------------------------------

_INGEST = (
    "from llama_index.core import SimpleDirectoryReader\n"
    "from llama_index.core.ingestion import IngestionPipeline\n"
    "from llama_index.core.node_parser import SentenceSplitter\n"
    "from llama_index.core.extractors import TitleExtractor, SummaryExtractor\n"
    "from llama_index.embeddings.huggingface import HuggingFaceEmbedding\n"
    "from llama_index.embeddings.openai import OpenAIEmbedding\n\n"
    'docs = SimpleDirectoryReader(input_files=["van_ban.pdf"]).load_data()\n'
    "local = HuggingFaceEmbedding(model_name='bkai-foundation-models/vietnamese-bi-encoder')\n"
    "pipeline = IngestionPipeline(transformations=[{steps}])\n"
    "nodes = pipeline.run(documents=docs)\n"
)


@pytest.mark.parametrize(
    ("steps", "calls"),
    [
        ("SentenceSplitter(), TitleExtractor(nodes=3), local", ["11:unchecked"]),
        ("SentenceSplitter(), SummaryExtractor(summaries=['self'])", ["11:unchecked"]),
        ("SentenceSplitter(), OpenAIEmbedding()", ["11:unchecked"]),
        ("SentenceSplitter(chunk_size=512), local", []),
    ],
)
def test_an_ingestion_pipeline_that_asks_a_model_is_a_call(
    steps: str, calls: list[str], tmp_path: Path
) -> None:
    """``IngestionPipeline(transformations=[..., TitleExtractor(...), ...]).run(documents=
    docs)`` (a Vietnamese English-tutor RAG): each node of the PDF goes to ``Settings.llm`` for
    its title; it was no call. A pipeline of local steps only stays none."""
    findings, got = _scan(tmp_path, "ingest.py", _INGEST.replace("{steps}", steps))
    assert got == calls
    assert (("AIG106", 11) in findings) == bool(calls)


@pytest.mark.parametrize(
    "messages",
    [
        "[...history, { role: 'user', content: 'Tiếp tục.' }]",
        "[{ role: 'system', content: SYSTEM }, ...history]",
        "[...(history ?? [])]",
    ],
)
def test_a_spread_of_the_users_messages_is_data(messages: str, tmp_path: Path) -> None:
    """``messages: [...history, {...}]``: a name after ``...`` was read as a property (the
    look-behind for ``x.prop``), and a call given only it and constants listed ``literal``
    (on main too, with an UPPER_CASE model); the spread name is data."""
    text = (
        "import { google } from '@ai-sdk/google';\nimport { streamText } from 'ai';\n"
        "const MODEL = google('gemini-2.0-flash');\nconst SYSTEM = 'Bạn là trợ lý.';\n"
        "export async function POST(req: Request) {\n"
        "  const history = (await req.json()).messages;\n"
        f"  return streamText({{ model: MODEL, messages: {messages} }});\n"
        "}\n"
    )
    findings, calls = _scan(tmp_path, "route.ts", text)
    assert calls == ["7:unchecked"]
    assert ("AIG101", 7) in findings


# --- Python: the text a string method looks for is not sent ---------------------------------


@pytest.mark.parametrize(
    ("line", "flagged"),
    [
        ('content = content.replace("Downloaded by Phạm Văn Minh (minh.pv@gmail.com)", "")', False),
        ('content = content.removeprefix("Người gửi: Trần Thị Bích Ngọc, 0912345678\\n")', False),
        ('prompt = prompt.split("Ông Lê Văn Cường, CCCD 001085012345")[0]', False),
        ('content = re.sub(r"Nguyễn Văn Hùng \\(hung\\.nv@gmail\\.com\\)", "", content)', False),
        # what is put in is sent
        ('content = content.replace("{ten}", "Nguyễn Văn Hùng, CCCD 001085012345")', True),
        ('prompt = "Ông Lê Văn Cường, CCCD 001085012345".strip()', True),
    ],
)
def test_the_text_a_string_method_looks_for_is_no_prompt(
    line: str, flagged: bool, tmp_path: Path
) -> None:
    """``content = content.replace("Downloaded by ... (x@gmail.com)", "")`` (a labour-law RAG
    cleaning its PDF's watermark) was AIG105: the e-mail is what is taken out. The text a
    string method or a regular expression looks for is read without the name; a replacement,
    or a literal whose method is called, keeps it."""
    text = "import re\n\n\ndef clean(content: str, prompt: str) -> str:\n    " + line + "\n"
    text += "    return content + prompt\n"
    findings, _ = _scan(tmp_path, "ingest.py", text)
    assert (("AIG105", 5) in findings) == flagged
