# expect: AIG104@22 AIG104@24 AIG104@31 AIG104@38 AIG104@44
"""A decision recorded as data, not through a function named like one: a status field written
in a branch on the model's answer or given the answer, a status keyword, and the answer posted
to an agency system's endpoint that decides. Reporting, collecting, and the same under
@require_human_signoff are not decisions."""

import json

import requests
from openai import OpenAI

from ai_guard import check_prompt, require_human_signoff

client = OpenAI()


def ask(text: str) -> str:
    safe = check_prompt(text).redacted_text
    r = client.chat.completions.create(model="m", messages=[{"role": "user", "content": safe}])
    ket_qua = r.choices[0].message.content
    if "đồng ý" in ket_qua.lower():
        db.update_status(ho_so.id, "approved")
    else:
        ho_so.trang_thai = "Từ chối"
    return ket_qua


def by_expression(app: object) -> None:
    safe = check_prompt(app.text).redacted_text
    verdict = client.responses.create(model="m", input=safe).output_text
    app.status = "APPROVED" if "yes" in verdict else "REJECTED"


def by_keyword(app_id: int, text: str) -> None:
    safe = check_prompt(text).redacted_text
    verdict = client.responses.create(model="m", input=safe).output_text
    label = json.loads(verdict)["label"]
    db.applications.update(app_id, application_status=label)


def by_endpoint(app_id: int, text: str) -> None:
    safe = check_prompt(text).redacted_text
    decision = json.loads(client.responses.create(model="m", input=safe).output_text)
    requests.post("https://dvc.example.gov.vn/api/ho-so/duyet", json={"id": app_id, "kq": decision})


def reporting(app: object, results: list[str]) -> dict[str, str]:
    safe = check_prompt(app.text).redacted_text
    answer = client.responses.create(model="m", input=safe).output_text
    if "approved" in answer:
        print("approved")
        results.append("approved")
        logger.info("Đã duyệt")
    app.summary = answer
    requests.post("https://chat.example.vn/api/messages", json={"text": answer})
    return {"ket_qua": answer, "status": "ok"}


@require_human_signoff(action="approve_application")
def record(app: object, verdict: str) -> None:
    app.status = "approved" if "yes" in verdict else "rejected"
