# expect: AIG101@13
#!/bin/bash
# A vendor's key management route posts a key's name, not a prompt: no call. Dify's workflow
# run posts the user's text to a workflow's models: a call, on the agency's own host too.
KEYS="https://openrouter.ai/api/v1/keys"
DIFY_BASE="https://dify.so-tu-phap.vn"

curl -X POST "$KEYS" -H "Authorization: Bearer $MGMT_KEY" \
  -d '{"name": "can-bo-phong-hanh-chinh", "limit": 10}'
curl -X POST https://openrouter.ai/api/v1/keys -H "Authorization: Bearer $MGMT_KEY" \
  -d '{"name": "ban-tiep-dan"}'

curl -X POST "$DIFY_BASE/v1/workflows/run" -H "Authorization: Bearer $DIFY_KEY" \
  -d "{\"inputs\": {\"query\": \"$1\"}, \"response_mode\": \"blocking\", \"user\": \"u1\"}"
