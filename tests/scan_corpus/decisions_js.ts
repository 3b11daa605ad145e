// expect: AIG101@9 AIG104@15 AIG104@18 AIG104@21 AIG104@22 AIG101@35 AIG104@38
// AIG104 in TypeScript: the model's answer decides (a call named like a decision, a status field).
import OpenAI from "openai";
import { approveApplication, sendNotice, db } from "./services";

const client = new OpenAI();

export async function review(app: { id: number; text: string; status?: string }) {
  const completion = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: app.text }],
  });
  const verdict = completion.choices[0].message.content ?? "";
  if (verdict.includes("APPROVE")) {
    await approveApplication(app.id);
    console.log("approved");
  } else {
    app.status = "REJECTED";
  }
  await sendNotice(app.id, verdict);
  await db.applications.update({ where: { id: app.id }, data: { status: verdict } });
  verdict.startsWith("OK") && (await approveApplication(app.id));
}

export async function safe(app: { id: number }, signOff: string) {
  await approveApplication(app.id, { signOff });
  const total = 3;
  if (total > 2) {
    await approveApplication(app.id);
  }
  app.status = "done";
}

export async function viaFetch(id: number, text: string) {
  const res = await fetch("https://api.openai.com/v1/responses", { method: "POST", body: JSON.stringify({ input: text }) });
  const { output_text: answer } = await res.json();
  const ok = answer.trim().toLowerCase() === "đồng ý";
  return ok ? pheDuyetHoSo(id) : null;
}
