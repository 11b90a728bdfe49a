"""Retries (with the server's retry-after) and timeouts, for the client and per request."""
# example-server: scripted:retries

import anthropic
from anthropic import Anthropic

client = Anthropic(max_retries=2)
question = [{"role": "user", "content": "Hello"}]

# The server answers "overloaded" once, asking to retry after 10 ms; the second attempt succeeds.
message = client.messages.create(max_tokens=64, messages=question, model="claude-sonnet-4-5-20250929")
print("succeeded after a retry:", message.id)

# A server that takes too long: a short timeout for this request, and no retries.
try:
    client.with_options(max_retries=0).messages.create(
        max_tokens=64, messages=question, model="claude-sonnet-4-5-20250929", timeout=0.5
    )
except anthropic.APITimeoutError:
    print("timed out")
