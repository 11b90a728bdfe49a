"""Message batch results with the async client."""
# example-server: prism

import asyncio

from anthropic import AsyncAnthropic


async def main() -> None:
    client = AsyncAnthropic()
    batch = await client.messages.batches.create(
        requests=[
            {
                "custom_id": "greeting",
                "params": {
                    "max_tokens": 64,
                    "messages": [{"role": "user", "content": "Hello"}],
                    "model": "claude-sonnet-4-5-20250929",
                },
            }
        ]
    )
    results = await client.messages.batches.results(batch.id)
    async for entry in results:
        print("result:", entry.custom_id, entry.result.type)


asyncio.run(main())
