from __future__ import annotations

from typing import TYPE_CHECKING, overload

import httpx
from typing_extensions import Literal

from ...._compat import cached_property
from ...._request import compact, joined_header, make_request_options, merge_headers
from ...._resource import AsyncAPIResource, SyncAPIResource
from ...._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ...._streaming import AsyncStream, Stream
from ...._types import Body, Headers, NotGiven, Omit, Query, not_given, omit
from ....lib._helpers.beta_messages import AsyncBetaMessagesHelpers, BetaMessagesHelpers
from ....lib._helpers.request_hooks import (
    move_deprecated_output_format,
    move_deprecated_output_format_dict,
    require_streaming_for_long_requests,
    warn_deprecated_model,
)
from ....types.beta.beta_message import BetaMessage
from ....types.beta.beta_message_tokens_count import BetaMessageTokensCount

if TYPE_CHECKING:
    from typing import Iterable, List, Optional, Union

    from typing_extensions import Literal

    from ...._types import SequenceNotStr
    from ....types.anthropic_beta_param import AnthropicBetaParam
    from ....types.beta.beta_context_management_config_param import BetaContextManagementConfigParam
    from ....types.beta.beta_json_output_format_param import BetaJSONOutputFormatParam
    from ....types.beta.beta_message_param import BetaMessageParam
    from ....types.beta.beta_metadata_param import BetaMetadataParam
    from ....types.beta.beta_output_config_param import BetaOutputConfigParam
    from ....types.beta.beta_raw_message_stream_event import BetaRawMessageStreamEvent
    from ....types.beta.beta_request_mcp_server_url_definition_param import BetaRequestMCPServerURLDefinitionParam
    from ....types.beta.beta_text_block_param import BetaTextBlockParam
    from ....types.beta.beta_thinking_config_param import BetaThinkingConfigParam
    from ....types.beta.beta_tool_choice_param import BetaToolChoiceParam
    from ....types.beta.beta_tool_union_param import BetaToolUnionParam
    from ....types.beta.message_count_tokens_params import Tool
    from ....types.beta.message_create_params import Container
    from ....types.model_param import ModelParam
    from .batches import (
        AsyncBatches,
        AsyncBatchesWithRawResponse,
        AsyncBatchesWithStreamingResponse,
        Batches,
        BatchesWithRawResponse,
        BatchesWithStreamingResponse,
    )

__all__ = ["Messages", "AsyncMessages"]

DEPRECATED_MODELS = {
    "claude-1.3": "November 6th, 2024",
    "claude-1.3-100k": "November 6th, 2024",
    "claude-instant-1.1": "November 6th, 2024",
    "claude-instant-1.1-100k": "November 6th, 2024",
    "claude-instant-1.2": "November 6th, 2024",
    "claude-3-sonnet-20240229": "July 21st, 2025",
    "claude-3-opus-20240229": "January 5th, 2026",
    "claude-2.1": "July 21st, 2025",
    "claude-2.0": "July 21st, 2025",
    "claude-3-7-sonnet-latest": "February 19th, 2026",
    "claude-3-7-sonnet-20250219": "February 19th, 2026",
    "claude-3-5-haiku-latest": "February 19th, 2026",
    "claude-3-5-haiku-20241022": "February 19th, 2026",
}


def _create_stream_cls() -> type[Stream[BetaRawMessageStreamEvent]]:
    from ....types.beta.beta_raw_message_stream_event import BetaRawMessageStreamEvent

    return Stream[BetaRawMessageStreamEvent]


def _create_async_stream_cls() -> type[AsyncStream[BetaRawMessageStreamEvent]]:
    from ....types.beta.beta_raw_message_stream_event import BetaRawMessageStreamEvent

    return AsyncStream[BetaRawMessageStreamEvent]


class Messages(BetaMessagesHelpers, SyncAPIResource):
    """The Messages API with beta features (context management, MCP servers, skills, ...)."""

    @cached_property
    def batches(self) -> Batches:
        from .batches import Batches

        return Batches(self._client)

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
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        container: Optional[Container] | Omit = omit,
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        inference_geo: Optional[str] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        metadata: BetaMetadataParam | Omit = omit,
        output_config: BetaOutputConfigParam | Omit = omit,
        output_format: Optional[BetaJSONOutputFormatParam] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        speed: Optional[Literal["standard", "fast"]] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        stream: Literal[False] | Omit = omit,
        system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        thinking: BetaThinkingConfigParam | Omit = omit,
        tool_choice: BetaToolChoiceParam | Omit = omit,
        tools: Iterable[BetaToolUnionParam] | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaMessage: ...

    @overload
    def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        stream: Literal[True],
        container: Optional[Container] | Omit = omit,
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        inference_geo: Optional[str] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        metadata: BetaMetadataParam | Omit = omit,
        output_config: BetaOutputConfigParam | Omit = omit,
        output_format: Optional[BetaJSONOutputFormatParam] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        speed: Optional[Literal["standard", "fast"]] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        thinking: BetaThinkingConfigParam | Omit = omit,
        tool_choice: BetaToolChoiceParam | Omit = omit,
        tools: Iterable[BetaToolUnionParam] | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Stream[BetaRawMessageStreamEvent]: ...

    @overload
    def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        stream: bool,
        container: Optional[Container] | Omit = omit,
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        inference_geo: Optional[str] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        metadata: BetaMetadataParam | Omit = omit,
        output_config: BetaOutputConfigParam | Omit = omit,
        output_format: Optional[BetaJSONOutputFormatParam] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        speed: Optional[Literal["standard", "fast"]] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        thinking: BetaThinkingConfigParam | Omit = omit,
        tool_choice: BetaToolChoiceParam | Omit = omit,
        tools: Iterable[BetaToolUnionParam] | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaMessage | Stream[BetaRawMessageStreamEvent]: ...

    def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        container: Optional[Container] | Omit = omit,
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        inference_geo: Optional[str] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        metadata: BetaMetadataParam | Omit = omit,
        output_config: BetaOutputConfigParam | Omit = omit,
        output_format: Optional[BetaJSONOutputFormatParam] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        speed: Optional[Literal["standard", "fast"]] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        stream: Literal[False] | Literal[True] | Omit = omit,
        system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        thinking: BetaThinkingConfigParam | Omit = omit,
        tool_choice: BetaToolChoiceParam | Omit = omit,
        tools: Iterable[BetaToolUnionParam] | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaMessage | Stream[BetaRawMessageStreamEvent]:
        """
        Send a conversation to a model and get its next message back. The reply can contain text,
        thinking and tool calls; set `stream` to receive it piece by piece as server-sent events.

        Args:
          max_tokens: The most tokens the model may generate in its reply. It may stop sooner; if it
            reaches the limit, `stop_reason` is `max_tokens`. The highest allowed value depends on
            the model.
          messages: The conversation so far: alternating `user` and `assistant` turns (consecutive
            turns with the same role are merged). The model writes the next turn; if the last
            message is from the assistant, the reply continues that text, which lets you pre-fill
            the start of the answer. There is no system role: use `system`.
          model: The model that generates the reply, given by ID or alias (for example
            `claude-sonnet-4-5`). Models differ in capability, speed and price.
          container: Container for server-side tools such as code execution: the ID of one to reuse
            from an earlier request, or settings (including skills to load) for a new one.
          context_management: Rules for automatically clearing or compacting old context, such as
            tool results and thinking blocks, as the conversation grows.
          inference_geo: Geographic region in which to run inference; when unset, the workspace's
            default region is used.
          mcp_servers: Remote MCP servers whose tools the model may use during this request.
          metadata: Information about the request itself, such as an ID for your end user.
          output_config: Output settings, such as an effort level or a JSON schema the answer must
            follow.
          output_format: Deprecated; use `output_config.format`. A JSON schema the model's answer
            must follow.
          service_tier: Capacity to use: `auto` uses priority capacity when it is available to you
            and standard capacity otherwise; `standard_only` always uses standard capacity.
          speed: Inference speed mode; `fast` asks for a higher output rate.
          stop_sequences: Extra strings that end generation when the model produces one; the
            response then has `stop_reason` `stop_sequence` and names the string in `stop_sequence`.
          stream: If true, the response is sent incrementally as server-sent events while it is
            generated, instead of as a single object at the end.
          system: System prompt: instructions and context for the model, such as a role to play or
            rules to follow, kept apart from the conversation turns. A string or a list of text
            blocks.
          temperature: Sampling randomness from 0.0 to 1.0 (default 1.0): lower values suit
            analytical answers, higher values creative ones. Even 0.0 is not fully deterministic.
          thinking: Extended thinking: give the model a token budget to reason in `thinking` blocks
            before answering, let it decide how much to think (`adaptive`), or turn it off. Thinking
            tokens count towards `max_tokens`.
          tool_choice: Whether and how the model must use the tools: let it decide (`auto`), require
            some tool (`any`), require one named tool (`tool`), or forbid tools (`none`).
          tools: Tools the model may use. For tools you define, the model answers with `tool_use`
            blocks; you run the tool and send the outcome back in a `tool_result` block of the next
            user message. Server tools, such as web search, are run by Anthropic.
          top_k: Sample each token only from the K most likely options. For advanced use; adjusting
            `temperature` is usually enough.
          top_p: Nucleus sampling: sample each token only from the most likely options whose
            probabilities add up to `top_p`. For advanced use; change this or `temperature`, not
            both.
          betas: Beta features to switch on for this request, sent as the `anthropic-beta` header
            (several values are joined with commas).
        """
        timeout = warn_deprecated_model(self._client, timeout, model=model, table=DEPRECATED_MODELS)
        timeout = require_streaming_for_long_requests(
            self._client, timeout, model=model, max_tokens=max_tokens, stream=stream
        )
        return self._post(
            "/v1/messages?beta=true",
            body=move_deprecated_output_format_dict(
                compact(
                    {
                        "max_tokens": max_tokens,
                        "messages": messages,
                        "model": model,
                        "container": container,
                        "context_management": context_management,
                        "inference_geo": inference_geo,
                        "mcp_servers": mcp_servers,
                        "metadata": metadata,
                        "output_config": output_config,
                        "output_format": output_format,
                        "service_tier": service_tier,
                        "speed": speed,
                        "stop_sequences": stop_sequences,
                        "stream": stream,
                        "system": system,
                        "temperature": temperature,
                        "thinking": thinking,
                        "tool_choice": tool_choice,
                        "tools": tools,
                        "top_k": top_k,
                        "top_p": top_p,
                    }
                )
            ),
            options=make_request_options(
                extra_headers=merge_headers(joined_header("anthropic-beta", betas, ()), extra_headers),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=BetaMessage,
            stream=stream or False,
            stream_cls=_create_stream_cls() if stream else None,
        )

    def count_tokens(
        self,
        *,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        output_config: BetaOutputConfigParam | Omit = omit,
        output_format: Optional[BetaJSONOutputFormatParam] | Omit = omit,
        speed: Optional[Literal["standard", "fast"]] | Omit = omit,
        system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
        thinking: BetaThinkingConfigParam | Omit = omit,
        tool_choice: BetaToolChoiceParam | Omit = omit,
        tools: Iterable[Tool] | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaMessageTokensCount:
        """
        Count the input tokens a Messages request would use, including its system prompt, tools,
        images and documents, without running the model.

        Args:
          messages: The conversation so far: alternating `user` and `assistant` turns (consecutive
            turns with the same role are merged). The model writes the next turn; if the last
            message is from the assistant, the reply continues that text, which lets you pre-fill
            the start of the answer. There is no system role: use `system`.
          model: The model that generates the reply, given by ID or alias (for example
            `claude-sonnet-4-5`). Models differ in capability, speed and price.
          context_management: Rules for automatically clearing or compacting old context, such as
            tool results and thinking blocks, as the conversation grows.
          mcp_servers: Remote MCP servers whose tools the model may use during this request.
          output_config: Output settings, such as an effort level or a JSON schema the answer must
            follow.
          output_format: Deprecated; use `output_config.format`. A JSON schema the model's answer
            must follow.
          speed: Inference speed mode; `fast` asks for a higher output rate.
          system: System prompt: instructions and context for the model, such as a role to play or
            rules to follow, kept apart from the conversation turns. A string or a list of text
            blocks.
          thinking: Extended thinking: give the model a token budget to reason in `thinking` blocks
            before answering, let it decide how much to think (`adaptive`), or turn it off. Thinking
            tokens count towards `max_tokens`.
          tool_choice: Whether and how the model must use the tools: let it decide (`auto`), require
            some tool (`any`), require one named tool (`tool`), or forbid tools (`none`).
          tools: Tools the model may use. For tools you define, the model answers with `tool_use`
            blocks; you run the tool and send the outcome back in a `tool_result` block of the next
            user message. Server tools, such as web search, are run by Anthropic.
          betas: Beta features to switch on for this request, sent as the `anthropic-beta` header
            (several values are joined with commas).
        """
        return self._post(
            "/v1/messages/count_tokens?beta=true",
            body=move_deprecated_output_format(
                compact(
                    {
                        "messages": messages,
                        "model": model,
                        "context_management": context_management,
                        "mcp_servers": mcp_servers,
                        "output_config": output_config,
                        "output_format": output_format,
                        "speed": speed,
                        "system": system,
                        "thinking": thinking,
                        "tool_choice": tool_choice,
                        "tools": tools,
                    }
                )
            ),
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("token-counting-2024-11-01",)), extra_headers
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=BetaMessageTokensCount,
        )


class AsyncMessages(AsyncBetaMessagesHelpers, AsyncAPIResource):
    """The Messages API with beta features (context management, MCP servers, skills, ...)."""

    @cached_property
    def batches(self) -> AsyncBatches:
        from .batches import AsyncBatches

        return AsyncBatches(self._client)

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
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        container: Optional[Container] | Omit = omit,
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        inference_geo: Optional[str] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        metadata: BetaMetadataParam | Omit = omit,
        output_config: BetaOutputConfigParam | Omit = omit,
        output_format: Optional[BetaJSONOutputFormatParam] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        speed: Optional[Literal["standard", "fast"]] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        stream: Literal[False] | Omit = omit,
        system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        thinking: BetaThinkingConfigParam | Omit = omit,
        tool_choice: BetaToolChoiceParam | Omit = omit,
        tools: Iterable[BetaToolUnionParam] | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaMessage: ...

    @overload
    async def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        stream: Literal[True],
        container: Optional[Container] | Omit = omit,
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        inference_geo: Optional[str] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        metadata: BetaMetadataParam | Omit = omit,
        output_config: BetaOutputConfigParam | Omit = omit,
        output_format: Optional[BetaJSONOutputFormatParam] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        speed: Optional[Literal["standard", "fast"]] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        thinking: BetaThinkingConfigParam | Omit = omit,
        tool_choice: BetaToolChoiceParam | Omit = omit,
        tools: Iterable[BetaToolUnionParam] | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncStream[BetaRawMessageStreamEvent]: ...

    @overload
    async def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        stream: bool,
        container: Optional[Container] | Omit = omit,
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        inference_geo: Optional[str] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        metadata: BetaMetadataParam | Omit = omit,
        output_config: BetaOutputConfigParam | Omit = omit,
        output_format: Optional[BetaJSONOutputFormatParam] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        speed: Optional[Literal["standard", "fast"]] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        thinking: BetaThinkingConfigParam | Omit = omit,
        tool_choice: BetaToolChoiceParam | Omit = omit,
        tools: Iterable[BetaToolUnionParam] | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaMessage | AsyncStream[BetaRawMessageStreamEvent]: ...

    async def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        container: Optional[Container] | Omit = omit,
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        inference_geo: Optional[str] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        metadata: BetaMetadataParam | Omit = omit,
        output_config: BetaOutputConfigParam | Omit = omit,
        output_format: Optional[BetaJSONOutputFormatParam] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        speed: Optional[Literal["standard", "fast"]] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        stream: Literal[False] | Literal[True] | Omit = omit,
        system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        thinking: BetaThinkingConfigParam | Omit = omit,
        tool_choice: BetaToolChoiceParam | Omit = omit,
        tools: Iterable[BetaToolUnionParam] | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaMessage | AsyncStream[BetaRawMessageStreamEvent]:
        """
        Send a conversation to a model and get its next message back. The reply can contain text,
        thinking and tool calls; set `stream` to receive it piece by piece as server-sent events.

        Args:
          max_tokens: The most tokens the model may generate in its reply. It may stop sooner; if it
            reaches the limit, `stop_reason` is `max_tokens`. The highest allowed value depends on
            the model.
          messages: The conversation so far: alternating `user` and `assistant` turns (consecutive
            turns with the same role are merged). The model writes the next turn; if the last
            message is from the assistant, the reply continues that text, which lets you pre-fill
            the start of the answer. There is no system role: use `system`.
          model: The model that generates the reply, given by ID or alias (for example
            `claude-sonnet-4-5`). Models differ in capability, speed and price.
          container: Container for server-side tools such as code execution: the ID of one to reuse
            from an earlier request, or settings (including skills to load) for a new one.
          context_management: Rules for automatically clearing or compacting old context, such as
            tool results and thinking blocks, as the conversation grows.
          inference_geo: Geographic region in which to run inference; when unset, the workspace's
            default region is used.
          mcp_servers: Remote MCP servers whose tools the model may use during this request.
          metadata: Information about the request itself, such as an ID for your end user.
          output_config: Output settings, such as an effort level or a JSON schema the answer must
            follow.
          output_format: Deprecated; use `output_config.format`. A JSON schema the model's answer
            must follow.
          service_tier: Capacity to use: `auto` uses priority capacity when it is available to you
            and standard capacity otherwise; `standard_only` always uses standard capacity.
          speed: Inference speed mode; `fast` asks for a higher output rate.
          stop_sequences: Extra strings that end generation when the model produces one; the
            response then has `stop_reason` `stop_sequence` and names the string in `stop_sequence`.
          stream: If true, the response is sent incrementally as server-sent events while it is
            generated, instead of as a single object at the end.
          system: System prompt: instructions and context for the model, such as a role to play or
            rules to follow, kept apart from the conversation turns. A string or a list of text
            blocks.
          temperature: Sampling randomness from 0.0 to 1.0 (default 1.0): lower values suit
            analytical answers, higher values creative ones. Even 0.0 is not fully deterministic.
          thinking: Extended thinking: give the model a token budget to reason in `thinking` blocks
            before answering, let it decide how much to think (`adaptive`), or turn it off. Thinking
            tokens count towards `max_tokens`.
          tool_choice: Whether and how the model must use the tools: let it decide (`auto`), require
            some tool (`any`), require one named tool (`tool`), or forbid tools (`none`).
          tools: Tools the model may use. For tools you define, the model answers with `tool_use`
            blocks; you run the tool and send the outcome back in a `tool_result` block of the next
            user message. Server tools, such as web search, are run by Anthropic.
          top_k: Sample each token only from the K most likely options. For advanced use; adjusting
            `temperature` is usually enough.
          top_p: Nucleus sampling: sample each token only from the most likely options whose
            probabilities add up to `top_p`. For advanced use; change this or `temperature`, not
            both.
          betas: Beta features to switch on for this request, sent as the `anthropic-beta` header
            (several values are joined with commas).
        """
        timeout = warn_deprecated_model(self._client, timeout, model=model, table=DEPRECATED_MODELS)
        timeout = require_streaming_for_long_requests(
            self._client, timeout, model=model, max_tokens=max_tokens, stream=stream
        )
        return await self._post(
            "/v1/messages?beta=true",
            body=move_deprecated_output_format_dict(
                compact(
                    {
                        "max_tokens": max_tokens,
                        "messages": messages,
                        "model": model,
                        "container": container,
                        "context_management": context_management,
                        "inference_geo": inference_geo,
                        "mcp_servers": mcp_servers,
                        "metadata": metadata,
                        "output_config": output_config,
                        "output_format": output_format,
                        "service_tier": service_tier,
                        "speed": speed,
                        "stop_sequences": stop_sequences,
                        "stream": stream,
                        "system": system,
                        "temperature": temperature,
                        "thinking": thinking,
                        "tool_choice": tool_choice,
                        "tools": tools,
                        "top_k": top_k,
                        "top_p": top_p,
                    }
                )
            ),
            options=make_request_options(
                extra_headers=merge_headers(joined_header("anthropic-beta", betas, ()), extra_headers),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=BetaMessage,
            stream=stream or False,
            stream_cls=_create_async_stream_cls() if stream else None,
        )

    async def count_tokens(
        self,
        *,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        output_config: BetaOutputConfigParam | Omit = omit,
        output_format: Optional[BetaJSONOutputFormatParam] | Omit = omit,
        speed: Optional[Literal["standard", "fast"]] | Omit = omit,
        system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
        thinking: BetaThinkingConfigParam | Omit = omit,
        tool_choice: BetaToolChoiceParam | Omit = omit,
        tools: Iterable[Tool] | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaMessageTokensCount:
        """
        Count the input tokens a Messages request would use, including its system prompt, tools,
        images and documents, without running the model.

        Args:
          messages: The conversation so far: alternating `user` and `assistant` turns (consecutive
            turns with the same role are merged). The model writes the next turn; if the last
            message is from the assistant, the reply continues that text, which lets you pre-fill
            the start of the answer. There is no system role: use `system`.
          model: The model that generates the reply, given by ID or alias (for example
            `claude-sonnet-4-5`). Models differ in capability, speed and price.
          context_management: Rules for automatically clearing or compacting old context, such as
            tool results and thinking blocks, as the conversation grows.
          mcp_servers: Remote MCP servers whose tools the model may use during this request.
          output_config: Output settings, such as an effort level or a JSON schema the answer must
            follow.
          output_format: Deprecated; use `output_config.format`. A JSON schema the model's answer
            must follow.
          speed: Inference speed mode; `fast` asks for a higher output rate.
          system: System prompt: instructions and context for the model, such as a role to play or
            rules to follow, kept apart from the conversation turns. A string or a list of text
            blocks.
          thinking: Extended thinking: give the model a token budget to reason in `thinking` blocks
            before answering, let it decide how much to think (`adaptive`), or turn it off. Thinking
            tokens count towards `max_tokens`.
          tool_choice: Whether and how the model must use the tools: let it decide (`auto`), require
            some tool (`any`), require one named tool (`tool`), or forbid tools (`none`).
          tools: Tools the model may use. For tools you define, the model answers with `tool_use`
            blocks; you run the tool and send the outcome back in a `tool_result` block of the next
            user message. Server tools, such as web search, are run by Anthropic.
          betas: Beta features to switch on for this request, sent as the `anthropic-beta` header
            (several values are joined with commas).
        """
        return await self._post(
            "/v1/messages/count_tokens?beta=true",
            body=move_deprecated_output_format(
                compact(
                    {
                        "messages": messages,
                        "model": model,
                        "context_management": context_management,
                        "mcp_servers": mcp_servers,
                        "output_config": output_config,
                        "output_format": output_format,
                        "speed": speed,
                        "system": system,
                        "thinking": thinking,
                        "tool_choice": tool_choice,
                        "tools": tools,
                    }
                )
            ),
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("token-counting-2024-11-01",)), extra_headers
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=BetaMessageTokensCount,
        )


class MessagesWithRawResponse:
    def __init__(self, messages: Messages) -> None:
        self._messages = messages
        self.create = to_raw_response_wrapper(messages.create)
        self.count_tokens = to_raw_response_wrapper(messages.count_tokens)

    @cached_property
    def batches(self) -> BatchesWithRawResponse:
        from .batches import BatchesWithRawResponse

        return BatchesWithRawResponse(self._messages.batches)


class MessagesWithStreamingResponse:
    def __init__(self, messages: Messages) -> None:
        self._messages = messages
        self.create = to_streamed_response_wrapper(messages.create)
        self.count_tokens = to_streamed_response_wrapper(messages.count_tokens)

    @cached_property
    def batches(self) -> BatchesWithStreamingResponse:
        from .batches import BatchesWithStreamingResponse

        return BatchesWithStreamingResponse(self._messages.batches)


class AsyncMessagesWithRawResponse:
    def __init__(self, messages: AsyncMessages) -> None:
        self._messages = messages
        self.create = async_to_raw_response_wrapper(messages.create)
        self.count_tokens = async_to_raw_response_wrapper(messages.count_tokens)

    @cached_property
    def batches(self) -> AsyncBatchesWithRawResponse:
        from .batches import AsyncBatchesWithRawResponse

        return AsyncBatchesWithRawResponse(self._messages.batches)


class AsyncMessagesWithStreamingResponse:
    def __init__(self, messages: AsyncMessages) -> None:
        self._messages = messages
        self.create = async_to_streamed_response_wrapper(messages.create)
        self.count_tokens = async_to_streamed_response_wrapper(messages.count_tokens)

    @cached_property
    def batches(self) -> AsyncBatchesWithStreamingResponse:
        from .batches import AsyncBatchesWithStreamingResponse

        return AsyncBatchesWithStreamingResponse(self._messages.batches)
