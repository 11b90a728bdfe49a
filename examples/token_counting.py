"""Count the input tokens of a request before sending it."""
# example-server: prism

from anthropic import Anthropic

client = Anthropic()
count = client.messages.count_tokens(
    model="claude-sonnet-4-5-20250929",
    system="Answer in one sentence.",
    messages=[{"role": "user", "content": "Why is the sky blue?"}],
)
print("input tokens:", count.input_tokens)
