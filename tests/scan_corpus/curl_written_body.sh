# expect: AIG101@15 AIG101@19
#!/usr/bin/env bash
# A smoke test whose body is written in the script (single quotes keep `$` as it is, and the
# text runs over lines) sends no one's data: literal, no AIG101. A body that carries a
# variable, or a file the scan cannot vouch for, is still AIG101.
curl -X POST "$AZURE_OPENAI_ENDPOINT/openai/deployments/$DEPLOYMENT/chat/completions?api-version=2024-06-01" \
  -H "Content-Type: application/json" \
  -H "api-key: $AZURE_OPENAI_API_KEY" \
  -d '{
    "messages": [{"role": "user", "content": "Xin chào, giá $5 là bao nhiêu?"}],
    "max_tokens": 50
  }'
curl https://openrouter.ai/api/v1/chat/completions --json "{\"model\": \"openai/gpt-4o\", \"messages\": [{\"role\": \"user\", \"content\": \"Hello\"}]}"

curl -s https://api.openai.com/v1/chat/completions -H "Authorization: Bearer $OPENAI_API_KEY" \
  -d '{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "'"$1"'"}]}'
echo done; curl https://api.anthropic.com/v1/messages -d '{"messages": []}' | jq .

curl https://api.anthropic.com/v1/messages -H "x-api-key: $KEY" --data "{\"messages\": [{\"role\": \"user\", \"content\": \"$QUESTION\"}]}"
