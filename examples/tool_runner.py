"""Tool use with `@beta_tool` and the tool runner: the runner calls the function for the model."""
# example-server: scripted:tools

import json

from anthropic import Anthropic, beta_tool

client = Anthropic()


@beta_tool
def get_weather(location: str) -> str:
    """The current weather in a city.

    Args:
        location: City and region, e.g. Lisbon, Portugal
    """
    print("tool called for", location)
    return json.dumps({"location": location, "temperature_c": 21, "sky": "clear"})


runner = client.beta.messages.tool_runner(
    max_tokens=1024,
    model="claude-sonnet-4-5-20250929",
    tools=[get_weather],
    messages=[{"role": "user", "content": "What is the weather in Lisbon?"}],
)
for message in runner:
    print("reply:", message.stop_reason, [block.type for block in message.content])
print("answer:", message.content[0].text if message.content[0].type == "text" else "")
