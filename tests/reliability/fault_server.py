"""A fault-injecting HTTP/1.1 server on 127.0.0.1 (ephemeral port), for the reliability tests.

It speaks HTTP on raw sockets so that it can misbehave the ways real networks and proxies do:
reset a connection before or after the response headers, cut a body in the middle (of a
JSON document, of a server-sent event, of a JSON line), stall before the headers or in the
middle of a stream, keep a stream alive with nothing but `ping` events, answer with HTML.

Each test registers *routes*: a route is the first path segment of the request, so a client
whose `base_url` is `server.url("name")` sends every request to the route `name`. A route is
a function given a `Connection` (the request, and the primitives to answer it). Every request
is recorded (`server.requests`), and a connection the client closed while the server was
still writing is noted (`request.client_gone` is set), which is how tests see that the client
released a connection.

One request per connection (`Connection: close` on every answer), each in its own thread;
every wait is bounded and ends early when the server stops.
"""

from __future__ import annotations

import contextlib
import json
import socket
import struct
import threading
from collections.abc import Callable, Iterable
from typing import Any

__all__ = ["FaultServer", "Connection", "RecordedRequest", "sse_event"]

# Upper bounds, so that a test can never hang on the server.
MAX_HEAD_BYTES = 64 * 1024
MAX_WAIT_SECONDS = 10.0


class RecordedRequest:
    """What the server received: method, path (with the query), headers (lower-cased names)
    and body."""

    def __init__(self, method: str, path: str, headers: dict[str, str], body: bytes) -> None:
        self.method = method
        self.path = path
        self.headers = headers
        self.body = body
        # Set when the client closed the connection while the server was writing to it.
        self.client_gone = threading.Event()

    def json(self) -> Any:
        return json.loads(self.body)

    def __repr__(self) -> str:
        return f"RecordedRequest({self.method} {self.path})"


Route = Callable[["Connection"], None]


class Connection:
    """One accepted connection and its request: the primitives a route answers with."""

    def __init__(self, server: FaultServer, sock: socket.socket, request: RecordedRequest) -> None:
        self.server = server
        self.sock = sock
        self.request = request
        self._chunked = False

    # ---------------------------------------------------------------- writing

    def write(self, data: bytes) -> bool:
        """Send `data`; False (and the request marked `client_gone`) if the client has gone."""
        try:
            self.sock.sendall(data)
            return True
        except OSError:
            self.request.client_gone.set()
            return False

    def head(
        self,
        status: int = 200,
        headers: dict[str, str] | None = None,
        *,
        content_length: int | None = None,
        chunked: bool = False,
    ) -> bool:
        """The status line and headers (`Connection: close` is always added)."""
        lines = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Status')}"]
        for name, value in (headers or {}).items():
            lines.append(f"{name}: {value}")
        if chunked:
            lines.append("Transfer-Encoding: chunked")
        elif content_length is not None:
            lines.append(f"Content-Length: {content_length}")
        lines.append("Connection: close")
        self._chunked = chunked
        return self.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))

    def chunk(self, data: bytes) -> bool:
        """One piece of a chunked body, flushed on its own."""
        if not data:
            return True
        return self.write(b"%x\r\n%s\r\n" % (len(data), data))

    def end_chunks(self) -> bool:
        """The end of a chunked body: the body is complete as far as HTTP is concerned."""
        return self.write(b"0\r\n\r\n")

    def respond(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        """A whole response with a Content-Length."""
        if self.head(status, headers, content_length=len(body)):
            self.write(body)

    def respond_json(self, data: Any, status: int = 200, headers: dict[str, str] | None = None) -> None:
        self.respond(status, json.dumps(data).encode("utf-8"), {"Content-Type": "application/json", **(headers or {})})

    # ---------------------------------------------------------------- faults

    def reset(self) -> None:
        """Abort the connection: the client sees a reset (RST), not a clean end."""
        with contextlib.suppress(OSError):
            self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.sock.close()

    def wait(self, seconds: float) -> None:
        """Sleep (bounded), waking early when the server stops."""
        self.server.stopping.wait(min(seconds, MAX_WAIT_SECONDS))

    def wait_for_client_to_leave(self, seconds: float = MAX_WAIT_SECONDS) -> bool:
        """Block until the client closes its side (or `seconds` pass); True if it did."""
        self.sock.settimeout(0.05)
        rounds = int(min(seconds, MAX_WAIT_SECONDS) / 0.05)
        for _ in range(rounds):
            if self.server.stopping.is_set():
                return False
            try:
                if self.sock.recv(1024) == b"":
                    self.request.client_gone.set()
                    return True
            except TimeoutError:
                continue
            except OSError:
                self.request.client_gone.set()
                return True
        return False

    def sse_pings(self, every: float, *, limit_seconds: float = MAX_WAIT_SECONDS) -> int:
        """Send `ping` events every `every` seconds until the client leaves (or the limit);
        returns how many were sent."""
        sent = 0
        for _ in range(int(limit_seconds / every)):
            if self.server.stopping.is_set() or not self.chunk(sse_event("ping", {"type": "ping"})):
                break
            sent += 1
            self.wait(every)
        return sent


def sse_event(name: str, data: Any) -> bytes:
    """One server-sent event, `data` JSON-encoded unless it is bytes."""
    payload = data if isinstance(data, bytes) else json.dumps(data).encode("utf-8")
    return b"event: " + name.encode("utf-8") + b"\ndata: " + payload + b"\n\n"


def sse_body(events: Iterable[tuple[str, Any]]) -> bytes:
    return b"".join(sse_event(name, data) for name, data in events)


SSE_HEADERS = {"Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache"}

_REASONS = {
    200: "OK",
    301: "Moved Permanently",
    302: "Found",
    303: "See Other",
    307: "Temporary Redirect",
    308: "Permanent Redirect",
    400: "Bad Request",
    401: "Unauthorized",
    404: "Not Found",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    529: "Overloaded",
}


class FaultServer:
    """The server (see the module docstring). Use as a context manager, or `start`/`stop`."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[RecordedRequest] = []
        self.stopping = threading.Event()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(64)
        self._sock.settimeout(0.01)
        self.port: int = self._sock.getsockname()[1]
        self._threads: list[threading.Thread] = []
        self._acceptor = threading.Thread(target=self._accept_loop, name="fault-server", daemon=True)
        self._lock = threading.Lock()
        # Exceptions raised by routes (a test can assert there were none).
        self.errors: list[BaseException] = []

    # ---------------------------------------------------------------- set-up

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, route: str) -> str:
        """The base URL whose requests reach `route`."""
        return f"{self.origin}/{route}"

    def route(self, name: str) -> Callable[[Route], Route]:
        """Decorator: register a route under `name`."""

        def register(function: Route) -> Route:
            self.routes[name] = function
            return function

        return register

    def requests_to(self, route: str) -> list[RecordedRequest]:
        prefix = f"/{route}/"
        return [r for r in self.requests if r.path.startswith(prefix) or r.path == f"/{route}"]

    def start(self) -> FaultServer:
        self._acceptor.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self._acceptor.join(timeout=MAX_WAIT_SECONDS)
        for thread in list(self._threads):
            thread.join(timeout=MAX_WAIT_SECONDS)
        self._sock.close()

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(self, *_exc: Any) -> None:
        self.stop()

    # ---------------------------------------------------------------- serving

    def _accept_loop(self) -> None:
        while not self.stopping.is_set():
            try:
                client, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._serve, args=(client,), daemon=True)
            with self._lock:
                self._threads.append(thread)
            thread.start()

    def _serve(self, sock: socket.socket) -> None:
        try:
            request = self._read_request(sock)
            if request is None:
                return
            self.requests.append(request)
            name = request.path.lstrip("/").split("/", 1)[0].split("?", 1)[0]
            route = self.routes.get(name)
            connection = Connection(self, sock, request)
            if route is None:
                connection.respond_json({"error": {"type": "not_found", "message": f"no route {name!r}"}}, 404)
            else:
                route(connection)
        except Exception as err:  # a broken route must not kill the server; the test sees the effect
            self.errors.append(err)
        finally:
            with contextlib.suppress(OSError):
                sock.close()

    def _read_request(self, sock: socket.socket) -> RecordedRequest | None:
        sock.settimeout(MAX_WAIT_SECONDS)
        data = b""
        while b"\r\n\r\n" not in data:
            if len(data) > MAX_HEAD_BYTES:
                return None
            try:
                piece = sock.recv(65536)
            except OSError:
                return None
            if not piece:
                return None
            data += piece
        head, _, body = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, path, _version = lines[0].split(" ", 2)
        headers: dict[str, str] = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0") or 0)
        while len(body) < length:
            try:
                piece = sock.recv(65536)
            except OSError:
                return None
            if not piece:
                break
            body += piece
        return RecordedRequest(method, path, headers, body)
