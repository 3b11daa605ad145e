// expect: AIG101@6 AIG101@10 AIG102@13
import OpenAI from "openai";

const client = new OpenAI();
export async function reply(letter: string) {
  const r = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: letter }] });
  return r.choices[0].message.content;
}
export async function raw(letter: string) {
  return fetch("https://api.anthropic.com/v1/messages", { method: "POST", body: JSON.stringify({ letter }) });
}
// client.chat.completions.create in a comment is not a call
const KEY = "sk-proj-Q7wErTy9UiOp3AsDfGh5JkLzXcVbNm2Qw4ErTy6UiOp8AsDf";
const ok = await client.chat.completions.create({ model: "m", messages }); // ai-guard: ignore[AIG101]
