"""client.messages.stream(): events, accumulation, text_stream, errors, closing.

Every fixture is replayed two ways: through respx (the transport is mocked) and through the
scripted server on 127.0.0.1 (a real socket, the body split into small chunks so that JSON
strings and UTF-8 characters arrive in pieces); each with the sync and the async client.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from tests.lib.fixtures.expected import (
    CITATION_1,
    CITATION_2,
    EXPECTED,
    TEXT,
    TEXT_PIECES,
    TOOL_INPUT,
    assert_same_model,
    sse,
)
from tests.lib.scripted_server import ScriptedServer, split_bytes

import anthropic  # isort: skip
from anthropic import AsyncAnthropic, Anthropic  # isort: skip
from anthropic._exceptions import OverloadedError  # isort: skip
from anthropic.lib.streaming import (  # isort: skip
    AsyncMessageStream,
    AsyncMessageStreamManager,
    ContentBlockStopEvent,
    MessageStopEvent,
    MessageStream,
    MessageStreamManager,
    ParsedContentBlockStopEvent,
    ParsedMessageStopEvent,
    TextEvent,
)
from anthropic.types import Message, ParsedMessage, ParsedTextBlock  # isort: skip

BASE_URL = "http://streaming.test"
PARAMS: dict[str, Any] = {
    "max_tokens": 1024,
    "messages": [{"role": "user", "content": "Hello"}],
    "model": "claude-sonnet-4-5-20250929",
}
SSE_HEADERS = {"content-type": "text/event-stream", "request-id": "req_stream_1"}
FIXTURES = ["text", "tool_use", "thinking", "citations", "structured"]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def expected_message(name: str) -> Message:
    return Message.model_validate(EXPECTED[name])


def event_types(events: list[Any]) -> list[str]:
    return [event.type for event in events]


# --------------------------------------------------------------------------------------
# Ways to get a stream: respx or the scripted server, sync or async
# --------------------------------------------------------------------------------------


def _respx_body(body: bytes, chunk_size: int | None, asynchronous: bool) -> Any:
    if not chunk_size:
        return body
    chunks = split_bytes(body, chunk_size)
    if not asynchronous:
        return iter(chunks)

    async def pieces() -> AsyncIterator[bytes]:
        for chunk in chunks:
            yield chunk

    return pieces()


class Replay:
    """Serves one fixture body to a client, by respx or by the scripted server."""

    def __init__(self, transport: str, server: ScriptedServer | None) -> None:
        self.transport = transport
        self.server = server

    def sync_client(self, body: bytes, chunk_size: int | None = 3) -> Iterator[Anthropic]:
        if self.transport == "scripted":
            assert self.server is not None
            self.server.add_sse(body, chunk_size=chunk_size, headers={"request-id": "req_stream_1"})
            yield Anthropic(api_key="test-key", base_url=self.server.base_url, max_retries=0)
            return
        with respx.mock(base_url=BASE_URL, assert_all_called=True) as mock:
            mock.post("/v1/messages").mock(
                side_effect=lambda request: httpx.Response(
                    200, headers=SSE_HEADERS, content=_respx_body(body, chunk_size, False)
                )
            )
            yield Anthropic(api_key="test-key", base_url=BASE_URL, max_retries=0)

    def async_client(self, body: bytes, chunk_size: int | None = 3) -> Iterator[AsyncAnthropic]:
        if self.transport == "scripted":
            assert self.server is not None
            self.server.add_sse(body, chunk_size=chunk_size, headers={"request-id": "req_stream_1"})
            yield AsyncAnthropic(api_key="test-key", base_url=self.server.base_url, max_retries=0)
            return
        with respx.mock(base_url=BASE_URL, assert_all_called=True) as mock:
            mock.post("/v1/messages").mock(
                side_effect=lambda request: httpx.Response(
                    200, headers=SSE_HEADERS, content=_respx_body(body, chunk_size, True)
                )
            )
            yield AsyncAnthropic(api_key="test-key", base_url=BASE_URL, max_retries=0)


@pytest.fixture(params=["respx", "scripted"])
def replay(request: pytest.FixtureRequest, scripted_server: ScriptedServer) -> Replay:
    return Replay(request.param, scripted_server if request.param == "scripted" else None)


def sync_events(replay: Replay, name: str, **kwargs: Any) -> tuple[list[Any], Any]:
    for client in replay.sync_client(sse(name), **kwargs):
        with client.messages.stream(**PARAMS) as stream:
            events = list(stream)
            return events, stream.get_final_message()
    raise AssertionError("unreachable")


async def async_events(replay: Replay, name: str, **kwargs: Any) -> tuple[list[Any], Any]:
    for client in replay.async_client(sse(name), **kwargs):
        async with client, client.messages.stream(**PARAMS) as stream:
            events = [event async for event in stream]
            return events, await stream.get_final_message()
    raise AssertionError("unreachable")


# --------------------------------------------------------------------------------------
# Accumulation: every fixture gives the expected message, field by field
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", FIXTURES)
def test_sync_stream_accumulates_the_message(replay: Replay, name: str) -> None:
    events, message = sync_events(replay, name)
    assert isinstance(message, ParsedMessage)
    assert isinstance(message, Message)
    assert_same_model(message, expected_message(name))
    stop = events[-1]
    assert isinstance(stop, ParsedMessageStopEvent) and isinstance(stop, MessageStopEvent)
    assert stop.message is message


@pytest.mark.anyio
@pytest.mark.parametrize("name", FIXTURES)
async def test_async_stream_accumulates_the_message(replay: Replay, name: str) -> None:
    events, message = await async_events(replay, name)
    assert isinstance(message, ParsedMessage)
    assert_same_model(message, expected_message(name))
    assert events[-1].type == "message_stop" and events[-1].message is message


@pytest.mark.parametrize("chunk_size", [1, 2, 5, 7, 64, None])
def test_tool_input_survives_any_split_of_the_bytes(scripted_server: ScriptedServer, chunk_size: int | None) -> None:
    # Chunks of 1, 2, 5 and 7 bytes cut the SSE lines inside JSON strings, escapes and the
    # UTF-8 bytes of "ü" and the emoji.
    replay = Replay("scripted", scripted_server)
    _events, message = sync_events(replay, "tool_use", chunk_size=chunk_size)
    assert message.content[1].input == TOOL_INPUT


def test_text_blocks_of_the_snapshot_are_parsed_text_blocks(replay: Replay) -> None:
    _events, message = sync_events(replay, "thinking")
    assert isinstance(message.content[1], ParsedTextBlock)
    assert message.content[1].parsed_output is None
    assert message.parsed_output is None


# --------------------------------------------------------------------------------------
# The events
# --------------------------------------------------------------------------------------


def test_text_stream_event_sequence(replay: Replay) -> None:
    events, _message = sync_events(replay, "text")
    assert event_types(events) == [
        "message_start",
        "content_block_start",
        *["content_block_delta", "text"] * len(TEXT_PIECES),
        "content_block_stop",
        "message_delta",
        "message_stop",
    ]  # the pings are not shown
    texts = [event for event in events if event.type == "text"]
    assert all(isinstance(event, TextEvent) for event in texts)
    assert [event.text for event in texts] == TEXT_PIECES
    prefixes = ["".join(TEXT_PIECES[: i + 1]) for i in range(len(TEXT_PIECES))]
    assert [event.snapshot for event in texts] == prefixes
    stop = events[-3]
    assert isinstance(stop, ParsedContentBlockStopEvent) and isinstance(stop, ContentBlockStopEvent)
    assert stop.index == 0 and stop.content_block.text == TEXT


def test_text_event_snapshot_read_late_is_the_text_at_that_event(replay: Replay) -> None:
    events, _message = sync_events(replay, "text")
    texts = [event for event in events if event.type == "text"]
    # Read in reverse order, after the stream ended: each is still its own prefix.
    for index in reversed(range(len(texts))):
        assert texts[index].snapshot == "".join(TEXT_PIECES[: index + 1])
    assert texts[2].to_dict() == {"type": "text", "text": TEXT_PIECES[2], "snapshot": "".join(TEXT_PIECES[:3])}
    assert json.loads(texts[0].to_json()) == {"type": "text", "text": "Hello", "snapshot": "Hello"}
    assert texts[1] == TextEvent(type="text", text=" there", snapshot="Hello there")
    assert "snapshot='Hello there! How'" in repr(texts[2])


def test_input_json_events_carry_the_partial_input(replay: Replay) -> None:
    events, _message = sync_events(replay, "tool_use")
    partial = [event for event in events if event.type == "input_json"]
    city = 'Zürich "Altstadt"'
    assert [event.snapshot for event in partial] == [
        {},
        {},  # '{"city": "Z\u00' (the unfinished string is left out)
        {},  # 'fcrich \' (cut inside an escape)
        {"city": city, "days": 1},  # cut inside a number: the digits so far
        {"city": city, "days": 12.5},  # cut between the halves of a surrogate pair
        {"city": city, "days": 12.5, "note": "smile \U0001f600", "tags": []},
        {"city": city, "days": 12.5, "note": "smile \U0001f600", "tags": ["a\\b", "ü"]},
        TOOL_INPUT,
    ]
    assert partial[3].partial_json == '"Altstadt\\"", "days": 1'
    stops = [event for event in events if event.type == "content_block_stop"]
    assert [stop.content_block.type for stop in stops] == ["text", "tool_use", "tool_use"]
    assert stops[1].content_block.input == TOOL_INPUT
    assert stops[2].content_block.input == {}


def test_thinking_and_signature_events(replay: Replay) -> None:
    events, _message = sync_events(replay, "thinking")
    thinking = [event for event in events if event.type == "thinking"]
    assert [event.thinking for event in thinking] == ["The user", " asks for 2 + 2.", " That is 4."]
    assert [event.snapshot for event in thinking] == [
        "The user",
        "The user asks for 2 + 2.",
        "The user asks for 2 + 2. That is 4.",
    ]
    signatures = [event for event in events if event.type == "signature"]
    assert [event.signature for event in signatures] == ["EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxBdjrkzLoky3dl1pkiMOYds"]


def test_citation_events(replay: Replay) -> None:
    events, _message = sync_events(replay, "citations")
    citations = [event for event in events if event.type == "citation"]
    assert [event.citation.cited_text for event in citations] == [CITATION_1["cited_text"], CITATION_2["cited_text"]]
    assert [len(event.snapshot) for event in citations] == [1, 2]
    texts = [event for event in events if event.type == "text"]
    assert texts[-1].snapshot == "the grass is green and the sky is blue"


def test_raw_events_are_not_changed_by_accumulation(replay: Replay) -> None:
    events, message = sync_events(replay, "text")
    start = events[0]
    assert start.type == "message_start"
    assert start.message.content == [] and start.message.usage.output_tokens == 1
    block_start = events[1]
    assert block_start.content_block.text == ""
    assert message.usage.output_tokens == 12 and message.stop_reason == "end_turn"


# --------------------------------------------------------------------------------------
# text_stream, get_final_text, until_done, current_message_snapshot, mixing readers
# --------------------------------------------------------------------------------------


def test_sync_text_stream(replay: Replay) -> None:
    for client in replay.sync_client(sse("text")):
        with client.messages.stream(**PARAMS) as stream:
            assert isinstance(stream, MessageStream)
            assert list(stream.text_stream) == TEXT_PIECES
            assert stream.get_final_text() == TEXT
            assert_same_model(stream.get_final_message(), expected_message("text"))
            assert stream.request_id == "req_stream_1"
            assert stream.get_final_message()._request_id == "req_stream_1"
            assert stream.response.status_code == 200


@pytest.mark.anyio
async def test_async_text_stream(replay: Replay) -> None:
    for client in replay.async_client(sse("text")):
        async with client, client.messages.stream(**PARAMS) as stream:
            assert isinstance(stream, AsyncMessageStream)
            assert [text async for text in stream.text_stream] == TEXT_PIECES
            assert await stream.get_final_text() == TEXT
            assert_same_model(await stream.get_final_message(), expected_message("text"))
            assert stream.request_id == "req_stream_1"


@pytest.mark.parametrize(("name", "text"), [("tool_use", "Let me look that up."), ("thinking", "2 + 2 = 4.")])
def test_get_final_text_joins_the_text_blocks(replay: Replay, name: str, text: str) -> None:
    for client in replay.sync_client(sse(name)):
        with client.messages.stream(**PARAMS) as stream:
            assert stream.get_final_text() == text


NO_TEXT = (
    b'event: message_start\ndata: {"type": "message_start", "message": {"id": "msg_1", "type": "message", '
    b'"role": "assistant", "model": "m", "content": [], "stop_reason": null, "stop_sequence": null, '
    b'"usage": {"input_tokens": 1, "output_tokens": 1}}}\n\n'
    b'event: content_block_start\ndata: {"type": "content_block_start", "index": 0, "content_block": '
    b'{"type": "tool_use", "id": "toolu_1", "name": "noop", "input": {}}}\n\n'
    b'event: content_block_stop\ndata: {"type": "content_block_stop", "index": 0}\n\n'
    b'event: message_stop\ndata: {"type": "message_stop"}\n\n'
)


def test_get_final_text_without_text_raises(replay: Replay) -> None:
    for client in replay.sync_client(NO_TEXT):
        with client.messages.stream(**PARAMS) as stream, pytest.raises(RuntimeError, match="no text content block"):
            stream.get_final_text()


def test_until_done_then_snapshot(replay: Replay) -> None:
    for client in replay.sync_client(sse("tool_use")):
        with client.messages.stream(**PARAMS) as stream:
            stream.until_done()
            assert_same_model(stream.current_message_snapshot, expected_message("tool_use"))
            assert stream.get_final_message() is stream.current_message_snapshot


@pytest.mark.anyio
async def test_async_until_done_then_snapshot(replay: Replay) -> None:
    for client in replay.async_client(sse("citations")):
        async with client, client.messages.stream(**PARAMS) as stream:
            await stream.until_done()
            assert_same_model(stream.current_message_snapshot, expected_message("citations"))


def test_current_message_snapshot_mid_stream(replay: Replay) -> None:
    for client in replay.sync_client(sse("tool_use")):
        with client.messages.stream(**PARAMS) as stream:
            with pytest.raises(RuntimeError, match="message_start"):
                stream.current_message_snapshot  # noqa: B018 - nothing read yet
            seen = 0
            for event in stream:
                if event.type == "input_json":
                    seen += 1
                    if seen == 5:
                        break
            snapshot = stream.current_message_snapshot
            assert snapshot.content[0].text == "Let me look that up."
            assert snapshot.content[1].input == {"city": 'Zürich "Altstadt"', "days": 12.5}
            assert snapshot.stop_reason is None
            final = stream.get_final_message()
            assert final is snapshot and final.content[1].input == TOOL_INPUT


def test_readers_can_be_mixed(replay: Replay) -> None:
    for client in replay.sync_client(sse("text")):
        with client.messages.stream(**PARAMS) as stream:
            first = [next(stream) for _ in range(4)]  # message_start, block start, delta, text
            assert event_types(first) == ["message_start", "content_block_start", "content_block_delta", "text"]
            rest = []
            for text in stream.text_stream:
                rest.append(text)
                if len(rest) == 2:
                    break
            assert rest == TEXT_PIECES[1:3]
            assert stream.get_final_text() == TEXT


def test_nothing_is_sent_until_the_manager_is_entered(scripted_server: ScriptedServer) -> None:
    client = Anthropic(api_key="test-key", base_url=scripted_server.base_url, max_retries=0)
    manager = client.messages.stream(**PARAMS)
    assert isinstance(manager, MessageStreamManager)
    assert scripted_server.requests == []
    scripted_server.add_sse(sse("text"))
    with manager as stream:
        assert stream.get_final_text() == TEXT
    assert len(scripted_server.requests) == 1


@pytest.mark.anyio
async def test_async_manager(scripted_server: ScriptedServer) -> None:
    client = AsyncAnthropic(api_key="test-key", base_url=scripted_server.base_url, max_retries=0)
    manager = client.messages.stream(**PARAMS)
    assert isinstance(manager, AsyncMessageStreamManager)
    scripted_server.add_sse(sse("thinking"))
    async with client, manager as stream:
        message = await stream.get_final_message()
    assert message.content[0].thinking == "The user asks for 2 + 2. That is 4."
    assert stream.response.is_closed


# --------------------------------------------------------------------------------------
# The request
# --------------------------------------------------------------------------------------


def test_request_is_a_streaming_create_with_the_helper_header(scripted_server: ScriptedServer) -> None:
    scripted_server.add_sse(sse("text"))
    client = Anthropic(api_key="test-key", base_url=scripted_server.base_url, max_retries=0)
    with client.messages.stream(
        **PARAMS,
        system="Be brief.",
        temperature=0.5,
        container="container_7",
        metadata={"user_id": "u-1"},
        extra_headers={"X-Custom": "yes"},
        extra_body={"top_k": 3},
    ) as stream:
        stream.until_done()
    request = scripted_server.requests[0]
    assert request.method == "POST" and request.path == "/v1/messages"
    assert request.headers["x-stainless-helper-method"] == "stream"
    assert request.headers["x-custom"] == "yes"
    assert request.headers["x-api-key"] == "test-key"
    assert request.json() == {
        **PARAMS,
        "stream": True,
        "system": "Be brief.",
        "temperature": 0.5,
        "container": "container_7",
        "metadata": {"user_id": "u-1"},
        "top_k": 3,
    }


def test_the_caller_can_override_the_helper_header(scripted_server: ScriptedServer) -> None:
    scripted_server.add_sse(sse("text"))
    client = Anthropic(api_key="test-key", base_url=scripted_server.base_url, max_retries=0)
    with client.messages.stream(**PARAMS, extra_headers={"X-Stainless-Helper-Method": "mine"}) as stream:
        stream.until_done()
    assert scripted_server.requests[0].headers["x-stainless-helper-method"] == "mine"


# --------------------------------------------------------------------------------------
# Errors and closing
# --------------------------------------------------------------------------------------


def test_error_event_raises_the_typed_error(replay: Replay) -> None:
    for client in replay.sync_client(sse("overloaded_error")):
        with client.messages.stream(**PARAMS) as stream:
            texts = []
            with pytest.raises(OverloadedError, match="Overloaded") as caught:
                for text in stream.text_stream:
                    texts.append(text)
            assert texts == ["Partial"]
            assert isinstance(caught.value, anthropic.APIStatusError)
            assert stream.current_message_snapshot.content[0].text == "Partial"


@pytest.mark.anyio
async def test_async_error_event_raises_the_typed_error(replay: Replay) -> None:
    for client in replay.async_client(sse("overloaded_error")):
        async with client, client.messages.stream(**PARAMS) as stream:
            with pytest.raises(OverloadedError):
                async for _event in stream:
                    pass


def test_error_event_through_get_final_message(replay: Replay) -> None:
    for client in replay.sync_client(sse("overloaded_error")):
        with client.messages.stream(**PARAMS) as stream, pytest.raises(OverloadedError):
            stream.get_final_message()


def test_an_error_status_raises_on_entering(scripted_server: ScriptedServer) -> None:
    scripted_server.add_error(529, "overloaded_error", "Overloaded")
    client = Anthropic(api_key="test-key", base_url=scripted_server.base_url, max_retries=0)
    with pytest.raises(OverloadedError), client.messages.stream(**PARAMS):
        pass


def test_close_mid_stream(scripted_server: ScriptedServer) -> None:
    # A slow body: the client must stop reading it when the stream is closed.
    scripted_server.add_sse(sse("text"), chunk_size=40, chunk_delay=0.01)
    client = Anthropic(api_key="test-key", base_url=scripted_server.base_url, max_retries=0)
    with client.messages.stream(**PARAMS) as stream:
        for event in stream:
            if event.type == "text":
                break
        stream.close()
        assert stream.response.is_closed
        assert list(stream) == []
        assert list(stream.text_stream) == []
        snapshot = stream.current_message_snapshot
        assert snapshot.content[0].text == "Hello"


@pytest.mark.anyio
async def test_async_close_mid_stream(scripted_server: ScriptedServer) -> None:
    scripted_server.add_sse(sse("text"), chunk_size=40, chunk_delay=0.01)
    client = AsyncAnthropic(api_key="test-key", base_url=scripted_server.base_url, max_retries=0)
    async with client, client.messages.stream(**PARAMS) as stream:
        async for text in stream.text_stream:
            assert text == "Hello"
            break
        await stream.close()
        assert stream.response.is_closed
        assert [event async for event in stream] == []


def test_leaving_the_block_closes_the_response(replay: Replay) -> None:
    for client in replay.sync_client(sse("text")):
        with client.messages.stream(**PARAMS) as stream:
            next(stream)
        assert stream.response.is_closed


# --------------------------------------------------------------------------------------
# The briefing's example, as written
# --------------------------------------------------------------------------------------

BRIEFING_EXAMPLE = """
import asyncio
from anthropic import AsyncAnthropic

client = AsyncAnthropic()

async def main() -> None:
    async with client.messages.stream(
        max_tokens=1024,
        messages=[{"role": "user", "content": "Say hello there!"}],
        model="claude-sonnet-4-5-20250929",
    ) as stream:
        async for text in stream.text_stream:
            print(text, end="", flush=True)
        print()
    message = await stream.get_final_message()
    print(message.to_json())

asyncio.run(main())
"""


def test_the_briefing_async_streaming_example(
    scripted_server: ScriptedServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    scripted_server.add_sse(sse("text"), chunk_size=16)
    monkeypatch.setenv("ANTHROPIC_API_KEY", "my-anthropic-api-key")
    monkeypatch.setenv("ANTHROPIC_BASE_URL", scripted_server.base_url)
    exec(compile(BRIEFING_EXAMPLE, "briefing_example.py", "exec"), {"__name__": "__main__"})
    out = capsys.readouterr().out
    first_line, _, rest = out.partition("\n")
    assert first_line == TEXT
    printed = json.loads(rest)
    assert printed["id"] == "msg_text_01"
    assert printed["content"] == [{"type": "text", "text": TEXT}]
    assert printed["stop_reason"] == "end_turn"
    assert printed["usage"]["output_tokens"] == 12
    request = scripted_server.requests[0]
    assert request.headers["x-api-key"] == "my-anthropic-api-key"
    assert request.json()["messages"] == [{"role": "user", "content": "Say hello there!"}]


# --------------------------------------------------------------------------------------
# Import cost
# --------------------------------------------------------------------------------------

LAZY_CHECK = """
import sys
import anthropic
client = anthropic.Anthropic(api_key="k")
client.messages
client.beta.messages
loaded = sorted(m for m in sys.modules if m.startswith(("anthropic.lib.streaming", "jiter")))
print(",".join(loaded))
"""


def test_streaming_modules_load_only_when_used() -> None:
    import subprocess
    import sys

    sdk_src = str(Path(anthropic.__file__).resolve().parent.parent)
    result = subprocess.run(
        [sys.executable, "-c", LAZY_CHECK], capture_output=True, text=True, env={"PYTHONPATH": sdk_src}, check=True
    )
    assert result.stdout.strip() == ""
