from __future__ import annotations

from typing import TYPE_CHECKING, Union, overload

import httpx
from typing_extensions import Annotated, Literal

from ..._compat import cached_property
from ..._constants import MODEL_NONSTREAMING_TOKENS
from ..._models import Discriminator
from ..._request import compact, make_request_options, warn_if_deprecated_model
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ..._streaming import AsyncStream, Stream
from ..._types import Body, Headers, NotGiven, Omit, Query, not_given, omit
from ...lib._helpers.messages import AsyncMessagesHelpers, MessagesHelpers
from ...types.content_block_delta_event import ContentBlockDeltaEvent
from ...types.content_block_start_event import ContentBlockStartEvent
from ...types.content_block_stop_event import ContentBlockStopEvent
from ...types.count_message_tokens_response import CountMessageTokensResponse
from ...types.message import Message
from ...types.message_delta_event import MessageDeltaEvent
from ...types.message_start_event import MessageStartEvent
from ...types.message_stop_event import MessageStopEvent

if TYPE_CHECKING:
    from typing import Iterable, Optional, Union

    from typing_extensions import Annotated, Literal

    from ..._models import Discriminator
    from ..._types import SequenceNotStr
    from ...types.bash_tool20250124_param import BashTool20250124Param
    from ...types.content_block_delta_event import ContentBlockDeltaEvent
    from ...types.content_block_start_event import ContentBlockStartEvent
    from ...types.content_block_stop_event import ContentBlockStopEvent
    from ...types.input_message_param import InputMessageParam
    from ...types.message_delta_event import MessageDeltaEvent
    from ...types.message_start_event import MessageStartEvent
    from ...types.message_stop_event import MessageStopEvent
    from ...types.metadata_param import MetadataParam
    from ...types.output_config_param import OutputConfigParam
    from ...types.request_text_block_param import RequestTextBlockParam
    from ...types.text_editor20250124_param import TextEditor20250124Param
    from ...types.text_editor20250429_param import TextEditor20250429Param
    from ...types.text_editor20250728_param import TextEditor20250728Param
    from ...types.thinking_config_adaptive_param import ThinkingConfigAdaptiveParam
    from ...types.thinking_config_disabled_param import ThinkingConfigDisabledParam
    from ...types.thinking_config_enabled_param import ThinkingConfigEnabledParam
    from ...types.tool_choice_any_param import ToolChoiceAnyParam
    from ...types.tool_choice_auto_param import ToolChoiceAutoParam
    from ...types.tool_choice_none_param import ToolChoiceNoneParam
    from ...types.tool_choice_tool_param import ToolChoiceToolParam
    from ...types.tool_param import ToolParam
    from ...types.web_search_tool20250305_param import WebSearchTool20250305Param
    from .batches import (
        AsyncBatches,
        AsyncBatchesWithRawResponse,
        AsyncBatchesWithStreamingResponse,
        Batches,
        BatchesWithRawResponse,
        BatchesWithStreamingResponse,
    )

    pass

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


class Messages(MessagesHelpers, SyncAPIResource):
    """Send conversations to a model and read back its reply."""

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
        messages: Iterable[InputMessageParam],
        model: Union[
            str,
            Literal[
                "claude-opus-4-6",
                "claude-opus-4-5-20251101",
                "claude-opus-4-5",
                "claude-3-7-sonnet-latest",
                "claude-3-7-sonnet-20250219",
                "claude-3-5-haiku-latest",
                "claude-3-5-haiku-20241022",
                "claude-haiku-4-5",
                "claude-haiku-4-5-20251001",
                "claude-sonnet-4-20250514",
                "claude-sonnet-4-0",
                "claude-4-sonnet-20250514",
                "claude-sonnet-4-5",
                "claude-sonnet-4-5-20250929",
                "claude-opus-4-0",
                "claude-opus-4-20250514",
                "claude-4-opus-20250514",
                "claude-opus-4-1-20250805",
                "claude-3-opus-latest",
                "claude-3-opus-20240229",
                "claude-3-haiku-20240307",
            ],
        ],
        inference_geo: Optional[str] | Omit = omit,
        metadata: MetadataParam | Omit = omit,
        output_config: OutputConfigParam | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        stream: Literal[False] | Omit = omit,
        system: Union[str, Iterable[RequestTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        thinking: Union[
            ThinkingConfigEnabledParam,
            ThinkingConfigDisabledParam,
            ThinkingConfigAdaptiveParam,
        ]
        | Omit = omit,
        tool_choice: Union[
            ToolChoiceAutoParam,
            ToolChoiceAnyParam,
            ToolChoiceToolParam,
            ToolChoiceNoneParam,
        ]
        | Omit = omit,
        tools: Iterable[
            Union[
                ToolParam,
                BashTool20250124Param,
                TextEditor20250124Param,
                TextEditor20250429Param,
                TextEditor20250728Param,
                WebSearchTool20250305Param,
            ]
        ]
        | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
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
        model: Union[
            str,
            Literal[
                "claude-opus-4-6",
                "claude-opus-4-5-20251101",
                "claude-opus-4-5",
                "claude-3-7-sonnet-latest",
                "claude-3-7-sonnet-20250219",
                "claude-3-5-haiku-latest",
                "claude-3-5-haiku-20241022",
                "claude-haiku-4-5",
                "claude-haiku-4-5-20251001",
                "claude-sonnet-4-20250514",
                "claude-sonnet-4-0",
                "claude-4-sonnet-20250514",
                "claude-sonnet-4-5",
                "claude-sonnet-4-5-20250929",
                "claude-opus-4-0",
                "claude-opus-4-20250514",
                "claude-4-opus-20250514",
                "claude-opus-4-1-20250805",
                "claude-3-opus-latest",
                "claude-3-opus-20240229",
                "claude-3-haiku-20240307",
            ],
        ],
        stream: Literal[True],
        inference_geo: Optional[str] | Omit = omit,
        metadata: MetadataParam | Omit = omit,
        output_config: OutputConfigParam | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        system: Union[str, Iterable[RequestTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        thinking: Union[
            ThinkingConfigEnabledParam,
            ThinkingConfigDisabledParam,
            ThinkingConfigAdaptiveParam,
        ]
        | Omit = omit,
        tool_choice: Union[
            ToolChoiceAutoParam,
            ToolChoiceAnyParam,
            ToolChoiceToolParam,
            ToolChoiceNoneParam,
        ]
        | Omit = omit,
        tools: Iterable[
            Union[
                ToolParam,
                BashTool20250124Param,
                TextEditor20250124Param,
                TextEditor20250429Param,
                TextEditor20250728Param,
                WebSearchTool20250305Param,
            ]
        ]
        | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Stream[
        Annotated[
            Union[
                MessageStartEvent,
                MessageDeltaEvent,
                MessageStopEvent,
                ContentBlockStartEvent,
                ContentBlockDeltaEvent,
                ContentBlockStopEvent,
            ],
            Discriminator("type"),
        ]
    ]: ...

    @overload
    def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[InputMessageParam],
        model: Union[
            str,
            Literal[
                "claude-opus-4-6",
                "claude-opus-4-5-20251101",
                "claude-opus-4-5",
                "claude-3-7-sonnet-latest",
                "claude-3-7-sonnet-20250219",
                "claude-3-5-haiku-latest",
                "claude-3-5-haiku-20241022",
                "claude-haiku-4-5",
                "claude-haiku-4-5-20251001",
                "claude-sonnet-4-20250514",
                "claude-sonnet-4-0",
                "claude-4-sonnet-20250514",
                "claude-sonnet-4-5",
                "claude-sonnet-4-5-20250929",
                "claude-opus-4-0",
                "claude-opus-4-20250514",
                "claude-4-opus-20250514",
                "claude-opus-4-1-20250805",
                "claude-3-opus-latest",
                "claude-3-opus-20240229",
                "claude-3-haiku-20240307",
            ],
        ],
        stream: bool,
        inference_geo: Optional[str] | Omit = omit,
        metadata: MetadataParam | Omit = omit,
        output_config: OutputConfigParam | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        system: Union[str, Iterable[RequestTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        thinking: Union[
            ThinkingConfigEnabledParam,
            ThinkingConfigDisabledParam,
            ThinkingConfigAdaptiveParam,
        ]
        | Omit = omit,
        tool_choice: Union[
            ToolChoiceAutoParam,
            ToolChoiceAnyParam,
            ToolChoiceToolParam,
            ToolChoiceNoneParam,
        ]
        | Omit = omit,
        tools: Iterable[
            Union[
                ToolParam,
                BashTool20250124Param,
                TextEditor20250124Param,
                TextEditor20250429Param,
                TextEditor20250728Param,
                WebSearchTool20250305Param,
            ]
        ]
        | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> (
        Message
        | Stream[
            Annotated[
                Union[
                    MessageStartEvent,
                    MessageDeltaEvent,
                    MessageStopEvent,
                    ContentBlockStartEvent,
                    ContentBlockDeltaEvent,
                    ContentBlockStopEvent,
                ],
                Discriminator("type"),
            ]
        ]
    ): ...

    def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[InputMessageParam],
        model: Union[
            str,
            Literal[
                "claude-opus-4-6",
                "claude-opus-4-5-20251101",
                "claude-opus-4-5",
                "claude-3-7-sonnet-latest",
                "claude-3-7-sonnet-20250219",
                "claude-3-5-haiku-latest",
                "claude-3-5-haiku-20241022",
                "claude-haiku-4-5",
                "claude-haiku-4-5-20251001",
                "claude-sonnet-4-20250514",
                "claude-sonnet-4-0",
                "claude-4-sonnet-20250514",
                "claude-sonnet-4-5",
                "claude-sonnet-4-5-20250929",
                "claude-opus-4-0",
                "claude-opus-4-20250514",
                "claude-4-opus-20250514",
                "claude-opus-4-1-20250805",
                "claude-3-opus-latest",
                "claude-3-opus-20240229",
                "claude-3-haiku-20240307",
            ],
        ],
        inference_geo: Optional[str] | Omit = omit,
        metadata: MetadataParam | Omit = omit,
        output_config: OutputConfigParam | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        stream: Literal[False] | Literal[True] | Omit = omit,
        system: Union[str, Iterable[RequestTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        thinking: Union[
            ThinkingConfigEnabledParam,
            ThinkingConfigDisabledParam,
            ThinkingConfigAdaptiveParam,
        ]
        | Omit = omit,
        tool_choice: Union[
            ToolChoiceAutoParam,
            ToolChoiceAnyParam,
            ToolChoiceToolParam,
            ToolChoiceNoneParam,
        ]
        | Omit = omit,
        tools: Iterable[
            Union[
                ToolParam,
                BashTool20250124Param,
                TextEditor20250124Param,
                TextEditor20250429Param,
                TextEditor20250728Param,
                WebSearchTool20250305Param,
            ]
        ]
        | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> (
        Message
        | Stream[
            Annotated[
                Union[
                    MessageStartEvent,
                    MessageDeltaEvent,
                    MessageStopEvent,
                    ContentBlockStartEvent,
                    ContentBlockDeltaEvent,
                    ContentBlockStopEvent,
                ],
                Discriminator("type"),
            ]
        ]
    ):

        warn_if_deprecated_model(model, DEPRECATED_MODELS)
        if not stream or False:
            timeout = self._client._guard_nonstreaming_timeout(
                timeout, max_tokens, MODEL_NONSTREAMING_TOKENS.get(model)
            )
        return self._post(
            "/v1/messages",
            body=compact(
                {
                    "max_tokens": max_tokens,
                    "messages": messages,
                    "model": model,
                    "inference_geo": inference_geo,
                    "metadata": metadata,
                    "output_config": output_config,
                    "service_tier": service_tier,
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
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Message,
            stream=stream or False,
            stream_cls=Stream[
                Annotated[
                    Union[
                        MessageStartEvent,
                        MessageDeltaEvent,
                        MessageStopEvent,
                        ContentBlockStartEvent,
                        ContentBlockDeltaEvent,
                        ContentBlockStopEvent,
                    ],
                    Discriminator("type"),
                ]
            ],
        )

    def count_tokens(
        self,
        *,
        messages: Iterable[InputMessageParam],
        model: Union[
            str,
            Literal[
                "claude-opus-4-6",
                "claude-opus-4-5-20251101",
                "claude-opus-4-5",
                "claude-3-7-sonnet-latest",
                "claude-3-7-sonnet-20250219",
                "claude-3-5-haiku-latest",
                "claude-3-5-haiku-20241022",
                "claude-haiku-4-5",
                "claude-haiku-4-5-20251001",
                "claude-sonnet-4-20250514",
                "claude-sonnet-4-0",
                "claude-4-sonnet-20250514",
                "claude-sonnet-4-5",
                "claude-sonnet-4-5-20250929",
                "claude-opus-4-0",
                "claude-opus-4-20250514",
                "claude-4-opus-20250514",
                "claude-opus-4-1-20250805",
                "claude-3-opus-latest",
                "claude-3-opus-20240229",
                "claude-3-haiku-20240307",
            ],
        ],
        output_config: OutputConfigParam | Omit = omit,
        system: Union[str, Iterable[RequestTextBlockParam]] | Omit = omit,
        thinking: Union[
            ThinkingConfigEnabledParam,
            ThinkingConfigDisabledParam,
            ThinkingConfigAdaptiveParam,
        ]
        | Omit = omit,
        tool_choice: Union[
            ToolChoiceAutoParam,
            ToolChoiceAnyParam,
            ToolChoiceToolParam,
            ToolChoiceNoneParam,
        ]
        | Omit = omit,
        tools: Iterable[
            Union[
                ToolParam,
                BashTool20250124Param,
                TextEditor20250124Param,
                TextEditor20250429Param,
                TextEditor20250728Param,
                WebSearchTool20250305Param,
            ]
        ]
        | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> CountMessageTokensResponse:

        return self._post(
            "/v1/messages/count_tokens",
            body=compact(
                {
                    "messages": messages,
                    "model": model,
                    "output_config": output_config,
                    "system": system,
                    "thinking": thinking,
                    "tool_choice": tool_choice,
                    "tools": tools,
                }
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=CountMessageTokensResponse,
        )


class AsyncMessages(AsyncMessagesHelpers, AsyncAPIResource):
    """Send conversations to a model and read back its reply."""

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
        messages: Iterable[InputMessageParam],
        model: Union[
            str,
            Literal[
                "claude-opus-4-6",
                "claude-opus-4-5-20251101",
                "claude-opus-4-5",
                "claude-3-7-sonnet-latest",
                "claude-3-7-sonnet-20250219",
                "claude-3-5-haiku-latest",
                "claude-3-5-haiku-20241022",
                "claude-haiku-4-5",
                "claude-haiku-4-5-20251001",
                "claude-sonnet-4-20250514",
                "claude-sonnet-4-0",
                "claude-4-sonnet-20250514",
                "claude-sonnet-4-5",
                "claude-sonnet-4-5-20250929",
                "claude-opus-4-0",
                "claude-opus-4-20250514",
                "claude-4-opus-20250514",
                "claude-opus-4-1-20250805",
                "claude-3-opus-latest",
                "claude-3-opus-20240229",
                "claude-3-haiku-20240307",
            ],
        ],
        inference_geo: Optional[str] | Omit = omit,
        metadata: MetadataParam | Omit = omit,
        output_config: OutputConfigParam | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        stream: Literal[False] | Omit = omit,
        system: Union[str, Iterable[RequestTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        thinking: Union[
            ThinkingConfigEnabledParam,
            ThinkingConfigDisabledParam,
            ThinkingConfigAdaptiveParam,
        ]
        | Omit = omit,
        tool_choice: Union[
            ToolChoiceAutoParam,
            ToolChoiceAnyParam,
            ToolChoiceToolParam,
            ToolChoiceNoneParam,
        ]
        | Omit = omit,
        tools: Iterable[
            Union[
                ToolParam,
                BashTool20250124Param,
                TextEditor20250124Param,
                TextEditor20250429Param,
                TextEditor20250728Param,
                WebSearchTool20250305Param,
            ]
        ]
        | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
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
        model: Union[
            str,
            Literal[
                "claude-opus-4-6",
                "claude-opus-4-5-20251101",
                "claude-opus-4-5",
                "claude-3-7-sonnet-latest",
                "claude-3-7-sonnet-20250219",
                "claude-3-5-haiku-latest",
                "claude-3-5-haiku-20241022",
                "claude-haiku-4-5",
                "claude-haiku-4-5-20251001",
                "claude-sonnet-4-20250514",
                "claude-sonnet-4-0",
                "claude-4-sonnet-20250514",
                "claude-sonnet-4-5",
                "claude-sonnet-4-5-20250929",
                "claude-opus-4-0",
                "claude-opus-4-20250514",
                "claude-4-opus-20250514",
                "claude-opus-4-1-20250805",
                "claude-3-opus-latest",
                "claude-3-opus-20240229",
                "claude-3-haiku-20240307",
            ],
        ],
        stream: Literal[True],
        inference_geo: Optional[str] | Omit = omit,
        metadata: MetadataParam | Omit = omit,
        output_config: OutputConfigParam | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        system: Union[str, Iterable[RequestTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        thinking: Union[
            ThinkingConfigEnabledParam,
            ThinkingConfigDisabledParam,
            ThinkingConfigAdaptiveParam,
        ]
        | Omit = omit,
        tool_choice: Union[
            ToolChoiceAutoParam,
            ToolChoiceAnyParam,
            ToolChoiceToolParam,
            ToolChoiceNoneParam,
        ]
        | Omit = omit,
        tools: Iterable[
            Union[
                ToolParam,
                BashTool20250124Param,
                TextEditor20250124Param,
                TextEditor20250429Param,
                TextEditor20250728Param,
                WebSearchTool20250305Param,
            ]
        ]
        | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncStream[
        Annotated[
            Union[
                MessageStartEvent,
                MessageDeltaEvent,
                MessageStopEvent,
                ContentBlockStartEvent,
                ContentBlockDeltaEvent,
                ContentBlockStopEvent,
            ],
            Discriminator("type"),
        ]
    ]: ...

    @overload
    async def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[InputMessageParam],
        model: Union[
            str,
            Literal[
                "claude-opus-4-6",
                "claude-opus-4-5-20251101",
                "claude-opus-4-5",
                "claude-3-7-sonnet-latest",
                "claude-3-7-sonnet-20250219",
                "claude-3-5-haiku-latest",
                "claude-3-5-haiku-20241022",
                "claude-haiku-4-5",
                "claude-haiku-4-5-20251001",
                "claude-sonnet-4-20250514",
                "claude-sonnet-4-0",
                "claude-4-sonnet-20250514",
                "claude-sonnet-4-5",
                "claude-sonnet-4-5-20250929",
                "claude-opus-4-0",
                "claude-opus-4-20250514",
                "claude-4-opus-20250514",
                "claude-opus-4-1-20250805",
                "claude-3-opus-latest",
                "claude-3-opus-20240229",
                "claude-3-haiku-20240307",
            ],
        ],
        stream: bool,
        inference_geo: Optional[str] | Omit = omit,
        metadata: MetadataParam | Omit = omit,
        output_config: OutputConfigParam | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        system: Union[str, Iterable[RequestTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        thinking: Union[
            ThinkingConfigEnabledParam,
            ThinkingConfigDisabledParam,
            ThinkingConfigAdaptiveParam,
        ]
        | Omit = omit,
        tool_choice: Union[
            ToolChoiceAutoParam,
            ToolChoiceAnyParam,
            ToolChoiceToolParam,
            ToolChoiceNoneParam,
        ]
        | Omit = omit,
        tools: Iterable[
            Union[
                ToolParam,
                BashTool20250124Param,
                TextEditor20250124Param,
                TextEditor20250429Param,
                TextEditor20250728Param,
                WebSearchTool20250305Param,
            ]
        ]
        | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> (
        Message
        | AsyncStream[
            Annotated[
                Union[
                    MessageStartEvent,
                    MessageDeltaEvent,
                    MessageStopEvent,
                    ContentBlockStartEvent,
                    ContentBlockDeltaEvent,
                    ContentBlockStopEvent,
                ],
                Discriminator("type"),
            ]
        ]
    ): ...

    async def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[InputMessageParam],
        model: Union[
            str,
            Literal[
                "claude-opus-4-6",
                "claude-opus-4-5-20251101",
                "claude-opus-4-5",
                "claude-3-7-sonnet-latest",
                "claude-3-7-sonnet-20250219",
                "claude-3-5-haiku-latest",
                "claude-3-5-haiku-20241022",
                "claude-haiku-4-5",
                "claude-haiku-4-5-20251001",
                "claude-sonnet-4-20250514",
                "claude-sonnet-4-0",
                "claude-4-sonnet-20250514",
                "claude-sonnet-4-5",
                "claude-sonnet-4-5-20250929",
                "claude-opus-4-0",
                "claude-opus-4-20250514",
                "claude-4-opus-20250514",
                "claude-opus-4-1-20250805",
                "claude-3-opus-latest",
                "claude-3-opus-20240229",
                "claude-3-haiku-20240307",
            ],
        ],
        inference_geo: Optional[str] | Omit = omit,
        metadata: MetadataParam | Omit = omit,
        output_config: OutputConfigParam | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        stream: Literal[False] | Literal[True] | Omit = omit,
        system: Union[str, Iterable[RequestTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        thinking: Union[
            ThinkingConfigEnabledParam,
            ThinkingConfigDisabledParam,
            ThinkingConfigAdaptiveParam,
        ]
        | Omit = omit,
        tool_choice: Union[
            ToolChoiceAutoParam,
            ToolChoiceAnyParam,
            ToolChoiceToolParam,
            ToolChoiceNoneParam,
        ]
        | Omit = omit,
        tools: Iterable[
            Union[
                ToolParam,
                BashTool20250124Param,
                TextEditor20250124Param,
                TextEditor20250429Param,
                TextEditor20250728Param,
                WebSearchTool20250305Param,
            ]
        ]
        | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> (
        Message
        | AsyncStream[
            Annotated[
                Union[
                    MessageStartEvent,
                    MessageDeltaEvent,
                    MessageStopEvent,
                    ContentBlockStartEvent,
                    ContentBlockDeltaEvent,
                    ContentBlockStopEvent,
                ],
                Discriminator("type"),
            ]
        ]
    ):

        warn_if_deprecated_model(model, DEPRECATED_MODELS)
        if not stream or False:
            timeout = self._client._guard_nonstreaming_timeout(
                timeout, max_tokens, MODEL_NONSTREAMING_TOKENS.get(model)
            )
        return await self._post(
            "/v1/messages",
            body=compact(
                {
                    "max_tokens": max_tokens,
                    "messages": messages,
                    "model": model,
                    "inference_geo": inference_geo,
                    "metadata": metadata,
                    "output_config": output_config,
                    "service_tier": service_tier,
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
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Message,
            stream=stream or False,
            stream_cls=AsyncStream[
                Annotated[
                    Union[
                        MessageStartEvent,
                        MessageDeltaEvent,
                        MessageStopEvent,
                        ContentBlockStartEvent,
                        ContentBlockDeltaEvent,
                        ContentBlockStopEvent,
                    ],
                    Discriminator("type"),
                ]
            ],
        )

    async def count_tokens(
        self,
        *,
        messages: Iterable[InputMessageParam],
        model: Union[
            str,
            Literal[
                "claude-opus-4-6",
                "claude-opus-4-5-20251101",
                "claude-opus-4-5",
                "claude-3-7-sonnet-latest",
                "claude-3-7-sonnet-20250219",
                "claude-3-5-haiku-latest",
                "claude-3-5-haiku-20241022",
                "claude-haiku-4-5",
                "claude-haiku-4-5-20251001",
                "claude-sonnet-4-20250514",
                "claude-sonnet-4-0",
                "claude-4-sonnet-20250514",
                "claude-sonnet-4-5",
                "claude-sonnet-4-5-20250929",
                "claude-opus-4-0",
                "claude-opus-4-20250514",
                "claude-4-opus-20250514",
                "claude-opus-4-1-20250805",
                "claude-3-opus-latest",
                "claude-3-opus-20240229",
                "claude-3-haiku-20240307",
            ],
        ],
        output_config: OutputConfigParam | Omit = omit,
        system: Union[str, Iterable[RequestTextBlockParam]] | Omit = omit,
        thinking: Union[
            ThinkingConfigEnabledParam,
            ThinkingConfigDisabledParam,
            ThinkingConfigAdaptiveParam,
        ]
        | Omit = omit,
        tool_choice: Union[
            ToolChoiceAutoParam,
            ToolChoiceAnyParam,
            ToolChoiceToolParam,
            ToolChoiceNoneParam,
        ]
        | Omit = omit,
        tools: Iterable[
            Union[
                ToolParam,
                BashTool20250124Param,
                TextEditor20250124Param,
                TextEditor20250429Param,
                TextEditor20250728Param,
                WebSearchTool20250305Param,
            ]
        ]
        | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> CountMessageTokensResponse:

        return await self._post(
            "/v1/messages/count_tokens",
            body=compact(
                {
                    "messages": messages,
                    "model": model,
                    "output_config": output_config,
                    "system": system,
                    "thinking": thinking,
                    "tool_choice": tool_choice,
                    "tools": tools,
                }
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=CountMessageTokensResponse,
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
