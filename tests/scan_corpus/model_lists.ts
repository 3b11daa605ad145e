// expect: AIG101@15 AIG101@20 AIG101@21 AIG101@22 AIG101@23
// A GET of a vendor's model list sends no prompt (fetch with no body, axios.get); a POST does,
// and so do options the text does not show. The OpenAI SDK's image and moderation calls send
// text too; a comment among a call's arguments is no data.
import axios from "axios";
import OpenAI from "openai";

const openai = new OpenAI();

export async function listModels(key: string) {
  const hosted = await fetch("https://openrouter.ai/api/v1/models");
  const own = await fetch("https://api.openai.com/v1/models", { headers: { Authorization: key } });
  const viaAxios = await axios.get("https://api.openai.com/v1/models");
  const explicit = await fetch("https://api.openai.com/v1/models", { method: "GET" });
  const posted = await fetch("https://api.openai.com/v1/chat/completions", { method: "POST", body: key });
  return [hosted, own, viaAxios, explicit, posted];
}

export async function ask(question: string, options: RequestInit) {
  const b = await fetch("https://api.anthropic.com/v1/messages", options);
  const c = await fetch("https://api.openai.com/v1/chat/completions", { ...options });
  const d = await openai.images.generate({ model: "dall-e-3", prompt: question });
  const e = await openai.moderations.create({ input: question });
  const f = await openai.moderations.create({
    model: "omni-moderation-latest",
    // can also use a base64 encoded image URL here
    input: "Xin chào",
  });
  return [b, c, d, e, f];
}
