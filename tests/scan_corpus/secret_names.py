# expect: AIG102@14 AIG102@15
"""The name of the variable that holds a secret is not the secret: a setting that says which
environment variable to read (``OAUTH2_CLIENT_SECRET = "X_OAUTH2_CLIENT_SECRET"``) was AIG102.
A key written there, in any case, still is."""

import os

OAUTH2_CLIENT_SECRET = "X_OAUTH2_CLIENT_SECRET"
client_secret_env: str = "GITHUB_OAUTH2_CLIENT_SECRET"
OPENAI_KEY_VARIABLE = "AZURE_OPENAI_API_KEY_2"
client_secret = os.environ.get(OAUTH2_CLIENT_SECRET)

# a key pasted where the variable's name should be: still a key
OPENAI_API_KEY = "sk-proj-Q7wErTy9UiOp3AsDfGh5JkLzXcVbNm2Qw4ErTy6UiOp8AsDf"
GOOGLE_CLIENT_SECRET = "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"
