"""`client.beta.messages.stream()`: BetaMessageStream, BetaAsyncMessageStream and their managers."""

from __future__ import annotations

# The sync stream is generated from the async one (python -m generator unasync).
# unasync: rename AsyncMessageStreamBase=SyncMessageStreamBase
from collections.abc import AsyncIterator, Awaitable, Iterator
from typing import TYPE_CHECKING, Callable, TypeVar, Union

from ..._types import NOT_GIVEN, NotGiven
from ...types.beta.parsed_beta_message import ParsedBetaMessage, ParsedBetaTextBlock
from ._accumulator import Flavor
from ._beta_types import (
    BetaCitationEvent,
    BetaCompactionEvent,
    BetaInputJsonEvent,
    BetaSignatureEvent,
    BetaThinkingEvent,
    ParsedBetaContentBlockStopEvent,
    ParsedBetaMessageStopEvent,
    ParsedBetaTextEvent,
)
from ._stream import (
    AsyncMessageStreamBase,
    AsyncStreamManagerBase,
    SyncMessageStreamBase,
    SyncStreamManagerBase,
)

if TYPE_CHECKING:
    from ..._streaming import AsyncStream, Stream
    from ...types.beta.beta_raw_message_stream_event import BetaRawMessageStreamEvent
    from ._beta_types import ParsedBetaMessageStreamEvent

__all__ = [
    "BetaMessageStream",
    "BetaAsyncMessageStream",
    "BetaMessageStreamManager",
    "BetaAsyncMessageStreamManager",
]

ResponseFormatT = TypeVar("ResponseFormatT")

BETA_MESSAGES_FLAVOR = Flavor(
    message=ParsedBetaMessage,
    text_block=ParsedBetaTextBlock,
    text_event=ParsedBetaTextEvent,
    citation_event=BetaCitationEvent,
    thinking_event=BetaThinkingEvent,
    signature_event=BetaSignatureEvent,
    input_json_event=BetaInputJsonEvent,
    compaction_event=BetaCompactionEvent,
    message_stop_event=ParsedBetaMessageStopEvent,
    block_stop_event=ParsedBetaContentBlockStopEvent,
)


class BetaMessageStream(SyncMessageStreamBase[ResponseFormatT]):
    # unasync: twin stream
    """The events of a `client.beta.messages.stream()` call, with the message accumulated.

    Iterate over it for every event (raw events plus the helper events: `text`,
    `input_json`, `thinking`, `signature`, `citation`), or over `text_stream` for just the
    text; `get_final_message()` and `get_final_text()` read the rest and return the result.
    """

    _flavor = BETA_MESSAGES_FLAVOR

    def __init__(
        self,
        raw_stream: Stream[BetaRawMessageStreamEvent],
        output_format: ResponseFormatT | NotGiven,
    ) -> None:
        super().__init__(raw_stream, output_format)

    if TYPE_CHECKING:

        def __iter__(
            self,
        ) -> Iterator[ParsedBetaMessageStreamEvent[ResponseFormatT]]: ...

        def __next__(self) -> ParsedBetaMessageStreamEvent[ResponseFormatT]: ...

        def __enter__(self) -> BetaMessageStream[ResponseFormatT]: ...

        @property
        def current_message_snapshot(self) -> ParsedBetaMessage[ResponseFormatT]: ...

        def get_final_message(self) -> ParsedBetaMessage[ResponseFormatT]: ...

        def close(self) -> None: ...

        def until_done(self) -> None: ...

        def get_final_text(self) -> str: ...

    # unasync: end


class BetaAsyncMessageStream(AsyncMessageStreamBase[ResponseFormatT]):
    # unasync: source stream
    """The events of a `client.beta.messages.stream()` call, with the message accumulated.

    Iterate over it for every event (raw events plus the helper events: `text`,
    `input_json`, `thinking`, `signature`, `citation`), or over `text_stream` for just the
    text; `get_final_message()` and `get_final_text()` read the rest and return the result.
    """

    _flavor = BETA_MESSAGES_FLAVOR

    def __init__(
        self,
        raw_stream: AsyncStream[BetaRawMessageStreamEvent],
        output_format: ResponseFormatT | NotGiven,
    ) -> None:
        super().__init__(raw_stream, output_format)

    if TYPE_CHECKING:

        def __aiter__(
            self,
        ) -> AsyncIterator[ParsedBetaMessageStreamEvent[ResponseFormatT]]: ...

        async def __anext__(self) -> ParsedBetaMessageStreamEvent[ResponseFormatT]: ...

        async def __aenter__(self) -> BetaAsyncMessageStream[ResponseFormatT]: ...

        @property
        def current_message_snapshot(self) -> ParsedBetaMessage[ResponseFormatT]: ...

        async def get_final_message(self) -> ParsedBetaMessage[ResponseFormatT]: ...

        async def close(self) -> None: ...

        async def until_done(self) -> None: ...

        async def get_final_text(self) -> str: ...

    # unasync: end


class BetaMessageStreamManager(SyncStreamManagerBase[ResponseFormatT]):
    """What `client.beta.messages.stream()` returns: use it in a `with` block, which makes the
    request and gives the `BetaMessageStream`."""

    _stream_class = BetaMessageStream

    def __init__(
        self,
        api_request: Callable[[], Stream[BetaRawMessageStreamEvent]],
        *,
        output_format: ResponseFormatT | NotGiven,
    ) -> None:
        super().__init__(api_request, output_format=output_format)

    if TYPE_CHECKING:

        def __enter__(self) -> BetaMessageStream[ResponseFormatT]: ...


class BetaAsyncMessageStreamManager(AsyncStreamManagerBase[ResponseFormatT]):
    """What the async `client.beta.messages.stream()` returns: use it in an `async with` block,
    which makes the request and gives the `BetaAsyncMessageStream`."""

    _stream_class = BetaAsyncMessageStream

    def __init__(
        self,
        api_request: Union[
            Callable[[], Awaitable[AsyncStream[BetaRawMessageStreamEvent]]],
            Awaitable[AsyncStream[BetaRawMessageStreamEvent]],
        ],
        *,
        output_format: ResponseFormatT | NotGiven = NOT_GIVEN,
    ) -> None:
        super().__init__(api_request, output_format=output_format)

    if TYPE_CHECKING:

        async def __aenter__(self) -> BetaAsyncMessageStream[ResponseFormatT]: ...
