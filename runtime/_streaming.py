"""Server-sent event streams.

`SSEDecoder` turns bytes into events and knows nothing about HTTP: feed it chunks split
anywhere, with `\n`, `\r\n` or `\r` line endings. `Stream` / `AsyncStream` read a response
through it and yield each event's data parsed into the stream's item type, straight from
the bytes with the item type's compiled validator.

The API's own conventions come from `_settings`: keep-alive events are skipped, error events
are raised as their typed `APIStatusError`, and events whose name is not a variant of the
item type are ignored. A stream whose item type has a terminal event (STREAM_TERMINAL_EVENTS)
must receive it: a body that ends before raises `IncompleteStreamError`. A transport failure
while reading raises `APIConnectionError` / `APITimeoutError` (the httpx or aiohttp error as
its cause), and a stream that receives only keep-alive events for longer than the client's
`stream_idle_timeout` raises `APITimeoutError`; in every case the connection is released.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from time import monotonic
from typing import (
    TYPE_CHECKING,
    Any,
    Dict,
    FrozenSet,
    Generic,
    List,
    Optional,
    Tuple,
    TypeVar,
)

import pydantic

from ._compat import get_args, get_origin, is_annotated_origin, is_literal_origin, is_union
from ._models import json_validator, parse_obj
from ._settings import STREAM_ERROR_EVENTS, STREAM_KEEPALIVE_EVENTS, STREAM_TERMINAL_EVENTS

if TYPE_CHECKING:
    import httpx

__all__ = ["ServerSentEvent", "SSEDecoder", "RawEvent", "Stream", "AsyncStream", "SKIPPED_EVENTS", "ERROR_EVENTS"]

_T = TypeVar("_T")

# Keep-alive events: never shown to the caller.
SKIPPED_EVENTS = frozenset(STREAM_KEEPALIVE_EVENTS)
# Events whose data is an error body; the stream raises it.
ERROR_EVENTS = frozenset(STREAM_ERROR_EVENTS)


class ServerSentEvent:
    """One event: its `event` name, `data` (lines joined by newlines), `id` and `retry`."""

    __slots__ = ("_event", "_data", "_id", "_retry")

    def __init__(
        self,
        *,
        event: Optional[str] = None,
        data: Optional[Any] = None,
        id: Optional[str] = None,
        retry: Optional[int] = None,
    ) -> None:
        self._event = event
        self._data = data if data is not None else b""
        self._id = id
        self._retry = retry

    @property
    def event(self) -> Optional[str]:
        return self._event

    @property
    def data(self) -> str:
        data = self._data
        return data.decode("utf-8") if isinstance(data, (bytes, bytearray)) else data

    @property
    def raw_data(self) -> bytes:
        data = self._data
        return bytes(data) if isinstance(data, (bytes, bytearray)) else data.encode("utf-8")

    @property
    def id(self) -> Optional[str]:
        return self._id

    @property
    def retry(self) -> Optional[int]:
        return self._retry

    def json(self) -> Any:
        return json.loads(self._data)

    def __repr__(self) -> str:
        return f"ServerSentEvent(event={self._event!r}, data={self.data!r}, id={self._id!r}, retry={self._retry!r})"


class SSEDecoder:
    """Incremental event-stream parser working on bytes.

    `feed(chunk)` returns the events completed by `chunk`; `flush()` the last one when the
    stream ends without a blank line. `id` and `retry` persist across events, as the
    event-stream format specifies.
    """

    def __init__(self) -> None:
        self._pending = b""
        self._held_cr = False
        self._last_event_id: Optional[str] = None
        self._retry: Optional[int] = None
        self._names: Dict[bytes, str] = {}

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

    def feed(self, chunk: bytes) -> List[ServerSentEvent]:
        return [_to_event(raw) for raw in self.feed_raw(chunk)]

    def flush(self) -> List[ServerSentEvent]:
        return [_to_event(raw) for raw in self.flush_raw()]

    def feed_raw(self, chunk: bytes) -> List[RawEvent]:
        """Like `feed`, as `(event, data bytes, id, retry)` tuples (no objects built)."""
        if not chunk:
            return []
        if self._held_cr:
            chunk = b"\r" + chunk
            self._held_cr = False
        if b"\r" in chunk:
            if chunk.endswith(b"\r"):
                # Could be the first half of "\r\n": decide when the next chunk comes.
                chunk = chunk[:-1]
                self._held_cr = True
            chunk = chunk.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        buffer = self._pending + chunk if self._pending else chunk
        end = buffer.rfind(b"\n\n")
        if end < 0:
            self._pending = buffer
            return []
        self._pending = buffer[end + 2 :]
        return self._parse_blocks(buffer[:end])

    def flush_raw(self) -> List[RawEvent]:
        rest = self._pending
        self._pending = b""
        self._held_cr = False
        rest = rest.strip(b"\n")
        return self._parse_blocks(rest) if rest else []

    def _parse_blocks(self, text: bytes) -> List[RawEvent]:
        events: List[RawEvent] = []
        names = self._names
        for block in text.split(b"\n\n"):
            # The usual shape, "event: name\ndata: {...}", without the general loop.
            if block[:7] == b"event: ":
                head, found, data = block.partition(b"\ndata: ")
                if found and b"\n" not in data and b"\n" not in head:
                    raw_name = head[7:]
                    name = names.get(raw_name)
                    if name is None:
                        name = names[raw_name] = raw_name.decode("utf-8", errors="replace")
                    events.append((name, data, self._last_event_id, self._retry))
                    continue
            if block:
                event = self._parse_block(block)
                if event is not None:
                    events.append(event)
        return events

    def _parse_block(self, block: bytes) -> Optional[RawEvent]:
        event: Optional[str] = None
        data: Optional[List[bytes]] = None
        for line in block.split(b"\n"):
            if not line or line[0] == 0x3A:  # empty, or a ":" comment
                continue
            field, _, value = line.partition(b":")
            if value[:1] == b" ":
                value = value[1:]
            if field == b"data":
                if data is None:
                    data = [value]
                else:
                    data.append(value)
            elif field == b"event":
                event = value.decode("utf-8", errors="replace")
            elif field == b"id":
                if b"\0" not in value:
                    self._last_event_id = value.decode("utf-8", errors="replace")
            elif field == b"retry":
                try:
                    self._retry = int(value)
                except ValueError:
                    pass
        if data is None and event is None:
            return None
        joined = b"" if data is None else data[0] if len(data) == 1 else b"\n".join(data)
        return (event, joined, self._last_event_id, self._retry)


# (event name, data, last event id, retry)
RawEvent = Tuple[Optional[str], bytes, Optional[str], Optional[int]]


def _to_event(raw: RawEvent) -> ServerSentEvent:
    return ServerSentEvent(event=raw[0], data=raw[1], id=raw[2], retry=raw[3])


# --------------------------------------------------------------------------------------
# Streams of parsed events
# --------------------------------------------------------------------------------------

_EVENT_NAMES: Dict[Any, Optional[FrozenSet[str]]] = {}

# The field naming an event's kind, unless the item type's union names another one (its
# discriminator): an event's name and that field agree.
DEFAULT_EVENT_TAG = "type"


def event_tag(tp: Any) -> str:
    """The field that tells the item type's variants apart (its union's discriminator)."""
    origin = get_origin(tp)
    if is_annotated_origin(origin):
        for meta in get_args(tp)[1:]:
            tag = getattr(meta, "discriminator", None)
            if isinstance(tag, str):
                return tag
    return DEFAULT_EVENT_TAG


def _event_names(tp: Any) -> Optional[FrozenSet[str]]:
    """The tag values of the item type's variants (None: accept every event name)."""
    try:
        return _EVENT_NAMES[tp]
    except KeyError:
        pass
    except TypeError:
        return None
    tag = event_tag(tp)
    names: set[str] = set()
    for variant in _variants(tp):
        fields = getattr(variant, "model_fields", None)
        field = fields.get(tag) if isinstance(fields, dict) else None
        if field is None or not is_literal_origin(get_origin(field.annotation)):
            names = set()
            break
        names.update(v for v in get_args(field.annotation) if isinstance(v, str))
    found = frozenset(names) if names else None
    _EVENT_NAMES[tp] = found
    return found


def _variants(tp: Any) -> List[Any]:
    origin = get_origin(tp)
    if is_annotated_origin(origin):
        return _variants(get_args(tp)[0])
    if is_union(origin):
        return [v for arg in get_args(tp) for v in _variants(arg)]
    return [tp]


def _terminal_events(tp: Any) -> Optional[Dict[str, Optional[str]]]:
    """The events that complete a stream of `tp` (name -> field that must be set, or None),
    or None when the item type has none of the configured terminal events."""
    try:
        return _TERMINAL[tp]
    except KeyError:
        pass
    except TypeError:
        return None
    names = _event_names(tp)
    found: Optional[Dict[str, Optional[str]]] = None
    if names is not None:
        found = {name: field for name, field in STREAM_TERMINAL_EVENTS if name in names} or None
    _TERMINAL[tp] = found
    return found


_TERMINAL: Dict[Any, Optional[Dict[str, Optional[str]]]] = {}


def _idle_timeout_of(client: Any) -> Optional[float]:
    value = getattr(client, "stream_idle_timeout", None)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0:
        return float(value)
    return None


class _StreamCore(Generic[_T]):
    """What the sync and async streams share: item parsing, error events, and the checks
    that a stream is complete (its terminal event arrived) and alive (it sends more than
    keep-alive events)."""

    response: httpx.Response

    def __init__(self, *, cast_to: Any, response: httpx.Response, client: Any) -> None:
        self.response = response
        self._cast_to = cast_to
        self._client = client
        self._decoder = SSEDecoder()
        self._strict = bool(getattr(client, "_strict_response_validation", False))
        self._terminal = _terminal_events(cast_to)
        # A stream without a terminal event is complete when its body ends.
        self._complete = self._terminal is None
        self._events_received = 0
        self._idle_timeout = _idle_timeout_of(client)
        # Set once the body has ended (the decoder's last events are being read).
        self._at_end = False

    def _item_parser(self) -> Any:
        return json_validator(self._cast_to)

    def _parse_leniently(self, event: RawEvent) -> Any:
        try:
            data = json.loads(event[1])
        except ValueError as err:
            # Not JSON (or not UTF-8): the last event of a body cut inside it, or a broken one.
            if self._at_end and not self._complete:
                raise self._incomplete() from err
            from ._errors import APIResponseValidationError

            raise APIResponseValidationError(
                self.response,
                None,
                message=f"An event of the stream ({event[0] or 'unnamed'!r}, {len(event[1])} bytes) is not valid JSON.",
            ) from err
        tag = event_tag(self._cast_to)
        if isinstance(data, dict) and tag not in data and event[0]:
            data[tag] = event[0]
        if self._strict:
            from ._errors import APIResponseValidationError

            try:
                return parse_obj(self._cast_to, data, strict=True)
            except pydantic.ValidationError as err:
                raise APIResponseValidationError(self.response, data) from err
        return parse_obj(self._cast_to, data)

    def _raise_error_event(self, event: RawEvent) -> None:
        body: Any = event[1].decode("utf-8", errors="replace")
        try:
            body = json.loads(event[1])
        except ValueError:
            pass
        # The whole error body is the message (an error event has no status of its own to quote).
        message = body
        make_error: Any = getattr(self._client, "_make_status_error", None)
        if make_error is None:
            from ._errors import make_status_error

            make_error = make_status_error
        raise make_error(str(message), body=body, response=self.response)

    def _is_terminal(self, name: Optional[str], item: Any) -> bool:
        """Whether the event `name` (parsed as `item`) completes the stream."""
        terminal = self._terminal
        if terminal is None:
            return False
        kind = name if name is not None else getattr(item, event_tag(self._cast_to), None)
        if kind not in terminal:
            return False
        field = terminal[kind]
        return field is None or getattr(item, field, None) is not None

    def _incomplete(self) -> Exception:
        from ._errors import IncompleteStreamError

        expected = " or ".join(
            name if field is None else f"{name} with {field} set" for name, field in (self._terminal or {}).items()
        )
        return IncompleteStreamError(
            request=self.response.request, events_received=self._events_received, expected=expected
        )

    def _idle_error(self) -> Exception:
        from ._errors import APITimeoutError

        return APITimeoutError(
            self.response.request,
            message=(
                f"The stream sent nothing but keep-alive events for more than {self._idle_timeout:g} seconds"
                " (stream_idle_timeout); it was closed."
            ),
        )

    def _read_error(self, err: Exception) -> Optional[Exception]:
        from ._errors import transport_error

        return transport_error(err, self.response.request)

    def _flush_error(self, err: Exception) -> Exception:
        """What a decoder's failure to finish at the end of the body becomes: the body was cut
        inside an event, so an incomplete stream, unless the stream was already complete."""
        return err if self._complete else self._incomplete()


class Stream(_StreamCore[_T]):
    # unasync: twin stream
    """A stream of parsed events: iterate over it, or use it as a context manager."""

    def __init__(self, *, cast_to: Any, response: httpx.Response, client: Any) -> None:
        super().__init__(cast_to=cast_to, response=response, client=client)
        self._iterator = self.__stream__()

    def __next__(self) -> _T:
        return self._iterator.__next__()

    def __iter__(self) -> Iterator[_T]:
        return self._iterator

    def _iter_events(self) -> Iterator[ServerSentEvent]:
        return self._decoder.iter_bytes(self.response.iter_bytes())

    def _iter_raw_events(self) -> Iterator[List[RawEvent]]:
        decoder = self._decoder
        try:
            for chunk in self.response.iter_bytes():
                yield decoder.feed_raw(chunk)
        except Exception as err:
            converted = self._read_error(err)
            if converted is None:
                raise
            raise converted from err
        try:
            tail = decoder.flush_raw()
        except Exception as err:
            converted = self._flush_error(err)
            if converted is err:
                raise
            raise converted from err
        self._at_end = True
        yield tail

    def __stream__(self) -> Iterator[_T]:
        parse = self._item_parser()
        known = _event_names(self._cast_to)
        idle_timeout = self._idle_timeout
        terminal = self._terminal or {}
        last_progress = monotonic()
        try:
            for events in self._iter_raw_events():
                progressed = False
                for event in events:
                    name = event[0]
                    if name is not None:
                        if name in SKIPPED_EVENTS:
                            continue
                        if name in ERROR_EVENTS:
                            self._raise_error_event(event)
                        if known is not None and name not in known:
                            continue
                    try:
                        item = parse(event[1])
                    except pydantic.ValidationError:
                        item = self._parse_leniently(event)
                    self._events_received += 1
                    if (name in terminal or (name is None and terminal)) and self._is_terminal(name, item):
                        self._complete = True
                    progressed = True
                    yield item
                if idle_timeout is not None:
                    if progressed:
                        last_progress = monotonic()
                    elif monotonic() - last_progress > idle_timeout:
                        raise self._idle_error()
            if not self._complete:
                raise self._incomplete()
        finally:
            self.response.close()

    def __enter__(self) -> Stream[_T]:
        return self

    def __exit__(self, *_exc: Any) -> None:
        self.close()

    def close(self) -> None:
        """Stop reading and release the connection."""
        self.response.close()

    # unasync: end


class AsyncStream(_StreamCore[_T]):
    # unasync: source stream
    """A stream of parsed events: iterate over it, or use it as a context manager."""

    def __init__(self, *, cast_to: Any, response: httpx.Response, client: Any) -> None:
        super().__init__(cast_to=cast_to, response=response, client=client)
        self._iterator = self.__stream__()

    async def __anext__(self) -> _T:
        return await self._iterator.__anext__()

    def __aiter__(self) -> AsyncIterator[_T]:
        return self._iterator

    def _iter_events(self) -> AsyncIterator[ServerSentEvent]:
        return self._decoder.aiter_bytes(self.response.aiter_bytes())

    async def _iter_raw_events(self) -> AsyncIterator[List[RawEvent]]:
        decoder = self._decoder
        try:
            async for chunk in self.response.aiter_bytes():
                yield decoder.feed_raw(chunk)
        except Exception as err:
            converted = self._read_error(err)
            if converted is None:
                raise
            raise converted from err
        try:
            tail = decoder.flush_raw()
        except Exception as err:
            converted = self._flush_error(err)
            if converted is err:
                raise
            raise converted from err
        self._at_end = True
        yield tail

    async def __stream__(self) -> AsyncIterator[_T]:
        parse = self._item_parser()
        known = _event_names(self._cast_to)
        idle_timeout = self._idle_timeout
        terminal = self._terminal or {}
        last_progress = monotonic()
        try:
            async for events in self._iter_raw_events():
                progressed = False
                for event in events:
                    name = event[0]
                    if name is not None:
                        if name in SKIPPED_EVENTS:
                            continue
                        if name in ERROR_EVENTS:
                            self._raise_error_event(event)
                        if known is not None and name not in known:
                            continue
                    try:
                        item = parse(event[1])
                    except pydantic.ValidationError:
                        item = self._parse_leniently(event)
                    self._events_received += 1
                    if (name in terminal or (name is None and terminal)) and self._is_terminal(name, item):
                        self._complete = True
                    progressed = True
                    yield item
                if idle_timeout is not None:
                    if progressed:
                        last_progress = monotonic()
                    elif monotonic() - last_progress > idle_timeout:
                        raise self._idle_error()
            if not self._complete:
                raise self._incomplete()
        finally:
            await self.response.aclose()

    async def __aenter__(self) -> AsyncStream[_T]:
        return self

    async def __aexit__(self, *_exc: Any) -> None:
        await self.close()

    async def close(self) -> None:
        """Stop reading and release the connection."""
        await self.response.aclose()

    # unasync: end
