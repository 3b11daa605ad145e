# expect: AIG101@31 AIG101@42
"""A vendor's API reached through a base URL read from configuration (sc13's left misses, a
WeChat bot's four Claude calls): ``f"{self.api_base}/messages"`` where ``api_base`` is a
property with the vendor's URL as default, or where the request sends headers only the
vendor's API reads (``anthropic-version``). A base of unknown host with a path any web app
has (``/messages``) and no such header stays no call."""

import requests

from config import conf


class ClaudeBot:
    def __init__(self) -> None:
        self.api_key = conf().get("claude_api_key")
        self.gateway = conf().get("gateway_base")

    @property
    def api_base(self) -> str:
        return conf().get("claude_api_base") or "https://api.anthropic.com/v1"

    def headers(self) -> dict[str, str]:
        return {"x-api-key": self.api_key, "content-type": "application/json"}

    def reply(self, query: str) -> object:
        body = {
            "model": "claude-sonnet-4-5",
            "max_tokens": 1024,
            "messages": [{"role": "user", "content": query}],
        }
        resp = requests.post(
            f"{self.api_base}/messages", headers=self.headers(), json=body, timeout=60
        )
        return resp.json()

    def reply_through_gateway(self, query: str) -> object:
        headers = {
            "x-api-key": self.api_key,
            "anthropic-version": "2023-06-01",
        }
        body = {"model": "claude", "messages": [{"role": "user", "content": query}]}
        return requests.post(f"{self.gateway}/messages", headers=headers, json=body, timeout=60)

    def post_to_people(self, channel: str, text: str) -> object:
        return requests.post(f"{self.gateway}/channels/{channel}/messages", json={"text": text})

    def post_with_other_headers(self, text: str) -> object:
        # headers named like the Claude request's, but not a vendor's: no call
        headers = {"Authorization": f"Bearer {self.api_key}"}
        return requests.post(f"{self.gateway}/notes", headers=headers, json={"text": text})
