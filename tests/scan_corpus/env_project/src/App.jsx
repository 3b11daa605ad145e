// expect: AIG101@17
// A chat widget posting the conversation to an address read from the environment, which the
// project's environment file sets to Gemini's endpoint: a call. A form posted to an address
// that names no model is not.
import { useState } from "react";

export default function App() {
  const [history, setHistory] = useState([]);

  const ask = async (text) => {
    const contents = [...history, { role: "user", parts: [{ text }] }];
    const options = {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ contents }),
    };
    const response = await fetch(import.meta.env.VITE_API_URL, options);
    setHistory(contents);
    await fetch(import.meta.env.VITE_FEEDBACK_URL, { method: "POST", body: JSON.stringify({ text }) });
    return response.json();
  };

  return ask;
}
