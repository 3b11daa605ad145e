# expect: AIG101@3 AIG105@5
#!/usr/bin/env bash
curl -s https://api.openai.com/v1/chat/completions \
  -H "Authorization: Bearer $OPENAI_API_KEY" \
  -d '{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Tra cứu hồ sơ của ông Phạm Văn Đức, CCCD 001085012345"}]}'
