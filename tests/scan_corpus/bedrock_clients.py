# expect: AIG101@21 AIG101@26 AIG101@31
"""Bedrock clients as tutorials make them: the service named by keyword
(``boto3.client(service_name="bedrock-runtime")``), through a ``boto3.Session``; and
``start_async_invoke``, a background job (Nova Reel's videos) whose ``modelInput`` carries the
text prompt. Another service's client (S3) sends no prompt."""

import json

import boto3

runtime = boto3.client(service_name="bedrock-runtime", region_name="ap-southeast-1")
session = boto3.Session(profile_name="dev")
regional = session.client("bedrock-runtime")
storage = boto3.client(service_name="s3")


def summarise(text: str) -> object:
    body = json.dumps(
        {"anthropic_version": "bedrock-2023-05-31", "messages": [{"role": "user", "content": text}]}
    )
    return runtime.invoke_model(modelId="anthropic.claude-3-haiku-20240307-v1:0", body=body)


def converse(text: str) -> object:
    messages = [{"role": "user", "content": [{"text": text}]}]
    return regional.converse(modelId="amazon.nova-lite-v1:0", messages=messages)


def video(scene: str) -> object:
    model_input = {"taskType": "TEXT_VIDEO", "textToVideoParams": {"text": scene}}
    return runtime.start_async_invoke(
        modelId="amazon.nova-reel-v1:0",
        modelInput=model_input,
        outputDataConfig={"s3OutputDataConfig": {"s3Uri": "s3://bucket/videos/"}},
    )


def store(text: str) -> None:
    storage.put_object(Bucket="b", Key="k", Body=text)
