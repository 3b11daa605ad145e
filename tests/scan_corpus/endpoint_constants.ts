// expect: AIG101@18 AIG101@23
// An endpoint named once at the top of a module and used far below it: the request is a call
// wherever the constant was set. An import of the HTTP library is not a call, nor is a
// request to an endpoint that is not an LLM's.
import axios from "axios";

const LLM_URL = `${process.env.LLM_BASE}/v1/chat/completions`;
const STATUS_URL = "https://status.example.vn/api/ping";

interface Message {
  role: string;
  content: string;
}

// several lines further down, as in any real module

export async function ask(messages: Message[]): Promise<unknown> {
  const { data } = await axios.post(LLM_URL, { model: "gpt-4o-mini", messages });
  return data;
}

export async function askWithFetch(text: string): Promise<unknown> {
  const answer = await fetch(LLM_URL, {
    method: "POST",
    body: JSON.stringify({ messages: [{ role: "user", content: text }] }),
  });
  return answer.json();
}

export async function ping(): Promise<unknown> {
  return (await axios.post(STATUS_URL, { ok: true })).data;
}
