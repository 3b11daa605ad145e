# expect: AIG101@13
    # A module pasted from inside a block: every line of code indented by the same four spaces.
    # Python refuses it ("unexpected indent"), but it hides no code: it is read as the module it
    # is, not refused whole (its calls were missed, the file reported as unreadable).
    import google.generativeai as genai

    genai.configure(api_key=None)
    model = genai.GenerativeModel("gemini-1.5-flash")
    history = []

    def reply(text):
        history.append({"role": "user", "parts": [text]})
        return model.generate_content(history).text
