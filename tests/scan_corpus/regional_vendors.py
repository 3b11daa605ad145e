# expect: AIG101@16 AIG101@22 AIG101@27 AIG101@36
"""Hosted models whose paths are not OpenAI's (Baidu's wenxinworkshop, Alibaba's DashScope,
a model served on an inference platform) are found by their host; a LangChain model bound to
functions is still the model."""

import requests
from langchain_openai import ChatOpenAI

BAIDU = "https://aip.baidubce.com/rpc/2.0/ai_custom/v1/wenxinworkshop/chat/"
DASHSCOPE = "https://dashscope.aliyuncs.com/api/v1/services/aigc/text-generation/generation"


def ask_baidu(model: str, token: str, question: str) -> None:
    url = BAIDU + model + "?access_token=" + token
    payload = {"messages": [{"role": "user", "content": question}]}
    requests.request("POST", url, json=payload)


def ask_dashscope(key: str, question: str) -> None:
    headers = {"Authorization": f"Bearer {key}"}
    body = {"model": "qwen-plus", "input": {"prompt": question}}
    requests.post(DASHSCOPE, headers=headers, json=body)


def ask_hosted(version: str, question: str) -> None:
    with requests.Session() as s:
        s.post(
            f"https://app.baseten.co/model_versions/{version}/predict",
            json={"prompt": question},
        )


def ask_with_functions(question: str, functions: list[dict[str, object]]) -> None:
    model = ChatOpenAI()
    model = model.bind_functions(functions)
    model.invoke(question)
