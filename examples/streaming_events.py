"""`stream=True`: the raw server-sent events, as typed objects."""
# example-server: scripted:text

from anthropic import Anthropic

client = Anthropic()
stream = client.messages.create(
    max_tokens=1024,
    messages=[{"role": "user", "content": "Say hello"}],
    model="claude-sonnet-4-5-20250929",
    stream=True,
)
kinds = []
for event in stream:
    kinds.append(event.type)
    if event.type == "content_block_delta" and event.delta.type == "text_delta":
        print(event.delta.text, end="", flush=True)
print()
print("events:", ", ".join(sorted(set(kinds))))
