"""The async client: two requests in flight at once on one client."""
# example-server: prism

import asyncio

from anthropic import AsyncAnthropic


async def ask(client: AsyncAnthropic, question: str) -> str:
    message = await client.messages.create(
        max_tokens=256,
        messages=[{"role": "user", "content": question}],
        model="claude-sonnet-4-5-20250929",
    )
    return message.content[0].type


async def main() -> None:
    async with AsyncAnthropic() as client:
        answers = await asyncio.gather(ask(client, "What is 2 + 2?"), ask(client, "What is 3 + 3?"))
    print("answers:", answers)


asyncio.run(main())
