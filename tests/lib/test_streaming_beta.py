"""client.beta.messages.stream(): the beta events (compaction, server tools, context management)."""

from __future__ import annotations

import pytest

from tests.lib.fixtures.expected import (
    EXPECTED,
    EXPECTED_BETA_COMPACTION,
    TEXT,
    TEXT_PIECES,
    TOOL_INPUT,
    assert_same_model,
    sse,
)
from tests.lib.scripted_server import ScriptedServer

from anthropic import AsyncAnthropic, Anthropic  # isort: skip
from anthropic._exceptions import OverloadedError  # isort: skip
from anthropic.lib.streaming import (  # isort: skip
    BetaAsyncMessageStream,
    BetaAsyncMessageStreamManager,
    BetaCompactionEvent,
    BetaContentBlockStopEvent,
    BetaMessageStopEvent,
    BetaMessageStream,
    BetaMessageStreamManager,
    BetaTextEvent,
    ParsedBetaContentBlockStopEvent,
    ParsedBetaMessageStopEvent,
    ParsedBetaTextEvent,
)
from anthropic.types.beta import BetaMessage  # isort: skip
from anthropic.types.beta.parsed_beta_message import ParsedBetaMessage, ParsedBetaTextBlock  # isort: skip

PARAMS = {
    "max_tokens": 1024,
    "messages": [{"role": "user", "content": "Hello"}],
    "model": "claude-sonnet-4-5-20250929",
}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def client(scripted_server: ScriptedServer) -> Anthropic:
    return Anthropic(api_key="test-key", base_url=scripted_server.base_url, max_retries=0)


def test_beta_stream_accumulates_compaction_and_server_tools(
    scripted_server: ScriptedServer, client: Anthropic
) -> None:
    scripted_server.add_sse(sse("beta_compaction"), chunk_size=11)
    manager = client.beta.messages.stream(**PARAMS, betas=["compact-2026-01-12"])
    assert isinstance(manager, BetaMessageStreamManager)
    with manager as stream:
        assert isinstance(stream, BetaMessageStream)
        events = list(stream)
        message = stream.get_final_message()
    assert isinstance(message, ParsedBetaMessage) and isinstance(message, BetaMessage)
    assert_same_model(message, BetaMessage.model_validate(EXPECTED_BETA_COMPACTION))
    assert isinstance(message.content[2], ParsedBetaTextBlock)

    compaction = [event for event in events if event.type == "compaction"]
    assert len(compaction) == 1 and isinstance(compaction[0], BetaCompactionEvent)
    assert compaction[0].content == "Summary of the earlier turns."
    partial = [event.snapshot for event in events if event.type == "input_json"]
    assert partial == [{}, {"query": "weather in Paris"}]
    stops = [event for event in events if event.type == "content_block_stop"]
    assert all(isinstance(stop, ParsedBetaContentBlockStopEvent) for stop in stops)
    assert all(isinstance(stop, BetaContentBlockStopEvent) for stop in stops)
    assert [stop.content_block.type for stop in stops] == ["compaction", "server_tool_use", "text"]
    last = events[-1]
    assert isinstance(last, ParsedBetaMessageStopEvent) and isinstance(last, BetaMessageStopEvent)
    assert last.message is message

    request = scripted_server.requests[0]
    assert request.path == "/v1/messages" and request.query == {"beta": "true"}
    assert request.headers["anthropic-beta"] == "compact-2026-01-12"
    assert request.headers["x-stainless-helper-method"] == "stream"
    assert request.json()["stream"] is True


@pytest.mark.parametrize("name", ["text", "tool_use", "thinking", "citations"])
def test_beta_stream_accumulates_the_common_fixtures(
    scripted_server: ScriptedServer, client: Anthropic, name: str
) -> None:
    scripted_server.add_sse(sse(name), chunk_size=4)
    with client.beta.messages.stream(**PARAMS) as stream:
        message = stream.get_final_message()
    assert_same_model(message, BetaMessage.model_validate(EXPECTED[name]))


def test_beta_text_events(scripted_server: ScriptedServer, client: Anthropic) -> None:
    scripted_server.add_sse(sse("text"))
    with client.beta.messages.stream(**PARAMS) as stream:
        texts = [event for event in stream if event.type == "text"]
    assert all(isinstance(event, ParsedBetaTextEvent) and isinstance(event, BetaTextEvent) for event in texts)
    assert [event.text for event in texts] == TEXT_PIECES
    assert texts[-1].snapshot == TEXT


def test_beta_text_stream_and_final_text(scripted_server: ScriptedServer, client: Anthropic) -> None:
    scripted_server.add_sse(sse("tool_use"), chunk_size=2)
    with client.beta.messages.stream(**PARAMS) as stream:
        assert list(stream.text_stream) == ["Let me look that up."]
        assert stream.get_final_text() == "Let me look that up."
        assert stream.current_message_snapshot.content[1].input == TOOL_INPUT


@pytest.mark.anyio
async def test_async_beta_stream(scripted_server: ScriptedServer) -> None:
    scripted_server.add_sse(sse("beta_compaction"), chunk_size=5)
    async with AsyncAnthropic(api_key="test-key", base_url=scripted_server.base_url, max_retries=0) as client:
        manager = client.beta.messages.stream(**PARAMS)
        assert isinstance(manager, BetaAsyncMessageStreamManager)
        async with manager as stream:
            assert isinstance(stream, BetaAsyncMessageStream)
            assert [text async for text in stream.text_stream] == ["Searching."]
            message = await stream.get_final_message()
    assert_same_model(message, BetaMessage.model_validate(EXPECTED_BETA_COMPACTION))


@pytest.mark.anyio
async def test_async_beta_error_event(scripted_server: ScriptedServer) -> None:
    scripted_server.add_sse(sse("overloaded_error"))
    client = AsyncAnthropic(api_key="test-key", base_url=scripted_server.base_url, max_retries=0)
    async with client, client.beta.messages.stream(**PARAMS) as stream:
        with pytest.raises(OverloadedError):
            await stream.get_final_text()


def test_beta_close_mid_stream(scripted_server: ScriptedServer, client: Anthropic) -> None:
    scripted_server.add_sse(sse("text"), chunk_size=30, chunk_delay=0.01)
    with client.beta.messages.stream(**PARAMS) as stream:
        assert next(iter(stream.text_stream)) == "Hello"
        stream.close()
        assert stream.response.is_closed
        assert list(stream) == []
