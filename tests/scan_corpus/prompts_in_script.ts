// expect: AIG105@5 AIG105@10 AIG101@15
import Anthropic from "@anthropic-ai/sdk";

// a system prompt written with a real citizen's data (fictitious here)
const SYSTEM_PROMPT = "Hồ sơ thi hành án của ông Nguyễn Văn Bình, CCCD 001085012345, cư trú tại Hà Nội.";
const greeting = "Xin chào, tôi có thể giúp gì?"; // not a prompt name, no data: nothing
const template = `Trả lời ngắn gọn câu hỏi: ${question}`; // a template without data: nothing

export const examples = [
  { role: "user", content: `Tóm tắt đơn khiếu nại của bà Trần Thị Hoa, SĐT 0912 345 678` },
];

const client = new Anthropic();
export async function ask(question: string) {
  return client.messages.create({ model: "m", max_tokens: 100, system: SYSTEM_PROMPT, messages: [{ role: "user", content: question }] });
}
