"""The async client on aiohttp's transport (needs the `aiohttp` extra)."""
# example-server: prism

import asyncio

from anthropic import AsyncAnthropic, DefaultAioHttpClient


async def main() -> None:
    async with AsyncAnthropic(http_client=DefaultAioHttpClient()) as client:
        message = await client.messages.create(
            max_tokens=256,
            messages=[{"role": "user", "content": "Hello over aiohttp"}],
            model="claude-sonnet-4-5-20250929",
        )
    print("aiohttp:", message.id, message.stop_reason)


asyncio.run(main())
