"""Errors: the exception for each status, and the request id to quote when reporting one."""
# example-server: scripted:errors

import anthropic
from anthropic import Anthropic

client = Anthropic(max_retries=0)
question = [{"role": "user", "content": "Hello"}]

try:
    client.models.retrieve("no-such-model")
except anthropic.NotFoundError as error:
    print("not found:", error.status_code, error.request_id)

try:
    client.messages.create(max_tokens=64, messages=question, model="claude-sonnet-4-5-20250929")
except anthropic.RateLimitError as error:
    print("rate limited:", error.status_code, error.body)
except anthropic.APIStatusError as error:  # any other error status
    print("other error:", error.status_code)

message = client.messages.create(max_tokens=64, messages=question, model="claude-sonnet-4-5-20250929")
print("succeeded, request id:", message._request_id)

unreachable = Anthropic(base_url="http://127.0.0.1:9", max_retries=0, timeout=2.0)
try:
    unreachable.models.list()
except anthropic.APIConnectionError as error:
    print("no connection:", type(error).__name__)
