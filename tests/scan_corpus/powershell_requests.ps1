# expect: AIG101@16 AIG101@33
# A unit's PowerShell helpers: requests to LLM APIs by Invoke-RestMethod / Invoke-WebRequest.
param(
    [string]$Endpoint = 'https://api.openai.com/v1/chat/completions'
)

$headers = @{ Authorization = "Bearer $env:OPENAI_API_KEY"; "Content-Type" = "application/json" }

function Get-Summary([string]$Path) {
    $text = Get-Content -Raw -Path $Path
    $body = @{
        model    = "gpt-4o-mini"
        messages = @(@{ role = "user"; content = "Tóm tắt văn bản sau: $text" })
    } | ConvertTo-Json -Depth 5
    # the document's text goes out unchecked
    $answer = Invoke-RestMethod -Uri $Endpoint -Method Post -Headers $headers `
        -Body $body -ContentType "application/json"
    return $answer.choices[0].message.content
}

# a smoke test whose body is written here: literal
Invoke-RestMethod -Uri $Endpoint -Method Post -Headers $headers -Body '{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "ping"}]}'

# the model list: a GET, no prompt
$models = Invoke-RestMethod -Uri 'https://api.openai.com/v1/models' -Headers $headers

$deployment = "gpt-4o"
$Request = @{
    Uri     = "https://contoso.openai.azure.com/openai/deployments/$deployment/chat/completions?api-version=2024-06-01"
    Method  = 'POST'
    Body    = $Payload
}
$reply = irm @Request -Headers $headers
