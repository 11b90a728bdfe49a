"""A scripted HTTP server on 127.0.0.1 for the tool-runner tests.

Each request is answered with the next scripted response (a JSON body, or a list of
server-sent events), and every request is recorded with its parsed JSON body, so a test
can check exactly what the SDK sent. Runs in a thread; use it as a context manager.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Scripted:
    """One answer: `body` is a JSON value, or (when `sse` is set) a list of `(event, data)`."""

    body: Any = None
    status: int = 200
    sse: list[tuple] | None = None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: Any


class ToolServer:
    """Serves `Scripted` answers in order and records the requests it receives."""

    def __init__(self) -> None:
        self._queue: deque[Scripted] = deque()
        self.requests: list[Recorded] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def add(self, *answers: Scripted | dict[str, Any]) -> None:
        """Queue answers; a plain dict is a 200 JSON answer."""
        with self._lock:
            for answer in answers:
                self._queue.append(answer if isinstance(answer, Scripted) else Scripted(body=answer))

    def add_sse(self, *messages: dict[str, Any]) -> None:
        """Queue each message as the event stream that delivers it."""
        self.add(*(Scripted(sse=message_events(message)) for message in messages))

    @property
    def bodies(self) -> list[Any]:
        return [request.body for request in self.requests]

    @property
    def pending(self) -> int:
        return len(self._queue)

    def __enter__(self) -> ToolServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def _next(self, recorded: Recorded) -> Scripted:
        with self._lock:
            self.requests.append(recorded)
            if not self._queue:
                return Scripted(
                    status=500, body={"type": "error", "error": {"type": "api_error", "message": "no answer scripted"}}
                )
            return self._queue.popleft()

    def _handler_class(self) -> type:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # quiet
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                raw = self.rfile.read(length) if length else b""
                try:
                    body = json.loads(raw) if raw else None
                except ValueError:
                    body = raw
                answer = server._next(
                    Recorded(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                )
                if answer.sse is not None:
                    payload = "".join(
                        f"event: {event}\ndata: {json.dumps(data)}\n\n" for event, data in answer.sse
                    ).encode()
                    content_type = "text/event-stream"
                else:
                    payload = json.dumps(answer.body).encode()
                    content_type = "application/json"
                self.send_response(answer.status)
                self.send_header("content-type", content_type)
                self.send_header("content-length", str(len(payload)))
                self.send_header("request-id", f"req_{len(server.requests)}")
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST

        return Handler


# --------------------------------------------------------------------------------------
# Messages
# --------------------------------------------------------------------------------------

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


def message_events(body: dict[str, Any]) -> list[tuple]:
    """The server-sent events that stream `body` (text in two deltas, tool input as JSON)."""
    start = dict(body, content=[], stop_reason=None)
    events: list[tuple] = [("message_start", {"type": "message_start", "message": start})]
    for index, block in enumerate(body["content"]):
        if block["type"] == "text":
            events.append(
                (
                    "content_block_start",
                    {"type": "content_block_start", "index": index, "content_block": dict(block, text="")},
                )
            )
            half = len(block["text"]) // 2
            for piece in (block["text"][:half], block["text"][half:]):
                events.append(
                    (
                        "content_block_delta",
                        {"type": "content_block_delta", "index": index, "delta": {"type": "text_delta", "text": piece}},
                    )
                )
        elif block["type"] in ("tool_use", "server_tool_use"):
            events.append(
                (
                    "content_block_start",
                    {"type": "content_block_start", "index": index, "content_block": dict(block, input={})},
                )
            )
            events.append(
                (
                    "content_block_delta",
                    {
                        "type": "content_block_delta",
                        "index": index,
                        "delta": {"type": "input_json_delta", "partial_json": json.dumps(block["input"])},
                    },
                )
            )
        else:
            events.append(
                ("content_block_start", {"type": "content_block_start", "index": index, "content_block": block})
            )
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
