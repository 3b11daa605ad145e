# expect: AIG102@5 AIG102@6 AIG103@9 AIG103@10 AIG105@13
from openai import OpenAI

PLACEHOLDER = "sk-..."
OPENAI_API_KEY = "sk-proj-Q7wErTy9UiOp3AsDfGh5JkLzXcVbNm2Qw4ErTy6UiOp8AsDf"
client = OpenAI(api_key="sk-ant-api03-Zx8Cv7Bn6Mq5Wr4Et3Yu2Io1Pa9Sd8Fg7Hj6Kl5Zx4Cv3Bn2")
other = OpenAI(api_key="YOUR_API_KEY")

ACCOUNT_EMAIL = "nguyen.van.an@moj.gov.vn"
settings = {"username": "lan.tran@hanoi.gov.vn", "notes": "gửi báo cáo cho vp@hanoi.gov.vn"}
contact = "vanthu@moj.gov.vn"

SYSTEM_PROMPT = "Hồ sơ của ông Nguyễn Văn Bình, CCCD 001085012345, cần tóm tắt."
CLEAN_PROMPT = "Bạn là trợ lý soạn thảo văn bản hành chính theo Nghị định 30/2020/NĐ-CP."
