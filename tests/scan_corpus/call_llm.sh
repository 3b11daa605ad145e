# expect: AIG101@4
#!/usr/bin/env bash
set -euo pipefail
curl -s https://api.openai.com/v1/chat/completions \
  -H "Authorization: Bearer $OPENAI_API_KEY" \
  -d "{\"model\": \"gpt-4o-mini\", \"messages\": [{\"role\": \"user\", \"content\": \"$1\"}]}"
curl -s https://example.com/health
