"""Pagination with the async client: `async for` over a list call, or await pages."""
# example-server: prism

import asyncio

from anthropic import AsyncAnthropic


async def main() -> None:
    client = AsyncAnthropic()
    seen = 0
    async for model in client.models.list(limit=20):  # no await: iterate directly
        print("model:", model.id)
        seen += 1
        if seen == 3:
            break
    page = await client.models.list(limit=20)  # awaiting gives the first page
    print("first page:", len(page.data), "items")
    if page.has_next_page():
        page = await page.get_next_page()
        print("second page:", len(page.data), "items")


asyncio.run(main())
