# expect: AIG101@24 AIG101@32 AIG101@36
"""DSPy: a language model configured once, predictors and modules that prompt it. A predictor
called with its signature's input fields (``qa(question=q)``: any keyword is a field) is a
call, kept on ``self`` in one method and called in another too; the LM called itself is one;
a question written in the code is literal."""

import dspy

lm = dspy.LM("openai/gpt-4o-mini", max_tokens=500)
dspy.configure(lm=lm)


class Answer(dspy.Signature):
    question = dspy.InputField()
    answer = dspy.OutputField()


class Pipeline(dspy.Module):
    def compile(self) -> "Pipeline":
        self.predictor = dspy.Predict(Answer)
        return self

    def forward(self, question: str) -> object:
        return self.predictor(question=question)


qa = dspy.ChainOfThought("question -> answer")
print(qa(question="Thủ đô của Việt Nam là gì?"))


def ask(question: str, context: str) -> object:
    return qa(question=question, context=context)


def raw(text: str) -> object:
    return lm(messages=[{"role": "user", "content": text}])
