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
from ..types.completion import Completion

if TYPE_CHECKING:
    from typing import List

    from .._types import SequenceNotStr
    from ..types.anthropic_beta_param import AnthropicBetaParam
    from ..types.completion import Completion
    from ..types.metadata_param import MetadataParam
    from ..types.model_param import ModelParam

__all__ = ["Completions", "AsyncCompletions"]


def _create_stream_cls() -> type[Stream[Completion]]:
    from ..types.completion import Completion

    return Stream[Completion]


def _create_async_stream_cls() -> type[AsyncStream[Completion]]:
    from ..types.completion import Completion

    return AsyncStream[Completion]


class Completions(SyncAPIResource):
    """The legacy Text Completions API; prefer `messages` for new code."""

    @cached_property
    def with_raw_response(self) -> CompletionsWithRawResponse:
        """Variant of this resource whose methods return the raw HTTP response (`.parse()` gives the object)."""
        return CompletionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> CompletionsWithStreamingResponse:
        """Variant of this resource whose methods return the response without reading its body."""
        return CompletionsWithStreamingResponse(self)

    @overload
    def create(
        self,
        *,
        max_tokens_to_sample: int,
        model: ModelParam,
        prompt: str,
        metadata: MetadataParam | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        stream: Literal[False] | Omit = omit,
        temperature: float | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Completion: ...

    @overload
    def create(
        self,
        *,
        max_tokens_to_sample: int,
        model: ModelParam,
        prompt: str,
        stream: Literal[True],
        metadata: MetadataParam | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        temperature: float | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Stream[Completion]: ...

    @overload
    def create(
        self,
        *,
        max_tokens_to_sample: int,
        model: ModelParam,
        prompt: str,
        stream: bool,
        metadata: MetadataParam | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        temperature: float | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Completion | Stream[Completion]: ...

    def create(
        self,
        *,
        max_tokens_to_sample: int,
        model: ModelParam,
        prompt: str,
        metadata: MetadataParam | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        stream: Literal[False] | Literal[True] | Omit = omit,
        temperature: float | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Completion | Stream[Completion]:
        """
        Legacy Text Completions: continue a prompt written as alternating `Human:` and `Assistant:`
        turns. New code should use the Messages API, which newer models and features require.

        Args:
          max_tokens_to_sample: The most tokens the model may generate; it may stop sooner.
          model: The model that generates the reply, given by ID or alias (for example
            `claude-sonnet-4-5`). Models differ in capability, speed and price.
          prompt: The text to continue: alternating `Human:` and `Assistant:` turns, each preceded
            by two newlines, ending with an empty `Assistant:` turn for the model to fill in.
          metadata: Information about the request itself, such as an ID for your end user.
          stop_sequences: Extra strings that end generation, in addition to the built-in stop at the
            start of a new `Human:` turn.
          stream: If true, the response is sent incrementally as server-sent events while it is
            generated, instead of as a single object at the end.
          temperature: Sampling randomness from 0.0 to 1.0 (default 1.0): lower values suit
            analytical answers, higher values creative ones. Even 0.0 is not fully deterministic.
          top_k: Sample each token only from the K most likely options. For advanced use; adjusting
            `temperature` is usually enough.
          top_p: Nucleus sampling: sample each token only from the most likely options whose
            probabilities add up to `top_p`. For advanced use; change this or `temperature`, not
            both.
          betas: Beta features to switch on for this request, sent as the `anthropic-beta` header
            (several values are joined with commas).
        """
        return self._post(
            "/v1/complete",
            body=compact(
                {
                    "max_tokens_to_sample": max_tokens_to_sample,
                    "model": model,
                    "prompt": prompt,
                    "metadata": metadata,
                    "stop_sequences": stop_sequences,
                    "stream": stream,
                    "temperature": temperature,
                    "top_k": top_k,
                    "top_p": top_p,
                }
            ),
            options=make_request_options(
                extra_headers=merge_headers(joined_header("anthropic-beta", betas, ()), extra_headers),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Completion,
            stream=stream or False,
            stream_cls=_create_stream_cls() if stream else None,
        )


class AsyncCompletions(AsyncAPIResource):
    """The legacy Text Completions API; prefer `messages` for new code."""

    @cached_property
    def with_raw_response(self) -> AsyncCompletionsWithRawResponse:
        """Variant of this resource whose methods return the raw HTTP response (`.parse()` gives the object)."""
        return AsyncCompletionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncCompletionsWithStreamingResponse:
        """Variant of this resource whose methods return the response without reading its body."""
        return AsyncCompletionsWithStreamingResponse(self)

    @overload
    async def create(
        self,
        *,
        max_tokens_to_sample: int,
        model: ModelParam,
        prompt: str,
        metadata: MetadataParam | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        stream: Literal[False] | Omit = omit,
        temperature: float | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Completion: ...

    @overload
    async def create(
        self,
        *,
        max_tokens_to_sample: int,
        model: ModelParam,
        prompt: str,
        stream: Literal[True],
        metadata: MetadataParam | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        temperature: float | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncStream[Completion]: ...

    @overload
    async def create(
        self,
        *,
        max_tokens_to_sample: int,
        model: ModelParam,
        prompt: str,
        stream: bool,
        metadata: MetadataParam | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        temperature: float | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Completion | AsyncStream[Completion]: ...

    async def create(
        self,
        *,
        max_tokens_to_sample: int,
        model: ModelParam,
        prompt: str,
        metadata: MetadataParam | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        stream: Literal[False] | Literal[True] | Omit = omit,
        temperature: float | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Completion | AsyncStream[Completion]:
        """
        Legacy Text Completions: continue a prompt written as alternating `Human:` and `Assistant:`
        turns. New code should use the Messages API, which newer models and features require.

        Args:
          max_tokens_to_sample: The most tokens the model may generate; it may stop sooner.
          model: The model that generates the reply, given by ID or alias (for example
            `claude-sonnet-4-5`). Models differ in capability, speed and price.
          prompt: The text to continue: alternating `Human:` and `Assistant:` turns, each preceded
            by two newlines, ending with an empty `Assistant:` turn for the model to fill in.
          metadata: Information about the request itself, such as an ID for your end user.
          stop_sequences: Extra strings that end generation, in addition to the built-in stop at the
            start of a new `Human:` turn.
          stream: If true, the response is sent incrementally as server-sent events while it is
            generated, instead of as a single object at the end.
          temperature: Sampling randomness from 0.0 to 1.0 (default 1.0): lower values suit
            analytical answers, higher values creative ones. Even 0.0 is not fully deterministic.
          top_k: Sample each token only from the K most likely options. For advanced use; adjusting
            `temperature` is usually enough.
          top_p: Nucleus sampling: sample each token only from the most likely options whose
            probabilities add up to `top_p`. For advanced use; change this or `temperature`, not
            both.
          betas: Beta features to switch on for this request, sent as the `anthropic-beta` header
            (several values are joined with commas).
        """
        return await self._post(
            "/v1/complete",
            body=compact(
                {
                    "max_tokens_to_sample": max_tokens_to_sample,
                    "model": model,
                    "prompt": prompt,
                    "metadata": metadata,
                    "stop_sequences": stop_sequences,
                    "stream": stream,
                    "temperature": temperature,
                    "top_k": top_k,
                    "top_p": top_p,
                }
            ),
            options=make_request_options(
                extra_headers=merge_headers(joined_header("anthropic-beta", betas, ()), extra_headers),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Completion,
            stream=stream or False,
            stream_cls=_create_async_stream_cls() if stream else None,
        )


class CompletionsWithRawResponse:
    def __init__(self, completions: Completions) -> None:
        self._completions = completions
        self.create = to_raw_response_wrapper(completions.create)


class CompletionsWithStreamingResponse:
    def __init__(self, completions: Completions) -> None:
        self._completions = completions
        self.create = to_streamed_response_wrapper(completions.create)


class AsyncCompletionsWithRawResponse:
    def __init__(self, completions: AsyncCompletions) -> None:
        self._completions = completions
        self.create = async_to_raw_response_wrapper(completions.create)


class AsyncCompletionsWithStreamingResponse:
    def __init__(self, completions: AsyncCompletions) -> None:
        self._completions = completions
        self.create = async_to_streamed_response_wrapper(completions.create)
