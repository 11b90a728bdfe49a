"""`messages.stream()`: text as it arrives, then the complete message."""
# example-server: scripted:text

from anthropic import Anthropic

client = Anthropic()
with client.messages.stream(
    max_tokens=1024,
    messages=[{"role": "user", "content": "Say hello"}],
    model="claude-sonnet-4-5-20250929",
) as stream:
    for text in stream.text_stream:
        print(text, end="", flush=True)
    print()
    message = stream.get_final_message()

print("final:", message.content[0].text if message.content[0].type == "text" else message.content[0].type)
print("stop reason:", message.stop_reason, "| output tokens:", message.usage.output_tokens)
