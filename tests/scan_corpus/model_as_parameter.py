# expect: AIG101@11 AIG101@21
"""A Gemini model handed to a function as a parameter (a Vietnamese law chatbot's query
classifier): ``generate_content`` belongs to Google's SDKs alone, so its call is one whatever
the receiver; generic names (``run``, ``send``) on an unknown receiver are not."""

import google.generativeai as genai


def classify(query: str, gemini_model, top_k: int = 3) -> str:
    prompt = f"Phân loại câu hỏi pháp luật sau vào {top_k} lĩnh vực: {query}"
    response = gemini_model.generate_content(prompt)
    return str(response.text)


def process_single_query(query: dict[str, str]) -> str:
    gemini_model = genai.GenerativeModel("gemini-2.0-flash")
    return classify(query["question"], gemini_model, 3)


async def classify_async(query: str, model) -> str:
    response = await model.generate_content_async(query)
    return str(response.text)


def not_a_model(job, sender, text: str) -> None:
    job.run(text)
    sender.send(text)
