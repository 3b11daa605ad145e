// expect: AIG101@6
// The same through a relative import.
import { OPENAI_BASE_URL } from "../app/constant";

export async function complete(body: string) {
  return fetch(`${OPENAI_BASE_URL}/v1/responses`.replace("/v1/responses", "/v1/chat/completions"), { method: "POST", body });
}
