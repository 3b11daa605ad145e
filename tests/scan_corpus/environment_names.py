# expect: AIG102@14 AIG102@17
"""A variable's name read from the environment is not the secret it holds (an upper-case name
with digits looked like a key to the secret detector when read under ``client_secret``); a
key pasted where the name belongs, or given as the default, is still one."""

import os


class SingleSignOn:
    def __init__(self) -> None:
        self.client_id = os.environ.get("DVC_OAUTH2_CLIENT_ID")
        self.client_secret = os.environ.get("DVC_OAUTH2_CLIENT_SECRET")
        self.bot_token = os.environ["ZALO_OA_TOKEN_V3"]
        self.api_key = os.getenv("sk-ant-api03-Zx8Cv7Bn6Mq5Wr4Et3Yu2Io1Pa9Sd8Fg7Hj6Kl5Zx4Cv3Bn2")  # noqa: SIM112
        self.fallback = os.getenv(
            "OPENAI_KEY_V2",
            "sk-proj-Q7wErTy9UiOp3AsDfGh5JkLzXcVbNm2Qw4ErTy6UiOp8AsDf",
        )
