"""The tool runner with the async client and `@beta_async_tool`."""
# example-server: scripted:tools

import asyncio
import json

from anthropic import AsyncAnthropic, beta_async_tool


@beta_async_tool
async def get_weather(location: str) -> str:
    """The current weather in a city.

    Args:
        location: City and region, e.g. Lisbon, Portugal
    """
    await asyncio.sleep(0)
    print("tool called for", location)
    return json.dumps({"location": location, "temperature_c": 21, "sky": "clear"})


async def main() -> None:
    client = AsyncAnthropic()
    runner = client.beta.messages.tool_runner(
        max_tokens=1024,
        model="claude-sonnet-4-5-20250929",
        tools=[get_weather],
        messages=[{"role": "user", "content": "What is the weather in Lisbon?"}],
    )
    final = await runner.until_done()
    print("answer:", final.content[0].text if final.content[0].type == "text" else "")


asyncio.run(main())
