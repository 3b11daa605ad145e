"""AIG104 where a model's answer decides (through a guarded client, a parser, a branch,
Vietnamese decision names), AIG101 with AIG105 for a sensitive literal prompt, and a YAML
system prompt written as a block."""

from __future__ import annotations

import pytest

from ai_guard.scan import CallSite, scan_source

HEAD = (
    "import json\n"
    "from openai import OpenAI\n"
    "from ai_guard.integrations.openai import guard_client\n"
    "client = OpenAI()\n"
    "safe = guard_client(OpenAI())\n"
    "def decide(case, letter):\n"
)
ASK = '    r = {c}.chat.completions.create(model="m", messages=[{{"content": letter}}])\n'


def _rules(body: str, client: str = "client") -> list[tuple[str, int]]:
    source = HEAD + ASK.format(c=client) + body
    return sorted((f.rule, f.line) for f in scan_source("app.py", source) if f.rule != "AIG101")


@pytest.mark.parametrize(
    ("body", "client"),
    [
        ("    approve_refund(case, r.choices[0].message.content)\n", "safe"),
        ("    data = json.loads(r.choices[0].message.content)\n"
         "    approve_refund(case, data['amount'])\n", "client"),
        ("    verdict = r.choices[0].message.content\n"
         "    if 'CHẤP NHẬN' in verdict:\n"
         "        approve_refund(case)\n", "client"),
        ("    verdict = r.choices[0].message.content\n"
         "    if 'TỪ CHỐI' in verdict:\n"
         "        return None\n"
         "    log(case)\n"
         "    approve_refund(case)\n", "safe"),
        ("    phe_duyet_ho_so(case, r.output_text)\n", "client"),
        ("    ban_hanh_quyet_dinh(r)\n", "client"),
        ("    quyet_dinh_xu_ly(r)\n", "client"),
        ("    cap_phep_xay_dung(case, r)\n", "client"),
        ("    xu_phat_vi_pham(r)\n", "client"),
        ("    thu_hoi_giay_phep(r)\n", "client"),
        ("    tu_choi_ho_so(r)\n", "client"),
        ("    duyet_de_nghi(r)\n", "client"),
    ],
    ids=["guarded-client", "json-loads-dict", "branch", "early-return", "phe_duyet", "ban_hanh",
         "quyet_dinh", "cap_phep", "xu_phat", "thu_hoi", "tu_choi", "duyet"],
)  # fmt: skip
def test_a_models_answer_deciding_is_aig104(body: str, client: str) -> None:
    rules = _rules(body, client)
    assert [r for r, _ in rules] == ["AIG104"]
    assert rules[0][1] == HEAD.count("\n") + 1 + body.count("\n")


@pytest.mark.parametrize(
    "body",
    [
        "    approve_refund(case, case.amount)\n",  # not the answer
        "    if case.urgent:\n        approve_refund(case)\n",  # a branch on the case
        "    if letter:\n        phe_duyet_ho_so(case)\n",
        "    data = json.loads(case.payload)\n    approve_refund(case, data['amount'])\n",
        "    duyet_web(case.url)\n    print(r.choices[0].message.content)\n",
        "    approve_refund(case, r.choices[0].message.content, signoff=case.signoff)\n",
        "    if 'OK' in r.choices[0].message.content:\n        notify(case)\n",  # no decision
        "    phe_duyet = r.choices[0].message.content\n    show(phe_duyet)\n",
        "    duyetxet(r)\n    thu_hoiphi(r)\n",  # other words, not the prefixes
    ],
)
def test_decisions_the_model_does_not_make_are_not_aig104(body: str) -> None:
    assert _rules(body) == []


def test_a_sensitive_literal_prompt_is_aig105_and_its_unguarded_call_aig101() -> None:
    source = (
        "from openai import OpenAI\n"
        "client = OpenAI()\n"
        "def ask():\n"
        '    return client.chat.completions.create(model="m", messages=[{"role": "user", '
        '"content": "Tra cứu hồ sơ của ông Nguyễn Văn An, CCCD 001203004567"}])\n'
    )
    calls: list[CallSite] = []
    found = sorted((f.rule, f.line) for f in scan_source("ask.py", source, calls=calls))
    assert found == [("AIG101", 4), ("AIG105", 4)]
    assert [c.status for c in calls] == ["unchecked"]


@pytest.mark.parametrize(
    "content",
    ["Tóm tắt quy trình cấp phép xây dựng cho người dân", "Hà Nội là thủ đô, hãy giới thiệu"],
)
def test_an_ordinary_literal_prompt_stays_literal(content: str) -> None:
    source = (
        "from openai import OpenAI\n"
        "client = OpenAI()\n"
        f'client.chat.completions.create(model="m", messages=[{{"content": "{content}"}}])\n'
    )
    calls: list[CallSite] = []
    assert scan_source("ask.py", source, calls=calls) == []
    assert [c.status for c in calls] == ["literal"]


def test_a_yaml_system_prompt_block_carrying_mat_is_aig105() -> None:
    source = (
        "agent:\n"
        "  name: tro-ly\n"
        "  system_prompt: |\n"
        "    Bạn là trợ lý soạn thảo.\n"
        "    Tài liệu sau đây được đóng dấu MẬT.\n"
        "  temperature: 0.2\n"
        "other:\n"
        "  prompt_template: >-\n"
        "    Tóm tắt quy trình cấp phép xây dựng\n"
        "    cho người dân ở Hà Nội.\n"
        "  note: |\n"
        "    MẬT\n"
    )
    found = [(f.rule, f.line) for f in scan_source("agent.yaml", source)]
    assert found == [("AIG105", 3)]
