"""`messages.stream()` with the async client, reading the events (with their snapshots)."""
# example-server: scripted:text

import asyncio

from anthropic import AsyncAnthropic


async def main() -> None:
    client = AsyncAnthropic()
    async with client.messages.stream(
        max_tokens=1024,
        messages=[{"role": "user", "content": "Say hello"}],
        model="claude-sonnet-4-5-20250929",
    ) as stream:
        async for event in stream:
            if event.type == "text":
                print("snapshot:", event.snapshot)
        text = await stream.get_final_text()
    print("final:", text)


asyncio.run(main())
