"""The stream helper's work is linear in the number of events.

Counts work, never time: the accumulator joins text pieces and parses JSON only through
two module functions (`_join`, `_parse_json`), which these tests wrap with counters.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx

from anthropic import Anthropic  # isort: skip
from anthropic.lib.streaming import _accumulator  # isort: skip
from anthropic.lib.streaming._lazy import LazySnapshotModel  # isort: skip

BASE_URL = "http://linear.test"
PARAMS: dict[str, Any] = {"max_tokens": 1024, "messages": [{"role": "user", "content": "Hi"}], "model": "m"}


def _event(name: str, data: dict[str, Any]) -> str:
    return f"event: {name}\ndata: {json.dumps(data)}\n\n"


def long_stream(deltas: int) -> tuple[bytes, str, str]:
    """A text block and a tool_use block of `deltas` pieces each; returns (body, text, json)."""
    start = {
        "type": "message_start",
        "message": {
            "id": "msg_long",
            "type": "message",
            "role": "assistant",
            "model": "m",
            "content": [],
            "stop_reason": None,
            "stop_sequence": None,
            "usage": {"input_tokens": 1, "output_tokens": 1},
        },
    }
    parts = [_event("message_start", start)]
    parts.append(
        _event(
            "content_block_start",
            {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
        )
    )
    pieces = [f"w{i} " for i in range(deltas)]
    for piece in pieces:
        delta = {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": piece}}
        parts.append(_event("content_block_delta", delta))
    parts.append(_event("content_block_stop", {"type": "content_block_stop", "index": 0}))
    tool = {"type": "tool_use", "id": "toolu_1", "name": "collect", "input": {}}
    parts.append(_event("content_block_start", {"type": "content_block_start", "index": 1, "content_block": tool}))
    fragments = ['{"items": ['] + [f'"i{i}", ' for i in range(deltas - 2)] + ['"end"]}']
    for fragment in fragments:
        delta = {
            "type": "content_block_delta",
            "index": 1,
            "delta": {"type": "input_json_delta", "partial_json": fragment},
        }
        parts.append(_event("content_block_delta", delta))
    parts.append(_event("content_block_stop", {"type": "content_block_stop", "index": 1}))
    parts.append(
        _event(
            "message_delta",
            {
                "type": "message_delta",
                "delta": {"stop_reason": "tool_use", "stop_sequence": None},
                "usage": {"output_tokens": 9},
            },
        )
    )
    parts.append(_event("message_stop", {"type": "message_stop"}))
    return "".join(parts).encode(), "".join(pieces), "".join(fragments)


class Work:
    """Counts the joins and parses the accumulator does, and the characters they handle."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.joins = self.joined_chars = self.parses = self.parsed_chars = self.helper_events = 0
        join, parse_json, pending = _accumulator._join, _accumulator._parse_json, LazySnapshotModel._pending.__func__

        def counting_join(chunks: list[str]) -> str:
            result = join(chunks)
            self.joins += 1
            self.joined_chars += len(result)
            return result

        def counting_parse(text: str) -> Any:
            self.parses += 1
            self.parsed_chars += len(text)
            return parse_json(text)

        def counting_pending(cls: Any, *args: Any) -> Any:
            self.helper_events += 1
            return pending(cls, *args)

        monkeypatch.setattr(_accumulator, "_join", counting_join)
        monkeypatch.setattr(_accumulator, "_parse_json", counting_parse)
        monkeypatch.setattr(LazySnapshotModel, "_pending", classmethod(counting_pending))


def streamed(body: bytes) -> Iterator[Anthropic]:
    with respx.mock(base_url=BASE_URL) as mock:
        mock.post("/v1/messages").mock(
            return_value=httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body)
        )
        yield Anthropic(api_key="test-key", base_url=BASE_URL, max_retries=0)


N = 2000


def test_iterating_without_reading_snapshots_joins_and_parses_once_per_block(monkeypatch: pytest.MonkeyPatch) -> None:
    body, text, raw_json = long_stream(N)
    work = Work(monkeypatch)
    for client in streamed(body):
        with client.messages.stream(**PARAMS) as stream:
            events = list(stream)
            message = stream.get_final_message()
    assert message.content[0].text == text
    assert message.content[1].input == json.loads(raw_json)
    assert len([event for event in events if event.type in ("text", "input_json")]) == 2 * N
    # One join per block, each character joined once; one parse of the whole JSON.
    assert work.joins == 2
    assert work.joined_chars == len(text) + len(raw_json)
    assert work.parses == 1
    assert work.parsed_chars == len(raw_json)


def test_text_stream_builds_no_helper_events(monkeypatch: pytest.MonkeyPatch) -> None:
    body, text, _raw_json = long_stream(N)
    work = Work(monkeypatch)
    for client in streamed(body):
        with client.messages.stream(**PARAMS) as stream:
            assert "".join(stream.text_stream) == text
            stream.get_final_message()
    assert work.helper_events == 0
    assert work.joins == 2 and work.parses == 1


def test_reading_every_snapshot_does_work_linear_in_the_events(monkeypatch: pytest.MonkeyPatch) -> None:
    counts = {}
    for deltas in (500, 2000):
        body, text, raw_json = long_stream(deltas)
        work = Work(monkeypatch)
        last_text: Any = None
        last_input: Any = None
        for client in streamed(body):
            with client.messages.stream(**PARAMS) as stream:
                for event in stream:
                    if event.type == "text":
                        last_text = event.snapshot
                    elif event.type == "input_json":
                        last_input = event.snapshot
        assert last_text == text and last_input == json.loads(raw_json)
        # One incremental join per text event (joining the previous text and the new piece),
        # one join and one parse per JSON event; nothing per event beyond that.
        assert work.joins <= 2 * deltas + 2
        assert work.parses <= deltas + 1
        counts[deltas] = (work.joins, work.parses)
    assert counts[2000][0] <= 4 * counts[500][0] + 4
    assert counts[2000][1] <= 4 * counts[500][1] + 4


def test_current_message_snapshot_joins_only_what_arrived_since(monkeypatch: pytest.MonkeyPatch) -> None:
    body, text, _raw_json = long_stream(N)
    work = Work(monkeypatch)
    reads = 0
    for client in streamed(body):
        with client.messages.stream(**PARAMS) as stream:
            for index, _event in enumerate(stream):
                if index % 100 == 0 and index:
                    stream.current_message_snapshot  # noqa: B018 - reading is the point
                    reads += 1
            assert stream.get_final_message().content[0].text == text
    assert reads > 0
    assert work.joins <= 2 * (reads + 2)
