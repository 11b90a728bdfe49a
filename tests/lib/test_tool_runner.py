"""`client.beta.messages.tool_runner(...)` against a scripted server on 127.0.0.1, sync
and async: the requests it sends (exact tool_result blocks), errors reported to the model,
max_iterations, pause_turn, changing the conversation mid-run, compaction."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pydantic
import pytest

from tests.lib._tool_server import ToolServer, message, server_tool_use, text, tool_use

import anthropic  # isort: skip
from anthropic import AsyncAnthropic, beta_async_tool, beta_tool  # isort: skip
from anthropic.lib.tools import (  # isort: skip
    BetaAbstractMemoryTool,
    BetaAsyncToolRunner,
    BetaToolRunner,
)

MODEL = "claude-sonnet-4-5-20250929"
QUESTION = {"role": "user", "content": "What is the weather in SF?"}


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


calls: list[dict[str, Any]] = []


@pytest.fixture(autouse=True)
def _reset_calls() -> None:
    calls.clear()


@beta_tool
def get_weather(location: str, unit: str = "fahrenheit") -> str:
    """Look up the current weather.

    Args:
        location: City and state, e.g. San Francisco, CA.
        unit: "celsius" or "fahrenheit".
    """
    calls.append({"location": location, "unit": unit})
    return json.dumps({"location": location, "temperature": "68°F" if unit == "fahrenheit" else "20°C"})


@beta_tool
def explode(reason: str) -> str:
    """Always fails."""
    raise RuntimeError(f"cannot do that: {reason}")


@beta_async_tool
async def async_get_weather(location: str, unit: str = "fahrenheit") -> str:
    """Look up the current weather.

    Args:
        location: City and state, e.g. San Francisco, CA.
        unit: "celsius" or "fahrenheit".
    """
    calls.append({"location": location, "unit": unit})
    return json.dumps({"location": location, "temperature": "68°F" if unit == "fahrenheit" else "20°C"})


@beta_async_tool
async def async_explode(reason: str) -> str:
    """Always fails."""
    raise RuntimeError(f"cannot do that: {reason}")


WEATHER_SCHEMA = {
    "type": "object",
    "properties": {
        "location": {"type": "string", "description": "City and state, e.g. San Francisco, CA.", "title": "Location"},
        "unit": {
            "type": "string",
            "default": "fahrenheit",
            "description": '"celsius" or "fahrenheit".',
            "title": "Unit",
        },
    },
    "required": ["location"],
    "additionalProperties": False,
}

SF_RESULT = json.dumps({"location": "San Francisco, CA", "temperature": "68°F"})


def tool_turn(*blocks: dict[str, Any], **usage: int) -> dict[str, Any]:
    return message(text("Let me check."), *blocks, stop_reason="tool_use", **usage)


def _without_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: v if k == "input" else _without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_nulls(item) for item in value]
    return value


def assistant(body: dict[str, Any]) -> dict[str, Any]:
    """The assistant message the runner sends back for a scripted reply: its blocks as the
    API sent them, without null fields (tool input is sent exactly as received)."""
    return {"role": "assistant", "content": [_without_nulls(block) for block in body["content"]]}


def result(tool_use_id: str, content: Any, is_error: bool = False) -> dict[str, Any]:
    block = {"type": "tool_result", "tool_use_id": tool_use_id, "content": content}
    if is_error:
        block["is_error"] = True
    return block


# --------------------------------------------------------------------------------------
# The basic loop
# --------------------------------------------------------------------------------------


def test_tool_call_then_final_answer(client: anthropic.Anthropic, server: ToolServer) -> None:
    first = tool_turn(tool_use("toolu_1", "get_weather", {"location": "San Francisco, CA"}))
    final = message(text("It is 68°F and sunny in San Francisco."))
    server.add_messages(first, final)

    runner = client.beta.messages.tool_runner(max_tokens=1024, model=MODEL, tools=[get_weather], messages=[QUESTION])
    assert isinstance(runner, BetaToolRunner)
    assert server.requests == []  # nothing is sent before iterating

    seen = [m.id for m in runner]
    assert seen == [first["id"], final["id"]]
    assert calls == [{"location": "San Francisco, CA", "unit": "fahrenheit"}]

    assert len(server.requests) == 2
    assert all(r.target == "/v1/messages?beta=true" for r in server.requests)
    assert server.bodies[0] == {
        "max_tokens": 1024,
        "model": MODEL,
        "messages": [QUESTION],
        "tools": [
            {
                "name": "get_weather",
                "description": "Look up the current weather.",
                "input_schema": WEATHER_SCHEMA,
            }
        ],
    }
    second = server.bodies[1]
    assert second["messages"] == [
        QUESTION,
        assistant(first),
        {"role": "user", "content": [result("toolu_1", SF_RESULT)]},
    ]
    assert second["tools"] == server.bodies[0]["tools"]


def test_until_done_returns_the_final_message(client: anthropic.Anthropic, server: ToolServer) -> None:
    server.add_messages(
        tool_turn(
            tool_use("toolu_1", "get_weather", {"location": "San Francisco, CA"}),
            tool_use("toolu_2", "get_weather", {"location": "Oslo", "unit": "celsius"}),
        ),
        message(text("Sunny in both.")),
    )
    runner = client.beta.messages.tool_runner(max_tokens=256, model=MODEL, tools=[get_weather], messages=[QUESTION])
    final = runner.until_done()
    assert final.content[0].text == "Sunny in both."
    assert final.stop_reason == "end_turn"
    # Both calls answered, in order, in one user message.
    assert server.bodies[1]["messages"][-1] == {
        "role": "user",
        "content": [
            result("toolu_1", SF_RESULT),
            result("toolu_2", json.dumps({"location": "Oslo", "temperature": "20°C"})),
        ],
    }
    # Iterating after the end yields nothing more.
    assert list(runner) == []
    assert len(server.requests) == 2


def test_no_tool_call_stops_after_one_request(client: anthropic.Anthropic, server: ToolServer) -> None:
    server.add_messages(message(text("I don't need a tool for that.")))
    runner = client.beta.messages.tool_runner(max_tokens=64, model=MODEL, tools=[get_weather], messages=[QUESTION])
    assert len(list(runner)) == 1
    assert len(server.requests) == 1


# --------------------------------------------------------------------------------------
# Errors reported to the model
# --------------------------------------------------------------------------------------


def test_failing_tool_becomes_an_error_result(client: anthropic.Anthropic, server: ToolServer) -> None:
    server.add_messages(tool_turn(tool_use("toolu_1", "explode", {"reason": "testing"})), message(text("That failed.")))
    final = client.beta.messages.tool_runner(
        max_tokens=64, model=MODEL, tools=[get_weather, explode], messages=[QUESTION]
    ).until_done()
    assert final.content[0].text == "That failed."
    assert server.bodies[1]["messages"][-1] == {
        "role": "user",
        "content": [result("toolu_1", "RuntimeError('cannot do that: testing')", is_error=True)],
    }


def test_unknown_tool_becomes_an_error_result(client: anthropic.Anthropic, server: ToolServer) -> None:
    server.add_messages(
        tool_turn(
            tool_use("toolu_1", "get_stock_price", {"ticker": "ACME"}),
            tool_use("toolu_2", "get_weather", {"location": "San Francisco, CA"}),
        ),
        message(text("Done.")),
    )
    client.beta.messages.tool_runner(max_tokens=64, model=MODEL, tools=[get_weather], messages=[QUESTION]).until_done()
    assert server.bodies[1]["messages"][-1]["content"] == [
        result(
            "toolu_1",
            "Error: there is no tool named 'get_stock_price' here (tools this client runs: 'get_weather')",
            is_error=True,
        ),
        result("toolu_2", SF_RESULT),
    ]


def test_invalid_tool_input_becomes_an_error_result(client: anthropic.Anthropic, server: ToolServer) -> None:
    server.add_messages(
        tool_turn(tool_use("toolu_1", "get_weather", {"city": "SF"})),
        tool_turn(tool_use("toolu_2", "get_weather", {"location": "San Francisco, CA"})),
        message(text("68°F.")),
    )
    client.beta.messages.tool_runner(max_tokens=64, model=MODEL, tools=[get_weather], messages=[QUESTION]).until_done()
    assert calls == [{"location": "San Francisco, CA", "unit": "fahrenheit"}]  # the bad call never ran
    assert server.bodies[1]["messages"][-1]["content"] == [
        result(
            "toolu_1",
            "ValueError(\"Invalid input for tool 'get_weather': location: Field required; city: Extra inputs are not permitted\")",
            is_error=True,
        )
    ]
    assert server.bodies[2]["messages"][-1]["content"] == [result("toolu_2", SF_RESULT)]


def test_api_errors_are_raised(client: anthropic.Anthropic, server: ToolServer) -> None:
    server.add_error(400, "invalid_request_error", "bad")
    runner = client.beta.messages.tool_runner(max_tokens=64, model=MODEL, tools=[get_weather], messages=[QUESTION])
    with pytest.raises(anthropic.BadRequestError):
        runner.until_done()


# --------------------------------------------------------------------------------------
# Limits and server tools
# --------------------------------------------------------------------------------------


def test_max_iterations(client: anthropic.Anthropic, server: ToolServer) -> None:
    for n in range(3):
        server.add_messages(tool_turn(tool_use(f"toolu_{n}", "get_weather", {"location": "San Francisco, CA"})))
    runner = client.beta.messages.tool_runner(
        max_tokens=64, model=MODEL, tools=[get_weather], messages=[QUESTION], max_iterations=2
    )
    messages = list(runner)
    assert len(messages) == 2
    assert len(server.requests) == 2
    assert server.pending == 1
    assert runner.until_done().id == messages[-1].id


def test_max_iterations_zero_sends_nothing(client: anthropic.Anthropic, server: ToolServer) -> None:
    runner = client.beta.messages.tool_runner(
        max_tokens=64, model=MODEL, tools=[get_weather], messages=[QUESTION], max_iterations=0
    )
    assert list(runner) == []
    with pytest.raises(RuntimeError, match="no request"):
        runner.until_done()
    assert server.requests == []


WEB_SEARCH = {"type": "web_search_20250305", "name": "web_search", "max_uses": 3}


def test_pause_turn_with_a_server_tool_is_continued(client: anthropic.Anthropic, server: ToolServer) -> None:
    paused = message(
        text("Searching."),
        server_tool_use("srvtoolu_1", "web_search", {"query": "weather San Francisco"}),
        stop_reason="pause_turn",
    )
    resumed = tool_turn(
        {
            "type": "web_search_tool_result",
            "tool_use_id": "srvtoolu_1",
            "content": [
                {
                    "type": "web_search_result",
                    "url": "https://weather.example/sf",
                    "title": "SF weather",
                    "encrypted_content": "abc",
                    "page_age": None,
                }
            ],
        },
        tool_use("toolu_1", "get_weather", {"location": "San Francisco, CA"}),
    )
    final = message(text("68°F per both sources."))
    server.add_messages(paused, resumed, final)

    runner = client.beta.messages.tool_runner(
        max_tokens=512, model=MODEL, tools=[get_weather, WEB_SEARCH], messages=[QUESTION]
    )
    seen = list(runner)
    assert [m.stop_reason for m in seen] == ["pause_turn", "tool_use", "end_turn"]
    assert calls == [{"location": "San Francisco, CA", "unit": "fahrenheit"}]  # the server tool ran at the API

    # Plain tool definitions are sent as they are, next to the runnable ones.
    assert [t["name"] for t in server.bodies[0]["tools"]] == ["get_weather", "web_search"]
    assert server.bodies[0]["tools"][1] == WEB_SEARCH
    # The paused turn is sent back as it is, with no tool results.
    assert server.bodies[1]["messages"] == [QUESTION, assistant(paused)]
    assert server.bodies[2]["messages"] == [
        QUESTION,
        assistant(paused),
        assistant(resumed),
        {"role": "user", "content": [result("toolu_1", SF_RESULT)]},
    ]


def test_server_tool_use_alone_ends_the_run(client: anthropic.Anthropic, server: ToolServer) -> None:
    server.add_messages(
        message(server_tool_use("srvtoolu_1", "web_search", {"query": "x"}), text("Done."), stop_reason="end_turn")
    )
    runner = client.beta.messages.tool_runner(max_tokens=64, model=MODEL, tools=[WEB_SEARCH], messages=[QUESTION])
    assert len(list(runner)) == 1
    assert len(server.requests) == 1


# --------------------------------------------------------------------------------------
# Taking part in the loop
# --------------------------------------------------------------------------------------


def test_generate_tool_call_response(client: anthropic.Anthropic, server: ToolServer) -> None:
    server.add_messages(
        tool_turn(tool_use("toolu_1", "get_weather", {"location": "San Francisco, CA"})),
        message(text("68°F.")),
    )
    runner = client.beta.messages.tool_runner(max_tokens=64, model=MODEL, tools=[get_weather], messages=[QUESTION])
    assert runner.generate_tool_call_response() is None  # no reply yet

    responses = []
    for _ in runner:
        responses.append(runner.generate_tool_call_response())
        responses.append(runner.generate_tool_call_response())  # cached: the tool runs once

    assert responses[0] == {"role": "user", "content": [result("toolu_1", SF_RESULT)]}
    assert responses[1] is responses[0]
    assert responses[2:] == [None, None]
    assert len(calls) == 1
    assert server.bodies[1]["messages"][-1] == responses[0]


def test_append_messages_takes_over_the_turn(client: anthropic.Anthropic, server: ToolServer) -> None:
    first = tool_turn(tool_use("toolu_1", "get_weather", {"location": "San Francisco, CA"}))
    second = message(text("68°F."))
    third = message(text("Yes, bring sunglasses."))
    server.add_messages(first, second, third)

    runner = client.beta.messages.tool_runner(max_tokens=64, model=MODEL, tools=[get_weather], messages=[QUESTION])
    for reply in runner:
        if reply.id == first["id"]:
            response = runner.generate_tool_call_response()
            assert response is not None
            response["content"].append({"type": "text", "text": "Answer in one line."})
            runner.append_messages(reply, response)
        elif reply.id == second["id"]:
            # The model finished, but a new user message keeps the run going.
            runner.append_messages(reply, {"role": "user", "content": "Should I bring sunglasses?"})

    assert len(server.requests) == 3
    assert len(calls) == 1
    assert server.bodies[1]["messages"] == [
        QUESTION,
        assistant(first),
        {"role": "user", "content": [result("toolu_1", SF_RESULT), {"type": "text", "text": "Answer in one line."}]},
    ]
    assert server.bodies[2]["messages"][-2:] == [
        assistant(second),
        {"role": "user", "content": "Should I bring sunglasses?"},
    ]


def test_append_messages_before_iterating(client: anthropic.Anthropic, server: ToolServer) -> None:
    server.add_messages(message(text("Hi.")))
    runner = client.beta.messages.tool_runner(max_tokens=64, model=MODEL, tools=[get_weather], messages=[QUESTION])
    runner.append_messages({"role": "assistant", "content": "Sure,"}, {"role": "user", "content": "Be brief."})
    runner.until_done()
    assert server.bodies[0]["messages"] == [
        QUESTION,
        {"role": "assistant", "content": "Sure,"},
        {"role": "user", "content": "Be brief."},
    ]


def test_set_messages_params(client: anthropic.Anthropic, server: ToolServer) -> None:
    first = tool_turn(tool_use("toolu_1", "get_weather", {"location": "San Francisco, CA"}))
    server.add_messages(first, message(text("68°F.")))
    runner = client.beta.messages.tool_runner(max_tokens=64, model=MODEL, tools=[get_weather], messages=[QUESTION])
    for reply in runner:
        if reply.id == first["id"]:
            # Other parameters only: the runner still adds the reply and the tool results.
            runner.set_messages_params(lambda params: {**params, "max_tokens": 2048, "temperature": 0.0})
    assert server.bodies[1]["max_tokens"] == 2048
    assert server.bodies[1]["temperature"] == 0.0
    assert server.bodies[1]["messages"][-1] == {"role": "user", "content": [result("toolu_1", SF_RESULT)]}


def test_set_messages_params_replacing_the_conversation(client: anthropic.Anthropic, server: ToolServer) -> None:
    first = tool_turn(tool_use("toolu_1", "get_weather", {"location": "San Francisco, CA"}))
    server.add_messages(first, message(text("Oslo: 20°C.")))
    runner = client.beta.messages.tool_runner(max_tokens=64, model=MODEL, tools=[get_weather], messages=[QUESTION])
    fresh = [{"role": "user", "content": "Actually, what about Oslo?"}]
    for reply in runner:
        if reply.id == first["id"]:
            params = dict(runner._params)  # a whole new set of parameters
            params["messages"] = fresh
            params["system"] = "Be brief."
            runner.set_messages_params(params)  # type: ignore[arg-type]
    assert server.bodies[1]["messages"] == fresh
    assert server.bodies[1]["system"] == "Be brief."
    assert calls == [{"location": "San Francisco, CA", "unit": "fahrenheit"}]  # the loop still ran the tool


def test_set_messages_params_can_add_tools(client: anthropic.Anthropic, server: ToolServer) -> None:
    @beta_tool
    def get_time(city: str) -> str:
        """Local time in a city."""
        return "14:00"

    first = message(text("Hi."))
    server.add_messages(first, tool_turn(tool_use("toolu_1", "get_time", {"city": "Oslo"})), message(text("2 pm.")))
    runner = client.beta.messages.tool_runner(max_tokens=64, model=MODEL, tools=[get_weather], messages=[QUESTION])
    for reply in runner:
        if reply.id == first["id"]:
            follow_up = [reply, {"role": "user", "content": "And the time in Oslo?"}]
            runner.set_messages_params(
                lambda p, extra=follow_up: {**p, "tools": [*p["tools"], get_time], "messages": [*p["messages"], *extra]}
            )
    assert server.bodies[1]["tools"] == [get_weather.to_dict(), get_time.to_dict()]
    assert server.bodies[2]["messages"][-1]["content"] == [result("toolu_1", "14:00")]


def test_stopping_early(client: anthropic.Anthropic, server: ToolServer) -> None:
    server.add_messages(
        tool_turn(tool_use("toolu_1", "get_weather", {"location": "San Francisco, CA"})), message(text("x"))
    )
    runner = client.beta.messages.tool_runner(max_tokens=64, model=MODEL, tools=[get_weather], messages=[QUESTION])
    for _ in runner:
        break
    assert len(server.requests) == 1
    assert calls == []


def test_request_options_are_sent(client: anthropic.Anthropic, server: ToolServer) -> None:
    server.add_messages(message(text("ok")))
    client.beta.messages.tool_runner(
        max_tokens=64,
        model=MODEL,
        tools=[get_weather],
        messages=[QUESTION],
        system="You are terse.",
        betas=["context-management-2025-06-27"],
        extra_headers={"x-trace": "abc"},
        extra_query={"debug": "1"},
        extra_body={"custom_field": True},
        timeout=30,
    ).until_done()
    request = server.requests[0]
    assert request.headers["x-trace"] == "abc"
    assert request.headers["anthropic-beta"] == "context-management-2025-06-27"
    assert request.target == "/v1/messages?beta=true&debug=1"
    body = request.json()
    assert body["custom_field"] is True
    assert body["system"] == "You are terse."
    assert "betas" not in body


def test_tool_returning_content_blocks(client: anthropic.Anthropic, server: ToolServer) -> None:
    @beta_tool
    def chart(city: str) -> list[dict[str, Any]]:
        """Draw a chart."""
        return [
            {"type": "text", "text": f"Chart for {city}:"},
            {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "iVBORw0KGgo="}},
        ]

    @beta_tool
    def count(city: str) -> int:
        return len(city)

    server.add_messages(
        tool_turn(tool_use("toolu_1", "chart", {"city": "Oslo"}), tool_use("toolu_2", "count", {"city": "Oslo"})),
        message(text("Here.")),
    )
    client.beta.messages.tool_runner(max_tokens=64, model=MODEL, tools=[chart, count], messages=[QUESTION]).until_done()
    assert server.bodies[1]["messages"][-1]["content"] == [
        result(
            "toolu_1",
            [
                {"type": "text", "text": "Chart for Oslo:"},
                {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "iVBORw0KGgo="}},
            ],
        ),
        result("toolu_2", "4"),
    ]


class Forecast(pydantic.BaseModel):
    city: str
    temperature: int


def test_structured_output(client: anthropic.Anthropic, server: ToolServer) -> None:
    server.add_messages(
        message(tool_use("toolu_1", "get_weather", {"location": "San Francisco, CA"}), stop_reason="tool_use"),
        message(text('{"city": "San Francisco", "temperature": 68}')),
    )
    with pytest.warns(DeprecationWarning, match="output_config.format"):  # as the official runner does
        final = client.beta.messages.tool_runner(
            max_tokens=64, model=MODEL, tools=[get_weather], messages=[QUESTION], output_format=Forecast
        ).until_done()
    assert final.parsed_output == Forecast(city="San Francisco", temperature=68)
    assert server.bodies[0]["output_config"]["format"]["type"] == "json_schema"
    assert server.bodies[1]["output_config"] == server.bodies[0]["output_config"]
    assert server.bodies[1]["messages"][-1] == {"role": "user", "content": [result("toolu_1", SF_RESULT)]}


def test_memory_tool_in_the_runner(client: anthropic.Anthropic, server: ToolServer) -> None:
    class Memory(BetaAbstractMemoryTool):
        def __init__(self) -> None:
            super().__init__()
            self.files: dict[str, str] = {}

        def view(self, command: Any) -> str:
            return self.files.get(command.path, "No such file")

        def create(self, command: Any) -> str:
            self.files[command.path] = command.file_text
            return "File created"

        def str_replace(self, command: Any) -> str:
            raise NotImplementedError

        def insert(self, command: Any) -> str:
            raise NotImplementedError

        def delete(self, command: Any) -> str:
            raise FileNotFoundError(command.path)

        def rename(self, command: Any) -> str:
            raise NotImplementedError

    memory = Memory()
    server.add_messages(
        tool_turn(
            tool_use("toolu_1", "memory", {"command": "create", "path": "/memories/sf.md", "file_text": "68F"}),
            tool_use("toolu_2", "memory", {"command": "delete", "path": "/memories/none.md"}),
        ),
        message(text("Noted.")),
    )
    client.beta.messages.tool_runner(
        max_tokens=64, model=MODEL, tools=[memory], messages=[QUESTION], betas=["context-management-2025-06-27"]
    ).until_done()
    assert server.bodies[0]["tools"] == [{"type": "memory_20250818", "name": "memory"}]
    assert memory.files == {"/memories/sf.md": "68F"}
    assert server.bodies[1]["messages"][-1]["content"] == [
        result("toolu_1", "File created"),
        result("toolu_2", "FileNotFoundError('/memories/none.md')", is_error=True),
    ]


def test_sync_runner_rejects_async_tools(client: anthropic.Anthropic) -> None:
    with pytest.raises(TypeError, match="async tool"):
        client.beta.messages.tool_runner(max_tokens=64, model=MODEL, tools=[async_get_weather], messages=[QUESTION])


# --------------------------------------------------------------------------------------
# Compaction
# --------------------------------------------------------------------------------------


def test_compaction_summarises_a_long_conversation(client: anthropic.Anthropic, server: ToolServer) -> None:
    big = tool_turn(tool_use("toolu_1", "get_weather", {"location": "San Francisco, CA"}))
    big["usage"].update(input_tokens=900, cache_read_input_tokens=150, output_tokens=20)
    summary = message(text("The user asked for SF weather; get_weather said 68°F."))
    final = message(text("68°F."))
    server.add_messages(big, summary, final)

    runner = client.beta.messages.tool_runner(
        max_tokens=64,
        model=MODEL,
        tools=[get_weather],
        messages=[QUESTION],
        system="Be helpful.",
        compaction_control={
            "enabled": True,
            "context_token_threshold": 1000,
            "model": "claude-haiku-4-5",
            "summary_prompt": "Summarise, please.",
        },
    )
    seen = [m.id for m in runner]
    assert seen == [big["id"], final["id"]]  # the summary request is not yielded

    summary_request = server.bodies[1]
    assert summary_request["model"] == "claude-haiku-4-5"
    assert summary_request["system"] == "Be helpful."
    assert summary_request["tool_choice"] == {"type": "none"}
    assert summary_request["tools"] == server.bodies[0]["tools"]
    assert summary_request["messages"] == [
        QUESTION,
        assistant(big),
        {"role": "user", "content": [result("toolu_1", SF_RESULT), {"type": "text", "text": "Summarise, please."}]},
    ]
    assert server.bodies[2]["model"] == MODEL
    assert server.bodies[2]["messages"] == [
        {
            "role": "user",
            "content": [
                {
                    "type": "text",
                    "text": "This is a summary of our conversation so far; continue the task from here.\n\n"
                    "The user asked for SF weather; get_weather said 68°F.",
                }
            ],
        }
    ]


def test_compaction_below_the_threshold_or_disabled(client: anthropic.Anthropic, server: ToolServer) -> None:
    for control in ({"enabled": True}, {"enabled": False, "context_token_threshold": 1}):
        turn = tool_turn(tool_use("toolu_1", "get_weather", {"location": "San Francisco, CA"}))
        server.add_messages(turn, message(text("68°F.")))
        client.beta.messages.tool_runner(
            max_tokens=64, model=MODEL, tools=[get_weather], messages=[QUESTION], compaction_control=control
        ).until_done()
    assert len(server.requests) == 4  # no summary requests


def test_compaction_not_needed_at_the_end(client: anthropic.Anthropic, server: ToolServer) -> None:
    final = message(text("68°F."), input_tokens=5000)
    server.add_messages(final)
    client.beta.messages.tool_runner(
        max_tokens=64,
        model=MODEL,
        tools=[get_weather],
        messages=[QUESTION],
        compaction_control={"enabled": True, "context_token_threshold": 10},
    ).until_done()
    assert len(server.requests) == 1


def test_no_compaction_when_no_request_follows(client: anthropic.Anthropic, server: ToolServer) -> None:
    server.add_messages(
        tool_turn(tool_use("toolu_1", "get_weather", {"location": "San Francisco, CA"}), input_tokens=5000)
    )
    client.beta.messages.tool_runner(
        max_tokens=64,
        model=MODEL,
        tools=[get_weather],
        messages=[QUESTION],
        max_iterations=1,
        compaction_control={"enabled": True, "context_token_threshold": 10},
    ).until_done()
    assert len(server.requests) == 1


# --------------------------------------------------------------------------------------
# Async
# --------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_tool_call_then_final_answer(async_client: AsyncAnthropic, server: ToolServer) -> None:
    first = tool_turn(tool_use("toolu_1", "async_get_weather", {"location": "San Francisco, CA"}))
    final = message(text("68°F."))
    server.add_messages(first, final)
    runner = async_client.beta.messages.tool_runner(
        max_tokens=1024, model=MODEL, tools=[async_get_weather], messages=[QUESTION]
    )
    assert isinstance(runner, BetaAsyncToolRunner)
    seen = [m.id async for m in runner]
    assert seen == [first["id"], final["id"]]
    assert server.bodies[0]["tools"] == [
        {"name": "async_get_weather", "description": "Look up the current weather.", "input_schema": WEATHER_SCHEMA}
    ]
    assert server.bodies[1]["messages"] == [
        QUESTION,
        assistant(first),
        {"role": "user", "content": [result("toolu_1", SF_RESULT)]},
    ]
    assert server.requests[0].headers["x-stainless-async"] != "false"


@pytest.mark.anyio
async def test_async_errors_unknown_tool_and_invalid_input(async_client: AsyncAnthropic, server: ToolServer) -> None:
    server.add_messages(
        tool_turn(
            tool_use("toolu_1", "async_explode", {"reason": "testing"}),
            tool_use("toolu_2", "nope", {}),
            tool_use("toolu_3", "async_get_weather", {"location": 42, "unit": "celsius"}),
        ),
        message(text("Done.")),
    )
    final = await async_client.beta.messages.tool_runner(
        max_tokens=64, model=MODEL, tools=[async_get_weather, async_explode], messages=[QUESTION]
    ).until_done()
    assert final.content[0].text == "Done."
    assert server.bodies[1]["messages"][-1]["content"] == [
        result("toolu_1", "RuntimeError('cannot do that: testing')", is_error=True),
        result(
            "toolu_2",
            "Error: there is no tool named 'nope' here (tools this client runs: 'async_get_weather', 'async_explode')",
            is_error=True,
        ),
        result(
            "toolu_3",
            "ValueError(\"Invalid input for tool 'async_get_weather': location: Input should be a valid string\")",
            is_error=True,
        ),
    ]
    assert calls == []


@pytest.mark.anyio
async def test_async_max_iterations_and_pause_turn(async_client: AsyncAnthropic, server: ToolServer) -> None:
    paused = message(server_tool_use("srvtoolu_1", "web_search", {"query": "x"}), stop_reason="pause_turn")
    server.add_messages(paused, paused, paused)
    runner = async_client.beta.messages.tool_runner(
        max_tokens=64, model=MODEL, tools=[WEB_SEARCH], messages=[QUESTION], max_iterations=2
    )
    final = await runner.until_done()
    assert final.stop_reason == "pause_turn"
    assert len(server.requests) == 2
    assert server.bodies[1]["messages"] == [QUESTION, assistant(paused)]


@pytest.mark.anyio
async def test_async_generate_response_append_and_set_params(async_client: AsyncAnthropic, server: ToolServer) -> None:
    first = tool_turn(tool_use("toolu_1", "async_get_weather", {"location": "San Francisco, CA"}))
    second = message(text("68°F."))
    server.add_messages(first, second)
    runner = async_client.beta.messages.tool_runner(
        max_tokens=64, model=MODEL, tools=[async_get_weather], messages=[QUESTION]
    )
    assert await runner.generate_tool_call_response() is None
    async for reply in runner:
        if reply.id == first["id"]:
            response = await runner.generate_tool_call_response()
            assert response == {"role": "user", "content": [result("toolu_1", SF_RESULT)]}
            assert await runner.generate_tool_call_response() is response
            runner.set_messages_params(lambda p: {**p, "max_tokens": 99})
            runner.append_messages(reply, response)
    assert len(calls) == 1
    assert server.bodies[1]["max_tokens"] == 99
    assert server.bodies[1]["messages"] == [
        QUESTION,
        assistant(first),
        {"role": "user", "content": [result("toolu_1", SF_RESULT)]},
    ]


@pytest.mark.anyio
async def test_async_runner_accepts_sync_tools(async_client: AsyncAnthropic, server: ToolServer) -> None:
    server.add_messages(
        tool_turn(tool_use("toolu_1", "get_weather", {"location": "San Francisco, CA"})), message(text("ok"))
    )
    await async_client.beta.messages.tool_runner(
        max_tokens=64, model=MODEL, tools=[get_weather], messages=[QUESTION]
    ).until_done()
    assert server.bodies[1]["messages"][-1]["content"] == [result("toolu_1", SF_RESULT)]


@pytest.mark.anyio
async def test_async_compaction(async_client: AsyncAnthropic, server: ToolServer) -> None:
    big = tool_turn(tool_use("toolu_1", "async_get_weather", {"location": "San Francisco, CA"}))
    big["usage"].update(input_tokens=2000)
    server.add_messages(big, message(text("Summary: SF is 68°F.")), message(text("68°F.")))
    await async_client.beta.messages.tool_runner(
        max_tokens=64,
        model=MODEL,
        tools=[async_get_weather],
        messages=[QUESTION],
        compaction_control={"enabled": True, "context_token_threshold": 1000},
    ).until_done()
    assert len(server.requests) == 3
    assert server.bodies[1]["model"] == MODEL
    assert server.bodies[1]["messages"][-1]["content"][-1]["text"].startswith("Write a summary of this conversation")
    assert server.bodies[2]["messages"][0]["content"][0]["text"].endswith("Summary: SF is 68°F.")
