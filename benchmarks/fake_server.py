"""A fast fake Anthropic API server for benchmarks (standard library only).

Every response body is encoded once, up front, so per request the server only
parses the request head, picks a pre-built byte string and writes it.  That
keeps the server far cheaper than any client being measured against it.

Run it as a script (``python fake_server.py --port 0``): it prints one line
``LISTENING http://127.0.0.1:<port>`` once it accepts connections.  From Python,
use ``ServerProcess`` as a context manager, which starts it in a child process
and always stops it.

Routes (all on 127.0.0.1):
  POST /v1/messages                      Message JSON, or SSE when body has "stream": true
  POST /big/v1/messages                  a 500-content-block Message (base_url=<url>/big)
  GET  /v1/messages/batches/{id}         a finished MessageBatch with results_url
  GET  /v1/messages/batches/{id}/results 10,000-line JSONL of individual responses
  GET  /v1/models?limit=&after_id=&before_id=   paginated ModelInfo list (1,000 models)
  POST /c/v1/messages                    a Message, or a short SSE stream (500 events) for the
                                         many-concurrent-streams workload (base_url=<url>/c)
  GET  /v1/messages/batches/msgbatch_big100[/results]
                                         a batch whose results are ~100 MiB of JSONL (~10 KB lines),
                                         written under flow control so the server never holds
                                         more than one 1 MiB block in its send buffer
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
from urllib.parse import parse_qs, urlsplit

HOST = "127.0.0.1"
MODEL = "claude-sonnet-4-5-20250929"
SSE_EVENT_COUNT = 20_000
JSONL_LINE_COUNT = 10_000
MODEL_COUNT = 1_000
BIG_BLOCK_COUNT = 500
BATCH_ID = "msgbatch_bench"
CONCURRENT_SSE_EVENT_COUNT = 500
BIG_BATCH_ID = "msgbatch_big100"
BIG_JSONL_TARGET_BYTES = 100 * 1024 * 1024
BIG_JSONL_TEXT_CHARS = 10_000
BIG_JSONL_LINES_PER_BLOCK = 100
MAX_HEAD_BYTES = 64 * 1024

# Deltas vary a little in length, as real token deltas do.
_DELTA_TEXTS = ("Hello", " world", ", this", " is a", " streamed", " reply", ".", " More")


def _dumps(value: object) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


# ---------------------------------------------------------------- payloads


def make_usage(input_tokens: int, output_tokens: int) -> dict:
    return {
        "input_tokens": input_tokens,
        "output_tokens": output_tokens,
        "cache_creation_input_tokens": None,
        "cache_read_input_tokens": None,
        "server_tool_use": None,
        "service_tier": "standard",
    }


def make_message(message_id: str, content: list, output_tokens: int = 12) -> dict:
    return {
        "id": message_id,
        "type": "message",
        "role": "assistant",
        "model": MODEL,
        "content": content,
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": make_usage(25, output_tokens),
    }


def small_message(message_id: str = "msg_bench_small") -> dict:
    text = {"type": "text", "text": "Hello! How can I help you today?", "citations": None}
    return make_message(message_id, [text])


def _big_block(index: int) -> dict:
    """One of three block kinds, so parsing exercises the content union."""
    kind = index % 3
    if kind == 0:
        return {"type": "text", "text": f"Paragraph {index}: " + "lorem ipsum " * 8, "citations": None}
    if kind == 1:
        return {
            "type": "tool_use",
            "id": f"toolu_{index:05d}",
            "name": "get_weather",
            "input": {
                "location": {"city": "Paris", "country": "FR", "coords": [48.85, 2.35]},
                "units": "celsius",
                "days": [1, 2, 3],
                "options": {"detail": True, "nested": {"items": [{"k": index, "v": "x"}]}},
            },
        }
    return {"type": "thinking", "thinking": f"Considering step {index}. " * 4, "signature": f"sig_{index:05d}"}


def big_message() -> dict:
    blocks = [_big_block(i) for i in range(BIG_BLOCK_COUNT)]
    return make_message("msg_bench_big", blocks, output_tokens=9000)


def _sse_event(event_type: str, data: dict) -> bytes:
    return b"event: " + event_type.encode() + b"\ndata: " + _dumps(data) + b"\n\n"


def sse_stream_body(event_count: int = SSE_EVENT_COUNT) -> bytes:
    """message_start, content_block_start, N text deltas, block stop, message_delta, message_stop."""
    delta_count = event_count - 5
    start_message = make_message("msg_bench_stream", [], output_tokens=1)
    start_message["stop_reason"] = None
    parts = [
        _sse_event("message_start", {"type": "message_start", "message": start_message}),
        _sse_event(
            "content_block_start",
            {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
        ),
    ]
    # Pre-encode one delta event per distinct text and reuse the bytes.
    encoded_deltas = [
        _sse_event(
            "content_block_delta",
            {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": text}},
        )
        for text in _DELTA_TEXTS
    ]
    parts.extend(encoded_deltas[i % len(encoded_deltas)] for i in range(delta_count))
    parts.append(_sse_event("content_block_stop", {"type": "content_block_stop", "index": 0}))
    parts.append(
        _sse_event(
            "message_delta",
            {
                "type": "message_delta",
                "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                "usage": {"output_tokens": delta_count},
            },
        )
    )
    parts.append(_sse_event("message_stop", {"type": "message_stop"}))
    return b"".join(parts)


def stream_text_length(event_count: int = SSE_EVENT_COUNT) -> int:
    """Length of the text a client should accumulate from the SSE stream."""
    delta_count = event_count - 5
    return sum(len(_DELTA_TEXTS[i % len(_DELTA_TEXTS)]) for i in range(delta_count))


def jsonl_results_body() -> bytes:
    lines = []
    for i in range(JSONL_LINE_COUNT):
        text = {"type": "text", "text": f"Result number {i} for the batch.", "citations": None}
        entry = {
            "custom_id": f"req-{i:05d}",
            "result": {"type": "succeeded", "message": make_message(f"msg_batch_{i:05d}", [text])},
        }
        lines.append(_dumps(entry))
    return b"\n".join(lines) + b"\n"


def big_jsonl_block() -> bytes:
    """BIG_JSONL_LINES_PER_BLOCK result lines of ~10 KB each; the big results repeat it."""
    filler = ("All work and no play makes a long batch result. " * 250)[:BIG_JSONL_TEXT_CHARS]
    lines = []
    for i in range(BIG_JSONL_LINES_PER_BLOCK):
        text = {"type": "text", "text": filler, "citations": None}
        entry = {
            "custom_id": f"big-{i:03d}",
            "result": {"type": "succeeded", "message": make_message(f"msg_big_{i:03d}", [text])},
        }
        lines.append(_dumps(entry))
    return b"\n".join(lines) + b"\n"


def big_jsonl_layout() -> tuple[bytes, int]:
    """(block, repeats): the ~100 MiB results body is `block * repeats`."""
    block = big_jsonl_block()
    return block, -(-BIG_JSONL_TARGET_BYTES // len(block))


def big_jsonl_line_count() -> int:
    return big_jsonl_layout()[1] * BIG_JSONL_LINES_PER_BLOCK


def big_jsonl_bytes() -> int:
    block, repeats = big_jsonl_layout()
    return len(block) * repeats


def message_batch(base_url: str, batch_id: str, succeeded: int = JSONL_LINE_COUNT) -> dict:
    return {
        "id": batch_id,
        "type": "message_batch",
        "processing_status": "ended",
        "request_counts": {
            "processing": 0,
            "succeeded": succeeded,
            "errored": 0,
            "canceled": 0,
            "expired": 0,
        },
        "ended_at": "2025-02-20T00:00:00Z",
        "created_at": "2025-02-19T00:00:00Z",
        "expires_at": "2025-02-20T00:00:00Z",
        "archived_at": None,
        "cancel_initiated_at": None,
        "results_url": f"{base_url}/v1/messages/batches/{batch_id}/results",
    }


def model_ids() -> list[str]:
    return [f"claude-bench-{i:04d}" for i in range(MODEL_COUNT)]


def model_info(model_id: str) -> dict:
    return {
        "type": "model",
        "id": model_id,
        "display_name": model_id.replace("-", " ").title(),
        "created_at": "2025-02-19T00:00:00Z",
    }


def models_page(ids: list[str], after_id: str | None, before_id: str | None, limit: int) -> dict:
    """Mimics the API's cursor pagination: after_id pages forward, before_id backward."""
    if before_id is not None:
        end = ids.index(before_id) if before_id in ids else 0
        start = max(0, end - limit)
        has_more = start > 0
    else:
        start = ids.index(after_id) + 1 if after_id in ids else 0
        end = min(len(ids), start + limit)
        has_more = end < len(ids)
    chosen = ids[start:end]
    return {
        "data": [model_info(model_id) for model_id in chosen],
        "has_more": has_more,
        "first_id": chosen[0] if chosen else None,
        "last_id": chosen[-1] if chosen else None,
    }


# ---------------------------------------------------------------- HTTP layer


def response_head(status: str, content_type: str, length: int) -> bytes:
    head = (
        f"HTTP/1.1 {status}\r\n"
        f"content-type: {content_type}\r\n"
        f"content-length: {length}\r\n"
        "request-id: req_bench\r\n"
        "\r\n"
    )
    return head.encode("latin-1")


def http_response(status: str, content_type: str, body: bytes) -> bytes:
    return response_head(status, content_type, len(body)) + body


class StreamedBody:
    """A response whose body is `block` repeated `repeats` times, written as the client reads."""

    def __init__(self, content_type: str, block: bytes, repeats: int) -> None:
        self.head = response_head("200 OK", content_type, len(block) * repeats)
        self.block = block
        self.repeats = repeats


def json_response(value: object, status: str = "200 OK") -> bytes:
    return http_response(status, "application/json", _dumps(value))


def error_response(status: str, error_type: str, message: str) -> bytes:
    payload = {"type": "error", "error": {"type": error_type, "message": message}}
    return json_response(payload, status)


class Responses:
    """All response bytes, built once per server since some embed its URL."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.small = json_response(small_message())
        self.big = json_response(big_message())
        self.sse = http_response("200 OK", "text/event-stream; charset=utf-8", sse_stream_body())
        self.jsonl = http_response("200 OK", "application/binary", jsonl_results_body())
        self.sse_short = http_response(
            "200 OK", "text/event-stream; charset=utf-8", sse_stream_body(CONCURRENT_SSE_EVENT_COUNT)
        )
        self.big_jsonl = StreamedBody("application/binary", *big_jsonl_layout())
        self.model_ids = model_ids()
        self._pages: dict[tuple, bytes] = {}
        self._batches: dict[str, bytes] = {}

    def models(self, query: str) -> bytes:
        params = parse_qs(query)
        after_id = params.get("after_id", [None])[0]
        before_id = params.get("before_id", [None])[0]
        try:
            limit = max(1, min(1000, int(params.get("limit", ["20"])[0])))
        except ValueError:
            return error_response("400 Bad Request", "invalid_request_error", "limit must be an integer")
        key = (after_id, before_id, limit)
        cached = self._pages.get(key)
        if cached is None:
            cached = json_response(models_page(self.model_ids, after_id, before_id, limit))
            self._pages[key] = cached
        return cached

    def batch(self, batch_id: str) -> bytes:
        cached = self._batches.get(batch_id)
        if cached is None:
            lines = big_jsonl_line_count() if batch_id == BIG_BATCH_ID else JSONL_LINE_COUNT
            cached = json_response(message_batch(self.base_url, batch_id, lines))
            self._batches[batch_id] = cached
        return cached


def _wants_stream(body: bytes) -> bool:
    if b'"stream"' not in body:  # cheap pre-check: most requests are not streaming
        return False
    try:
        payload = json.loads(body)
    except ValueError:
        return False
    return isinstance(payload, dict) and payload.get("stream") is True


def route(responses: Responses, method: str, target: str, body: bytes) -> bytes | StreamedBody:
    parts = urlsplit(target)
    path = parts.path.rstrip("/")
    if method == "POST" and path == "/v1/messages":
        return responses.sse if _wants_stream(body) else responses.small
    if method == "POST" and path == "/big/v1/messages":
        return responses.sse if _wants_stream(body) else responses.big
    if method == "POST" and path == "/c/v1/messages":
        return responses.sse_short if _wants_stream(body) else responses.small
    if method == "GET" and path == "/v1/models":
        return responses.models(parts.query)
    if method == "GET" and path.startswith("/v1/messages/batches/"):
        rest = path[len("/v1/messages/batches/") :].split("/")
        if len(rest) == 1 and rest[0]:
            return responses.batch(rest[0])
        if len(rest) == 2 and rest[0] and rest[1] == "results":
            return responses.big_jsonl if rest[0] == BIG_BATCH_ID else responses.jsonl
    return error_response("404 Not Found", "not_found_error", f"no route for {method} {parts.path}")


class HttpProtocol(asyncio.Protocol):
    """Minimal HTTP/1.1 server side: keep-alive, Content-Length bodies, pipelining-safe.

    A `StreamedBody` is written one block at a time, only while the transport's send buffer
    is below its high-water mark (asyncio's pause_writing / resume_writing), and requests
    pipelined behind it wait until it is done."""

    def __init__(self, responses: Responses) -> None:
        self.responses = responses
        self.buffer = bytearray()
        self.transport: asyncio.Transport | None = None
        self.paused = False
        self.streaming: StreamedBody | None = None
        self.blocks_left = 0

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        self._serve_buffered()

    def _serve_buffered(self) -> None:
        while self.transport is not None and self.streaming is None and self._handle_one():
            pass

    def connection_lost(self, exc: Exception | None) -> None:
        self.transport = None
        self.streaming = None

    def pause_writing(self) -> None:
        self.paused = True

    def resume_writing(self) -> None:
        self.paused = False
        self._pump()

    def _pump(self) -> None:
        while self.streaming is not None and self.transport is not None and not self.paused:
            if self.transport.is_closing():  # the client went away mid-body (a partial read)
                self.streaming = None
                return
            if self.blocks_left == 0:
                self.streaming = None
                self._serve_buffered()
                return
            self.blocks_left -= 1
            self.transport.write(self.streaming.block)

    def _handle_one(self) -> bool:
        """Serve one complete request from the buffer; False when more bytes are needed."""
        head_end = self.buffer.find(b"\r\n\r\n")
        if head_end < 0:
            if len(self.buffer) > MAX_HEAD_BYTES:
                self._fail("431 Request Header Fields Too Large")
            return False
        lines = bytes(self.buffer[:head_end]).decode("latin-1").split("\r\n")
        request_line = lines[0].split(" ")
        if len(request_line) != 3:
            self._fail("400 Bad Request")
            return False
        method, target, _version = request_line
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        if "chunked" in headers.get("transfer-encoding", "").lower():
            self._fail("411 Length Required")  # clients here always send Content-Length
            return False
        try:
            body_length = int(headers.get("content-length", "0"))
        except ValueError:
            self._fail("400 Bad Request")
            return False
        request_end = head_end + 4 + body_length
        if len(self.buffer) < request_end:
            return False
        body = bytes(self.buffer[head_end + 4 : request_end])
        del self.buffer[:request_end]
        answer = route(self.responses, method, target, body)
        if isinstance(answer, StreamedBody):
            self.transport.write(answer.head)
            self.streaming, self.blocks_left = answer, answer.repeats
            self._pump()
            return False  # the rest of the buffer is served when the body is done
        self.transport.write(answer)
        if headers.get("connection", "").lower() == "close":
            self.transport.close()
            self.transport = None
            return False
        return True

    def _fail(self, status: str) -> None:
        self.transport.write(error_response(status, "invalid_request_error", status))
        self.transport.close()
        self.transport = None


# ---------------------------------------------------------------- running


async def _watchdog(parent_pid: int | None, max_seconds: float, stop: asyncio.Event) -> None:
    """Stop when the parent goes away or after max_seconds, so the server never lingers."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + max_seconds
    while not stop.is_set() and loop.time() < deadline:
        if parent_pid is not None and os.getppid() != parent_pid:
            break
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=0.5)
    stop.set()


async def serve(port: int, parent_pid: int | None, max_seconds: float) -> None:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    holder: dict[str, Responses] = {}
    server = await loop.create_server(lambda: HttpProtocol(holder["responses"]), HOST, port, backlog=512)
    bound_port = server.sockets[0].getsockname()[1]
    base_url = f"http://{HOST}:{bound_port}"
    holder["responses"] = Responses(base_url)  # built before announcing, so first requests are fast
    print(f"LISTENING {base_url}", flush=True)
    async with server:
        await _watchdog(parent_pid, max_seconds, stop)
    server.close()


def main(argv: list[str]) -> int:
    port = 0
    max_seconds = 900.0
    parent_pid = None
    args = iter(argv)
    for arg in args:
        if arg == "--port":
            port = int(next(args))
        elif arg == "--max-seconds":
            max_seconds = float(next(args))
        elif arg == "--parent-pid":
            parent_pid = int(next(args))
        else:
            print(f"unknown argument {arg!r}", file=sys.stderr)
            return 2
    asyncio.run(serve(port, parent_pid, max_seconds))
    return 0


class ServerProcess:
    """Runs the fake server in a child process; always stopped on exit from the block."""

    def __init__(self, max_seconds: float = 900.0, python: str | None = None, start_timeout: float = 30.0):
        self.max_seconds = max_seconds
        self.python = python or sys.executable
        self.start_timeout = start_timeout
        self.process: subprocess.Popen | None = None
        self.url = ""

    def start(self) -> str:
        command = [
            self.python, "-I", os.path.abspath(__file__),
            "--port", "0",
            "--max-seconds", str(self.max_seconds),
            "--parent-pid", str(os.getpid()),
        ]  # fmt: skip
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
        self.url = self._read_announcement()
        return self.url

    def _read_announcement(self) -> str:
        """Wait (bounded) for the LISTENING line; a reader thread keeps the wait interruptible."""
        found: list[str] = []
        reader = threading.Thread(target=lambda: found.append(self.process.stdout.readline()), daemon=True)
        reader.start()
        reader.join(self.start_timeout)
        line = found[0].strip() if found else ""
        if not line.startswith("LISTENING "):
            self.stop()
            raise RuntimeError(f"fake server did not start (got {line!r})")
        return line.split(" ", 1)[1]

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None:
            return
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)
        if process.stdout is not None:
            process.stdout.close()

    def __enter__(self) -> ServerProcess:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
