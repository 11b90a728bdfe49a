"""The stream helpers' machinery, shared by the plain and the beta Messages API.

A message stream wraps the SDK's raw `Stream` of server-sent events. Iterating it yields
each raw event, followed by a helper event where one applies (`text`, `input_json`,
`thinking`, `signature`, `citation`, `compaction`); `content_block_stop` and `message_stop`
are replaced by events that carry the finished block and message. `text_stream` yields only
the text pieces, and builds no event objects at all.

All ways of reading share one iterator over the raw stream, so they can be mixed: read a
few events, then `text_stream`, then `get_final_message()`.
"""

from __future__ import annotations

# The sync message stream is generated from the async one (python -m generator unasync).
# unasync: rename AsyncMessageStreamBase=SyncMessageStreamBase
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Generator,
    Iterator,
)
from typing import TYPE_CHECKING, Any, Callable, Generic, Optional, TypeVar, Union

import httpx

from ..._types import NOT_GIVEN, NotGiven
from ._accumulator import Flavor, StreamAccumulator

if TYPE_CHECKING:
    from ..._streaming import AsyncStream, Stream

__all__ = [
    "SyncMessageStreamBase",
    "AsyncMessageStreamBase",
    "SyncStreamManagerBase",
    "AsyncStreamManagerBase",
]

ResponseFormatT = TypeVar("ResponseFormatT")

_NO_TEXT = "the stream's message has no text content block"


def _final_text(message: Any) -> str:
    texts = [block.text for block in message.content if getattr(block, "type", None) == "text"]
    if not texts:
        raise RuntimeError(f"get_final_text(): {_NO_TEXT} (its blocks are: {[b.type for b in message.content]})")
    return "".join(texts)


def _with_request_id(message: Any, raw_stream: Any) -> Any:
    # The final message carries the response's request id, like a non-streaming result.
    request_id = raw_stream.response.headers.get("request-id")
    if request_id is not None:
        object.__setattr__(message, "_request_id", request_id)
    return message


class SyncMessageStreamBase(Generic[ResponseFormatT]):
    # unasync: twin message-stream
    """A message stream (see the module docstring)."""

    _flavor: Flavor

    def __init__(self, raw_stream: Stream[Any], output_format: ResponseFormatT | NotGiven) -> None:
        self._raw_stream = raw_stream
        self._raw_iterator: Iterator[Any] = raw_stream.__iter__()
        self._accumulator = StreamAccumulator(self._flavor, output_format)
        self._iterator = self._events()
        self.text_stream: Iterator[str] = self._texts()
        """The text of the message as it arrives, piece by piece."""

    @property
    def response(self) -> httpx.Response:
        """The HTTP response the events are read from."""
        return self._raw_stream.response

    @property
    def request_id(self) -> Optional[str]:
        """The `request-id` header of the response."""
        request_id: Optional[str] = self.response.headers.get("request-id")
        return request_id

    @property
    def current_message_snapshot(self) -> Any:
        """The message as accumulated so far."""
        return self._accumulator.snapshot()

    def __iter__(self) -> Iterator[Any]:
        return self._iterator

    def __next__(self) -> Any:
        return self._iterator.__next__()

    def __enter__(self) -> Any:
        return self

    def __exit__(self, *_exc: Any) -> None:
        self.close()

    def _events(self) -> Iterator[Any]:
        feed = self._accumulator.feed
        for event in self._raw_iterator:
            helper = feed(event)
            if helper is None:
                yield event
            elif helper.type == event.type:  # content_block_stop / message_stop: replaced
                yield helper
            else:
                yield event
                yield helper

    def _texts(self) -> Iterator[str]:
        accumulator = self._accumulator
        add_text = accumulator.add_text
        feed_quietly = accumulator.feed_quietly
        for event in self._raw_iterator:
            if event.type == "content_block_delta":
                delta = event.delta
                if delta.type == "text_delta":
                    text = delta.text
                    if add_text(event.index, text) is not None:
                        yield text
                    continue
            feed_quietly(event)

    def until_done(self) -> None:
        """Read the rest of the stream (accumulating it)."""
        feed_quietly = self._accumulator.feed_quietly
        for event in self._raw_iterator:
            feed_quietly(event)

    def get_final_message(self) -> Any:
        """Read the rest of the stream and return the whole message."""
        self.until_done()
        return _with_request_id(self._accumulator.snapshot(), self._raw_stream)

    def get_final_text(self) -> str:
        """Read the rest of the stream and return the text of its text blocks, concatenated.

        Raises `RuntimeError` when the message has no text block.
        """
        return _final_text(self.get_final_message())

    def close(self) -> None:
        """Stop reading and release the connection; iteration ends."""
        closer = self._raw_iterator.close if isinstance(self._raw_iterator, Generator) else None
        if closer is not None:
            closer()
        self._raw_stream.close()

    # unasync: end


class AsyncMessageStreamBase(Generic[ResponseFormatT]):
    # unasync: source message-stream
    """A message stream (see the module docstring)."""

    _flavor: Flavor

    def __init__(self, raw_stream: AsyncStream[Any], output_format: ResponseFormatT | NotGiven) -> None:
        self._raw_stream = raw_stream
        self._raw_iterator: AsyncIterator[Any] = raw_stream.__aiter__()
        self._accumulator = StreamAccumulator(self._flavor, output_format)
        self._iterator = self._events()
        self.text_stream: AsyncIterator[str] = self._texts()
        """The text of the message as it arrives, piece by piece."""

    @property
    def response(self) -> httpx.Response:
        """The HTTP response the events are read from."""
        return self._raw_stream.response

    @property
    def request_id(self) -> Optional[str]:
        """The `request-id` header of the response."""
        request_id: Optional[str] = self.response.headers.get("request-id")
        return request_id

    @property
    def current_message_snapshot(self) -> Any:
        """The message as accumulated so far."""
        return self._accumulator.snapshot()

    def __aiter__(self) -> AsyncIterator[Any]:
        return self._iterator

    async def __anext__(self) -> Any:
        return await self._iterator.__anext__()

    async def __aenter__(self) -> Any:
        return self

    async def __aexit__(self, *_exc: Any) -> None:
        await self.close()

    async def _events(self) -> AsyncIterator[Any]:
        feed = self._accumulator.feed
        async for event in self._raw_iterator:
            helper = feed(event)
            if helper is None:
                yield event
            elif helper.type == event.type:  # content_block_stop / message_stop: replaced
                yield helper
            else:
                yield event
                yield helper

    async def _texts(self) -> AsyncIterator[str]:
        accumulator = self._accumulator
        add_text = accumulator.add_text
        feed_quietly = accumulator.feed_quietly
        async for event in self._raw_iterator:
            if event.type == "content_block_delta":
                delta = event.delta
                if delta.type == "text_delta":
                    text = delta.text
                    if add_text(event.index, text) is not None:
                        yield text
                    continue
            feed_quietly(event)

    async def until_done(self) -> None:
        """Read the rest of the stream (accumulating it)."""
        feed_quietly = self._accumulator.feed_quietly
        async for event in self._raw_iterator:
            feed_quietly(event)

    async def get_final_message(self) -> Any:
        """Read the rest of the stream and return the whole message."""
        await self.until_done()
        return _with_request_id(self._accumulator.snapshot(), self._raw_stream)

    async def get_final_text(self) -> str:
        """Read the rest of the stream and return the text of its text blocks, concatenated.

        Raises `RuntimeError` when the message has no text block.
        """
        return _final_text(await self.get_final_message())

    async def close(self) -> None:
        """Stop reading and release the connection; iteration ends."""
        closer = self._raw_iterator.aclose if isinstance(self._raw_iterator, AsyncGenerator) else None
        if closer is not None:
            await closer()
        await self._raw_stream.close()

    # unasync: end


class SyncStreamManagerBase(Generic[ResponseFormatT]):
    """`with client.messages.stream(...) as stream:` makes the request on entry and closes
    the stream on exit."""

    _stream_class: Any

    def __init__(
        self,
        api_request: Callable[[], Stream[Any]],
        *,
        output_format: ResponseFormatT | NotGiven,
    ) -> None:
        self._api_request = api_request
        self._output_format = output_format
        self._stream: Any = None

    def __enter__(self) -> Any:
        self._stream = self._stream_class(self._api_request(), self._output_format)
        return self._stream

    def __exit__(self, *_exc: Any) -> None:
        if self._stream is not None:
            self._stream.close()


class AsyncStreamManagerBase(Generic[ResponseFormatT]):
    """`async with client.messages.stream(...) as stream:` makes the request on entry and
    closes the stream on exit."""

    _stream_class: Any

    def __init__(
        self,
        api_request: Union[Callable[[], Awaitable[AsyncStream[Any]]], Awaitable[AsyncStream[Any]]],
        *,
        output_format: ResponseFormatT | NotGiven = NOT_GIVEN,
    ) -> None:
        # The request: a function that makes it, or a coroutine already made (both are
        # awaited on entry, when the request is sent).
        self._api_request = api_request
        self._output_format = output_format
        self._stream: Any = None

    async def __aenter__(self) -> Any:
        request = self._api_request
        raw_stream = await (request() if callable(request) else request)
        self._stream = self._stream_class(raw_stream, self._output_format)
        return self._stream

    async def __aexit__(self, *_exc: Any) -> None:
        if self._stream is not None:
            await self._stream.close()
