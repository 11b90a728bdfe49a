"""`client.messages.stream()`: MessageStream, AsyncMessageStream and their managers."""

from __future__ import annotations

# The sync stream is generated from the async one (python -m generator unasync).
# unasync: rename AsyncMessageStreamBase=SyncMessageStreamBase
from collections.abc import AsyncIterator, Awaitable, Iterator
from typing import TYPE_CHECKING, Callable, TypeVar, Union

from ..._types import NOT_GIVEN, NotGiven
from ...types.parsed_message import ParsedMessage, ParsedTextBlock
from ._accumulator import Flavor
from ._stream import (
    AsyncMessageStreamBase,
    AsyncStreamManagerBase,
    SyncMessageStreamBase,
    SyncStreamManagerBase,
)
from ._types import (
    CitationEvent,
    InputJsonEvent,
    ParsedContentBlockStopEvent,
    ParsedMessageStopEvent,
    SignatureEvent,
    TextEvent,
    ThinkingEvent,
)

if TYPE_CHECKING:
    from ..._streaming import AsyncStream, Stream
    from ...types.raw_message_stream_event import RawMessageStreamEvent
    from ._types import ParsedMessageStreamEvent

__all__ = [
    "MessageStream",
    "AsyncMessageStream",
    "MessageStreamManager",
    "AsyncMessageStreamManager",
]

ResponseFormatT = TypeVar("ResponseFormatT")

MESSAGES_FLAVOR = Flavor(
    message=ParsedMessage,
    text_block=ParsedTextBlock,
    text_event=TextEvent,
    citation_event=CitationEvent,
    thinking_event=ThinkingEvent,
    signature_event=SignatureEvent,
    input_json_event=InputJsonEvent,
    compaction_event=None,
    message_stop_event=ParsedMessageStopEvent,
    block_stop_event=ParsedContentBlockStopEvent,
)


class MessageStream(SyncMessageStreamBase[ResponseFormatT]):
    # unasync: twin stream
    """The events of a `client.messages.stream()` call, with the message accumulated.

    Iterate over it for every event (raw events plus the helper events: `text`,
    `input_json`, `thinking`, `signature`, `citation`), or over `text_stream` for just the
    text; `get_final_message()` and `get_final_text()` read the rest and return the result.
    """

    _flavor = MESSAGES_FLAVOR

    def __init__(
        self,
        raw_stream: Stream[RawMessageStreamEvent],
        output_format: ResponseFormatT | NotGiven,
    ) -> None:
        super().__init__(raw_stream, output_format)

    if TYPE_CHECKING:

        def __iter__(
            self,
        ) -> Iterator[ParsedMessageStreamEvent[ResponseFormatT]]: ...

        def __next__(self) -> ParsedMessageStreamEvent[ResponseFormatT]: ...

        def __enter__(self) -> MessageStream[ResponseFormatT]: ...

        @property
        def current_message_snapshot(self) -> ParsedMessage[ResponseFormatT]: ...

        def get_final_message(self) -> ParsedMessage[ResponseFormatT]: ...

        def close(self) -> None: ...

        def until_done(self) -> None: ...

        def get_final_text(self) -> str: ...

    # unasync: end


class AsyncMessageStream(AsyncMessageStreamBase[ResponseFormatT]):
    # unasync: source stream
    """The events of a `client.messages.stream()` call, with the message accumulated.

    Iterate over it for every event (raw events plus the helper events: `text`,
    `input_json`, `thinking`, `signature`, `citation`), or over `text_stream` for just the
    text; `get_final_message()` and `get_final_text()` read the rest and return the result.
    """

    _flavor = MESSAGES_FLAVOR

    def __init__(
        self,
        raw_stream: AsyncStream[RawMessageStreamEvent],
        output_format: ResponseFormatT | NotGiven,
    ) -> None:
        super().__init__(raw_stream, output_format)

    if TYPE_CHECKING:

        def __aiter__(
            self,
        ) -> AsyncIterator[ParsedMessageStreamEvent[ResponseFormatT]]: ...

        async def __anext__(self) -> ParsedMessageStreamEvent[ResponseFormatT]: ...

        async def __aenter__(self) -> AsyncMessageStream[ResponseFormatT]: ...

        @property
        def current_message_snapshot(self) -> ParsedMessage[ResponseFormatT]: ...

        async def get_final_message(self) -> ParsedMessage[ResponseFormatT]: ...

        async def close(self) -> None: ...

        async def until_done(self) -> None: ...

        async def get_final_text(self) -> str: ...

    # unasync: end


class MessageStreamManager(SyncStreamManagerBase[ResponseFormatT]):
    """What `client.messages.stream()` returns: use it in a `with` block, which makes the
    request and gives the `MessageStream`."""

    _stream_class = MessageStream

    def __init__(
        self,
        api_request: Callable[[], Stream[RawMessageStreamEvent]],
        *,
        output_format: ResponseFormatT | NotGiven,
    ) -> None:
        super().__init__(api_request, output_format=output_format)

    if TYPE_CHECKING:

        def __enter__(self) -> MessageStream[ResponseFormatT]: ...


class AsyncMessageStreamManager(AsyncStreamManagerBase[ResponseFormatT]):
    """What the async `client.messages.stream()` returns: use it in an `async with` block,
    which makes the request and gives the `AsyncMessageStream`."""

    _stream_class = AsyncMessageStream

    def __init__(
        self,
        api_request: Union[
            Callable[[], Awaitable[AsyncStream[RawMessageStreamEvent]]], Awaitable[AsyncStream[RawMessageStreamEvent]]
        ],
        *,
        output_format: ResponseFormatT | NotGiven = NOT_GIVEN,
    ) -> None:
        super().__init__(api_request, output_format=output_format)

    if TYPE_CHECKING:

        async def __aenter__(self) -> AsyncMessageStream[ResponseFormatT]: ...
