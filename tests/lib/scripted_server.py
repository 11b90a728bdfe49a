"""A scripted HTTP server on 127.0.0.1 for tests that need a real socket.

Queue the responses a test expects to be asked for; the server answers requests with them in
order, whatever the request, and records every request it got:

    def test_something(scripted_server):
        scripted_server.add_json({"id": "msg_1", ...})
        scripted_server.add_sse(Path("fixtures/text.sse").read_bytes(), chunk_size=7)
        client = Anthropic(api_key="test", base_url=scripted_server.base_url)
        ...
        assert scripted_server.requests[0].json()["model"] == "..."

A response body can be sent in one piece (with `Content-Length`) or in `chunks`, each
written and flushed separately with chunked transfer encoding, so that a client sees them
arrive apart (an SSE body split every few bytes splits UTF-8 characters and JSON strings).
A request that finds the queue empty gets a 500 error naming it, and is recorded in
`unexpected`.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Iterator, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

__all__ = ["ScriptedResponse", "RecordedRequest", "ScriptedServer", "scripted_server", "split_bytes"]


def split_bytes(data: bytes, size: int) -> list[bytes]:
    """`data` in pieces of `size` bytes (the last one shorter)."""
    return [data[i : i + size] for i in range(0, len(data), size)] or [b""]


class ScriptedResponse:
    """One response to serve: status, headers, and a body sent whole or in chunks."""

    def __init__(
        self,
        body: bytes | str = b"",
        *,
        status: int = 200,
        headers: dict[str, str] | None = None,
        chunks: Sequence[bytes] | None = None,
        chunk_delay: float = 0.0,
    ) -> None:
        self.status = status
        self.headers = dict(headers or {})
        self.body = body.encode("utf-8") if isinstance(body, str) else body
        self.chunks = list(chunks) if chunks is not None else None
        self.chunk_delay = chunk_delay

    @classmethod
    def json(cls, data: Any, *, status: int = 200, headers: dict[str, str] | None = None) -> ScriptedResponse:
        """A JSON body (`data` is encoded here)."""
        merged = {"content-type": "application/json", **(headers or {})}
        return cls(json.dumps(data).encode("utf-8"), status=status, headers=merged)

    @classmethod
    def sse(
        cls,
        body: bytes | str,
        *,
        status: int = 200,
        headers: dict[str, str] | None = None,
        chunk_size: int | None = None,
        chunk_delay: float = 0.0,
    ) -> ScriptedResponse:
        """A server-sent event stream; with `chunk_size`, sent in pieces of that many bytes."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        merged = {"content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache", **(headers or {})}
        chunks = split_bytes(data, chunk_size) if chunk_size else None
        return cls(data, status=status, headers=merged, chunks=chunks, chunk_delay=chunk_delay)

    @classmethod
    def error(
        cls, status: int, error_type: str, message: str, *, headers: dict[str, str] | None = None
    ) -> ScriptedResponse:
        """An API error body (`{"type": "error", "error": {...}}`)."""
        body = {"type": "error", "error": {"type": error_type, "message": message}}
        return cls.json(body, status=status, headers=headers)


class RecordedRequest:
    """A request the server received."""

    def __init__(self, method: str, target: str, headers: dict[str, str], body: bytes) -> None:
        self.method = method
        self.target = target
        parts = urlsplit(target)
        self.path = parts.path
        self.query = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        self.headers = headers  # lower-case names
        self.body = body

    def json(self) -> Any:
        return json.loads(self.body)

    def __repr__(self) -> str:
        return f"RecordedRequest({self.method} {self.target}, {len(self.body)} bytes)"


class ScriptedServer:
    """Serves queued `ScriptedResponse`s in order on 127.0.0.1 (a free port)."""

    def __init__(self) -> None:
        self._queue: deque[ScriptedResponse] = deque()
        self._lock = threading.Lock()
        self.requests: list[RecordedRequest] = []
        self.unexpected: list[RecordedRequest] = []
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- scripting -----------------------------------------------------------------------

    def add(self, *responses: ScriptedResponse) -> ScriptedServer:
        with self._lock:
            self._queue.extend(responses)
        return self

    def add_json(self, data: Any, **kwargs: Any) -> ScriptedServer:
        return self.add(ScriptedResponse.json(data, **kwargs))

    def add_sse(self, body: bytes | str, **kwargs: Any) -> ScriptedServer:
        return self.add(ScriptedResponse.sse(body, **kwargs))

    def add_error(self, status: int, error_type: str, message: str, **kwargs: Any) -> ScriptedServer:
        return self.add(ScriptedResponse.error(status, error_type, message, **kwargs))

    @property
    def pending(self) -> int:
        """How many queued responses have not been served."""
        with self._lock:
            return len(self._queue)

    def _next(self, request: RecordedRequest) -> ScriptedResponse:
        with self._lock:
            self.requests.append(request)
            if self._queue:
                return self._queue.popleft()
            self.unexpected.append(request)
        message = f"scripted server: no response queued for {request.method} {request.target}"
        return ScriptedResponse.error(500, "api_error", message)

    # -- running -------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        assert self._server is not None, "the server is not running"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> ScriptedServer:
        server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        server.daemon_threads = True
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> ScriptedServer:
        return self.start()

    def __exit__(self, *_exc: Any) -> None:
        self.stop()


def _handler_for(scripted: ScriptedServer) -> type:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _read_body(self) -> bytes:
            if self.headers.get("transfer-encoding", "").lower() == "chunked":
                parts = []
                while True:
                    size = int(self.rfile.readline().strip().split(b";")[0], 16)
                    if size == 0:
                        self.rfile.readline()
                        return b"".join(parts)
                    parts.append(self.rfile.read(size))
                    self.rfile.readline()
            length = int(self.headers.get("content-length") or 0)
            return self.rfile.read(length) if length else b""

        def _handle(self) -> None:
            body = self._read_body()
            headers = {name.lower(): value for name, value in self.headers.items()}
            response = scripted._next(RecordedRequest(self.command, self.path, headers, body))
            try:
                self._send(response)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True  # the client went away mid-body

        def _send(self, response: ScriptedResponse) -> None:
            self.send_response(response.status)
            for name, value in response.headers.items():
                self.send_header(name, value)
            if response.chunks is None:
                self.send_header("content-length", str(len(response.body)))
                self.end_headers()
                self.wfile.write(response.body)
                self.wfile.flush()
                return
            self.send_header("transfer-encoding", "chunked")
            self.end_headers()
            for chunk in _non_empty(response.chunks):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                self.wfile.flush()
                if response.chunk_delay:
                    time.sleep(response.chunk_delay)
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

    return Handler


def _non_empty(chunks: Sequence[bytes]) -> Iterator[bytes]:
    # An empty chunk would end a chunked body early.
    return (chunk for chunk in chunks if chunk)


@pytest.fixture
def scripted_server() -> Iterator[ScriptedServer]:
    """A running `ScriptedServer`, stopped after the test."""
    with ScriptedServer() as server:
        yield server
