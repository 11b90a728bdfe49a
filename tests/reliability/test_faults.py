"""What the client does when the network or the server misbehaves, against the fault server.

Every test runs three ways (`mode`): sync client, async client on httpx, async client on
aiohttp. Each fault is over in a fraction of a second (short timeouts, tiny retry delays).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import anthropic
import httpx
import pytest

from tests.reliability.conftest import API_KEY, close, make_client, run
from tests.reliability.fault_server import SSE_HEADERS, Connection, FaultServer, sse_body, sse_event

MODEL = "claude-fault-test"

MESSAGE_EVENTS: list[tuple[str, Any]] = [
    (
        "message_start",
        {
            "type": "message_start",
            "message": {
                "id": "msg_1",
                "type": "message",
                "role": "assistant",
                "model": MODEL,
                "content": [],
                "stop_reason": None,
                "stop_sequence": None,
                "usage": {"input_tokens": 5, "output_tokens": 1},
            },
        },
    ),
    ("content_block_start", {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}),
    (
        "content_block_delta",
        {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "Hel"}},
    ),
    ("content_block_delta", {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "lo"}}),
    ("content_block_stop", {"type": "content_block_stop", "index": 0}),
    (
        "message_delta",
        {
            "type": "message_delta",
            "delta": {"stop_reason": "end_turn", "stop_sequence": None},
            "usage": {"output_tokens": 3},
        },
    ),
    ("message_stop", {"type": "message_stop"}),
]
# The first four events: a stream cut after the text started.
CUT_AFTER = 4

MESSAGE = {
    "id": "msg_1",
    "type": "message",
    "role": "assistant",
    "model": MODEL,
    "content": [{"type": "text", "text": "Hello"}],
    "stop_reason": "end_turn",
    "stop_sequence": None,
    "usage": {"input_tokens": 5, "output_tokens": 3},
}

PARAMS: dict[str, Any] = {"model": MODEL, "max_tokens": 64, "messages": [{"role": "user", "content": "Hi"}]}


def sse_route(events: list[tuple[str, Any]], *, end: str = "clean", tail: bytes = b"") -> Any:
    """A route streaming `events` (chunked, one event per chunk), then `tail`, then ending
    `clean` (a complete HTTP body), `cut` (closed without the body's end) or `reset`."""

    def route(connection: Connection) -> None:
        connection.head(200, SSE_HEADERS, chunked=True)
        for name, data in events:
            if not connection.chunk(sse_event(name, data)):
                return
        connection.chunk(tail)
        if end == "clean":
            connection.end_chunks()
        elif end == "reset":
            connection.reset()

    return route


def stream_steps(
    mode: str, base_url: str, *, seen: list[str] | None = None, **options: Any
) -> Callable[[], Awaitable[list[str]]]:
    """One streamed `messages.create` to run with `run()`: its event types, in order (also
    appended to `seen` as they arrive, for a test that expects an error midway)."""

    async def steps() -> list[str]:
        client = make_client(mode, base_url, **options)
        received = seen if seen is not None else []
        try:
            stream = await client.messages.create(**PARAMS, stream=True)
            async for event in stream:
                received.append(event.type)
            return received
        finally:
            await close(client)

    return steps


def assert_caused_by_transport_error(err: BaseException) -> None:
    cause = err.__cause__
    assert cause is not None
    assert (
        isinstance(cause, (httpx.TransportError, httpx.DecodingError, OSError)) or "aiohttp" in type(cause).__module__
    ), repr(cause)


# =============================================================================== streams


def test_complete_stream_ends_without_error(server: FaultServer, mode: str) -> None:
    server.routes["full"] = sse_route(MESSAGE_EVENTS)

    steps = stream_steps(mode, server.url("full"))

    assert run(mode, steps) == [name for name, _ in MESSAGE_EVENTS]


def test_stream_ended_cleanly_before_message_stop_raises(server: FaultServer, mode: str) -> None:
    server.routes["short"] = sse_route(MESSAGE_EVENTS[:CUT_AFTER])
    seen: list[str] = []

    steps = stream_steps(mode, server.url("short"), seen=seen)

    with pytest.raises(anthropic.IncompleteStreamError) as caught:
        run(mode, steps)
    assert seen == [name for name, _ in MESSAGE_EVENTS[:CUT_AFTER]]
    assert isinstance(caught.value, anthropic.APIConnectionError)
    assert caught.value.events_received == CUT_AFTER
    assert f"{CUT_AFTER} event(s)" in str(caught.value) and "message_stop" in str(caught.value)


def test_keepalive_events_are_not_counted(server: FaultServer, mode: str) -> None:
    events = [MESSAGE_EVENTS[0], ("ping", {"type": "ping"}), ("ping", {"type": "ping"}), MESSAGE_EVENTS[1]]
    server.routes["pings"] = sse_route(events)

    steps = stream_steps(mode, server.url("pings"))

    with pytest.raises(anthropic.IncompleteStreamError) as caught:
        run(mode, steps)
    assert caught.value.events_received == 2


@pytest.mark.parametrize("helper", ["iterate", "text_stream", "until_done", "get_final_message", "get_final_text"])
def test_stream_helpers_raise_instead_of_returning_a_partial_message(
    server: FaultServer, mode: str, helper: str
) -> None:
    server.routes["helper"] = sse_route(MESSAGE_EVENTS[:CUT_AFTER])
    texts: list[str] = []

    async def steps() -> Any:
        client = make_client(mode, server.url("helper"))
        try:
            async with client.messages.stream(**PARAMS) as stream:
                if helper == "iterate":
                    async for _event in stream:
                        pass
                elif helper == "text_stream":
                    async for text in stream.text_stream:
                        texts.append(text)
                elif helper == "until_done":
                    await stream.until_done()
                elif helper == "get_final_message":
                    return await stream.get_final_message()
                else:
                    return await stream.get_final_text()
        finally:
            await close(client)

    with pytest.raises(anthropic.IncompleteStreamError) as caught:
        run(mode, steps)
    assert caught.value.events_received == CUT_AFTER
    if helper == "text_stream":
        assert texts == ["Hel", "lo"]


def test_stream_helpers_return_the_message_of_a_complete_stream(server: FaultServer, mode: str) -> None:
    server.routes["whole"] = sse_route(MESSAGE_EVENTS)

    async def steps() -> Any:
        client = make_client(mode, server.url("whole"))
        try:
            async with client.messages.stream(**PARAMS) as stream:
                return await stream.get_final_message()
        finally:
            await close(client)

    message = run(mode, steps)
    assert message.stop_reason == "end_turn" and message.content[0].text == "Hello"


def completion_event(text: str, stop_reason: Any) -> tuple[str, Any]:
    return (
        "completion",
        {"type": "completion", "id": "compl_1", "completion": text, "stop_reason": stop_reason, "model": MODEL},
    )


@pytest.mark.parametrize("finished", [True, False])
def test_legacy_completions_stream_ends_with_a_stop_reason(server: FaultServer, mode: str, finished: bool) -> None:
    events = [completion_event(" Hel", None), ("ping", {"type": "ping"}), completion_event("lo", None)]
    if finished:
        events.append(completion_event("", "stop_sequence"))
    server.routes["complete"] = sse_route(events)

    async def steps() -> list[str]:
        client = make_client(mode, server.url("complete"))
        try:
            stream = await client.completions.create(
                model=MODEL, max_tokens_to_sample=10, prompt="\n\nHuman: Hi\n\nAssistant:", stream=True
            )
            return [event.completion async for event in stream]
        finally:
            await close(client)

    if finished:
        assert run(mode, steps) == [" Hel", "lo", ""]
    else:
        with pytest.raises(anthropic.IncompleteStreamError) as caught:
            run(mode, steps)
        assert caught.value.events_received == 2
        assert "completion with stop_reason set" in str(caught.value)


def test_body_ending_inside_an_event_is_incomplete(server: FaultServer, mode: str) -> None:
    partial = b'event: content_block_delta\ndata: {"type": "content_block_delta", "ind'
    server.routes["mid-event"] = sse_route(MESSAGE_EVENTS[:2], tail=partial)

    steps = stream_steps(mode, server.url("mid-event"))

    with pytest.raises(anthropic.IncompleteStreamError) as caught:
        run(mode, steps)
    assert caught.value.events_received == 2


@pytest.mark.parametrize("end", ["cut", "reset"])
def test_connection_lost_mid_stream_raises_connection_error(server: FaultServer, mode: str, end: str) -> None:
    # "cut": the server closes inside a chunk of an event (the body is incomplete as far as
    # HTTP goes); "reset": it aborts the connection after two events.
    tail = b'event: content_block_delta\ndata: {"ty' if end == "cut" else b""
    server.routes["lost"] = sse_route(MESSAGE_EVENTS[:2], end=end, tail=tail)
    seen: list[str] = []

    steps = stream_steps(mode, server.url("lost"), seen=seen)

    with pytest.raises(anthropic.APIConnectionError) as caught:
        run(mode, steps)
    assert seen == ["message_start", "content_block_start"]
    assert_caused_by_transport_error(caught.value)


def test_error_event_mid_stream_raises_its_typed_error(server: FaultServer, mode: str) -> None:
    error = {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}
    server.routes["error-event"] = sse_route([*MESSAGE_EVENTS[:2], ("error", error)])
    seen: list[str] = []

    steps = stream_steps(mode, server.url("error-event"), seen=seen)

    with pytest.raises(anthropic.APIStatusError) as caught:
        run(mode, steps)
    assert type(caught.value).__name__ == "OverloadedError"
    assert caught.value.body == error
    assert seen == ["message_start", "content_block_start"]


def test_oversized_event_is_read_whole(server: FaultServer, mode: str) -> None:
    big = "x" * (3 * 1024 * 1024)
    events = list(MESSAGE_EVENTS)
    events[2] = (
        "content_block_delta",
        {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": big}},
    )
    server.routes["big"] = sse_route(events)

    async def steps() -> Any:
        client = make_client(mode, server.url("big"))
        try:
            async with client.messages.stream(**PARAMS) as stream:
                return await stream.get_final_text()
        finally:
            await close(client)

    assert run(mode, steps) == big + "lo"


def test_event_that_is_not_utf8_raises_a_validation_error(server: FaultServer, mode: str) -> None:
    bad = b'{"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "\xff\xfe"}}'
    server.routes["not-utf8"] = sse_route([*MESSAGE_EVENTS[:2], ("content_block_delta", bad), *MESSAGE_EVENTS[4:]])

    steps = stream_steps(mode, server.url("not-utf8"))

    with pytest.raises(anthropic.APIResponseValidationError) as caught:
        run(mode, steps)
    assert "content_block_delta" in str(caught.value)


def test_event_name_that_is_not_utf8_is_ignored(server: FaultServer, mode: str) -> None:
    body = sse_body(MESSAGE_EVENTS[:2]) + b"event: \xff\xfe\ndata: {}\n\n" + sse_body(MESSAGE_EVENTS[2:])

    def route(connection: Connection) -> None:
        connection.head(200, SSE_HEADERS, chunked=True)
        connection.chunk(body)
        connection.end_chunks()

    server.routes["bad-name"] = route

    steps = stream_steps(mode, server.url("bad-name"))

    assert run(mode, steps) == [name for name, _ in MESSAGE_EVENTS]


# ======================================================================= idle streams


def test_ping_only_stream_times_out_and_is_closed(server: FaultServer, mode: str) -> None:
    def route(connection: Connection) -> None:
        connection.head(200, SSE_HEADERS, chunked=True)
        connection.chunk(sse_event(*MESSAGE_EVENTS[0]))
        connection.sse_pings(0.02, limit_seconds=5)

    server.routes["pings-only"] = route

    steps = stream_steps(mode, server.url("pings-only"), stream_idle_timeout=0.15, timeout=5)

    with pytest.raises(anthropic.APITimeoutError) as caught:
        run(mode, steps)
    assert "keep-alive" in str(caught.value) and "stream_idle_timeout" in str(caught.value)
    # The client closed the connection: the server's next ping found it gone.
    (request,) = server.requests_to("pings-only")
    assert request.client_gone.wait(5)


def test_pings_are_fine_without_an_idle_timeout(server: FaultServer, mode: str) -> None:
    def route(connection: Connection) -> None:
        connection.head(200, SSE_HEADERS, chunked=True)
        connection.chunk(sse_event(*MESSAGE_EVENTS[0]))
        connection.sse_pings(0.02, limit_seconds=0.25)
        for event in MESSAGE_EVENTS[1:]:
            connection.chunk(sse_event(*event))
        connection.end_chunks()

    server.routes["slow-pings"] = route

    steps = stream_steps(mode, server.url("slow-pings"), stream_idle_timeout=None, timeout=5)

    assert run(mode, steps) == [name for name, _ in MESSAGE_EVENTS]


def test_silent_stream_times_out_at_the_idle_timeout(server: FaultServer, mode: str) -> None:
    def route(connection: Connection) -> None:
        connection.head(200, SSE_HEADERS, chunked=True)
        connection.chunk(sse_event(*MESSAGE_EVENTS[0]))
        connection.wait_for_client_to_leave(5)

    server.routes["silent"] = route

    # The request timeout is long; the idle timeout is what ends the wait.
    steps = stream_steps(mode, server.url("silent"), stream_idle_timeout=0.15, timeout=5)

    with pytest.raises(anthropic.APITimeoutError):
        run(mode, steps)
    (request,) = server.requests_to("silent")
    assert request.client_gone.wait(5)


def test_stall_mid_stream_hits_the_read_timeout(server: FaultServer, mode: str) -> None:
    def route(connection: Connection) -> None:
        connection.head(200, SSE_HEADERS, chunked=True)
        connection.chunk(sse_event(*MESSAGE_EVENTS[0]))
        connection.wait_for_client_to_leave(5)

    server.routes["stall-stream"] = route

    steps = stream_steps(mode, server.url("stall-stream"), stream_idle_timeout=None, timeout=0.15)

    with pytest.raises(anthropic.APITimeoutError) as caught:
        run(mode, steps)
    assert_caused_by_transport_error(caught.value)


# ================================================================== plain responses


def test_reset_before_headers(server: FaultServer, mode: str) -> None:
    server.routes["reset"] = lambda connection: connection.reset()

    async def steps() -> None:
        client = make_client(mode, server.url("reset"))
        try:
            await client.messages.create(**PARAMS)
        finally:
            await close(client)

    with pytest.raises(anthropic.APIConnectionError) as caught:
        run(mode, steps)
    assert caught.value.__cause__ is not None
    assert len(server.requests_to("reset")) == 1


def test_reset_after_headers(server: FaultServer, mode: str) -> None:
    def route(connection: Connection) -> None:
        connection.head(200, {"Content-Type": "application/json"}, content_length=500)
        connection.reset()

    server.routes["reset-body"] = route

    async def steps() -> None:
        client = make_client(mode, server.url("reset-body"))
        try:
            await client.messages.create(**PARAMS)
        finally:
            await close(client)

    with pytest.raises(anthropic.APIConnectionError) as caught:
        run(mode, steps)
    assert_caused_by_transport_error(caught.value)


def test_json_body_cut_midway_is_retried_then_raises(server: FaultServer, mode: str, quick_backoff: None) -> None:
    body = json.dumps(MESSAGE).encode()

    def route(connection: Connection) -> None:
        connection.head(200, {"Content-Type": "application/json"}, content_length=len(body))
        connection.write(body[: len(body) // 2])

    server.routes["cut-json"] = route

    async def steps() -> None:
        client = make_client(mode, server.url("cut-json"), max_retries=1)
        try:
            await client.messages.create(**PARAMS)
        finally:
            await close(client)

    with pytest.raises(anthropic.APIConnectionError) as caught:
        run(mode, steps)
    assert not isinstance(caught.value, anthropic.APITimeoutError)
    assert_caused_by_transport_error(caught.value)
    assert len(server.requests_to("cut-json")) == 2


def test_error_body_cut_on_a_streaming_request(server: FaultServer, mode: str) -> None:
    def route(connection: Connection) -> None:
        connection.head(400, {"Content-Type": "application/json"}, content_length=200)
        connection.write(b'{"type": "error", "error": {"type": "invalid_req')

    server.routes["cut-error"] = route

    async def steps() -> None:
        client = make_client(mode, server.url("cut-error"))
        try:
            await client.messages.create(**PARAMS, stream=True)
        finally:
            await close(client)

    with pytest.raises(anthropic.APIConnectionError) as caught:
        run(mode, steps)
    assert_caused_by_transport_error(caught.value)


def test_stall_before_headers_times_out(server: FaultServer, mode: str) -> None:
    server.routes["stall"] = lambda connection: connection.wait_for_client_to_leave(5)

    async def steps() -> None:
        client = make_client(mode, server.url("stall"), timeout=0.15)
        try:
            await client.messages.create(**PARAMS)
        finally:
            await close(client)

    with pytest.raises(anthropic.APITimeoutError):
        run(mode, steps)
    (request,) = server.requests_to("stall")
    assert request.client_gone.wait(5)


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"<!doctype html><html><body>Please log in to the Wi-Fi</body></html>", "text/html; charset=utf-8"),
        (b"", "application/json"),
    ],
    ids=["html", "empty"],
)
def test_200_that_is_not_json_raises_a_validation_error(
    server: FaultServer, mode: str, body: bytes, content_type: str
) -> None:
    server.routes["portal"] = lambda connection: connection.respond(200, body, {"Content-Type": content_type})

    async def steps() -> None:
        client = make_client(mode, server.url("portal"))
        try:
            await client.messages.create(**PARAMS)
        finally:
            await close(client)

    with pytest.raises(anthropic.APIResponseValidationError) as caught:
        run(mode, steps)
    message = str(caught.value)
    assert "status 200" in message and content_type in message
    assert body[:20].decode() in message
    assert caught.value.status_code == 200


def test_json_with_another_content_type_still_parses(server: FaultServer, mode: str) -> None:
    server.routes["plain"] = lambda connection: connection.respond(
        200, json.dumps(MESSAGE).encode(), {"Content-Type": "text/plain"}
    )

    async def steps() -> Any:
        client = make_client(mode, server.url("plain"))
        try:
            return await client.messages.create(**PARAMS)
        finally:
            await close(client)

    assert run(mode, steps).content[0].text == "Hello"


# ====================================================================== retries


@pytest.fixture
def quick_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    """The retry policy unchanged, its delays in milliseconds."""
    from anthropic import _base_client

    monkeypatch.setattr(_base_client, "INITIAL_RETRY_DELAY", 0.005)
    monkeypatch.setattr(_base_client, "MAX_RETRY_DELAY", 0.01)


@pytest.mark.parametrize(
    ("status", "headers"),
    [
        (429, {"retry-after": "0"}),
        (429, {"retry-after-ms": "5"}),
        (429, {}),
        (500, {}),
        (503, {"retry-after": "0"}),
        (529, {}),
    ],
)
def test_retryable_statuses_are_retried(
    server: FaultServer, mode: str, quick_backoff: None, status: int, headers: dict[str, str]
) -> None:
    def route(connection: Connection) -> None:
        if len(server.requests_to("flaky")) == 1:
            error = {"type": "error", "error": {"type": "rate_limit_error", "message": "slow down"}}
            connection.respond_json(error, status, headers)
        else:
            connection.respond_json(MESSAGE)

    server.routes["flaky"] = route

    async def steps() -> Any:
        client = make_client(mode, server.url("flaky"), max_retries=2)
        try:
            return await client.messages.create(**PARAMS)
        finally:
            await close(client)

    assert run(mode, steps).id == "msg_1"
    attempts = server.requests_to("flaky")
    assert [r.headers["x-stainless-retry-count"] for r in attempts] == ["0", "1"]


@pytest.mark.parametrize(("status", "error_class"), [(429, "RateLimitError"), (529, "OverloadedError")])
def test_retries_run_out(server: FaultServer, mode: str, quick_backoff: None, status: int, error_class: str) -> None:
    error = {"type": "error", "error": {"type": "overloaded_error", "message": "busy"}}
    server.routes["busy"] = lambda connection: connection.respond_json(error, status)

    async def steps() -> None:
        client = make_client(mode, server.url("busy"), max_retries=2)
        try:
            await client.messages.create(**PARAMS)
        finally:
            await close(client)

    with pytest.raises(anthropic.APIStatusError) as caught:
        run(mode, steps)
    assert type(caught.value).__name__ == error_class
    assert len(server.requests_to("busy")) == 3


# ============================================================ JSONL and binary bodies


def batch_routes(server: FaultServer, route: str, *, cut: bool) -> None:
    lines = [{"custom_id": f"r{i}", "result": {"type": "succeeded", "message": MESSAGE}} for i in range(3)]
    body = b"".join(json.dumps(line).encode() + b"\n" for line in lines)

    def handler(connection: Connection) -> None:
        if connection.request.path.endswith("/results-file"):
            connection.head(200, {"Content-Type": "application/x-jsonl"}, chunked=True)
            if cut:
                connection.chunk(body[: len(body) // 2])
                return  # closed without the end of the chunked body
            connection.chunk(body)
            connection.end_chunks()
            return
        connection.respond_json(
            {
                "id": "batch_1",
                "type": "message_batch",
                "processing_status": "ended",
                "request_counts": {"processing": 0, "succeeded": 3, "errored": 0, "canceled": 0, "expired": 0},
                "created_at": "2025-01-01T00:00:00Z",
                "expires_at": "2025-01-02T00:00:00Z",
                "results_url": server.url(route) + "/results-file",
            }
        )

    server.routes[route] = handler


@pytest.mark.parametrize("cut", [False, True])
def test_jsonl_results_cut_midway(server: FaultServer, mode: str, cut: bool) -> None:
    batch_routes(server, "batch", cut=cut)
    ids: list[str] = []

    async def steps() -> None:
        client = make_client(mode, server.url("batch"))
        try:
            results = await client.messages.batches.results("batch_1")
            async for result in results:
                ids.append(result.custom_id)
        finally:
            await close(client)

    if not cut:
        run(mode, steps)
        assert ids == ["r0", "r1", "r2"]
        return
    with pytest.raises(anthropic.APIConnectionError) as caught:
        run(mode, steps)
    assert_caused_by_transport_error(caught.value)
    assert ids == ["r0"]


def test_streamed_download_cut_midway(server: FaultServer, mode: str) -> None:
    def route(connection: Connection) -> None:
        connection.head(200, {"Content-Type": "application/octet-stream"}, content_length=4096)
        connection.write(b"\x00" * 1000)

    server.routes["download"] = route
    received: list[int] = []

    async def steps() -> None:
        client = make_client(mode, server.url("download"))
        try:
            async with client.beta.files.with_streaming_response.download("file_1") as response:
                async for piece in response.iter_bytes():
                    received.append(len(piece))
        finally:
            await close(client)

    with pytest.raises(anthropic.APIConnectionError) as caught:
        run(mode, steps)
    assert_caused_by_transport_error(caught.value)
    assert sum(received) <= 1000


def test_download_cut_midway(server: FaultServer, mode: str) -> None:
    def route(connection: Connection) -> None:
        connection.head(200, {"Content-Type": "application/octet-stream"}, content_length=4096)
        connection.write(b"\x00" * 1000)

    server.routes["download-whole"] = route

    async def steps() -> None:
        client = make_client(mode, server.url("download-whole"))
        try:
            await client.beta.files.download("file_1")
        finally:
            await close(client)

    with pytest.raises(anthropic.APIConnectionError) as caught:
        run(mode, steps)
    assert_caused_by_transport_error(caught.value)


def test_streamed_download_read_cut_midway(server: FaultServer, mode: str) -> None:
    def route(connection: Connection) -> None:
        connection.head(200, {"Content-Type": "application/octet-stream"}, content_length=4096)
        connection.write(b"\x00" * 1000)

    server.routes["download-read"] = route

    async def steps() -> None:
        client = make_client(mode, server.url("download-read"))
        try:
            async with client.beta.files.with_streaming_response.download("file_1") as response:
                await response.read()
        finally:
            await close(client)

    with pytest.raises(anthropic.APIConnectionError) as caught:
        run(mode, steps)
    assert_caused_by_transport_error(caught.value)


# ===================================================================== redirects


CREDENTIALS = {
    "x-api-key": {"api_key": API_KEY},
    "authorization": {"api_key": None, "auth_token": API_KEY},
    "api-key": {"default_headers": {"api-key": API_KEY}},
}


@pytest.mark.parametrize("status", [302, 307, 308])
@pytest.mark.parametrize("header", sorted(CREDENTIALS))
def test_cross_origin_redirect_drops_credentials(
    server: FaultServer, other_server: FaultServer, mode: str, status: int, header: str
) -> None:
    server.routes["moved"] = lambda connection: connection.respond(
        status, b"", {"Location": other_server.url("landing") + "/v1/messages"}
    )
    other_server.routes["landing"] = lambda connection: connection.respond_json(MESSAGE)

    async def steps() -> Any:
        client = make_client(mode, server.url("moved"), **CREDENTIALS[header])
        try:
            return await client.messages.create(**PARAMS)
        finally:
            await close(client)

    assert run(mode, steps).id == "msg_1"
    (original,) = server.requests_to("moved")
    (redirected,) = other_server.requests_to("landing")
    assert header in original.headers and API_KEY in original.headers[header]
    assert header not in redirected.headers
    assert all(API_KEY not in value for value in redirected.headers.values())
    assert redirected.headers["anthropic-version"] == "2023-06-01"  # other headers are kept


def test_same_origin_redirect_keeps_credentials(server: FaultServer, mode: str) -> None:
    def route(connection: Connection) -> None:
        if connection.request.path.endswith("/v1/messages"):
            connection.respond(307, b"", {"Location": "/same/v2/messages"})
        else:
            connection.respond_json(MESSAGE)

    server.routes["same"] = route

    async def steps() -> Any:
        client = make_client(mode, server.url("same"))
        try:
            return await client.messages.create(**PARAMS)
        finally:
            await close(client)

    assert run(mode, steps).id == "msg_1"
    first, second = server.requests_to("same")
    assert second.path == "/same/v2/messages" and second.method == "POST"
    assert second.headers["x-api-key"] == API_KEY
    assert second.json() == first.json()


def test_redirect_loop_is_bounded_and_not_retried(server: FaultServer, mode: str) -> None:
    server.routes["loop"] = lambda connection: connection.respond(302, b"", {"Location": "/loop/again"})

    async def steps() -> None:
        client = make_client(mode, server.url("loop"), max_retries=2)
        try:
            await client.messages.create(**PARAMS)
        finally:
            await close(client)

    with pytest.raises(anthropic.APIConnectionError) as caught:
        run(mode, steps)
    assert "Too many redirects" in str(caught.value)
    # The first request and httpx's default of 20 redirects; no retry of the whole chain.
    assert len(server.requests_to("loop")) == 21


def test_redirect_to_another_scheme_is_refused(server: FaultServer, mode: str) -> None:
    server.routes["ftp"] = lambda connection: connection.respond(302, b"", {"Location": "ftp://127.0.0.1/x"})

    async def steps() -> None:
        client = make_client(mode, server.url("ftp"))
        try:
            await client.messages.create(**PARAMS)
        finally:
            await close(client)

    with pytest.raises(anthropic.APIConnectionError, match="Refused a redirect"):
        run(mode, steps)


# ============================================================ credentials and secrets


BAD_VALUES = {
    "CRLF": "sk-ant-secret-VALUE\r\nX-Injected: 1",
    "LF": "sk-ant-secret-VALUE\n",
    "NUL": "sk-ant-secret\x00VALUE",
    "non-ascii": "sk-ant-secret-VALUÉ",
}


@pytest.mark.parametrize(
    ("parameter", "kind"),
    [
        (parameter, kind)
        for parameter in ("api_key", "auth_token", "default_headers", "env")
        for kind in sorted(BAD_VALUES)
        if not (parameter == "env" and kind == "NUL")  # an environment variable cannot hold a NUL
    ],
)
def test_bad_credentials_are_refused_at_construction(
    server: FaultServer, mode: str, monkeypatch: pytest.MonkeyPatch, parameter: str, kind: str
) -> None:
    value = BAD_VALUES[kind]
    kwargs: dict[str, Any] = {}
    if parameter == "default_headers":
        kwargs["default_headers"] = {"X-Custom": value}
    elif parameter == "env":
        monkeypatch.setenv("ANTHROPIC_API_KEY", value)
        kwargs["api_key"] = None
    else:
        kwargs[parameter] = value

    async def steps() -> None:
        client = make_client(mode, server.url("never"), **kwargs)
        await client.messages.create(**PARAMS)

    with pytest.raises(ValueError) as caught:
        run(mode, steps)
    message = str(caught.value)
    expected = {"env": "ANTHROPIC_API_KEY", "default_headers": "default_headers['X-Custom']"}.get(parameter, parameter)
    assert expected in message
    assert "VALUE" not in message and "secret" not in message
    assert server.requests == []


def test_bad_extra_headers_fail_before_sending_without_retries(server: FaultServer, mode: str) -> None:
    async def steps() -> None:
        client = make_client(mode, server.url("never"), max_retries=2)
        try:
            await client.messages.create(**PARAMS, extra_headers={"X-Trace": "abc\r\nX-Injected: SECRET"})
        finally:
            await close(client)

    with pytest.raises(ValueError) as caught:
        run(mode, steps)
    assert "extra_headers['X-Trace']" in str(caught.value) and "SECRET" not in str(caught.value)
    assert server.requests == []


def test_header_names_are_checked(server: FaultServer, mode: str) -> None:
    async def steps() -> None:
        make_client(mode, server.url("never"), default_headers={"X-Bad\r\nName": "1"})

    with pytest.raises(ValueError, match="not a valid HTTP token"):
        run(mode, steps)


def test_secrets_never_in_logs_or_errors(
    server: FaultServer, other_server: FaultServer, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="anthropic")
    caplog.set_level(logging.DEBUG, logger="httpx")
    error = {"type": "error", "error": {"type": "authentication_error", "message": "invalid x-api-key"}}
    server.routes["denied"] = lambda connection: connection.respond_json(error, 401)
    server.routes["reset"] = lambda connection: connection.reset()
    server.routes["away"] = lambda connection: connection.respond(307, b"", {"Location": other_server.url("x")})
    other_server.routes["x"] = lambda connection: connection.respond_json(error, 401)
    errors: list[BaseException] = []

    async def steps() -> None:
        for route in ("denied", "reset", "away"):
            for credentials in ({"api_key": API_KEY}, {"api_key": None, "auth_token": API_KEY}):
                client = make_client(mode, server.url(route), **credentials)
                try:
                    await client.messages.create(**PARAMS)
                except anthropic.APIError as err:
                    errors.append(err)
                finally:
                    await close(client)
                errors.append(repr(client.unwrapped if hasattr(client, "unwrapped") else client))  # type: ignore[arg-type]

    run(mode, steps)
    assert len(errors) == 12
    for item in errors:
        shown = item if isinstance(item, str) else f"{item!s} {item!r} {getattr(item, 'body', '')}"
        assert API_KEY not in shown
    assert caplog.records, "debug logging produced records"
    assert API_KEY not in caplog.text
    assert all(API_KEY not in value for value in other_server.requests[0].headers.values())


# ================================================================= client options


@pytest.mark.parametrize("client_class", ["Anthropic", "AsyncAnthropic"])
def test_stream_idle_timeout_option(client_class: str) -> None:
    cls = getattr(anthropic, client_class)
    client = cls(api_key=API_KEY, base_url="http://127.0.0.1:9", stream_idle_timeout=7.5)
    assert client.stream_idle_timeout == 7.5
    assert client.with_options(timeout=3).stream_idle_timeout == 7.5
    assert client.copy(max_retries=1).stream_idle_timeout == 7.5
    assert client.copy(stream_idle_timeout=None).stream_idle_timeout is None
    assert client.with_options(stream_idle_timeout=2).stream_idle_timeout == 2
    default = cls(api_key=API_KEY, base_url="http://127.0.0.1:9")
    assert 0 < default.stream_idle_timeout <= 600
    assert default.stream_idle_timeout == anthropic.DEFAULT_STREAM_IDLE_TIMEOUT
    for bad in (0, -1):
        with pytest.raises(ValueError, match="stream_idle_timeout"):
            cls(api_key=API_KEY, base_url="http://127.0.0.1:9", stream_idle_timeout=bad)
