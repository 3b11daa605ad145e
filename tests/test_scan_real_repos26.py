"""Shapes met on twenty public repositories (sc26: a telemedicine voice agent on LiveKit, Zalo
and Telegram bots, Vietnamese RAG, PDF summarisers, LlamaParse, Dify exports, Rails and
Laravel apps), each rebuilt here as a small fixture of our own. Each test of a rule fails
without it (main 3fc0a2c3); the negatives hold what must stay clean."""

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
    return findings, [f"{c.line}:{c.vendor}:{c.status}" for c in report.calls]


def _messages(tmp_path: Path, name: str, text: str) -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [f.message("en") for f in scan_paths([str(path)]).active]


# --- AIG102: a secret found by its name is named for what it is -----------------------------


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (".env", "JWT_SECRET=MJ9FJUxq7Lw2pZk4Rt8vBn3Yc6Hd1Sa5\n"),
        (".env", "ZALO_APP_SECRET_KEY=Qw7eR9tY2uI4oP6aS8dF1gH3jK5lZx\n"),
        (
            "unsplash.rb",
            "Unsplash.configure do |config|\n"
            '  config.application_secret = "jNfH7Dq2Lm9Xw4Rt8Vb3Kc6Zs1Pa5Ye"\nend\n',
        ),
        ("settings.py", 'SECRET_KEY = "k8Fq2Lm9Xw4Rt8Vb3Kc6Zs1Pa5YeJ7u"\n'),
    ],
)
def test_a_secret_found_by_its_name_is_a_hardcoded_secret(
    name: str, text: str, tmp_path: Path
) -> None:
    """A JWT secret, a Zalo app secret, an Unsplash app secret were AIG102 "a hardcoded LLM
    API key (named)": a secret, found by the name it is kept under, said to be an LLM key.
    Still AIG102 (a secret in the code is one), named as a hardcoded secret."""
    messages = _messages(tmp_path, name, text)
    assert len(messages) == 1
    assert messages[0].startswith("a hardcoded secret")
    assert "LLM API key" not in messages[0]


def test_a_vendors_key_is_still_named_an_llm_key(tmp_path: Path) -> None:
    key = "sk-proj-" + "Xw4Rt8Vb3Kc6Zs1Pa5YeJ7uQ2mL9nB4vC8xZ1aS3dF5gH7j"
    messages = _messages(tmp_path, ".env", f"OPENAI_API_KEY={key}\n")
    assert len(messages) == 1
    assert messages[0].startswith("a hardcoded LLM API key (openai)")


# --- speech: Google Cloud Speech-to-Text, LiveKit voice agents -----------------------------

_SPEECH = (
    "from google.cloud import {module} as speech\n"
    "\n"
    "def transcribe(path):\n"
    "    client = speech.SpeechClient()\n"
    "    with open(path, 'rb') as f:\n"
    "        audio = speech.RecognitionAudio(content=f.read())\n"
    "    config = speech.RecognitionConfig(language_code='vi-VN')\n"
    "    return client.{method}(config=config, audio=audio)\n"
)


@pytest.mark.parametrize("module", ["speech", "speech_v1", "speech_v1p1beta1"])
@pytest.mark.parametrize("method", ["recognize", "long_running_recognize"])
def test_google_speech_to_text_sends_the_recording(
    module: str, method: str, tmp_path: Path
) -> None:
    """A Telegram bot's voice message sent to Google's recogniser was no call: the recording
    of what a citizen said goes out (AIG106, as for Deepgram)."""
    text = _SPEECH.replace("{module}", module).replace("{method}", method)
    findings, calls = _scan(tmp_path, "stt.py", text)
    assert calls == ["8:google_speech:upload"]
    assert ("AIG106", 8) in findings


_LIVEKIT = (
    "from livekit.agents import AgentSession\n"
    "from livekit.plugins import openai, google, silero\n"
    "\n"
    "async def entrypoint(ctx, agent):\n"
    "    session = AgentSession(\n"
    "        stt=openai.STT(model='gpt-4o-transcribe', language='vi'),\n"
    "        llm=google.LLM(model='gemini-2.5-flash'),\n"
    "        vad=silero.VAD.load(),\n"
    "    )\n"
    "    await session.start(room=ctx.room, agent=agent)\n"
    "\n"
    "async def track(audio):\n"
    "    stt = openai.STT(model='gpt-4o-transcribe', language='vi')\n"
    "    stream = stt.stream()\n"
    "    vad = silero.VAD.load()\n"
    "    return stream, vad\n"
)


def test_a_livekit_voice_agent_sends_the_callers_speech(tmp_path: Path) -> None:
    """A clinic's booking line on LiveKit Agents (the patient's speech to OpenAI's recogniser
    and Gemini) was no call at all; a session's start and a recogniser's stream are calls,
    never literal: the room's audio is nothing the code wrote. A local VAD is none."""
    findings, calls = _scan(tmp_path, "agent.py", _LIVEKIT)
    assert calls == ["10:livekit:unchecked", "14:livekit:unchecked"]
    assert [f for f in findings if f[0] == "AIG101"] == [("AIG101", 10), ("AIG101", 14)]


def test_a_livekit_session_made_in_another_module_is_followed(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "app" / "session.py").write_text(
        "from livekit.agents import AgentSession\nfrom livekit.plugins import openai\n\n"
        "async def build_session():\n"
        "    return AgentSession(llm=openai.LLM(model='gpt-4o-mini'))\n",
        encoding="utf-8",
    )
    main = tmp_path / "main.py"
    main.write_text(
        "from app.session import build_session\n\n"
        "async def entry(ctx, agent):\n"
        "    session = await build_session()\n"
        "    await session.start(agent=agent, room=ctx.room)\n",
        encoding="utf-8",
    )
    report = scan_paths([str(main)])
    assert [f"{c.line}:{c.status}" for c in report.calls] == ["5:unchecked"]


# --- JavaScript: a messenger's sendMessage is no Gemini chat -------------------------------

_BOT_JS = (
    "const TelegramBot = require('node-telegram-bot-api');\n"
    "const { OpenAI } = require('openai');\n"
    "const { GoogleGenerativeAI } = require('@google/generative-ai');\n"
    "const bot = new TelegramBot(process.env.TELEGRAM_BOT_TOKEN, { polling: true });\n"
    "const openai = new OpenAI();\n"
    "const chat = new GoogleGenerativeAI(process.env.K).getGenerativeModel({ model: 'm' })"
    ".startChat();\n"
    "bot.on('message', async (msg) => {\n"
    "  const r = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: "
    "[{ role: 'user', content: msg.text }] });\n"
    "  {send}\n"
    "});\n"
)


@pytest.mark.parametrize(
    "send",
    [
        "bot.sendMessage(msg.chat.id, r.choices[0].message.content);",
        "await bot.sendMessage(msg.chat.id, `❌ Lỗi: ${r}`);",
        "await this.bot.sendMessage(msg.chat.id, r);",
        "await ctx.telegram.sendMessage(msg.chat.id, r);",
        "bot?.sendMessage(msg.chat.id, r);",
    ],
)
def test_a_bots_send_message_is_no_model_call(send: str, tmp_path: Path) -> None:
    """``bot.sendMessage(chatId, answer)`` on a Telegram bot made with ``new`` was listed as
    an OpenAI call and given AIG101 (two of a bot's three calls): a model's chat is never
    made with ``new`` (``startChat()``, ``chats.create()``)."""
    findings, calls = _scan(tmp_path, "index.js", _BOT_JS.replace("{send}", send))
    assert calls == ["8:openai:unchecked"]
    assert findings == [("AIG101", 8)]


def test_a_gemini_chats_send_message_is_still_a_call(tmp_path: Path) -> None:
    text = _BOT_JS.replace("{send}", "const a = await chat.sendMessage(msg.text);")
    findings, calls = _scan(tmp_path, "index.js", text)
    assert calls == ["8:openai:unchecked", "9:openai:unchecked"]
    assert ("AIG101", 9) in findings


# --- Ruby: a client read through attr_reader -----------------------------------------------

_RUBY = (
    'require "openai"\n\n'
    "class QuizService\n"
    "  {attr}\n\n"
    "  def initialize(prompt)\n"
    "    @client = OpenAI::Client.new\n"
    "    @prompt = prompt\n"
    "  end\n\n"
    "  def call\n"
    "    response = {receiver}.chat(parameters: { model: 'gpt-4o-mini', messages: "
    "[{ role: 'user', content: prompt }] })\n"
    '    response["choices"][0]["message"]["content"]\n'
    "  end\n"
    "end\n"
)


@pytest.mark.parametrize(
    ("attr", "receiver"),
    [
        ("attr_reader :client, :prompt", "client"),
        ("attr_accessor :prompt, :client", "client"),
        ("attr_reader :client", "self.client"),
        ("attr_reader :prompt", "@client"),
    ],
)
def test_a_client_read_by_its_attribute_reader_is_a_call(
    attr: str, receiver: str, tmp_path: Path
) -> None:
    """``@client = OpenAI::Client.new`` with ``attr_reader :client``, then ``client.chat(...)``:
    the quiz generator's one call was missed (exit 0 on a Rails app that calls OpenAI)."""
    findings, calls = _scan(
        tmp_path, "quiz_service.rb", _RUBY.replace("{attr}", attr).replace("{receiver}", receiver)
    )
    assert calls == ["12:openai:unchecked"]
    assert ("AIG101", 12) in findings


def test_a_reader_of_another_name_makes_no_client(tmp_path: Path) -> None:
    text = _RUBY.replace("{attr}", "attr_reader :prompt, :formatter").replace(
        "{receiver}", "formatter"
    )
    _, calls = _scan(tmp_path, "quiz_service.rb", text)
    assert calls == []


# --- Python: a chain handed to a method through self -----------------------------------------

_METHOD = (
    "from langchain_core.prompts import ChatPromptTemplate\n"
    "from langchain_openai import ChatOpenAI\n\n"
    "class Generator:\n"
    "    def __init__(self):\n"
    "        self.llm = ChatOpenAI(model='gpt-4o-mini')\n\n"
    "{first}\n\n"
    "{second}\n"
)
_CALLER = (
    "    def generate(self, question):\n"
    "        chain = ChatPromptTemplate.from_template('{{query}}') | self.llm\n"
    "        return self._complete({arg}, question)"
)
_CALLEE = (
    "    def _complete(self, runnable, text):\n"
    "        answer = ''\n"
    "        while True:\n"
    "            answer += runnable.invoke({'query': text + answer})\n"
    "            break\n"
    "        return answer"
)


@pytest.mark.parametrize("callee_first", [True, False])
def test_a_chain_handed_to_a_method_through_self_is_followed(
    callee_first: bool, tmp_path: Path
) -> None:
    """``self._get_complete_answer(chain, ...)`` whose body calls ``chain.invoke(...)``: the
    call was missed (a Dify workflow generator's model call, three copies); the method one
    class defines takes what ``self.`` calls hand it, read before or after the caller."""
    caller = _CALLER.replace("{arg}", "chain")
    first, second = (_CALLEE, caller) if callee_first else (caller, _CALLEE)
    text = _METHOD.replace("{first}", first).replace("{second}", second)
    findings, calls = _scan(tmp_path, "gen.py", text)
    line = next(i for i, t in enumerate(text.splitlines(), 1) if "runnable.invoke(" in t)
    assert calls == [f"{line}:langchain:unchecked"]
    assert ("AIG101", line) in findings


def test_a_method_handed_text_is_no_call(tmp_path: Path) -> None:
    caller = _CALLER.replace("{arg}", "question.strip()")
    text = _METHOD.replace("{first}", caller).replace("{second}", _CALLEE)
    _, calls = _scan(tmp_path, "gen.py", text)
    assert calls == []


# --- LlamaParse: a file uploaded to LlamaCloud's parser -------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "parser = LlamaParse(result_type='markdown', language='vi')\n"
        "file_extractor = {'.pdf': parser}\n"
        "docs = SimpleDirectoryReader('./data', file_extractor=file_extractor).load_data()\n",
        "docs = SimpleDirectoryReader(input_files=['ho_so.pdf'], "
        "file_extractor={'.pdf': LlamaParse()}).load_data()\n\n\n",
        "parser = LlamaParse(result_type='text')\n\ndocs = parser.load_data('./hop_dong.pdf')\n",
        "extractors = {}\nextractors['.pdf'] = LlamaParse()\n"
        "docs = SimpleDirectoryReader('./data', file_extractor=extractors).load_data()\n",
    ],
)
def test_llamaparse_uploads_the_files_it_reads(body: str, tmp_path: Path) -> None:
    """``SimpleDirectoryReader(file_extractor={".pdf": LlamaParse()}).load_data()`` sends each
    PDF to LlamaCloud's parser: no call before; now AIG106 (status upload)."""
    head = (
        "from llama_index.core import SimpleDirectoryReader\nfrom llama_parse import LlamaParse\n"
    )
    findings, calls = _scan(tmp_path, "ingest.py", head + body)
    line = next(i for i, t in enumerate((head + body).splitlines(), 1) if "load_data(" in t)
    assert calls == [f"{line}:llamaparse:upload"]
    assert ("AIG106", line) in findings


@pytest.mark.parametrize(
    "body",
    [
        "docs = SimpleDirectoryReader('./data').load_data()\n",
        "docs = SimpleDirectoryReader('./data', file_extractor={'.pdf': PDFReader()})"
        ".load_data()\n",
    ],
)
def test_a_reader_of_local_parsers_sends_nothing(body: str, tmp_path: Path) -> None:
    head = (
        "from llama_index.core import SimpleDirectoryReader\n"
        "from llama_index.readers.file import PDFReader\n"
    )
    _, calls = _scan(tmp_path, "ingest.py", head + body)
    assert calls == []


# --- a document's text sent in a prompt: AIG106 besides AIG101 -------------------------------

_PDF_HEAD = (
    "import docx\nimport fitz\nimport pdfplumber\nfrom PyPDF2 import PdfReader\n"
    "import google.generativeai as genai\n"
    "from langchain_community.document_loaders import PyPDFLoader\n"
    "from langchain_google_genai import ChatGoogleGenerativeAI\n"
    "model = genai.GenerativeModel('gemini-1.5-flash')\n"
    "llm = ChatGoogleGenerativeAI(model='gemini-1.5-flash')\n\n"
)


@pytest.mark.parametrize(
    "body",
    [
        "def f(path):\n    text = ''\n    with pdfplumber.open(path) as pdf:\n"
        "        for page in pdf.pages:\n            text += page.extract_text() or ''\n"
        "    return model.generate_content(f'Tóm tắt văn bản sau:\\n{text}')",
        "def f(upload):\n    reader = PdfReader(upload)\n    content = ''\n"
        "    for page in reader.pages:\n        content += page.extract_text()\n"
        "    return model.generate_content(['Tóm tắt', content])",
        "def f(data):\n    doc = fitz.open(stream=data, filetype='pdf')\n"
        "    text = ''.join(page.get_text() for page in doc)\n"
        "    return model.generate_content(text)",
        "def f(path):\n    d = docx.Document(path)\n"
        "    body = '\\n'.join(p.text for p in d.paragraphs)\n"
        "    return llm.invoke('Tóm tắt: ' + body)",
        "def f(path):\n    chunks = PyPDFLoader(path).load_and_split()\n"
        "    return llm.invoke({'input_documents': chunks})",
    ],
)
def test_a_documents_text_sent_in_a_prompt_is_a_file_sent(body: str, tmp_path: Path) -> None:
    """A PDF read by pdfplumber (or PyPDF2, PyMuPDF, python-docx, a LangChain PDF loader) in
    the function and sent by ``generate_content``/``invoke`` was AIG101 with no AIG106: the
    file's content goes out unclassified."""
    findings, calls = _scan(tmp_path, "summary.py", _PDF_HEAD + body + "\n")
    assert len(calls) == 1
    assert calls[0].endswith(":unchecked")
    line = int(calls[0].split(":")[0])
    assert ("AIG101", line) in findings
    assert ("AIG106", line) in findings


@pytest.mark.parametrize(
    "body",
    [
        "def f(question):\n    return model.generate_content(question)",
        "def f(soup):\n    return model.generate_content(soup.get_text())",
        "def f(path):\n    with pdfplumber.open(path) as pdf:\n        n = len(pdf.pages)\n"
        "    return model.generate_content(f'Một tài liệu có bao nhiêu trang? {3}')",
    ],
)
def test_text_that_is_no_documents_is_no_file_sent(body: str, tmp_path: Path) -> None:
    findings, _ = _scan(tmp_path, "summary.py", _PDF_HEAD + body + "\n")
    assert not [f for f in findings if f[0] == "AIG106"]


# --- Dify: an app's DSL export ---------------------------------------------------------------

_DIFY_WORKFLOW = """app:
  mode: workflow
  name: Hỏi đáp thủ tục hành chính
workflow:
  graph:
    nodes:
      - data:
          type: start
          variables:
            - variable: query
        id: '1'
      - data:
          type: question-classifier
          model:
            provider: openai
            name: gpt-4o-mini
        id: '2'
      - data:
          type: llm
          model:
            provider: langgenius/gemini/google
            name: gemini-2.0-flash
          prompt_template:
            - role: user
              text: 'Trả lời câu hỏi: {{#1.query#}}'
        id: '3'
      - data:
          type: code
        id: '4'
"""

_DIFY_CHAT = """app:
  description: Trợ lý
  mode: chat
  name: Trợ lý
kind: app
model_config:
  pre_prompt: Bạn là trợ lý của phường.
  model:
    completion_params:
      temperature: 0.2
    mode: chat
    name: claude-3-5-sonnet-20241022
    provider: anthropic
version: 0.1.5
"""


def test_a_dify_workflows_model_nodes_are_calls(tmp_path: Path) -> None:
    """A Dify app exported as its DSL (an LLM node, a question classifier, on the user's
    query) was read as configuration only: no call. Each node that asks a model is AIG101,
    named by its provider; a start or code node is none."""
    findings, calls = _scan(tmp_path, "app.yml", _DIFY_WORKFLOW)
    assert calls == ["13:openai:unchecked", "19:google:unchecked"]
    assert findings == [("AIG101", 13), ("AIG101", 19)]


def test_a_dify_chat_apps_model_is_a_call(tmp_path: Path) -> None:
    findings, calls = _scan(tmp_path, "tro_ly.yaml", _DIFY_CHAT)
    assert calls == ["13:anthropic:unchecked"]
    assert ("AIG101", 13) in findings


#: as Dify writes its export (keys sorted: a node's ``model:`` before its ``type:``, the
#: nodes as a list under ``nodes:`` with their height and id after the data)
_DIFY_SORTED = """app:
  description: ''
  icon: robot
  mode: advanced-chat
  name: Tra cứu hồ sơ
kind: app
version: 0.1.5
workflow:
  graph:
    nodes:
    - data:
        desc: ''
        title: Bắt đầu
        type: start
        variables: []
      height: 54
      id: '1711528914102'
    - data:
        classes:
        - id: '1'
          name: thủ tục
        model:
          completion_params:
            temperature: 0.7
          mode: chat
          name: gpt-4o-mini
          provider: openai
        query_variable_selector:
        - '1711528914102'
        - sys.query
        title: Phân loại câu hỏi
        type: question-classifier
      height: 184
      id: '1711528915811'
    - data:
        context:
          enabled: false
        model:
          completion_params:
            temperature: 0.2
          mode: chat
          name: claude-3-5-sonnet-20241022
          provider: langgenius/anthropic/anthropic
        prompt_template:
        - id: a1
          role: system
          text: 'Trả lời: {{#sys.query#}}'
        title: LLM
        type: llm
        variables: []
      height: 98
      id: '1711528917469'
    - data:
        agent_parameters: {}
        title: Agent
        type: agent
      height: 90
      id: '1711528919000'
"""


def test_a_dify_nodes_provider_is_read_in_its_own_node_whatever_the_key_order(
    tmp_path: Path,
) -> None:
    """Dify writes a node's keys sorted, its ``model:`` before its ``type:``: each node is
    named by its own provider (it was named by the next node's, or by none), and a node
    with no provider is still a call (named ``dify``)."""
    _, calls = _scan(tmp_path, "app.yml", _DIFY_SORTED)
    assert calls == ["32:openai:unchecked", "49:anthropic:unchecked", "56:dify:unchecked"]


def test_a_dify_chat_app_whose_model_is_not_read_is_still_a_call(tmp_path: Path) -> None:
    """A chat app's model_config whose model names no provider here: the app still serves
    every request's input to a model, so it is a call (it was none); a workflow app whose
    model_config holds no model is none."""
    chat = _DIFY_CHAT.replace("    provider: anthropic\n", "")
    findings, calls = _scan(tmp_path, "tro_ly.yaml", chat)
    assert calls == ["6:dify:unchecked"]
    assert ("AIG101", 6) in findings
    workflow = "app:\n  mode: workflow\nmodel_config:\n  model:\n    mode: chat\nworkflow:\n"
    _, calls = _scan(tmp_path, "luong.yaml", workflow)
    assert calls == []


@pytest.mark.parametrize(
    "text",
    [
        # a deployment's YAML with an app and a mode, no Dify graph
        "app:\n  name: web\n  mode: production\nservices:\n  - type: llm\n",
        # a prompt describing Dify's DSL in an escaped string
        'prompt: "Sinh workflow Dify:\\n  app:\\n    mode: workflow\\n  - type: llm\\n"\n',
        # a Dify export whose graph asks no model
        "app:\n  mode: workflow\nworkflow:\n  graph:\n    nodes:\n      - data:\n"
        "          type: http-request\n",
    ],
)
def test_yaml_that_is_no_dify_model_node_is_no_call(text: str, tmp_path: Path) -> None:
    _, calls = _scan(tmp_path, "config.yml", text)
    assert calls == []


# --- Python: a client handed to a function of another module --------------------------------


def _project(tmp_path: Path, page: str) -> tuple[list[tuple[str, int]], list[str]]:
    (tmp_path / ".git").mkdir()
    for folder in ("components", "utils", "pages"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "utils" / "bot.py").write_text(
        "from llama_index.core import VectorStoreIndex\n"
        "from llama_index.llms.groq import Groq\n\n"
        "def initialize_chatbot(index: VectorStoreIndex):\n"
        "    return index.as_chat_engine(llm=Groq(model='llama3-70b-8192'))\n",
        encoding="utf-8",
    )
    (tmp_path / "components" / "chat.py").write_text(
        "import streamlit as st\n\n"
        "def chat_interface(agent, title):\n"
        "    st.title(title)\n"
        "    if prompt := st.chat_input('Hỏi gì đó'):\n"
        "        st.write(agent.chat(prompt).response)\n\n"
        "def show_sources(engine, title):\n"
        "    st.write(title, engine)\n",
        encoding="utf-8",
    )
    path = tmp_path / "pages" / "chat.py"
    path.write_text(page, encoding="utf-8")
    report = scan_paths([str(path)])
    return (
        sorted((f.rule, f.line) for f in report.active),
        [f"{c.line}:{c.vendor}:{c.status}" for c in report.calls],
    )


_PAGE = (
    "from components.chat import chat_interface, show_sources\n"
    "from utils.bot import initialize_chatbot\n\n"
    "agent = initialize_chatbot(load_index())\n"
    "{call}\n"
)


@pytest.mark.parametrize(
    "call", ["chat_interface(agent, 'Trợ lý')", "chat_interface(title='Trợ lý', agent=agent)"]
)
def test_a_chat_engine_handed_to_another_modules_function_is_reported(
    call: str, tmp_path: Path
) -> None:
    """``chat_interface(agent, ...)`` in one module, ``agent.chat(prompt)`` in another's
    function, the engine made by a third's ``initialize_chatbot()``: the chat was no call
    (sc25 left it). The engine's call is reported where it is handed, AIG101: the scanner
    does not read what is sent there."""
    findings, calls = _project(tmp_path, _PAGE.replace("{call}", call))
    assert calls == ["5:llama_index:unchecked"]
    assert findings == [("AIG101", 5)]


@pytest.mark.parametrize(
    "call", ["show_sources(agent, 'Nguồn')", "chat_interface('Trợ lý', 'Tiêu đề')"]
)
def test_what_another_module_does_not_call_a_model_through_is_no_call(
    call: str, tmp_path: Path
) -> None:
    _, calls = _project(tmp_path, _PAGE.replace("{call}", call))
    assert calls == []


# --- PHP: the endpoint kept in a property ---------------------------------------------------

_PHP = """<?php
class ChatClient
{
    private $baseUrl = '{base}';

    public function send($path, $post = [])
    {
        return Http::withToken(env('TOKEN'))->timeout(7.5)->post(
            $this->baseUrl . $path,
            $post
        )->json();
    }
}
"""


def test_a_request_to_an_endpoint_held_in_a_property_is_a_call(tmp_path: Path) -> None:
    """``private $baseUrl = 'https://api.openai.com/v1'`` then ``->post($this->baseUrl .
    $path, ...)`` with the URL on the next line: the request every call of the class makes
    (``/chat/completions``, ``/responses``) was not read."""
    findings, calls = _scan(
        tmp_path, "ChatClient.php", _PHP.replace("{base}", "https://api.openai.com/v1")
    )
    assert calls == ["8:http:unchecked"]
    assert ("AIG101", 8) in findings


def test_a_property_holding_a_messengers_endpoint_is_no_call(tmp_path: Path) -> None:
    text = _PHP.replace("{base}", "https://openapi.zalo.me/v3.0/oa")
    _, calls = _scan(tmp_path, "ZaloClient.php", text)
    assert calls == []


def test_a_call_the_other_module_finds_itself_is_not_listed_twice(tmp_path: Path) -> None:
    """``summarize(text, model)`` whose body calls ``model.generate_content(...)``: a method
    only Gemini's clients have, listed in that module already; not again where it is
    handed."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "core.py").write_text(
        "import google.generativeai as genai\n\n"
        "def initialize_model(key):\n"
        "    genai.configure(api_key=key)\n"
        "    return genai.GenerativeModel('gemini-2.5-flash')\n\n"
        "def summarize(text, model):\n"
        "    return model.generate_content(['Tóm tắt', text])\n",
        encoding="utf-8",
    )
    app = tmp_path / "app.py"
    app.write_text(
        "from core import initialize_model, summarize\n\n"
        "model = initialize_model('k')\n"
        "summary = summarize('văn bản', model)\n",
        encoding="utf-8",
    )
    report = scan_paths([str(tmp_path)])
    assert [(Path(c.path).name, c.line) for c in report.calls] == [("core.py", 8)]


# --- AIG104: a constraint check named enforce_ is no sanction ---------------------------------

_SQL_TS = (
    "import { generateText } from 'ai';\n"
    "import { openai } from '@ai-sdk/openai';\n"
    "export async function buildSql(question: string, filtersHint: string) {\n"
    "  const { text: finalSql } = await generateText({ model: openai('gpt-4o'), "
    "prompt: question });\n"
    "  return {call};\n"
    "}\n"
)


@pytest.mark.parametrize(
    ("call", "decides"),
    [
        ("enforceFiltersHintInSql(filtersHint, finalSql)", False),
        ("enforceJsonSchema(finalSql)", False),
        ("enforceMaxLength(finalSql, 2000)", False),
        ("enforceFine(finalSql)", True),
        ("enforceBan(finalSql)", True),
        ("enforcePolicy(finalSql)", True),
        ("enforce(finalSql)", True),
        ("approveRefund(finalSql)", True),
    ],
)
def test_a_constraint_check_named_enforce_is_no_decision(
    call: str, decides: bool, tmp_path: Path
) -> None:
    """``enforceFiltersHintInSql(filtersHint, finalSql)`` on the model's SQL was AIG104 (a
    rental platform's query builder): a check that holds a query to its filters is no
    sanction. ``enforce`` before a technical constraint's word is none; a fine, a ban, a
    policy still decide."""
    findings, _ = _scan(tmp_path, "sql.ts", _SQL_TS.replace("{call}", call))
    assert (("AIG104", 5) in findings) is decides


@pytest.mark.parametrize(
    ("call", "decides"),
    [("enforce_json_schema(answer)", False), ("enforce_penalty(answer)", True)],
)
def test_the_same_reading_in_python(call: str, decides: bool, tmp_path: Path) -> None:
    text = (
        "from openai import OpenAI\nclient = OpenAI()\n\ndef run(q):\n"
        "    answer = client.chat.completions.create(model='gpt-4o', messages=q)\n"
        f"    {call}\n"
    )
    findings, _ = _scan(tmp_path, "d.py", text)
    assert (("AIG104", 6) in findings) is decides
