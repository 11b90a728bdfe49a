"""Server-sent events: the byte-level decoder and the typed event streams."""

from __future__ import annotations

import anthropic
import httpx
import pytest
from anthropic._exceptions import OverloadedError
from anthropic._models import BaseModel
from anthropic._streaming import AsyncStream, ServerSentEvent, SSEDecoder, Stream

from .conftest import ChunkedStream, Recorder, async_client, create_message, sync_client


def decode(chunks: list[bytes]) -> list[ServerSentEvent]:
    return list(SSEDecoder().iter_bytes(iter(chunks)))


def as_tuples(events: list[ServerSentEvent]) -> list[tuple]:
    return [(e.event, e.data, e.id, e.retry) for e in events]


STREAM = (
    b'event: message_start\ndata: {"a": 1}\n\n'
    b": a comment line\n"
    b"event: delta\ndata: first line\ndata: second line\n\n"
    b'id: 7\nretry: 1500\ndata: {"b": 2}\n\n'
    b"data:no-space\n\n"
)
EXPECTED = [
    ("message_start", '{"a": 1}', None, None),
    ("delta", "first line\nsecond line", None, None),
    (None, '{"b": 2}', "7", 1500),
    (None, "no-space", "7", 1500),
]


def test_decoder_reads_fields_comments_and_multiline_data() -> None:
    assert as_tuples(decode([STREAM])) == EXPECTED


@pytest.mark.parametrize("newline", [b"\r\n", b"\r", b"\n"])
def test_decoder_accepts_every_line_ending(newline: bytes) -> None:
    assert as_tuples(decode([STREAM.replace(b"\n", newline)])) == EXPECTED


@pytest.mark.parametrize("newline", [b"\r\n", b"\n", b"\r"])
def test_decoder_output_does_not_depend_on_where_chunks_split(newline: bytes) -> None:
    data = STREAM.replace(b"\n", newline)
    for cut in range(1, len(data)):
        assert as_tuples(decode([data[:cut], data[cut:]])) == EXPECTED, cut
    # and one byte at a time
    assert as_tuples(decode([data[i : i + 1] for i in range(len(data))])) == EXPECTED


def test_decoder_flushes_a_final_event_without_blank_line() -> None:
    events = decode([b"event: last\ndata: {}"])
    assert as_tuples(events) == [("last", "{}", None, None)]


def test_decoder_ignores_blocks_without_data_or_event_and_unknown_fields() -> None:
    events = decode([b": keep-alive\n\nfoo: bar\n\n\n\nevent: x\nunknown: 1\n\n"])
    assert as_tuples(events) == [("x", "", None, None)]


def test_server_sent_event_json() -> None:
    (event,) = decode([b'data: {"x": [1, 2]}\n\n'])
    assert event.json() == {"x": [1, 2]}
    assert "ServerSentEvent" in repr(event)


# ---------------------------------------------------------------- typed streams


class Ping(BaseModel):
    type: str
    n: int


def sse_body(*events: bytes) -> bytes:
    return b"".join(events)


MESSAGE_STREAM = sse_body(
    b'event: message_start\ndata: {"type":"message_start","message":{"id":"msg_1","type":"message",'
    b'"role":"assistant","model":"m","content":[],"stop_reason":null,"stop_sequence":null,'
    b'"usage":{"input_tokens":1,"output_tokens":1}}}\n\n',
    b'event: ping\ndata: {"type": "ping"}\n\n',
    b'event: content_block_start\ndata: {"type":"content_block_start","index":0,'
    b'"content_block":{"type":"text","text":""}}\n\n',
    b'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,'
    b'"delta":{"type":"text_delta","text":"Hel"}}\n\n',
    b'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,'
    b'"delta":{"type":"text_delta","text":"lo","brand_new_field":true}}\n\n',
    b'event: some_future_event\ndata: {"type":"some_future_event"}\n\n',
    b'event: content_block_stop\ndata: {"type":"content_block_stop","index":0}\n\n',
    b'event: message_delta\ndata: {"type":"message_delta","delta":{"stop_reason":"end_turn",'
    b'"stop_sequence":null},"usage":{"output_tokens":2}}\n\n',
    b'event: message_stop\ndata: {"type":"message_stop"}\n\n',
)
EXPECTED_TYPES = [
    "message_start",
    "content_block_start",
    "content_block_delta",
    "content_block_delta",
    "content_block_stop",
    "message_delta",
    "message_stop",
]


def sse_response(body: bytes, chunk: int = 7) -> httpx.Response:
    return httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=ChunkedStream(body, chunk))


def check_events(events: list) -> None:
    assert [e.type for e in events] == EXPECTED_TYPES
    assert events[0].message.id == "msg_1"
    assert "".join(e.delta.text for e in events if e.type == "content_block_delta") == "Hello"
    # Fields this version does not know are kept.
    assert events[3].delta.brand_new_field is True
    assert events[5].delta.stop_reason == "end_turn"


def test_stream_yields_typed_events_skipping_ping_and_unknown_event_names() -> None:
    recorder = Recorder(lambda request: sse_response(MESSAGE_STREAM))
    client = sync_client(recorder)
    stream = create_message(client, stream=True)
    assert isinstance(stream, Stream)
    with stream:
        events = list(stream)
    check_events(events)
    assert recorder.json()["stream"] is True
    assert stream.response.is_closed


@pytest.mark.anyio
async def test_async_stream_yields_typed_events() -> None:
    recorder = Recorder(lambda request: sse_response(MESSAGE_STREAM, chunk=5))
    client = async_client(recorder)
    stream = await create_message(client, stream=True)
    assert isinstance(stream, AsyncStream)
    async with stream:
        events = [event async for event in stream]
    check_events(events)


ERROR_STREAM = sse_body(
    b'event: message_start\ndata: {"type":"message_start","message":{"id":"msg_1","type":"message",'
    b'"role":"assistant","model":"m","content":[],"stop_reason":null,"stop_sequence":null,'
    b'"usage":{"input_tokens":1,"output_tokens":1}}}\n\n',
    b'event: error\ndata: {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}\n\n',
)


def test_error_event_is_raised_as_its_typed_error() -> None:
    client = sync_client(Recorder(lambda request: sse_response(ERROR_STREAM)), max_retries=0)
    stream = create_message(client, stream=True)
    first = next(iter(stream))
    assert first.type == "message_start"
    with pytest.raises(OverloadedError) as info:
        next(iter(stream))
    error = info.value
    assert isinstance(error, anthropic.APIStatusError)
    assert error.body == {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}
    assert "Overloaded" in str(error)
    assert error.type == "overloaded_error"
    assert stream.response.is_closed


@pytest.mark.anyio
async def test_async_error_event_is_raised_as_its_typed_error() -> None:
    client = async_client(Recorder(lambda request: sse_response(ERROR_STREAM)), max_retries=0)
    stream = await create_message(client, stream=True)
    with pytest.raises(OverloadedError):
        async for _event in stream:
            pass


def test_events_that_do_not_validate_are_built_leniently() -> None:
    body = (
        b'event: content_block_delta\ndata: {"type":"content_block_delta","index":"zero",'
        b'"delta":{"type":"hyper_delta","payload":[1]}}\n\n'
        b'event: message_stop\ndata: {"type":"message_stop"}\n\n'
    )
    client = sync_client(Recorder(lambda request: sse_response(body)))
    event, stop = list(create_message(client, stream=True))
    assert stop.type == "message_stop"
    assert event.type == "content_block_delta"
    assert event.index == "zero"  # wrong type kept as given
    assert event.delta.type == "hyper_delta" and event.delta.payload == [1]


def test_strict_client_rejects_events_that_do_not_validate() -> None:
    body = b'event: content_block_stop\ndata: {"type":"content_block_stop","index":"zero"}\n\n'
    client = sync_client(Recorder(lambda request: sse_response(body)), _strict_response_validation=True)
    with pytest.raises(anthropic.APIResponseValidationError):
        list(create_message(client, stream=True))


def test_stream_of_a_plain_model_parses_every_data_event() -> None:
    body = b'data: {"type":"tick","n":1}\n\n: comment\n\ndata: {"type":"tick","n":2}\n\n'
    client = sync_client(Recorder(lambda request: sse_response(body)))
    stream = client.get("/v1/ticks", cast_to=Ping, stream=True, stream_cls=Stream[Ping])
    assert [(tick.type, tick.n) for tick in stream] == [("tick", 1), ("tick", 2)]


def test_closing_a_stream_early_releases_the_response() -> None:
    client = sync_client(Recorder(lambda request: sse_response(MESSAGE_STREAM)))
    stream = create_message(client, stream=True)
    first: object | None = next(iter(stream))
    assert first is not None
    stream.close()
    assert stream.response.is_closed
