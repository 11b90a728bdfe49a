"""The AWS event-stream framing (`application/vnd.amazon.eventstream`) that Bedrock streams in.

A stream is a sequence of binary messages, each laid out as

    total length (uint32) | headers length (uint32) | CRC32 of those 8 bytes (uint32)
    headers | payload | CRC32 of everything before it (uint32)

with big-endian integers. A header is a 1-byte name length, the name, a 1-byte value type
and the value (see `_read_header_value`). Bedrock sends its events as messages whose
`:message-type` header is `event` and `:event-type` is `chunk`; the payload is JSON whose
`bytes` field holds one Anthropic streaming event, base64-encoded. Failures arrive as a
message of type `exception` (with an `:exception-type` header and a JSON payload with a
`message`) or `error` (with `:error-code` and `:error-message` headers).

`EventStreamParser` turns bytes, split anywhere, into `EventStreamMessage`s and checks both
checksums. `AWSEventStreamDecoder` puts the Anthropic events inside them into the shape the
SSE decoder gives the `Stream` classes, so those parse and raise exactly as they do for a
first-party stream.
"""

from __future__ import annotations

import base64
import binascii
import json
import struct
import uuid
import zlib
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from typing import Any, Optional

from ..._exceptions import AnthropicError
from ..._streaming import RawEvent, ServerSentEvent

__all__ = ["EventStreamError", "EventStreamMessage", "EventStreamParser", "AWSEventStreamDecoder"]

_PRELUDE = struct.Struct(">III")
_PRELUDE_LENGTH = _PRELUDE.size  # 12: two lengths and the prelude's checksum
_CRC_LENGTH = 4
_MIN_MESSAGE_LENGTH = _PRELUDE_LENGTH + _CRC_LENGTH
# Limits of the format: larger values mean the stream is corrupt, not that a message is big.
_MAX_HEADERS_LENGTH = 128 * 1024
_MAX_MESSAGE_LENGTH = 24 * 1024 * 1024 + _MAX_HEADERS_LENGTH + _MIN_MESSAGE_LENGTH


class EventStreamError(AnthropicError):
    """The response body is not a well-formed AWS event stream."""


class EventStreamMessage:
    """One decoded message: its headers (name -> value) and its raw payload."""

    __slots__ = ("headers", "payload")

    def __init__(self, headers: dict[str, Any], payload: bytes) -> None:
        self.headers = headers
        self.payload = payload

    @property
    def message_type(self) -> Optional[str]:
        return self.headers.get(":message-type")

    def __repr__(self) -> str:
        return f"EventStreamMessage(headers={self.headers!r}, payload={self.payload!r})"


def _read_header_value(kind: int, data: bytes, offset: int) -> tuple[Any, int]:
    """The value of type `kind` at `offset`, and the offset after it."""
    if kind == 0:  # boolean true
        return True, offset
    if kind == 1:  # boolean false
        return False, offset
    if kind == 2:  # byte
        return struct.unpack_from(">b", data, offset)[0], offset + 1
    if kind == 3:  # short
        return struct.unpack_from(">h", data, offset)[0], offset + 2
    if kind == 4:  # integer
        return struct.unpack_from(">i", data, offset)[0], offset + 4
    if kind in (5, 8):  # long, timestamp (milliseconds since the epoch)
        return struct.unpack_from(">q", data, offset)[0], offset + 8
    if kind in (6, 7):  # byte array, string: 2-byte length, then the bytes
        (length,) = struct.unpack_from(">H", data, offset)
        start = offset + 2
        end = start + length
        if end > len(data):
            raise EventStreamError("header value runs past the end of the headers")
        raw = data[start:end]
        return (raw.decode("utf-8") if kind == 7 else raw), end
    if kind == 9:  # uuid
        if offset + 16 > len(data):
            raise EventStreamError("header value runs past the end of the headers")
        return uuid.UUID(bytes=data[offset : offset + 16]), offset + 16
    raise EventStreamError(f"unknown header value type {kind}")


def _parse_headers(data: bytes) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    offset = 0
    end = len(data)
    try:
        while offset < end:
            name_length = data[offset]
            offset += 1
            name = data[offset : offset + name_length].decode("utf-8")
            offset += name_length
            kind = data[offset]
            offset += 1
            headers[name], offset = _read_header_value(kind, data, offset)
    except (IndexError, struct.error, UnicodeDecodeError) as err:
        raise EventStreamError("malformed message headers") from err
    return headers


class EventStreamParser:
    """Incremental parser: `feed(chunk)` returns the messages `chunk` completes."""

    def __init__(self) -> None:
        self._buffer = bytearray()

    def feed(self, chunk: bytes) -> list[EventStreamMessage]:
        if chunk:
            self._buffer += chunk
        messages: list[EventStreamMessage] = []
        buffer = self._buffer
        start = 0
        while len(buffer) - start >= _PRELUDE_LENGTH:
            total, headers_length, prelude_crc = _PRELUDE.unpack_from(buffer, start)
            if zlib.crc32(buffer[start : start + 8]) != prelude_crc:
                raise EventStreamError("prelude checksum mismatch")
            if total < _MIN_MESSAGE_LENGTH or total > _MAX_MESSAGE_LENGTH:
                raise EventStreamError(f"invalid message length {total}")
            if headers_length > _MAX_HEADERS_LENGTH or headers_length > total - _MIN_MESSAGE_LENGTH:
                raise EventStreamError(f"invalid headers length {headers_length}")
            if len(buffer) - start < total:
                break
            message = bytes(buffer[start : start + total])
            (message_crc,) = struct.unpack_from(">I", message, total - _CRC_LENGTH)
            if zlib.crc32(message[: total - _CRC_LENGTH]) != message_crc:
                raise EventStreamError("message checksum mismatch")
            headers_end = _PRELUDE_LENGTH + headers_length
            headers = _parse_headers(message[_PRELUDE_LENGTH:headers_end])
            messages.append(EventStreamMessage(headers, message[headers_end : total - _CRC_LENGTH]))
            start += total
        if start:
            del buffer[:start]
        return messages

    def close(self) -> None:
        """Check that the stream did not end in the middle of a message."""
        if self._buffer:
            left = len(self._buffer)
            self._buffer = bytearray()
            raise EventStreamError(f"the stream ended inside a message ({left} bytes left over)")


def _error_event(kind: str, message: str) -> RawEvent:
    body = {"type": "error", "error": {"type": kind, "message": message}}
    return ("error", json.dumps(body).encode("utf-8"), None, None)


def _message_to_event(message: EventStreamMessage) -> Optional[RawEvent]:
    """The Anthropic event inside a message (an `error` event for failures; None to skip)."""
    headers = message.headers
    message_type = headers.get(":message-type", "event")
    if message_type == "exception":
        kind = str(headers.get(":exception-type") or "exception")
        text = message.payload.decode("utf-8", errors="replace")
        try:
            parsed = json.loads(message.payload)
        except ValueError:
            parsed = None
        if isinstance(parsed, dict) and isinstance(parsed.get("message"), str):
            text = parsed["message"]
        return _error_event(kind, text)
    if message_type == "error":
        kind = str(headers.get(":error-code") or "error")
        return _error_event(kind, str(headers.get(":error-message") or kind))
    if headers.get(":event-type", "chunk") != "chunk":
        return None  # an event kind this client does not know: skipped
    try:
        envelope = json.loads(message.payload)
        data = base64.b64decode(envelope["bytes"], validate=True)
        event = json.loads(data)
    except (ValueError, KeyError, TypeError, binascii.Error) as err:
        raise EventStreamError(f"malformed Bedrock chunk: {message.payload[:200]!r}") from err
    name = event.get("type") if isinstance(event, dict) else None
    return (name if isinstance(name, str) else None, data, None, None)


class AWSEventStreamDecoder:
    """Bedrock's event stream, decoded into the events of an Anthropic stream.

    It has the interface of the SSE decoder (`feed_raw` / `flush_raw` give `(event name,
    data, id, retry)` tuples; `feed` / `flush` / `iter_bytes` / `aiter_bytes` give
    `ServerSentEvent`s), so a `Stream` reads it the same way. The event name is the
    event's `type`, which is what the SSE `event:` field carries for the first-party API.
    """

    def __init__(self) -> None:
        self._parser = EventStreamParser()

    def feed_raw(self, chunk: bytes) -> list[RawEvent]:
        events: list[RawEvent] = []
        for message in self._parser.feed(chunk):
            event = _message_to_event(message)
            if event is not None:
                events.append(event)
        return events

    def flush_raw(self) -> list[RawEvent]:
        self._parser.close()
        return []

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        return [_to_sse(event) for event in self.feed_raw(chunk)]

    def flush(self) -> list[ServerSentEvent]:
        return [_to_sse(event) for event in self.flush_raw()]

    def iter_bytes(self, chunks: Iterable[bytes]) -> Iterator[ServerSentEvent]:
        for chunk in chunks:
            yield from self.feed(chunk)
        yield from self.flush()

    async def aiter_bytes(self, chunks: AsyncIterable[bytes]) -> AsyncIterator[ServerSentEvent]:
        async for chunk in chunks:
            for event in self.feed(chunk):
                yield event
        for event in self.flush():
            yield event


def _to_sse(event: RawEvent) -> ServerSentEvent:
    return ServerSentEvent(event=event[0], data=event[1], id=event[2], retry=event[3])
