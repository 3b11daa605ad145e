// expect: AIG101@8 AIG101@18 AIG104@21
// A script that probes models records the HTTP status each request got: `{ status:
// res.status }` is the transport's answer, not the model's (five false AIG104 on a public
// model-probing script). The same field given the model's text is still a decision.
const COMPLETIONS_URL = "https://api.together.xyz/v1/chat/completions";

export async function probe(model: string, body: Record<string, unknown>) {
  const res = await fetch(COMPLETIONS_URL, { method: "POST", body: JSON.stringify(body) });
  const text = await res.text();
  if (!res.ok) {
    return { model, status: res.status, detail: res.statusText, headers: res.headers };
  }
  const reply = JSON.parse(text)?.choices?.[0]?.message?.content ?? "";
  return { model, status: res.status, ok: res.ok, reply };
}

export async function review(body: Record<string, unknown>) {
  const res = await fetch(COMPLETIONS_URL, { method: "POST", body: JSON.stringify(body) });
  const data = await res.json();
  const verdict = data.choices[0].message.content;
  return { status: verdict };
}
