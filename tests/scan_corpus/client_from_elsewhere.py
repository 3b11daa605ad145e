# expect: AIG101@7
# The client comes from another module of the project: no LLM SDK is imported here.
from .configs import client, twilio


def recommend(profile: str) -> str:
    r = client.chat.complete(model="m", messages=[{"role": "user", "content": profile}])
    return r.choices[0].message.content


def notify(phone: str, text: str) -> None:
    # messages.create is also Twilio's SMS API: not taken for an LLM without an LLM import
    twilio.messages.create(body=text, to=phone)
