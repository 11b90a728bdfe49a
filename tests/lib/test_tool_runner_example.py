"""The briefing's `@beta_tool` weather example, run as written against the scripted server.

The example prints with `rich.print`. When rich is not installed, a stand-in `rich`
module whose `print` is the built-in one is put on the path (nothing is installed).
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import SDK_SRC
from tests.lib._tool_server import ToolServer, message, text, tool_use

EXAMPLE = '''\
import json
import rich
from anthropic import Anthropic, beta_tool

client = Anthropic()

@beta_tool
def get_weather(location: str) -> str:
    """Lookup the weather for a given city in either celsius or fahrenheit

    Args:
        location: The city and state, e.g. San Francisco, CA
    Returns:
        A dictionary containing the location, temperature, and weather condition.
    """
    return json.dumps({"location": location, "temperature": "68°F", "condition": "Sunny"})

runner = client.beta.messages.tool_runner(
    max_tokens=1024,
    model="claude-sonnet-4-5-20250929",
    tools=[get_weather],
    messages=[{"role": "user", "content": "What is the weather in SF?"}],
)
for message in runner:
    rich.print(message)
'''


@pytest.fixture
def server() -> Iterator[ToolServer]:
    with ToolServer() as scripted:
        yield scripted


def test_weather_example(server: ToolServer, tmp_path: Path) -> None:
    first = message(
        text("I'll look up the weather in San Francisco."),
        tool_use("toolu_01", "get_weather", {"location": "San Francisco, CA"}),
        stop_reason="tool_use",
    )
    final = message(text("It's 68°F and sunny in San Francisco."))
    server.add_messages(first, final)

    script = tmp_path / "example.py"
    script.write_text(EXAMPLE, encoding="utf-8")
    path = [str(SDK_SRC)]
    if importlib.util.find_spec("rich") is None:
        stub = tmp_path / "stub" / "rich"
        stub.mkdir(parents=True)
        (stub / "__init__.py").write_text("from builtins import print\n", encoding="utf-8")
        path.append(str(stub.parent))

    env = {k: v for k, v in os.environ.items() if not k.startswith("ANTHROPIC_")}
    env.update(
        PYTHONPATH=os.pathsep.join(path),
        ANTHROPIC_API_KEY="sk-ant-example",
        ANTHROPIC_BASE_URL=server.base_url,
        PYTHONIOENCODING="utf-8",
    )
    run = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr

    # One printed message per request: the tool call, then the answer.
    assert run.stdout.count("role='assistant'") == 2
    assert "get_weather" in run.stdout
    assert "It's 68°F and sunny in San Francisco." in run.stdout

    assert len(server.requests) == 2
    assert server.requests[0].headers["x-api-key"] == "sk-ant-example"
    assert server.bodies[0]["tools"] == [
        {
            "name": "get_weather",
            "description": "Lookup the weather for a given city in either celsius or fahrenheit",
            "input_schema": {
                "type": "object",
                "properties": {
                    "location": {
                        "type": "string",
                        "description": "The city and state, e.g. San Francisco, CA",
                        "title": "Location",
                    }
                },
                "required": ["location"],
                "additionalProperties": False,
            },
        }
    ]
    assert server.bodies[1]["messages"][-1] == {
        "role": "user",
        "content": [
            {
                "type": "tool_result",
                "tool_use_id": "toolu_01",
                "content": json.dumps({"location": "San Francisco, CA", "temperature": "68°F", "condition": "Sunny"}),
            }
        ],
    }
