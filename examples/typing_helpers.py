"""Typed requests (TypedDicts) and responses (models with to_dict() / to_json())."""
# example-server: prism

from anthropic import Anthropic
from anthropic.types import Message, MessageParam

history: list[MessageParam] = [
    {"role": "user", "content": "Remember the number 7."},
    {"role": "assistant", "content": "Noted."},
    {"role": "user", "content": [{"type": "text", "text": "Which number was it?"}]},
]

client = Anthropic()
message: Message = client.messages.create(max_tokens=64, messages=history, model="claude-sonnet-4-5-20250929")
print("model:", message.model, "| usage:", message.usage.input_tokens, "in")

data = message.to_dict()  # keys as the API spells them; fields it did not send are left out
print("keys:", sorted(data)[:4])
print("json:", message.to_json(indent=None)[:60])

history.append({"role": "assistant", "content": message.content})  # answers can be sent back as they are
print("history length:", len(history))
