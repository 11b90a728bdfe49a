"""The HTTP response behind a call: `.with_raw_response` and `.with_streaming_response`."""
# example-server: prism

from anthropic import Anthropic

client = Anthropic()
question = [{"role": "user", "content": "Hello"}]

response = client.messages.with_raw_response.create(
    max_tokens=64, messages=question, model="claude-sonnet-4-5-20250929"
)
print("status:", response.status_code, "| content type:", response.headers.get("content-type"))
message = response.parse()  # what `create` would have returned
print("parsed:", type(message).__name__, message.id)

with client.messages.with_streaming_response.create(
    max_tokens=64, messages=question, model="claude-sonnet-4-5-20250929"
) as streamed:
    body = b"".join(streamed.iter_bytes())
print("streamed body:", len(body), "bytes")
