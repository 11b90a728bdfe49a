"""The product briefing's examples, run as written against the mock API server.

Each example runs in a fresh interpreter that only gets `ANTHROPIC_API_KEY` and
`ANTHROPIC_BASE_URL` from the environment, as a user's script would. (The streaming and
tool-runner examples run against a scripted server in tests/lib/, because they need
scripted SSE answers.)
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import SDK_SRC

BASIC = """
from anthropic import Anthropic

client = Anthropic()
message = client.messages.create(
    max_tokens=1024,
    messages=[{"role": "user", "content": "Hello, Claude"}],
    model="claude-sonnet-4-5-20250929",
)
print(message.content)
"""

TOKEN_COUNTING = """
from anthropic import Anthropic

client = Anthropic()
count = client.messages.count_tokens(
    model="claude-sonnet-4-5-20250929",
    messages=[{"role": "user", "content": "Hello, world"}],
)
print(count.input_tokens)  # 10
"""

# The briefing shows this body at the top level of a notebook; a script needs `asyncio.run`.
BATCHES = """
import asyncio
from anthropic import AsyncAnthropic

client = AsyncAnthropic()

async def main() -> None:
    batch = await client.messages.batches.create(
        requests=[
            {
                "custom_id": "my-first-request",
                "params": {
                    "model": "claude-sonnet-4-5-20250929",
                    "max_tokens": 1024,
                    "messages": [{"role": "user", "content": "Hello, world"}],
                },
            },
            {
                "custom_id": "my-second-request",
                "params": {
                    "model": "claude-sonnet-4-5-20250929",
                    "max_tokens": 1024,
                    "messages": [{"role": "user", "content": "Hi again, friend"}],
                },
            },
        ]
    )

    # After batch completes:
    result_stream = await client.messages.batches.results(batch.id)
    async for entry in result_stream:
        if entry.result.type == "succeeded":
            print(entry.result.message.content)

asyncio.run(main())
"""


def run_example(source: str, base_url: str, tmp_path: Path) -> str:
    script = tmp_path / "example.py"
    script.write_text(textwrap.dedent(source), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("ANTHROPIC_")}
    env.update({"ANTHROPIC_API_KEY": "example-key", "ANTHROPIC_BASE_URL": base_url, "PYTHONPATH": str(SDK_SRC)})
    result = subprocess.run(
        [sys.executable, str(script)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_basic_message(mock_server_urls: dict[str, str], tmp_path: Path) -> None:
    out = run_example(BASIC, mock_server_urls["default"], tmp_path)
    assert out.startswith("[TextBlock(")


def test_token_counting(mock_server_urls: dict[str, str], tmp_path: Path) -> None:
    out = run_example(TOKEN_COUNTING, mock_server_urls["default"], tmp_path)
    assert out.strip().isdigit()


@pytest.mark.parametrize("source", [BATCHES], ids=["batches"])
def test_message_batches(source: str, mock_server_urls: dict[str, str], tmp_path: Path) -> None:
    out = run_example(source, mock_server_urls["default"], tmp_path)
    # The mock's results hold one succeeded and one errored request: only the first prints.
    assert out.count("TextBlock(") == 1
    assert "Hello again! How can I help?" in out
