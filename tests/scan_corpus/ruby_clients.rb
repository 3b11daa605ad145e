# expect: AIG101@13 AIG101@28 AIG101@34
# ruby-openai, the anthropic gem and RubyLLM (own code, sc17's shapes): a call whose
# arguments are all written in the code is literal, any other is AIG101.
require "openai"

class SummaryService
  def initialize
    @client = OpenAI::Client.new(access_token: ENV.fetch("OPENAI_API_KEY"))
  end

  # the user's text goes to the model: not vouched for
  def summarize(text)
    @client.chat(
      parameters: {
        model: "gpt-4o-mini", # a comment's apostrophe: it's no string
        messages: [{ role: "user", content: "Tóm tắt: #{text}" }],
      }
    )
  end

  def greeting
    @client.chat(parameters: { model: "gpt-4o-mini", messages: [{ role: "user", content: "Xin chào" }] })
  end
end

claude = Anthropic::Client.new
def ask(claude, question)
  claude.messages(parameters: { model: "claude-3-5-haiku", messages: [{ role: "user", content: question }] })
end

chat = RubyLLM.chat(model: "gpt-4o-mini")
chat.ask("Thủ tục cấp hộ chiếu gồm những bước nào?")
note = gets
chat.ask(note)
