"""Scripting whole conversations on the scripted server (tests/lib/scripted_server.py) for
the tool-runner tests: Message bodies built from content blocks, served as JSON or as the
server-sent events that stream them, and the JSON bodies of the requests received."""

from __future__ import annotations

import json
from typing import Any

from tests.lib.scripted_server import ScriptedServer

__all__ = ["ToolServer", "message", "text", "tool_use", "server_tool_use", "message_events", "sse_body"]


class ToolServer(ScriptedServer):
    """A `ScriptedServer` that is told replies as Message bodies."""

    def add_messages(self, *bodies: dict[str, Any]) -> ToolServer:
        """Queue each Message body as a JSON response."""
        for body in bodies:
            self.add_json(body)
        return self

    def add_message_streams(self, *bodies: dict[str, Any], chunk_size: int | None = None) -> ToolServer:
        """Queue each Message body as the event stream that delivers it (sent in pieces of
        `chunk_size` bytes when given)."""
        for body in bodies:
            self.add_sse(sse_body(message_events(body)), chunk_size=chunk_size)
        return self

    @property
    def bodies(self) -> list[Any]:
        """The JSON body of each request received, in order."""
        return [request.json() for request in self.requests]


_counter = 0


def message(
    *content: dict[str, Any], stop_reason: str = "end_turn", input_tokens: int = 10, output_tokens: int = 5
) -> dict[str, Any]:
    """A beta Message body with the given content blocks."""
    global _counter
    _counter += 1
    return {
        "id": f"msg_{_counter:04d}",
        "type": "message",
        "role": "assistant",
        "model": "claude-sonnet-4-5-20250929",
        "content": list(content),
        "stop_reason": stop_reason,
        "stop_sequence": None,
        "container": None,
        "context_management": None,
        "usage": {
            "input_tokens": input_tokens,
            "output_tokens": output_tokens,
            "cache_creation_input_tokens": 0,
            "cache_read_input_tokens": 0,
        },
    }


def text(value: str) -> dict[str, Any]:
    return {"type": "text", "text": value, "citations": None}


def tool_use(id: str, name: str, input: dict[str, Any]) -> dict[str, Any]:
    return {"type": "tool_use", "id": id, "name": name, "input": input}


def server_tool_use(id: str, name: str, input: dict[str, Any]) -> dict[str, Any]:
    return {"type": "server_tool_use", "id": id, "name": name, "input": input}


def message_events(body: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """The server-sent events that stream `body`: text in two deltas, tool input as one
    JSON delta, other blocks whole in their start event."""
    start = dict(body, content=[], stop_reason=None)
    events: list[tuple[str, dict[str, Any]]] = [("message_start", {"type": "message_start", "message": start})]
    for index, block in enumerate(body["content"]):
        if block["type"] == "text":
            first = dict(block, text="")
            half = len(block["text"]) // 2
            deltas = [{"type": "text_delta", "text": piece} for piece in (block["text"][:half], block["text"][half:])]
        elif block["type"] in ("tool_use", "server_tool_use"):
            first = dict(block, input={})
            deltas = [{"type": "input_json_delta", "partial_json": json.dumps(block["input"])}]
        else:
            first, deltas = block, []
        events.append(("content_block_start", {"type": "content_block_start", "index": index, "content_block": first}))
        for delta in deltas:
            events.append(("content_block_delta", {"type": "content_block_delta", "index": index, "delta": delta}))
        events.append(("content_block_stop", {"type": "content_block_stop", "index": index}))
    events.append(
        (
            "message_delta",
            {
                "type": "message_delta",
                "delta": {"stop_reason": body["stop_reason"], "stop_sequence": None},
                "usage": {"output_tokens": body["usage"]["output_tokens"]},
            },
        )
    )
    events.append(("message_stop", {"type": "message_stop"}))
    return events


def sse_body(events: list[tuple[str, dict[str, Any]]]) -> bytes:
    return "".join(f"event: {name}\ndata: {json.dumps(data)}\n\n" for name, data in events).encode("utf-8")
