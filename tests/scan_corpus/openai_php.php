// expect: AIG101@11 AIG101@27 AIG101@34
<?php
// openai-php (its Laravel facade and a client) and a request to Gemini (own code, sc17's
// shapes): a call whose arguments are all written in the code is literal.

use OpenAI\Laravel\Facades\OpenAI;
use Illuminate\Support\Facades\Http;

function rewrite(string $text): string
{
    $response = OpenAI::chat()->create([
        'model' => 'gpt-4o-mini',
        'messages' => [['role' => 'user', 'content' => "Viết lại: $text"]],
    ]);
    return $response->choices[0]->message->content;
}

function hello(): string
{
    $response = OpenAI::chat()->create(['model' => 'gpt-4o-mini', 'messages' => [['role' => 'user', 'content' => 'Xin chào']]]);
    return $response->choices[0]->message->content;
}

function embed(array $chunks): array
{
    $client = OpenAI::client(getenv('OPENAI_API_KEY'));
    return $client->embeddings()->create(['model' => 'text-embedding-3-small', 'input' => $chunks])->embeddings;
}

function search(string $query, string $key): string
{
    $url = "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent?key={$key}";
    // the question goes to Gemini
    $response = Http::timeout(60)->post($url, ['contents' => [['parts' => [['text' => $query]]]]]);
    return $response->body();
}

function status(): string
{
    return Http::get('https://example.org/health')->body();
}
