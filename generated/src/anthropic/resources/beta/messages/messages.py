from __future__ import annotations

from typing import TYPE_CHECKING, Union, overload

import httpx
from typing_extensions import Annotated, Literal

from ...._compat import cached_property
from ...._constants import MODEL_NONSTREAMING_TOKENS
from ...._models import Discriminator
from ...._request import (
    compact,
    joined_header,
    make_request_options,
    merge_headers,
    warn_if_deprecated_model,
)
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
from ....types.beta_content_block_delta_event import BetaContentBlockDeltaEvent
from ....types.beta_content_block_start_event import BetaContentBlockStartEvent
from ....types.beta_content_block_stop_event import BetaContentBlockStopEvent
from ....types.beta_count_message_tokens_response import BetaCountMessageTokensResponse
from ....types.beta_message import BetaMessage
from ....types.beta_message_delta_event import BetaMessageDeltaEvent
from ....types.beta_message_start_event import BetaMessageStartEvent
from ....types.beta_message_stop_event import BetaMessageStopEvent

if TYPE_CHECKING:
    from typing import Iterable, List, Optional, Union

    from typing_extensions import Annotated, Literal

    from ...._models import Discriminator
    from ...._types import SequenceNotStr
    from ....types.beta_bash_tool20241022_param import BetaBashTool20241022Param
    from ....types.beta_bash_tool20250124_param import BetaBashTool20250124Param
    from ....types.beta_code_execution_tool20250522_param import (
        BetaCodeExecutionTool20250522Param,
    )
    from ....types.beta_code_execution_tool20250825_param import (
        BetaCodeExecutionTool20250825Param,
    )
    from ....types.beta_computer_use_tool20241022_param import (
        BetaComputerUseTool20241022Param,
    )
    from ....types.beta_computer_use_tool20250124_param import (
        BetaComputerUseTool20250124Param,
    )
    from ....types.beta_computer_use_tool20251124_param import (
        BetaComputerUseTool20251124Param,
    )
    from ....types.beta_container_params_param import BetaContainerParamsParam
    from ....types.beta_content_block_delta_event import BetaContentBlockDeltaEvent
    from ....types.beta_content_block_start_event import BetaContentBlockStartEvent
    from ....types.beta_content_block_stop_event import BetaContentBlockStopEvent
    from ....types.beta_context_management_config_param import (
        BetaContextManagementConfigParam,
    )
    from ....types.beta_input_message_param import BetaInputMessageParam
    from ....types.beta_json_output_format_param import BetaJsonOutputFormatParam
    from ....types.beta_mcp_toolset_param import BetaMCPToolsetParam
    from ....types.beta_memory_tool20250818_param import BetaMemoryTool20250818Param
    from ....types.beta_message_delta_event import BetaMessageDeltaEvent
    from ....types.beta_message_start_event import BetaMessageStartEvent
    from ....types.beta_message_stop_event import BetaMessageStopEvent
    from ....types.beta_metadata_param import BetaMetadataParam
    from ....types.beta_output_config_param import BetaOutputConfigParam
    from ....types.beta_request_mcp_server_url_definition_param import (
        BetaRequestMCPServerURLDefinitionParam,
    )
    from ....types.beta_request_text_block_param import BetaRequestTextBlockParam
    from ....types.beta_text_editor20241022_param import BetaTextEditor20241022Param
    from ....types.beta_text_editor20250124_param import BetaTextEditor20250124Param
    from ....types.beta_text_editor20250429_param import BetaTextEditor20250429Param
    from ....types.beta_text_editor20250728_param import BetaTextEditor20250728Param
    from ....types.beta_thinking_config_adaptive_param import (
        BetaThinkingConfigAdaptiveParam,
    )
    from ....types.beta_thinking_config_disabled_param import (
        BetaThinkingConfigDisabledParam,
    )
    from ....types.beta_thinking_config_enabled_param import (
        BetaThinkingConfigEnabledParam,
    )
    from ....types.beta_tool_choice_any_param import BetaToolChoiceAnyParam
    from ....types.beta_tool_choice_auto_param import BetaToolChoiceAutoParam
    from ....types.beta_tool_choice_none_param import BetaToolChoiceNoneParam
    from ....types.beta_tool_choice_tool_param import BetaToolChoiceToolParam
    from ....types.beta_tool_param import BetaToolParam
    from ....types.beta_tool_search_tool_bm2520251119_param import (
        BetaToolSearchToolBM2520251119Param,
    )
    from ....types.beta_tool_search_tool_regex20251119_param import (
        BetaToolSearchToolRegex20251119Param,
    )
    from ....types.beta_web_fetch_tool20250910_param import (
        BetaWebFetchTool20250910Param,
    )
    from ....types.beta_web_search_tool20250305_param import (
        BetaWebSearchTool20250305Param,
    )
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
        messages: Iterable[BetaInputMessageParam],
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
        container: Optional[Union[BetaContainerParamsParam, str]] | Omit = omit,
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        inference_geo: Optional[str] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        metadata: BetaMetadataParam | Omit = omit,
        output_config: BetaOutputConfigParam | Omit = omit,
        output_format: Optional[BetaJsonOutputFormatParam] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        speed: Optional[Literal["standard", "fast"]] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        stream: Literal[False] | Omit = omit,
        system: Union[str, Iterable[BetaRequestTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        thinking: Union[
            BetaThinkingConfigEnabledParam,
            BetaThinkingConfigDisabledParam,
            BetaThinkingConfigAdaptiveParam,
        ]
        | Omit = omit,
        tool_choice: Union[
            BetaToolChoiceAutoParam,
            BetaToolChoiceAnyParam,
            BetaToolChoiceToolParam,
            BetaToolChoiceNoneParam,
        ]
        | Omit = omit,
        tools: Iterable[
            Union[
                BetaToolParam,
                BetaBashTool20241022Param,
                BetaBashTool20250124Param,
                BetaCodeExecutionTool20250522Param,
                BetaCodeExecutionTool20250825Param,
                BetaComputerUseTool20241022Param,
                BetaMemoryTool20250818Param,
                BetaComputerUseTool20250124Param,
                BetaTextEditor20241022Param,
                BetaComputerUseTool20251124Param,
                BetaTextEditor20250124Param,
                BetaTextEditor20250429Param,
                BetaTextEditor20250728Param,
                BetaWebSearchTool20250305Param,
                BetaWebFetchTool20250910Param,
                BetaToolSearchToolBM2520251119Param,
                BetaToolSearchToolRegex20251119Param,
                BetaMCPToolsetParam,
            ]
        ]
        | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        betas: List[
            Union[
                str,
                Literal[
                    "message-batches-2024-09-24",
                    "prompt-caching-2024-07-31",
                    "computer-use-2024-10-22",
                    "computer-use-2025-01-24",
                    "pdfs-2024-09-25",
                    "token-counting-2024-11-01",
                    "token-efficient-tools-2025-02-19",
                    "output-128k-2025-02-19",
                    "files-api-2025-04-14",
                    "mcp-client-2025-04-04",
                    "mcp-client-2025-11-20",
                    "dev-full-thinking-2025-05-14",
                    "interleaved-thinking-2025-05-14",
                    "code-execution-2025-05-22",
                    "extended-cache-ttl-2025-04-11",
                    "context-1m-2025-08-07",
                    "context-management-2025-06-27",
                    "model-context-window-exceeded-2025-08-26",
                    "skills-2025-10-02",
                    "fast-mode-2026-02-01",
                ],
            ]
        ]
        | Omit = omit,
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
        messages: Iterable[BetaInputMessageParam],
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
        container: Optional[Union[BetaContainerParamsParam, str]] | Omit = omit,
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        inference_geo: Optional[str] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        metadata: BetaMetadataParam | Omit = omit,
        output_config: BetaOutputConfigParam | Omit = omit,
        output_format: Optional[BetaJsonOutputFormatParam] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        speed: Optional[Literal["standard", "fast"]] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        system: Union[str, Iterable[BetaRequestTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        thinking: Union[
            BetaThinkingConfigEnabledParam,
            BetaThinkingConfigDisabledParam,
            BetaThinkingConfigAdaptiveParam,
        ]
        | Omit = omit,
        tool_choice: Union[
            BetaToolChoiceAutoParam,
            BetaToolChoiceAnyParam,
            BetaToolChoiceToolParam,
            BetaToolChoiceNoneParam,
        ]
        | Omit = omit,
        tools: Iterable[
            Union[
                BetaToolParam,
                BetaBashTool20241022Param,
                BetaBashTool20250124Param,
                BetaCodeExecutionTool20250522Param,
                BetaCodeExecutionTool20250825Param,
                BetaComputerUseTool20241022Param,
                BetaMemoryTool20250818Param,
                BetaComputerUseTool20250124Param,
                BetaTextEditor20241022Param,
                BetaComputerUseTool20251124Param,
                BetaTextEditor20250124Param,
                BetaTextEditor20250429Param,
                BetaTextEditor20250728Param,
                BetaWebSearchTool20250305Param,
                BetaWebFetchTool20250910Param,
                BetaToolSearchToolBM2520251119Param,
                BetaToolSearchToolRegex20251119Param,
                BetaMCPToolsetParam,
            ]
        ]
        | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        betas: List[
            Union[
                str,
                Literal[
                    "message-batches-2024-09-24",
                    "prompt-caching-2024-07-31",
                    "computer-use-2024-10-22",
                    "computer-use-2025-01-24",
                    "pdfs-2024-09-25",
                    "token-counting-2024-11-01",
                    "token-efficient-tools-2025-02-19",
                    "output-128k-2025-02-19",
                    "files-api-2025-04-14",
                    "mcp-client-2025-04-04",
                    "mcp-client-2025-11-20",
                    "dev-full-thinking-2025-05-14",
                    "interleaved-thinking-2025-05-14",
                    "code-execution-2025-05-22",
                    "extended-cache-ttl-2025-04-11",
                    "context-1m-2025-08-07",
                    "context-management-2025-06-27",
                    "model-context-window-exceeded-2025-08-26",
                    "skills-2025-10-02",
                    "fast-mode-2026-02-01",
                ],
            ]
        ]
        | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Stream[
        Annotated[
            Union[
                BetaMessageStartEvent,
                BetaMessageDeltaEvent,
                BetaMessageStopEvent,
                BetaContentBlockStartEvent,
                BetaContentBlockDeltaEvent,
                BetaContentBlockStopEvent,
            ],
            Discriminator("type"),
        ]
    ]: ...

    @overload
    def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaInputMessageParam],
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
        container: Optional[Union[BetaContainerParamsParam, str]] | Omit = omit,
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        inference_geo: Optional[str] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        metadata: BetaMetadataParam | Omit = omit,
        output_config: BetaOutputConfigParam | Omit = omit,
        output_format: Optional[BetaJsonOutputFormatParam] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        speed: Optional[Literal["standard", "fast"]] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        system: Union[str, Iterable[BetaRequestTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        thinking: Union[
            BetaThinkingConfigEnabledParam,
            BetaThinkingConfigDisabledParam,
            BetaThinkingConfigAdaptiveParam,
        ]
        | Omit = omit,
        tool_choice: Union[
            BetaToolChoiceAutoParam,
            BetaToolChoiceAnyParam,
            BetaToolChoiceToolParam,
            BetaToolChoiceNoneParam,
        ]
        | Omit = omit,
        tools: Iterable[
            Union[
                BetaToolParam,
                BetaBashTool20241022Param,
                BetaBashTool20250124Param,
                BetaCodeExecutionTool20250522Param,
                BetaCodeExecutionTool20250825Param,
                BetaComputerUseTool20241022Param,
                BetaMemoryTool20250818Param,
                BetaComputerUseTool20250124Param,
                BetaTextEditor20241022Param,
                BetaComputerUseTool20251124Param,
                BetaTextEditor20250124Param,
                BetaTextEditor20250429Param,
                BetaTextEditor20250728Param,
                BetaWebSearchTool20250305Param,
                BetaWebFetchTool20250910Param,
                BetaToolSearchToolBM2520251119Param,
                BetaToolSearchToolRegex20251119Param,
                BetaMCPToolsetParam,
            ]
        ]
        | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        betas: List[
            Union[
                str,
                Literal[
                    "message-batches-2024-09-24",
                    "prompt-caching-2024-07-31",
                    "computer-use-2024-10-22",
                    "computer-use-2025-01-24",
                    "pdfs-2024-09-25",
                    "token-counting-2024-11-01",
                    "token-efficient-tools-2025-02-19",
                    "output-128k-2025-02-19",
                    "files-api-2025-04-14",
                    "mcp-client-2025-04-04",
                    "mcp-client-2025-11-20",
                    "dev-full-thinking-2025-05-14",
                    "interleaved-thinking-2025-05-14",
                    "code-execution-2025-05-22",
                    "extended-cache-ttl-2025-04-11",
                    "context-1m-2025-08-07",
                    "context-management-2025-06-27",
                    "model-context-window-exceeded-2025-08-26",
                    "skills-2025-10-02",
                    "fast-mode-2026-02-01",
                ],
            ]
        ]
        | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> (
        BetaMessage
        | Stream[
            Annotated[
                Union[
                    BetaMessageStartEvent,
                    BetaMessageDeltaEvent,
                    BetaMessageStopEvent,
                    BetaContentBlockStartEvent,
                    BetaContentBlockDeltaEvent,
                    BetaContentBlockStopEvent,
                ],
                Discriminator("type"),
            ]
        ]
    ): ...

    def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaInputMessageParam],
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
        container: Optional[Union[BetaContainerParamsParam, str]] | Omit = omit,
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        inference_geo: Optional[str] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        metadata: BetaMetadataParam | Omit = omit,
        output_config: BetaOutputConfigParam | Omit = omit,
        output_format: Optional[BetaJsonOutputFormatParam] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        speed: Optional[Literal["standard", "fast"]] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        stream: Literal[False] | Literal[True] | Omit = omit,
        system: Union[str, Iterable[BetaRequestTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        thinking: Union[
            BetaThinkingConfigEnabledParam,
            BetaThinkingConfigDisabledParam,
            BetaThinkingConfigAdaptiveParam,
        ]
        | Omit = omit,
        tool_choice: Union[
            BetaToolChoiceAutoParam,
            BetaToolChoiceAnyParam,
            BetaToolChoiceToolParam,
            BetaToolChoiceNoneParam,
        ]
        | Omit = omit,
        tools: Iterable[
            Union[
                BetaToolParam,
                BetaBashTool20241022Param,
                BetaBashTool20250124Param,
                BetaCodeExecutionTool20250522Param,
                BetaCodeExecutionTool20250825Param,
                BetaComputerUseTool20241022Param,
                BetaMemoryTool20250818Param,
                BetaComputerUseTool20250124Param,
                BetaTextEditor20241022Param,
                BetaComputerUseTool20251124Param,
                BetaTextEditor20250124Param,
                BetaTextEditor20250429Param,
                BetaTextEditor20250728Param,
                BetaWebSearchTool20250305Param,
                BetaWebFetchTool20250910Param,
                BetaToolSearchToolBM2520251119Param,
                BetaToolSearchToolRegex20251119Param,
                BetaMCPToolsetParam,
            ]
        ]
        | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        betas: List[
            Union[
                str,
                Literal[
                    "message-batches-2024-09-24",
                    "prompt-caching-2024-07-31",
                    "computer-use-2024-10-22",
                    "computer-use-2025-01-24",
                    "pdfs-2024-09-25",
                    "token-counting-2024-11-01",
                    "token-efficient-tools-2025-02-19",
                    "output-128k-2025-02-19",
                    "files-api-2025-04-14",
                    "mcp-client-2025-04-04",
                    "mcp-client-2025-11-20",
                    "dev-full-thinking-2025-05-14",
                    "interleaved-thinking-2025-05-14",
                    "code-execution-2025-05-22",
                    "extended-cache-ttl-2025-04-11",
                    "context-1m-2025-08-07",
                    "context-management-2025-06-27",
                    "model-context-window-exceeded-2025-08-26",
                    "skills-2025-10-02",
                    "fast-mode-2026-02-01",
                ],
            ]
        ]
        | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> (
        BetaMessage
        | Stream[
            Annotated[
                Union[
                    BetaMessageStartEvent,
                    BetaMessageDeltaEvent,
                    BetaMessageStopEvent,
                    BetaContentBlockStartEvent,
                    BetaContentBlockDeltaEvent,
                    BetaContentBlockStopEvent,
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
            "/v1/messages?beta=true",
            body=compact(
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
            ),
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ()), extra_headers
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=BetaMessage,
            stream=stream or False,
            stream_cls=Stream[
                Annotated[
                    Union[
                        BetaMessageStartEvent,
                        BetaMessageDeltaEvent,
                        BetaMessageStopEvent,
                        BetaContentBlockStartEvent,
                        BetaContentBlockDeltaEvent,
                        BetaContentBlockStopEvent,
                    ],
                    Discriminator("type"),
                ]
            ],
        )

    def count_tokens(
        self,
        *,
        messages: Iterable[BetaInputMessageParam],
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
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        output_config: BetaOutputConfigParam | Omit = omit,
        output_format: Optional[BetaJsonOutputFormatParam] | Omit = omit,
        speed: Optional[Literal["standard", "fast"]] | Omit = omit,
        system: Union[str, Iterable[BetaRequestTextBlockParam]] | Omit = omit,
        thinking: Union[
            BetaThinkingConfigEnabledParam,
            BetaThinkingConfigDisabledParam,
            BetaThinkingConfigAdaptiveParam,
        ]
        | Omit = omit,
        tool_choice: Union[
            BetaToolChoiceAutoParam,
            BetaToolChoiceAnyParam,
            BetaToolChoiceToolParam,
            BetaToolChoiceNoneParam,
        ]
        | Omit = omit,
        tools: Iterable[
            Union[
                BetaToolParam,
                BetaBashTool20241022Param,
                BetaBashTool20250124Param,
                BetaCodeExecutionTool20250522Param,
                BetaCodeExecutionTool20250825Param,
                BetaComputerUseTool20241022Param,
                BetaMemoryTool20250818Param,
                BetaComputerUseTool20250124Param,
                BetaTextEditor20241022Param,
                BetaComputerUseTool20251124Param,
                BetaTextEditor20250124Param,
                BetaTextEditor20250429Param,
                BetaTextEditor20250728Param,
                BetaWebSearchTool20250305Param,
                BetaWebFetchTool20250910Param,
                BetaToolSearchToolBM2520251119Param,
                BetaToolSearchToolRegex20251119Param,
                BetaMCPToolsetParam,
            ]
        ]
        | Omit = omit,
        betas: List[
            Union[
                str,
                Literal[
                    "message-batches-2024-09-24",
                    "prompt-caching-2024-07-31",
                    "computer-use-2024-10-22",
                    "computer-use-2025-01-24",
                    "pdfs-2024-09-25",
                    "token-counting-2024-11-01",
                    "token-efficient-tools-2025-02-19",
                    "output-128k-2025-02-19",
                    "files-api-2025-04-14",
                    "mcp-client-2025-04-04",
                    "mcp-client-2025-11-20",
                    "dev-full-thinking-2025-05-14",
                    "interleaved-thinking-2025-05-14",
                    "code-execution-2025-05-22",
                    "extended-cache-ttl-2025-04-11",
                    "context-1m-2025-08-07",
                    "context-management-2025-06-27",
                    "model-context-window-exceeded-2025-08-26",
                    "skills-2025-10-02",
                    "fast-mode-2026-02-01",
                ],
            ]
        ]
        | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaCountMessageTokensResponse:

        return self._post(
            "/v1/messages/count_tokens?beta=true",
            body=compact(
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
            ),
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header(
                        "anthropic-beta", betas, ("token-counting-2024-11-01",)
                    ),
                    extra_headers,
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=BetaCountMessageTokensResponse,
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
        messages: Iterable[BetaInputMessageParam],
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
        container: Optional[Union[BetaContainerParamsParam, str]] | Omit = omit,
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        inference_geo: Optional[str] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        metadata: BetaMetadataParam | Omit = omit,
        output_config: BetaOutputConfigParam | Omit = omit,
        output_format: Optional[BetaJsonOutputFormatParam] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        speed: Optional[Literal["standard", "fast"]] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        stream: Literal[False] | Omit = omit,
        system: Union[str, Iterable[BetaRequestTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        thinking: Union[
            BetaThinkingConfigEnabledParam,
            BetaThinkingConfigDisabledParam,
            BetaThinkingConfigAdaptiveParam,
        ]
        | Omit = omit,
        tool_choice: Union[
            BetaToolChoiceAutoParam,
            BetaToolChoiceAnyParam,
            BetaToolChoiceToolParam,
            BetaToolChoiceNoneParam,
        ]
        | Omit = omit,
        tools: Iterable[
            Union[
                BetaToolParam,
                BetaBashTool20241022Param,
                BetaBashTool20250124Param,
                BetaCodeExecutionTool20250522Param,
                BetaCodeExecutionTool20250825Param,
                BetaComputerUseTool20241022Param,
                BetaMemoryTool20250818Param,
                BetaComputerUseTool20250124Param,
                BetaTextEditor20241022Param,
                BetaComputerUseTool20251124Param,
                BetaTextEditor20250124Param,
                BetaTextEditor20250429Param,
                BetaTextEditor20250728Param,
                BetaWebSearchTool20250305Param,
                BetaWebFetchTool20250910Param,
                BetaToolSearchToolBM2520251119Param,
                BetaToolSearchToolRegex20251119Param,
                BetaMCPToolsetParam,
            ]
        ]
        | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        betas: List[
            Union[
                str,
                Literal[
                    "message-batches-2024-09-24",
                    "prompt-caching-2024-07-31",
                    "computer-use-2024-10-22",
                    "computer-use-2025-01-24",
                    "pdfs-2024-09-25",
                    "token-counting-2024-11-01",
                    "token-efficient-tools-2025-02-19",
                    "output-128k-2025-02-19",
                    "files-api-2025-04-14",
                    "mcp-client-2025-04-04",
                    "mcp-client-2025-11-20",
                    "dev-full-thinking-2025-05-14",
                    "interleaved-thinking-2025-05-14",
                    "code-execution-2025-05-22",
                    "extended-cache-ttl-2025-04-11",
                    "context-1m-2025-08-07",
                    "context-management-2025-06-27",
                    "model-context-window-exceeded-2025-08-26",
                    "skills-2025-10-02",
                    "fast-mode-2026-02-01",
                ],
            ]
        ]
        | Omit = omit,
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
        messages: Iterable[BetaInputMessageParam],
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
        container: Optional[Union[BetaContainerParamsParam, str]] | Omit = omit,
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        inference_geo: Optional[str] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        metadata: BetaMetadataParam | Omit = omit,
        output_config: BetaOutputConfigParam | Omit = omit,
        output_format: Optional[BetaJsonOutputFormatParam] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        speed: Optional[Literal["standard", "fast"]] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        system: Union[str, Iterable[BetaRequestTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        thinking: Union[
            BetaThinkingConfigEnabledParam,
            BetaThinkingConfigDisabledParam,
            BetaThinkingConfigAdaptiveParam,
        ]
        | Omit = omit,
        tool_choice: Union[
            BetaToolChoiceAutoParam,
            BetaToolChoiceAnyParam,
            BetaToolChoiceToolParam,
            BetaToolChoiceNoneParam,
        ]
        | Omit = omit,
        tools: Iterable[
            Union[
                BetaToolParam,
                BetaBashTool20241022Param,
                BetaBashTool20250124Param,
                BetaCodeExecutionTool20250522Param,
                BetaCodeExecutionTool20250825Param,
                BetaComputerUseTool20241022Param,
                BetaMemoryTool20250818Param,
                BetaComputerUseTool20250124Param,
                BetaTextEditor20241022Param,
                BetaComputerUseTool20251124Param,
                BetaTextEditor20250124Param,
                BetaTextEditor20250429Param,
                BetaTextEditor20250728Param,
                BetaWebSearchTool20250305Param,
                BetaWebFetchTool20250910Param,
                BetaToolSearchToolBM2520251119Param,
                BetaToolSearchToolRegex20251119Param,
                BetaMCPToolsetParam,
            ]
        ]
        | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        betas: List[
            Union[
                str,
                Literal[
                    "message-batches-2024-09-24",
                    "prompt-caching-2024-07-31",
                    "computer-use-2024-10-22",
                    "computer-use-2025-01-24",
                    "pdfs-2024-09-25",
                    "token-counting-2024-11-01",
                    "token-efficient-tools-2025-02-19",
                    "output-128k-2025-02-19",
                    "files-api-2025-04-14",
                    "mcp-client-2025-04-04",
                    "mcp-client-2025-11-20",
                    "dev-full-thinking-2025-05-14",
                    "interleaved-thinking-2025-05-14",
                    "code-execution-2025-05-22",
                    "extended-cache-ttl-2025-04-11",
                    "context-1m-2025-08-07",
                    "context-management-2025-06-27",
                    "model-context-window-exceeded-2025-08-26",
                    "skills-2025-10-02",
                    "fast-mode-2026-02-01",
                ],
            ]
        ]
        | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncStream[
        Annotated[
            Union[
                BetaMessageStartEvent,
                BetaMessageDeltaEvent,
                BetaMessageStopEvent,
                BetaContentBlockStartEvent,
                BetaContentBlockDeltaEvent,
                BetaContentBlockStopEvent,
            ],
            Discriminator("type"),
        ]
    ]: ...

    @overload
    async def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaInputMessageParam],
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
        container: Optional[Union[BetaContainerParamsParam, str]] | Omit = omit,
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        inference_geo: Optional[str] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        metadata: BetaMetadataParam | Omit = omit,
        output_config: BetaOutputConfigParam | Omit = omit,
        output_format: Optional[BetaJsonOutputFormatParam] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        speed: Optional[Literal["standard", "fast"]] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        system: Union[str, Iterable[BetaRequestTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        thinking: Union[
            BetaThinkingConfigEnabledParam,
            BetaThinkingConfigDisabledParam,
            BetaThinkingConfigAdaptiveParam,
        ]
        | Omit = omit,
        tool_choice: Union[
            BetaToolChoiceAutoParam,
            BetaToolChoiceAnyParam,
            BetaToolChoiceToolParam,
            BetaToolChoiceNoneParam,
        ]
        | Omit = omit,
        tools: Iterable[
            Union[
                BetaToolParam,
                BetaBashTool20241022Param,
                BetaBashTool20250124Param,
                BetaCodeExecutionTool20250522Param,
                BetaCodeExecutionTool20250825Param,
                BetaComputerUseTool20241022Param,
                BetaMemoryTool20250818Param,
                BetaComputerUseTool20250124Param,
                BetaTextEditor20241022Param,
                BetaComputerUseTool20251124Param,
                BetaTextEditor20250124Param,
                BetaTextEditor20250429Param,
                BetaTextEditor20250728Param,
                BetaWebSearchTool20250305Param,
                BetaWebFetchTool20250910Param,
                BetaToolSearchToolBM2520251119Param,
                BetaToolSearchToolRegex20251119Param,
                BetaMCPToolsetParam,
            ]
        ]
        | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        betas: List[
            Union[
                str,
                Literal[
                    "message-batches-2024-09-24",
                    "prompt-caching-2024-07-31",
                    "computer-use-2024-10-22",
                    "computer-use-2025-01-24",
                    "pdfs-2024-09-25",
                    "token-counting-2024-11-01",
                    "token-efficient-tools-2025-02-19",
                    "output-128k-2025-02-19",
                    "files-api-2025-04-14",
                    "mcp-client-2025-04-04",
                    "mcp-client-2025-11-20",
                    "dev-full-thinking-2025-05-14",
                    "interleaved-thinking-2025-05-14",
                    "code-execution-2025-05-22",
                    "extended-cache-ttl-2025-04-11",
                    "context-1m-2025-08-07",
                    "context-management-2025-06-27",
                    "model-context-window-exceeded-2025-08-26",
                    "skills-2025-10-02",
                    "fast-mode-2026-02-01",
                ],
            ]
        ]
        | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> (
        BetaMessage
        | AsyncStream[
            Annotated[
                Union[
                    BetaMessageStartEvent,
                    BetaMessageDeltaEvent,
                    BetaMessageStopEvent,
                    BetaContentBlockStartEvent,
                    BetaContentBlockDeltaEvent,
                    BetaContentBlockStopEvent,
                ],
                Discriminator("type"),
            ]
        ]
    ): ...

    async def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaInputMessageParam],
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
        container: Optional[Union[BetaContainerParamsParam, str]] | Omit = omit,
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        inference_geo: Optional[str] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        metadata: BetaMetadataParam | Omit = omit,
        output_config: BetaOutputConfigParam | Omit = omit,
        output_format: Optional[BetaJsonOutputFormatParam] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        speed: Optional[Literal["standard", "fast"]] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        stream: Literal[False] | Literal[True] | Omit = omit,
        system: Union[str, Iterable[BetaRequestTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        thinking: Union[
            BetaThinkingConfigEnabledParam,
            BetaThinkingConfigDisabledParam,
            BetaThinkingConfigAdaptiveParam,
        ]
        | Omit = omit,
        tool_choice: Union[
            BetaToolChoiceAutoParam,
            BetaToolChoiceAnyParam,
            BetaToolChoiceToolParam,
            BetaToolChoiceNoneParam,
        ]
        | Omit = omit,
        tools: Iterable[
            Union[
                BetaToolParam,
                BetaBashTool20241022Param,
                BetaBashTool20250124Param,
                BetaCodeExecutionTool20250522Param,
                BetaCodeExecutionTool20250825Param,
                BetaComputerUseTool20241022Param,
                BetaMemoryTool20250818Param,
                BetaComputerUseTool20250124Param,
                BetaTextEditor20241022Param,
                BetaComputerUseTool20251124Param,
                BetaTextEditor20250124Param,
                BetaTextEditor20250429Param,
                BetaTextEditor20250728Param,
                BetaWebSearchTool20250305Param,
                BetaWebFetchTool20250910Param,
                BetaToolSearchToolBM2520251119Param,
                BetaToolSearchToolRegex20251119Param,
                BetaMCPToolsetParam,
            ]
        ]
        | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        betas: List[
            Union[
                str,
                Literal[
                    "message-batches-2024-09-24",
                    "prompt-caching-2024-07-31",
                    "computer-use-2024-10-22",
                    "computer-use-2025-01-24",
                    "pdfs-2024-09-25",
                    "token-counting-2024-11-01",
                    "token-efficient-tools-2025-02-19",
                    "output-128k-2025-02-19",
                    "files-api-2025-04-14",
                    "mcp-client-2025-04-04",
                    "mcp-client-2025-11-20",
                    "dev-full-thinking-2025-05-14",
                    "interleaved-thinking-2025-05-14",
                    "code-execution-2025-05-22",
                    "extended-cache-ttl-2025-04-11",
                    "context-1m-2025-08-07",
                    "context-management-2025-06-27",
                    "model-context-window-exceeded-2025-08-26",
                    "skills-2025-10-02",
                    "fast-mode-2026-02-01",
                ],
            ]
        ]
        | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> (
        BetaMessage
        | AsyncStream[
            Annotated[
                Union[
                    BetaMessageStartEvent,
                    BetaMessageDeltaEvent,
                    BetaMessageStopEvent,
                    BetaContentBlockStartEvent,
                    BetaContentBlockDeltaEvent,
                    BetaContentBlockStopEvent,
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
            "/v1/messages?beta=true",
            body=compact(
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
            ),
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ()), extra_headers
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=BetaMessage,
            stream=stream or False,
            stream_cls=AsyncStream[
                Annotated[
                    Union[
                        BetaMessageStartEvent,
                        BetaMessageDeltaEvent,
                        BetaMessageStopEvent,
                        BetaContentBlockStartEvent,
                        BetaContentBlockDeltaEvent,
                        BetaContentBlockStopEvent,
                    ],
                    Discriminator("type"),
                ]
            ],
        )

    async def count_tokens(
        self,
        *,
        messages: Iterable[BetaInputMessageParam],
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
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        output_config: BetaOutputConfigParam | Omit = omit,
        output_format: Optional[BetaJsonOutputFormatParam] | Omit = omit,
        speed: Optional[Literal["standard", "fast"]] | Omit = omit,
        system: Union[str, Iterable[BetaRequestTextBlockParam]] | Omit = omit,
        thinking: Union[
            BetaThinkingConfigEnabledParam,
            BetaThinkingConfigDisabledParam,
            BetaThinkingConfigAdaptiveParam,
        ]
        | Omit = omit,
        tool_choice: Union[
            BetaToolChoiceAutoParam,
            BetaToolChoiceAnyParam,
            BetaToolChoiceToolParam,
            BetaToolChoiceNoneParam,
        ]
        | Omit = omit,
        tools: Iterable[
            Union[
                BetaToolParam,
                BetaBashTool20241022Param,
                BetaBashTool20250124Param,
                BetaCodeExecutionTool20250522Param,
                BetaCodeExecutionTool20250825Param,
                BetaComputerUseTool20241022Param,
                BetaMemoryTool20250818Param,
                BetaComputerUseTool20250124Param,
                BetaTextEditor20241022Param,
                BetaComputerUseTool20251124Param,
                BetaTextEditor20250124Param,
                BetaTextEditor20250429Param,
                BetaTextEditor20250728Param,
                BetaWebSearchTool20250305Param,
                BetaWebFetchTool20250910Param,
                BetaToolSearchToolBM2520251119Param,
                BetaToolSearchToolRegex20251119Param,
                BetaMCPToolsetParam,
            ]
        ]
        | Omit = omit,
        betas: List[
            Union[
                str,
                Literal[
                    "message-batches-2024-09-24",
                    "prompt-caching-2024-07-31",
                    "computer-use-2024-10-22",
                    "computer-use-2025-01-24",
                    "pdfs-2024-09-25",
                    "token-counting-2024-11-01",
                    "token-efficient-tools-2025-02-19",
                    "output-128k-2025-02-19",
                    "files-api-2025-04-14",
                    "mcp-client-2025-04-04",
                    "mcp-client-2025-11-20",
                    "dev-full-thinking-2025-05-14",
                    "interleaved-thinking-2025-05-14",
                    "code-execution-2025-05-22",
                    "extended-cache-ttl-2025-04-11",
                    "context-1m-2025-08-07",
                    "context-management-2025-06-27",
                    "model-context-window-exceeded-2025-08-26",
                    "skills-2025-10-02",
                    "fast-mode-2026-02-01",
                ],
            ]
        ]
        | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaCountMessageTokensResponse:

        return await self._post(
            "/v1/messages/count_tokens?beta=true",
            body=compact(
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
            ),
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header(
                        "anthropic-beta", betas, ("token-counting-2024-11-01",)
                    ),
                    extra_headers,
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=BetaCountMessageTokensResponse,
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
