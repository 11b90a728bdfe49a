from __future__ import annotations

from typing import TYPE_CHECKING, overload

import httpx
from typing_extensions import Literal

from .._compat import cached_property
from .._request import compact, joined_header, make_request_options, merge_headers
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._streaming import AsyncStream, Stream
from .._types import Body, Headers, NotGiven, Omit, Query, not_given, omit
from ..types.message import Message

if TYPE_CHECKING:
    from typing import Iterable, List

    from ..types.input_message_param import InputMessageParam
    from ..types.message_create_params import Metadata
    from ..types.message_stream_event import MessageStreamEvent

__all__ = ["Messages", "AsyncMessages"]


def _create_stream_cls() -> type[Stream[MessageStreamEvent]]:
    from ..types.message_stream_event import MessageStreamEvent

    return Stream[MessageStreamEvent]


def _create_async_stream_cls() -> type[AsyncStream[MessageStreamEvent]]:
    from ..types.message_stream_event import MessageStreamEvent

    return AsyncStream[MessageStreamEvent]


class Messages(SyncAPIResource):
    """Send conversations to a model."""

    @cached_property
    def with_raw_response(self) -> MessagesWithRawResponse:
        """Variant of this resource whose methods return the raw HTTP response (`.parse()` gives the object)."""
        return MessagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> MessagesWithStreamingResponse:
        """Variant of this resource whose methods return the response without reading its body."""
        return MessagesWithStreamingResponse(self)

    @overload
    def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[InputMessageParam],
        model: str,
        metadata: Metadata | Omit = omit,
        stream: Literal[False] | Omit = omit,
        temperature: float | Omit = omit,
        features: List[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Message: ...

    @overload
    def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[InputMessageParam],
        model: str,
        stream: Literal[True],
        metadata: Metadata | Omit = omit,
        temperature: float | Omit = omit,
        features: List[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Stream[MessageStreamEvent]: ...

    @overload
    def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[InputMessageParam],
        model: str,
        stream: bool,
        metadata: Metadata | Omit = omit,
        temperature: float | Omit = omit,
        features: List[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Message | Stream[MessageStreamEvent]: ...

    def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[InputMessageParam],
        model: str,
        metadata: Metadata | Omit = omit,
        stream: Literal[False] | Literal[True] | Omit = omit,
        temperature: float | Omit = omit,
        features: List[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Message | Stream[MessageStreamEvent]:
        """
        Send a conversation and read back the reply.

        Args:
          max_tokens: The most tokens to generate.
        """
        return self._post(
            "/v1/messages",
            body=compact(
                {
                    "max_tokens": max_tokens,
                    "messages": messages,
                    "model": model,
                    "metadata": metadata,
                    "stream": stream,
                    "temperature": temperature,
                }
            ),
            options=make_request_options(
                extra_headers=merge_headers(joined_header("golden-features", features, ()), extra_headers),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Message,
            stream=stream or False,
            stream_cls=_create_stream_cls() if stream else None,
        )


class AsyncMessages(AsyncAPIResource):
    """Send conversations to a model."""

    @cached_property
    def with_raw_response(self) -> AsyncMessagesWithRawResponse:
        """Variant of this resource whose methods return the raw HTTP response (`.parse()` gives the object)."""
        return AsyncMessagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncMessagesWithStreamingResponse:
        """Variant of this resource whose methods return the response without reading its body."""
        return AsyncMessagesWithStreamingResponse(self)

    @overload
    async def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[InputMessageParam],
        model: str,
        metadata: Metadata | Omit = omit,
        stream: Literal[False] | Omit = omit,
        temperature: float | Omit = omit,
        features: List[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Message: ...

    @overload
    async def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[InputMessageParam],
        model: str,
        stream: Literal[True],
        metadata: Metadata | Omit = omit,
        temperature: float | Omit = omit,
        features: List[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncStream[MessageStreamEvent]: ...

    @overload
    async def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[InputMessageParam],
        model: str,
        stream: bool,
        metadata: Metadata | Omit = omit,
        temperature: float | Omit = omit,
        features: List[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Message | AsyncStream[MessageStreamEvent]: ...

    async def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[InputMessageParam],
        model: str,
        metadata: Metadata | Omit = omit,
        stream: Literal[False] | Literal[True] | Omit = omit,
        temperature: float | Omit = omit,
        features: List[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Message | AsyncStream[MessageStreamEvent]:
        """
        Send a conversation and read back the reply.

        Args:
          max_tokens: The most tokens to generate.
        """
        return await self._post(
            "/v1/messages",
            body=compact(
                {
                    "max_tokens": max_tokens,
                    "messages": messages,
                    "model": model,
                    "metadata": metadata,
                    "stream": stream,
                    "temperature": temperature,
                }
            ),
            options=make_request_options(
                extra_headers=merge_headers(joined_header("golden-features", features, ()), extra_headers),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Message,
            stream=stream or False,
            stream_cls=_create_async_stream_cls() if stream else None,
        )


class MessagesWithRawResponse:
    def __init__(self, messages: Messages) -> None:
        self._messages = messages
        self.create = to_raw_response_wrapper(messages.create)


class MessagesWithStreamingResponse:
    def __init__(self, messages: Messages) -> None:
        self._messages = messages
        self.create = to_streamed_response_wrapper(messages.create)


class AsyncMessagesWithRawResponse:
    def __init__(self, messages: AsyncMessages) -> None:
        self._messages = messages
        self.create = async_to_raw_response_wrapper(messages.create)


class AsyncMessagesWithStreamingResponse:
    def __init__(self, messages: AsyncMessages) -> None:
        self._messages = messages
        self.create = async_to_streamed_response_wrapper(messages.create)
