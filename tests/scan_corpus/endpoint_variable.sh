# expect: AIG101@13
#!/bin/bash
# The endpoint in a variable set at the top; the curl that posts to it is a call, the one
# that downloads a file is not.
ENDPOINT="https://api.openai.com/v1/chat/completions"
OUT=report.json

body=$(jq -n --arg t "$1" '{model: "gpt-4o-mini", messages: [{role: "user", content: $t}]}')

echo "sending the letter"
echo "to the model"

curl -s "$ENDPOINT" -H "Authorization: Bearer $OPENAI_API_KEY" -d "$body" > "$OUT"
curl -s https://files.example.vn/template.docx -o template.docx
