# expect: AIG101@24 AIG106@24 AIG101@25 AIG101@26 AIG106@26 AIG106@28 AIG106@29 AIG101@33 AIG106@33 AIG101@34 AIG101@36
"""What a hotline's recording and a citizen's question send out besides a chat (sc17 left
them uncounted): a speech-to-text service is sent the audio, what the caller says
(Deepgram, AssemblyAI, Speechmatics, VITO's REST API), and a vector store or retriever built
on an embedding model that is an API embeds each document it is filled with and each
question it is asked (Chroma over OpenAIEmbeddings). The same store over
HuggingFaceEmbeddings runs the model on the machine and sends nothing; an MCP tool call
sends the tool's arguments to a tool server, not to a model, and is not listed."""

import assemblyai as aai
import requests
from deepgram import DeepgramClient, PrerecordedOptions
from langchain_chroma import Chroma
from langchain_community.embeddings import HuggingFaceEmbeddings
from langchain_openai import OpenAIEmbeddings
from mcp import ClientSession
from speechmatics.batch_client import BatchClient

deepgram = DeepgramClient("dg-key-from-env")
VITO = "https://openapi.vito.ai/v1/transcribe"


def hotline(recording: bytes, path: str, settings: object) -> None:
    deepgram.listen.rest.v("1").transcribe_file({"buffer": recording}, PrerecordedOptions())
    deepgram.listen.prerecorded.v("1").transcribe_url({"url": path})
    aai.Transcriber().transcribe(path)
    with BatchClient(settings) as client:
        client.submit_job(audio=path, transcription_config={"language": "vi"})
    requests.post(VITO, files={"file": open(path, "rb")})


def answer(question: str, docs: list[object]) -> None:
    store = Chroma.from_documents(docs, embedding=OpenAIEmbeddings())
    store.similarity_search(question)
    retriever = store.as_retriever(search_kwargs={"k": 3})
    retriever.invoke(question)
    local = Chroma.from_documents(docs, embedding=HuggingFaceEmbeddings())
    local.similarity_search(question)
    local.as_retriever().invoke(question)


async def tool(session: ClientSession, question: str) -> None:
    await session.call_tool("tra_cuu_ho_so", {"query": question})
