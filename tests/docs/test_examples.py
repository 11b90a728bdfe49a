"""Every script in examples/ runs, as a user would run it, against a local server.

A script names its server in a `# example-server:` line: `prism` / `prism-beta` (the
spec-driven mock server, first-party or beta paths) or `scripted:<scenario>` (the scripted
server, for streams, tool conversations and error or retry sequences, which the mock server
cannot play). Each runs in a fresh interpreter that gets only a dummy key and the server's
URL from the environment; its output must show the feature worked.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import ROOT, SDK_SRC, require
from tests.lib._tool_server import message, text, tool_use
from tests.lib.scripted_server import ScriptedResponse, ScriptedServer

EXAMPLES = sorted((ROOT / "examples").glob("*.py"))
SERVER_LINE = re.compile(r"^# example-server: (prism|prism-beta|scripted:[\w-]+)$", re.MULTILINE)
FIXTURES = ROOT / "tests" / "lib" / "fixtures"


def server_of(path: Path) -> str:
    found = SERVER_LINE.search(path.read_text(encoding="utf-8"))
    assert found is not None, f"{path.name} has no '# example-server:' line"
    return found.group(1)


# ---------------------------------------------------------------- scripted scenarios


def scenario_text(server: ScriptedServer) -> None:
    server.add_sse((FIXTURES / "text.sse").read_bytes(), chunk_size=11)


def scenario_tools(server: ScriptedServer) -> None:
    asks = message(
        text("Let me check."),
        tool_use("toolu_01", "get_weather", {"location": "Lisbon, Portugal"}),
        stop_reason="tool_use",
    )
    server.add_json(asks)
    server.add_json(message(text("It is 21 degrees and clear in Lisbon.")))


def scenario_structured(server: ScriptedServer) -> None:
    answer = json.dumps({"name": "Ada Lovelace", "born": 1815})
    server.add_json(message(text(answer)))
    server.add_json(message(text(answer)))


def scenario_errors(server: ScriptedServer) -> None:
    server.add_error(404, "not_found_error", "model: no-such-model", headers={"request-id": "req_example_404"})
    server.add_error(429, "rate_limit_error", "slow down", headers={"request-id": "req_example_429"})
    server.add_json(message(text("Hello!")), headers={"request-id": "req_example_ok"})


def scenario_retries(server: ScriptedServer) -> None:
    server.add_error(529, "overloaded_error", "busy", headers={"retry-after-ms": "10"})
    server.add_json(message(text("Hello!")))
    body = json.dumps(message(text("too late"))).encode()
    server.add(
        ScriptedResponse(
            body, headers={"content-type": "application/json"}, chunks=[body[:5], body[5:]], chunk_delay=1.5
        )
    )


def scenario_platforms(server: ScriptedServer) -> None:
    for _ in range(3):
        server.add_json(message(text("Hello from the cloud.")))


SCENARIOS: dict[str, Callable[[ScriptedServer], None]] = {
    "text": scenario_text,
    "tools": scenario_tools,
    "structured": scenario_structured,
    "errors": scenario_errors,
    "retries": scenario_retries,
    "platforms": scenario_platforms,
}

# What each example's output must contain (besides exiting with 0).
EXPECTED = {
    "basic.py": ["stop reason:"],
    "async_basic.py": ["answers: ["],
    "aiohttp_backend.py": ["aiohttp: "],
    "client_options.py": ["retries: 3 then 0", "created:"],
    "streaming_events.py": ["Hello there! How can I help you today?", "content_block_delta"],
    "streaming_helper.py": ["Hello there! How can I help you today?\n", "final: Hello there!", "stop reason: end_turn"],
    "async_streaming_helper.py": ["snapshot: Hello there", "final: Hello there! How can I help you today?"],
    "tool_runner.py": ["tool called for Lisbon, Portugal", "reply: tool_use", "answer: It is 21 degrees"],
    "async_tool_runner.py": ["tool called for Lisbon, Portugal", "answer: It is 21 degrees"],
    "structured_outputs.py": ["parsed: Ada Lovelace 1815", "by hand: {'name': 'Ada Lovelace', 'born': 1815}"],
    "batches.py": ["created: ", "counts: ", "result: "],
    "async_batches.py": ["result: "],
    "token_counting.py": ["input tokens: "],
    "files.py": ["uploaded: 6 files", "listed: ", "metadata: ", "downloaded: ", "deleted: "],
    "pagination.py": ["model: ", "first page: ", "page 1 "],
    "async_pagination.py": ["model: ", "first page: "],
    "errors.py": [
        "not found: 404 req_example_404",
        "rate limited: 429",
        "succeeded, request id: req_example_ok",
        "no connection: APIConnectionError",
    ],
    "retries_timeouts.py": ["succeeded after a retry:", "timed out"],
    "raw_responses.py": ["status: 200", "parsed: Message", "streamed body: "],
    "logging_example.py": ["anthropic ", "done"],
    "typing_helpers.py": ["model: ", "keys: ", "json: {", "history length: 4"],
    "platforms.py": ["bedrock: text", "vertex: text", "foundry: text"],
}


def test_every_example_is_checked() -> None:
    assert len(EXAMPLES) >= 20
    assert sorted(EXPECTED) == sorted(path.name for path in EXAMPLES)
    for path in EXAMPLES:
        server = server_of(path)
        assert not server.startswith("scripted:") or server.partition(":")[2] in SCENARIOS, path.name


def run_example(path: Path, base_url: str, cwd: Path, extra_env: dict[str, str] | None = None) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ANTHROPIC_", "AWS_", "CLOUD_ML"))}
    env.update(
        ANTHROPIC_API_KEY="example-dummy-key",
        ANTHROPIC_BASE_URL=base_url,
        PYTHONPATH=str(SDK_SRC),
        PYTHONIOENCODING="utf-8",
        **(extra_env or {}),
    )
    result = subprocess.run([sys.executable, str(path)], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, f"{path.name} failed:\n{result.stdout[-2000:]}\n{result.stderr[-3000:]}"
    return result.stdout


def check_output(path: Path, out: str) -> None:
    for expected in EXPECTED[path.name]:
        assert expected in out, f"{path.name}: {expected!r} not in output:\n{out}"


PRISM = [p for p in EXAMPLES if server_of(p).startswith("prism")]
SCRIPTED = [p for p in EXAMPLES if server_of(p).startswith("scripted:")]


@pytest.mark.parametrize("path", PRISM, ids=[p.name for p in PRISM])
def test_example_against_the_mock_server(path: Path, mock_server_urls: dict[str, str], tmp_path: Path) -> None:
    if path.name == "aiohttp_backend.py":
        require("httpx_aiohttp", "the aiohttp backend example")
    url = mock_server_urls["beta" if server_of(path) == "prism-beta" else "default"]
    check_output(path, run_example(path, url, tmp_path))


@pytest.mark.parametrize("path", SCRIPTED, ids=[p.name for p in SCRIPTED])
def test_example_against_the_scripted_server(path: Path, tmp_path: Path) -> None:
    scenario = server_of(path).partition(":")[2]
    extra: dict[str, str] = {}
    with ScriptedServer() as server:
        SCENARIOS[scenario](server)
        if scenario == "platforms":
            require("boto3", "the Bedrock example")
            require("google.auth", "the Vertex example")
            extra = {
                "ANTHROPIC_BEDROCK_BASE_URL": server.base_url,
                "ANTHROPIC_VERTEX_BASE_URL": server.base_url,
                "ANTHROPIC_FOUNDRY_BASE_URL": server.base_url,
                "ANTHROPIC_FOUNDRY_API_KEY": "example-dummy-key",
                "AWS_ACCESS_KEY_ID": "AKIAEXAMPLEDUMMY",
                "AWS_SECRET_ACCESS_KEY": "example-dummy-secret",
                "VERTEX_ACCESS_TOKEN": "example-dummy-token",
            }
        out = run_example(path, server.base_url, tmp_path, extra)
        assert server.unexpected == [], server.unexpected
        assert server.pending == 0, f"{server.pending} scripted responses were not asked for"
    check_output(path, out)
    if scenario == "tools":
        # The second request carried the tool's result back to the model.
        sent = server.requests[1].json()["messages"]
        assert sent[-1]["content"][0]["type"] == "tool_result"
