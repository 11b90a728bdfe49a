"""JSON Lines bodies, decoded line by line as they arrive."""

from __future__ import annotations

import json

import httpx
import pytest
from anthropic._decoders.jsonl import AsyncJSONLDecoder, JSONLDecoder, split_lines
from anthropic._models import BaseModel

from .conftest import MESSAGE, ChunkedStream, Recorder, async_client, json_response, sync_client


class Row(BaseModel):
    n: int
    name: str


def rows_body(count: int, newline: bytes = b"\n") -> bytes:
    return newline.join(json.dumps({"n": i, "name": f"row {i}"}).encode() for i in range(count)) + newline


class Chunks:
    """An iterator over chunks that records how far it was consumed."""

    def __init__(self, body: bytes, size: int) -> None:
        self.chunks = [body[i : i + size] for i in range(0, len(body), size)]
        self.taken = 0

    def __iter__(self):
        for chunk in self.chunks:
            self.taken += 1
            yield chunk


def test_split_lines_keeps_the_unfinished_tail() -> None:
    assert split_lines(b"", b'{"a":1}\n{"b"') == ([b'{"a":1}'], b'{"b"')
    assert split_lines(b'{"b"', b":2}\n\n") == ([b'{"b":2}'], b"")


@pytest.mark.parametrize("size", [1, 5, 64, 10_000])
@pytest.mark.parametrize("newline", [b"\n", b"\r\n"])
def test_lines_are_parsed_whatever_the_chunking(size: int, newline: bytes) -> None:
    body = rows_body(20, newline)
    decoder = JSONLDecoder(
        raw_iterator=iter(Chunks(body, size)), line_type=Row, http_response=httpx.Response(200, content=body)
    )
    rows: list[Row] = list(decoder)
    assert [r.n for r in rows] == list(range(20)) and all(isinstance(r, Row) for r in rows)


def test_items_are_yielded_before_the_body_is_complete() -> None:
    body = rows_body(50)
    chunks = Chunks(body, 16)
    decoder = JSONLDecoder(raw_iterator=iter(chunks), line_type=Row, http_response=httpx.Response(200))
    first = next(iter(decoder))
    assert first.n == 0
    assert chunks.taken < len(chunks.chunks) // 2


def test_a_final_line_without_newline_and_lenient_lines() -> None:
    body = b'{"n": 1, "name": "a"}\n\n{"n": "two", "extra": true}'
    decoder = JSONLDecoder(raw_iterator=iter([body]), line_type=Row, http_response=httpx.Response(200))
    first, second = list(decoder)
    assert first.n == 1
    assert second.n == "two" and second.extra is True and second.name is None


RESULTS = [{"custom_id": f"req-{i}", "result": {"type": "succeeded", "message": MESSAGE}} for i in range(3)] + [
    {
        "custom_id": "req-x",
        "result": {"type": "errored", "error": {"type": "error", "error": {"type": "api_error", "message": "x"}}},
    }
]


def batch_server(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/results"):
        body = b"\n".join(json.dumps(r).encode() for r in RESULTS) + b"\n"
        return httpx.Response(200, stream=ChunkedStream(body, 50), headers={"content-type": "application/x-jsonl"})
    return json_response(
        {
            "id": "batch_1",
            "type": "message_batch",
            "processing_status": "ended",
            "request_counts": {"processing": 0, "succeeded": 3, "errored": 1, "canceled": 0, "expired": 0},
            "created_at": "2025-01-01T00:00:00Z",
            "expires_at": "2025-01-02T00:00:00Z",
            "ended_at": "2025-01-01T01:00:00Z",
            "archived_at": None,
            "cancel_initiated_at": None,
            "results_url": "https://files.example/batches/batch_1/results",
        }
    )


def test_batch_results_stream_typed_lines_from_the_results_url() -> None:
    recorder = Recorder(batch_server)
    client = sync_client(recorder)
    results = client.messages.batches.results("batch_1")
    assert isinstance(results, JSONLDecoder)
    items = list(results)
    assert [item.custom_id for item in items] == ["req-0", "req-1", "req-2", "req-x"]
    assert items[0].result.type == "succeeded" and items[0].result.message.content[0].text == "Hello!"
    assert items[3].result.type == "errored"
    assert str(recorder.last.url) == "https://files.example/batches/batch_1/results"
    assert recorder.last.headers["x-api-key"]
    assert results.http_response.is_closed


@pytest.mark.anyio
async def test_async_batch_results() -> None:
    client = async_client(Recorder(batch_server))
    results = await client.messages.batches.results("batch_1")
    assert isinstance(results, AsyncJSONLDecoder)
    ids = [item.custom_id async for item in results]
    assert ids == ["req-0", "req-1", "req-2", "req-x"]
