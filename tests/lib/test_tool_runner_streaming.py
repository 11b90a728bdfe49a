"""`tool_runner(..., stream=True)`: iterating yields a message stream per request (built on
`client.beta.messages.stream()`), sync and async, against the scripted server's SSE."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from tests.lib._tool_server import ToolServer, message, server_tool_use, text, tool_use

import anthropic  # isort: skip
from anthropic import AsyncAnthropic, beta_async_tool, beta_tool  # isort: skip
from anthropic.lib.tools import BetaAsyncStreamingToolRunner, BetaStreamingToolRunner  # isort: skip

MODEL = "claude-sonnet-4-5-20250929"
QUESTION = {"role": "user", "content": "What is the weather in SF?"}
SF_RESULT = json.dumps({"location": "San Francisco, CA", "temperature": "68°F"})

calls: list[str] = []


@pytest.fixture(autouse=True)
def _reset_calls() -> None:
    calls.clear()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def server() -> Iterator[ToolServer]:
    with ToolServer() as scripted:
        yield scripted


@pytest.fixture
def client(server: ToolServer) -> Iterator[anthropic.Anthropic]:
    with anthropic.Anthropic(api_key="test-key", base_url=server.base_url, max_retries=0) as sync_client:
        yield sync_client


@pytest.fixture
async def async_client(server: ToolServer) -> AsyncIterator[AsyncAnthropic]:
    async with AsyncAnthropic(api_key="test-key", base_url=server.base_url, max_retries=0) as client:
        yield client


@beta_tool
def get_weather(location: str) -> str:
    """Look up the current weather."""
    calls.append(location)
    return json.dumps({"location": location, "temperature": "68°F"})


@beta_async_tool
async def aget_weather(location: str) -> str:
    """Look up the current weather."""
    calls.append(location)
    return json.dumps({"location": location, "temperature": "68°F"})


def tool_turn(name: str) -> dict[str, Any]:
    return message(
        text("Let me check."), tool_use("toolu_1", name, {"location": "San Francisco, CA"}), stop_reason="tool_use"
    )


def tool_results(body: dict[str, Any]) -> Any:
    return body["messages"][-1]


EXPECTED_RESULTS = {
    "role": "user",
    "content": [{"type": "tool_result", "tool_use_id": "toolu_1", "content": SF_RESULT}],
}


def test_streaming_runner(client: anthropic.Anthropic, server: ToolServer) -> None:
    first, final = tool_turn("get_weather"), message(text("It is 68°F in San Francisco."))
    server.add_message_streams(first, final, chunk_size=7)  # events split across reads

    runner = client.beta.messages.tool_runner(
        max_tokens=1024, model=MODEL, tools=[get_weather], messages=[QUESTION], stream=True
    )
    assert isinstance(runner, BetaStreamingToolRunner)

    texts = []
    event_types = []
    for stream in runner:
        event_types.append([event.type for event in stream])
        texts.append(stream.get_final_message().content[0].text)

    assert texts == ["Let me check.", "It is 68°F in San Francisco."]
    assert "content_block_stop" in event_types[0]
    assert calls == ["San Francisco, CA"]
    assert [body["stream"] for body in server.bodies] == [True, True]
    second = server.bodies[1]
    assert second["messages"][:2] == [
        QUESTION,
        {
            "role": "assistant",
            "content": [
                {"type": "text", "text": "Let me check."},
                {
                    "type": "tool_use",
                    "id": "toolu_1",
                    "name": "get_weather",
                    "input": {"location": "San Francisco, CA"},
                },
            ],
        },
    ]
    assert tool_results(second) == EXPECTED_RESULTS
    assert second["tools"] == server.bodies[0]["tools"] == [get_weather.to_dict()]


def test_streams_left_unread_are_read_by_the_runner(client: anthropic.Anthropic, server: ToolServer) -> None:
    server.add_message_streams(tool_turn("get_weather"), message(text("Done.")))
    runner = client.beta.messages.tool_runner(
        max_tokens=64, model=MODEL, tools=[get_weather], messages=[QUESTION], stream=True
    )
    final = runner.until_done()
    assert final.content[0].text == "Done."
    assert final.stop_reason == "end_turn"
    assert tool_results(server.bodies[1]) == EXPECTED_RESULTS


def test_streaming_generate_tool_call_response_and_text_stream(client: anthropic.Anthropic, server: ToolServer) -> None:
    server.add_message_streams(tool_turn("get_weather"), message(text("Done.")))
    runner = client.beta.messages.tool_runner(
        max_tokens=64, model=MODEL, tools=[get_weather], messages=[QUESTION], stream=True
    )
    responses = []
    for index, stream in enumerate(runner):
        if index == 0:
            # Asked before reading the stream: the runner reads it to the end first.
            responses.append(runner.generate_tool_call_response())
        else:
            assert "".join(stream.text_stream) == "Done."
            responses.append(runner.generate_tool_call_response())
    assert responses == [EXPECTED_RESULTS, None]
    assert calls == ["San Francisco, CA"]  # run once
    assert tool_results(server.bodies[1]) == EXPECTED_RESULTS


def test_streaming_pause_turn_and_max_iterations(client: anthropic.Anthropic, server: ToolServer) -> None:
    paused = message(server_tool_use("srvtoolu_1", "web_search", {"query": "sf"}), stop_reason="pause_turn")
    server.add_message_streams(paused, paused, paused)
    runner = client.beta.messages.tool_runner(
        max_tokens=64,
        model=MODEL,
        tools=[get_weather, {"type": "web_search_20250305", "name": "web_search"}],
        messages=[QUESTION],
        stream=True,
        max_iterations=2,
    )
    assert runner.until_done().stop_reason == "pause_turn"
    assert len(server.requests) == 2
    assert server.bodies[1]["messages"] == [
        QUESTION,
        {
            "role": "assistant",
            "content": [
                {"type": "server_tool_use", "id": "srvtoolu_1", "name": "web_search", "input": {"query": "sf"}}
            ],
        },
    ]
    assert calls == []


def test_breaking_out_closes_the_stream(client: anthropic.Anthropic, server: ToolServer) -> None:
    server.add_message_streams(tool_turn("get_weather"), message(text("x")))
    runner = client.beta.messages.tool_runner(
        max_tokens=64, model=MODEL, tools=[get_weather], messages=[QUESTION], stream=True
    )
    for stream in runner:
        next(iter(stream))
        break
    runner._iterator.close()  # what garbage collection of the runner does
    assert len(server.requests) == 1
    assert calls == []


def test_streaming_compaction(client: anthropic.Anthropic, server: ToolServer) -> None:
    server.add_message_streams(
        message(tool_use("toolu_1", "get_weather", {"location": "SF"}), stop_reason="tool_use", input_tokens=500),
        message(text("Summary: SF weather was looked up.")),
        message(text("Done.")),
    )
    runner = client.beta.messages.tool_runner(
        max_tokens=64,
        model=MODEL,
        tools=[get_weather],
        messages=[QUESTION],
        stream=True,
        compaction_control={"enabled": True, "context_token_threshold": 100},
    )
    assert runner.until_done().content[0].text == "Done."
    summary_request = server.bodies[1]
    assert summary_request["stream"] is True
    assert summary_request["tool_choice"] == {"type": "none"}
    assert server.bodies[2]["messages"] == [
        {
            "role": "user",
            "content": [
                {
                    "type": "text",
                    "text": "This is a summary of our conversation so far; continue the task from here.\n\n"
                    "Summary: SF weather was looked up.",
                }
            ],
        }
    ]


@pytest.mark.anyio
async def test_async_streaming_runner(async_client: AsyncAnthropic, server: ToolServer) -> None:
    server.add_message_streams(tool_turn("aget_weather"), message(text("It is 68°F.")), chunk_size=5)
    runner = async_client.beta.messages.tool_runner(
        max_tokens=64, model=MODEL, tools=[aget_weather], messages=[QUESTION], stream=True
    )
    assert isinstance(runner, BetaAsyncStreamingToolRunner)
    texts = []
    async for stream in runner:
        texts.append("".join([piece async for piece in stream.text_stream]))
    assert texts == ["Let me check.", "It is 68°F."]
    assert calls == ["San Francisco, CA"]
    assert tool_results(server.bodies[1]) == EXPECTED_RESULTS
    assert server.bodies[1]["stream"] is True


@pytest.mark.anyio
async def test_async_streaming_until_done_and_generate(async_client: AsyncAnthropic, server: ToolServer) -> None:
    server.add_message_streams(tool_turn("aget_weather"), message(text("Done.")))
    runner = async_client.beta.messages.tool_runner(
        max_tokens=64, model=MODEL, tools=[aget_weather], messages=[QUESTION], stream=True
    )
    async for _stream in runner:
        response = await runner.generate_tool_call_response()
        assert response == EXPECTED_RESULTS
        break
    final = await runner.until_done()  # carries on from where the loop stopped
    assert final.content[0].text == "Done."
    assert calls == ["San Francisco, CA"]
    assert len(server.requests) == 2
