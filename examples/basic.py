"""Send one message and print the reply."""
# example-server: prism

from anthropic import Anthropic

client = Anthropic()  # reads ANTHROPIC_API_KEY (and ANTHROPIC_BASE_URL when set)
message = client.messages.create(
    max_tokens=1024,
    messages=[{"role": "user", "content": "Name three prime numbers."}],
    model="claude-sonnet-4-5-20250929",
)
for block in message.content:
    if block.type == "text":
        print(block.text)
print("stop reason:", message.stop_reason, "| request id:", message._request_id)
