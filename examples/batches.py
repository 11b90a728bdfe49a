"""Message batches: create one, check on it, and read its results (JSON lines)."""
# example-server: prism

from anthropic import Anthropic

client = Anthropic()
batch = client.messages.batches.create(
    requests=[
        {
            "custom_id": f"square-{number}",
            "params": {
                "max_tokens": 64,
                "messages": [{"role": "user", "content": f"What is {number} squared?"}],
                "model": "claude-sonnet-4-5-20250929",
            },
        }
        for number in (3, 7)
    ]
)
print("created:", batch.id, batch.processing_status)

batch = client.messages.batches.retrieve(batch.id)  # poll until processing_status == "ended"
print("counts:", batch.request_counts.to_dict())

for entry in client.messages.batches.results(batch.id):  # decoded line by line
    if entry.result.type == "succeeded":
        print("result:", entry.custom_id, entry.result.message.content[0].type)
    else:
        print("result:", entry.custom_id, entry.result.type)
