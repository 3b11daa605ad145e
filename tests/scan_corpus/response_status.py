# expect: AIG101@13 AIG101@21 AIG104@23
"""A request's HTTP status (``res.status_code``, ``res.ok``) recorded in a field named
``status`` is the transport's answer, not the model's; the model's text given the same field
is still a decision recorded from its output."""

import requests

URL = "https://api.openai.com/v1/chat/completions"


def probe(body: dict[str, object]) -> dict[str, object]:
    row: dict[str, object] = {}
    res = requests.post(URL, json=body, timeout=30)
    row["status"] = res.status_code
    row["status_text"] = str(res.reason)
    row["ok"] = res.ok
    return row


def review(application: object, body: dict[str, object]) -> None:
    res = requests.post(URL, json=body, timeout=30)
    verdict = res.json()["choices"][0]["message"]["content"]
    application.status = verdict  # type: ignore[attr-defined]
