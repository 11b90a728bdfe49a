from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .anthropic_beta_param import AnthropicBetaParam as AnthropicBetaParam
    from .base64_image_source_param import Base64ImageSourceParam as Base64ImageSourceParam
    from .base64_pdf_source_param import Base64PDFSourceParam as Base64PDFSourceParam
    from .beta_api_error import BetaAPIError as BetaAPIError
    from .beta_authentication_error import BetaAuthenticationError as BetaAuthenticationError
    from .beta_billing_error import BetaBillingError as BetaBillingError
    from .beta_error import BetaError as BetaError
    from .beta_error_response import BetaErrorResponse as BetaErrorResponse
    from .beta_gateway_timeout_error import BetaGatewayTimeoutError as BetaGatewayTimeoutError
    from .beta_invalid_request_error import BetaInvalidRequestError as BetaInvalidRequestError
    from .beta_not_found_error import BetaNotFoundError as BetaNotFoundError
    from .beta_overloaded_error import BetaOverloadedError as BetaOverloadedError
    from .beta_permission_error import BetaPermissionError as BetaPermissionError
    from .beta_rate_limit_error import BetaRateLimitError as BetaRateLimitError
    from .cache_control_ephemeral_param import CacheControlEphemeralParam as CacheControlEphemeralParam
    from .cache_creation import CacheCreation as CacheCreation
    from .citation_char_location import CitationCharLocation as CitationCharLocation
    from .citation_char_location_param import CitationCharLocationParam as CitationCharLocationParam
    from .citation_content_block_location import CitationContentBlockLocation as CitationContentBlockLocation
    from .citation_content_block_location_param import (
        CitationContentBlockLocationParam as CitationContentBlockLocationParam,
    )
    from .citation_page_location import CitationPageLocation as CitationPageLocation
    from .citation_page_location_param import CitationPageLocationParam as CitationPageLocationParam
    from .citation_search_result_location_param import (
        CitationSearchResultLocationParam as CitationSearchResultLocationParam,
    )
    from .citation_web_search_result_location_param import (
        CitationWebSearchResultLocationParam as CitationWebSearchResultLocationParam,
    )
    from .citations_config_param import CitationsConfigParam as CitationsConfigParam
    from .citations_delta import CitationsDelta as CitationsDelta
    from .citations_search_result_location import CitationsSearchResultLocation as CitationsSearchResultLocation
    from .citations_web_search_result_location import (
        CitationsWebSearchResultLocation as CitationsWebSearchResultLocation,
    )
    from .completion import Completion as Completion
    from .completion_create_params import CompletionCreateParams as CompletionCreateParams
    from .content_block import ContentBlock as ContentBlock
    from .content_block_delta_event import ContentBlockDeltaEvent as ContentBlockDeltaEvent
    from .content_block_param import ContentBlockParam as ContentBlockParam
    from .content_block_source_content_param import ContentBlockSourceContentParam as ContentBlockSourceContentParam
    from .content_block_source_param import ContentBlockSourceParam as ContentBlockSourceParam
    from .content_block_start_event import ContentBlockStartEvent as ContentBlockStartEvent
    from .content_block_stop_event import ContentBlockStopEvent as ContentBlockStopEvent
    from .document_block_param import DocumentBlockParam as DocumentBlockParam
    from .image_block_param import ImageBlockParam as ImageBlockParam
    from .input_json_delta import InputJSONDelta as InputJSONDelta
    from .json_output_format_param import JSONOutputFormatParam as JSONOutputFormatParam
    from .message import Message as Message
    from .message_count_tokens_params import MessageCountTokensParams as MessageCountTokensParams
    from .message_count_tokens_tool_param import MessageCountTokensToolParam as MessageCountTokensToolParam
    from .message_create_params import MessageCreateParams as MessageCreateParams
    from .message_delta_event import MessageDeltaEvent as MessageDeltaEvent
    from .message_delta_usage import MessageDeltaUsage as MessageDeltaUsage
    from .message_param import MessageParam as MessageParam
    from .message_start_event import MessageStartEvent as MessageStartEvent
    from .message_stop_event import MessageStopEvent as MessageStopEvent
    from .message_stream_event import MessageStreamEvent as MessageStreamEvent
    from .message_tokens_count import MessageTokensCount as MessageTokensCount
    from .metadata_param import MetadataParam as MetadataParam
    from .model import Model as Model
    from .model_info import ModelInfo as ModelInfo
    from .model_list_params import ModelListParams as ModelListParams
    from .model_param import ModelParam as ModelParam
    from .output_config_param import OutputConfigParam as OutputConfigParam
    from .parsed_message import (
        ParsedContentBlock as ParsedContentBlock,
        ParsedMessage as ParsedMessage,
        ParsedTextBlock as ParsedTextBlock,
    )
    from .plain_text_source_param import PlainTextSourceParam as PlainTextSourceParam
    from .raw_content_block_delta import RawContentBlockDelta as RawContentBlockDelta
    from .raw_content_block_delta_event import RawContentBlockDeltaEvent as RawContentBlockDeltaEvent
    from .raw_content_block_start_event import RawContentBlockStartEvent as RawContentBlockStartEvent
    from .raw_content_block_stop_event import RawContentBlockStopEvent as RawContentBlockStopEvent
    from .raw_message_delta_event import RawMessageDeltaEvent as RawMessageDeltaEvent
    from .raw_message_start_event import RawMessageStartEvent as RawMessageStartEvent
    from .raw_message_stop_event import RawMessageStopEvent as RawMessageStopEvent
    from .raw_message_stream_event import RawMessageStreamEvent as RawMessageStreamEvent
    from .redacted_thinking_block import RedactedThinkingBlock as RedactedThinkingBlock
    from .redacted_thinking_block_param import RedactedThinkingBlockParam as RedactedThinkingBlockParam
    from .search_result_block_param import SearchResultBlockParam as SearchResultBlockParam
    from .server_tool_usage import ServerToolUsage as ServerToolUsage
    from .server_tool_use_block import ServerToolUseBlock as ServerToolUseBlock
    from .server_tool_use_block_param import ServerToolUseBlockParam as ServerToolUseBlockParam
    from .shared.api_error_object import APIErrorObject as APIErrorObject
    from .shared.authentication_error import AuthenticationError as AuthenticationError
    from .shared.billing_error import BillingError as BillingError
    from .shared.error_object import ErrorObject as ErrorObject
    from .shared.error_response import ErrorResponse as ErrorResponse
    from .shared.gateway_timeout_error import GatewayTimeoutError as GatewayTimeoutError
    from .shared.invalid_request_error import InvalidRequestError as InvalidRequestError
    from .shared.not_found_error import NotFoundError as NotFoundError
    from .shared.overloaded_error import OverloadedError as OverloadedError
    from .shared.permission_error import PermissionError as PermissionError
    from .shared.rate_limit_error import RateLimitError as RateLimitError
    from .signature_delta import SignatureDelta as SignatureDelta
    from .stop_reason import StopReason as StopReason
    from .text_block import TextBlock as TextBlock
    from .text_block_param import TextBlockParam as TextBlockParam
    from .text_citation import TextCitation as TextCitation
    from .text_citation_param import TextCitationParam as TextCitationParam
    from .text_delta import TextDelta as TextDelta
    from .thinking_block import ThinkingBlock as ThinkingBlock
    from .thinking_block_param import ThinkingBlockParam as ThinkingBlockParam
    from .thinking_config_adaptive_param import ThinkingConfigAdaptiveParam as ThinkingConfigAdaptiveParam
    from .thinking_config_disabled_param import ThinkingConfigDisabledParam as ThinkingConfigDisabledParam
    from .thinking_config_enabled_param import ThinkingConfigEnabledParam as ThinkingConfigEnabledParam
    from .thinking_config_param import ThinkingConfigParam as ThinkingConfigParam
    from .thinking_delta import ThinkingDelta as ThinkingDelta
    from .tool_bash_20250124_param import ToolBash20250124Param as ToolBash20250124Param
    from .tool_choice_any_param import ToolChoiceAnyParam as ToolChoiceAnyParam
    from .tool_choice_auto_param import ToolChoiceAutoParam as ToolChoiceAutoParam
    from .tool_choice_none_param import ToolChoiceNoneParam as ToolChoiceNoneParam
    from .tool_choice_param import ToolChoiceParam as ToolChoiceParam
    from .tool_choice_tool_param import ToolChoiceToolParam as ToolChoiceToolParam
    from .tool_param import ToolParam as ToolParam
    from .tool_result_block_param import ToolResultBlockParam as ToolResultBlockParam
    from .tool_text_editor_20250124_param import ToolTextEditor20250124Param as ToolTextEditor20250124Param
    from .tool_text_editor_20250429_param import ToolTextEditor20250429Param as ToolTextEditor20250429Param
    from .tool_text_editor_20250728_param import ToolTextEditor20250728Param as ToolTextEditor20250728Param
    from .tool_union_param import ToolUnionParam as ToolUnionParam
    from .tool_use_block import ToolUseBlock as ToolUseBlock
    from .tool_use_block_param import ToolUseBlockParam as ToolUseBlockParam
    from .url_image_source_param import URLImageSourceParam as URLImageSourceParam
    from .url_pdf_source_param import URLPDFSourceParam as URLPDFSourceParam
    from .usage import Usage as Usage
    from .web_search_result_block import WebSearchResultBlock as WebSearchResultBlock
    from .web_search_result_block_param import WebSearchResultBlockParam as WebSearchResultBlockParam
    from .web_search_tool_20250305_param import WebSearchTool20250305Param as WebSearchTool20250305Param
    from .web_search_tool_request_error_param import WebSearchToolRequestErrorParam as WebSearchToolRequestErrorParam
    from .web_search_tool_result_block import WebSearchToolResultBlock as WebSearchToolResultBlock
    from .web_search_tool_result_block_content import WebSearchToolResultBlockContent as WebSearchToolResultBlockContent
    from .web_search_tool_result_block_param import WebSearchToolResultBlockParam as WebSearchToolResultBlockParam
    from .web_search_tool_result_block_param_content_param import (
        WebSearchToolResultBlockParamContentParam as WebSearchToolResultBlockParamContentParam,
    )
    from .web_search_tool_result_error import WebSearchToolResultError as WebSearchToolResultError

_EXPORTS: dict[str, tuple[str, str]] = {
    "APIErrorObject": (".shared.api_error_object", "APIErrorObject"),
    "AnthropicBetaParam": (".anthropic_beta_param", "AnthropicBetaParam"),
    "AuthenticationError": (".shared.authentication_error", "AuthenticationError"),
    "Base64ImageSourceParam": (".base64_image_source_param", "Base64ImageSourceParam"),
    "Base64PDFSourceParam": (".base64_pdf_source_param", "Base64PDFSourceParam"),
    "BetaAPIError": (".beta_api_error", "BetaAPIError"),
    "BetaAuthenticationError": (".beta_authentication_error", "BetaAuthenticationError"),
    "BetaBillingError": (".beta_billing_error", "BetaBillingError"),
    "BetaError": (".beta_error", "BetaError"),
    "BetaErrorResponse": (".beta_error_response", "BetaErrorResponse"),
    "BetaGatewayTimeoutError": (".beta_gateway_timeout_error", "BetaGatewayTimeoutError"),
    "BetaInvalidRequestError": (".beta_invalid_request_error", "BetaInvalidRequestError"),
    "BetaNotFoundError": (".beta_not_found_error", "BetaNotFoundError"),
    "BetaOverloadedError": (".beta_overloaded_error", "BetaOverloadedError"),
    "BetaPermissionError": (".beta_permission_error", "BetaPermissionError"),
    "BetaRateLimitError": (".beta_rate_limit_error", "BetaRateLimitError"),
    "BillingError": (".shared.billing_error", "BillingError"),
    "CacheControlEphemeralParam": (".cache_control_ephemeral_param", "CacheControlEphemeralParam"),
    "CacheCreation": (".cache_creation", "CacheCreation"),
    "CitationCharLocation": (".citation_char_location", "CitationCharLocation"),
    "CitationCharLocationParam": (".citation_char_location_param", "CitationCharLocationParam"),
    "CitationContentBlockLocation": (".citation_content_block_location", "CitationContentBlockLocation"),
    "CitationContentBlockLocationParam": (
        ".citation_content_block_location_param",
        "CitationContentBlockLocationParam",
    ),
    "CitationPageLocation": (".citation_page_location", "CitationPageLocation"),
    "CitationPageLocationParam": (".citation_page_location_param", "CitationPageLocationParam"),
    "CitationSearchResultLocationParam": (
        ".citation_search_result_location_param",
        "CitationSearchResultLocationParam",
    ),
    "CitationWebSearchResultLocationParam": (
        ".citation_web_search_result_location_param",
        "CitationWebSearchResultLocationParam",
    ),
    "CitationsConfigParam": (".citations_config_param", "CitationsConfigParam"),
    "CitationsDelta": (".citations_delta", "CitationsDelta"),
    "CitationsSearchResultLocation": (".citations_search_result_location", "CitationsSearchResultLocation"),
    "CitationsWebSearchResultLocation": (".citations_web_search_result_location", "CitationsWebSearchResultLocation"),
    "Completion": (".completion", "Completion"),
    "CompletionCreateParams": (".completion_create_params", "CompletionCreateParams"),
    "ContentBlock": (".content_block", "ContentBlock"),
    "ContentBlockDeltaEvent": (".content_block_delta_event", "ContentBlockDeltaEvent"),
    "ContentBlockParam": (".content_block_param", "ContentBlockParam"),
    "ContentBlockSourceContentParam": (".content_block_source_content_param", "ContentBlockSourceContentParam"),
    "ContentBlockSourceParam": (".content_block_source_param", "ContentBlockSourceParam"),
    "ContentBlockStartEvent": (".content_block_start_event", "ContentBlockStartEvent"),
    "ContentBlockStopEvent": (".content_block_stop_event", "ContentBlockStopEvent"),
    "DocumentBlockParam": (".document_block_param", "DocumentBlockParam"),
    "ErrorObject": (".shared.error_object", "ErrorObject"),
    "ErrorResponse": (".shared.error_response", "ErrorResponse"),
    "GatewayTimeoutError": (".shared.gateway_timeout_error", "GatewayTimeoutError"),
    "ImageBlockParam": (".image_block_param", "ImageBlockParam"),
    "InputJSONDelta": (".input_json_delta", "InputJSONDelta"),
    "InvalidRequestError": (".shared.invalid_request_error", "InvalidRequestError"),
    "JSONOutputFormatParam": (".json_output_format_param", "JSONOutputFormatParam"),
    "Message": (".message", "Message"),
    "MessageCountTokensParams": (".message_count_tokens_params", "MessageCountTokensParams"),
    "MessageCountTokensToolParam": (".message_count_tokens_tool_param", "MessageCountTokensToolParam"),
    "MessageCreateParams": (".message_create_params", "MessageCreateParams"),
    "MessageDeltaEvent": (".message_delta_event", "MessageDeltaEvent"),
    "MessageDeltaUsage": (".message_delta_usage", "MessageDeltaUsage"),
    "MessageParam": (".message_param", "MessageParam"),
    "MessageStartEvent": (".message_start_event", "MessageStartEvent"),
    "MessageStopEvent": (".message_stop_event", "MessageStopEvent"),
    "MessageStreamEvent": (".message_stream_event", "MessageStreamEvent"),
    "MessageTokensCount": (".message_tokens_count", "MessageTokensCount"),
    "MetadataParam": (".metadata_param", "MetadataParam"),
    "Model": (".model", "Model"),
    "ModelInfo": (".model_info", "ModelInfo"),
    "ModelListParams": (".model_list_params", "ModelListParams"),
    "ModelParam": (".model_param", "ModelParam"),
    "NotFoundError": (".shared.not_found_error", "NotFoundError"),
    "OutputConfigParam": (".output_config_param", "OutputConfigParam"),
    "OverloadedError": (".shared.overloaded_error", "OverloadedError"),
    "ParsedContentBlock": (".parsed_message", "ParsedContentBlock"),
    "ParsedMessage": (".parsed_message", "ParsedMessage"),
    "ParsedTextBlock": (".parsed_message", "ParsedTextBlock"),
    "PermissionError": (".shared.permission_error", "PermissionError"),
    "PlainTextSourceParam": (".plain_text_source_param", "PlainTextSourceParam"),
    "RateLimitError": (".shared.rate_limit_error", "RateLimitError"),
    "RawContentBlockDelta": (".raw_content_block_delta", "RawContentBlockDelta"),
    "RawContentBlockDeltaEvent": (".raw_content_block_delta_event", "RawContentBlockDeltaEvent"),
    "RawContentBlockStartEvent": (".raw_content_block_start_event", "RawContentBlockStartEvent"),
    "RawContentBlockStopEvent": (".raw_content_block_stop_event", "RawContentBlockStopEvent"),
    "RawMessageDeltaEvent": (".raw_message_delta_event", "RawMessageDeltaEvent"),
    "RawMessageStartEvent": (".raw_message_start_event", "RawMessageStartEvent"),
    "RawMessageStopEvent": (".raw_message_stop_event", "RawMessageStopEvent"),
    "RawMessageStreamEvent": (".raw_message_stream_event", "RawMessageStreamEvent"),
    "RedactedThinkingBlock": (".redacted_thinking_block", "RedactedThinkingBlock"),
    "RedactedThinkingBlockParam": (".redacted_thinking_block_param", "RedactedThinkingBlockParam"),
    "SearchResultBlockParam": (".search_result_block_param", "SearchResultBlockParam"),
    "ServerToolUsage": (".server_tool_usage", "ServerToolUsage"),
    "ServerToolUseBlock": (".server_tool_use_block", "ServerToolUseBlock"),
    "ServerToolUseBlockParam": (".server_tool_use_block_param", "ServerToolUseBlockParam"),
    "SignatureDelta": (".signature_delta", "SignatureDelta"),
    "StopReason": (".stop_reason", "StopReason"),
    "TextBlock": (".text_block", "TextBlock"),
    "TextBlockParam": (".text_block_param", "TextBlockParam"),
    "TextCitation": (".text_citation", "TextCitation"),
    "TextCitationParam": (".text_citation_param", "TextCitationParam"),
    "TextDelta": (".text_delta", "TextDelta"),
    "ThinkingBlock": (".thinking_block", "ThinkingBlock"),
    "ThinkingBlockParam": (".thinking_block_param", "ThinkingBlockParam"),
    "ThinkingConfigAdaptiveParam": (".thinking_config_adaptive_param", "ThinkingConfigAdaptiveParam"),
    "ThinkingConfigDisabledParam": (".thinking_config_disabled_param", "ThinkingConfigDisabledParam"),
    "ThinkingConfigEnabledParam": (".thinking_config_enabled_param", "ThinkingConfigEnabledParam"),
    "ThinkingConfigParam": (".thinking_config_param", "ThinkingConfigParam"),
    "ThinkingDelta": (".thinking_delta", "ThinkingDelta"),
    "ToolBash20250124Param": (".tool_bash_20250124_param", "ToolBash20250124Param"),
    "ToolChoiceAnyParam": (".tool_choice_any_param", "ToolChoiceAnyParam"),
    "ToolChoiceAutoParam": (".tool_choice_auto_param", "ToolChoiceAutoParam"),
    "ToolChoiceNoneParam": (".tool_choice_none_param", "ToolChoiceNoneParam"),
    "ToolChoiceParam": (".tool_choice_param", "ToolChoiceParam"),
    "ToolChoiceToolParam": (".tool_choice_tool_param", "ToolChoiceToolParam"),
    "ToolParam": (".tool_param", "ToolParam"),
    "ToolResultBlockParam": (".tool_result_block_param", "ToolResultBlockParam"),
    "ToolTextEditor20250124Param": (".tool_text_editor_20250124_param", "ToolTextEditor20250124Param"),
    "ToolTextEditor20250429Param": (".tool_text_editor_20250429_param", "ToolTextEditor20250429Param"),
    "ToolTextEditor20250728Param": (".tool_text_editor_20250728_param", "ToolTextEditor20250728Param"),
    "ToolUnionParam": (".tool_union_param", "ToolUnionParam"),
    "ToolUseBlock": (".tool_use_block", "ToolUseBlock"),
    "ToolUseBlockParam": (".tool_use_block_param", "ToolUseBlockParam"),
    "URLImageSourceParam": (".url_image_source_param", "URLImageSourceParam"),
    "URLPDFSourceParam": (".url_pdf_source_param", "URLPDFSourceParam"),
    "Usage": (".usage", "Usage"),
    "WebSearchResultBlock": (".web_search_result_block", "WebSearchResultBlock"),
    "WebSearchResultBlockParam": (".web_search_result_block_param", "WebSearchResultBlockParam"),
    "WebSearchTool20250305Param": (".web_search_tool_20250305_param", "WebSearchTool20250305Param"),
    "WebSearchToolRequestErrorParam": (".web_search_tool_request_error_param", "WebSearchToolRequestErrorParam"),
    "WebSearchToolResultBlock": (".web_search_tool_result_block", "WebSearchToolResultBlock"),
    "WebSearchToolResultBlockContent": (".web_search_tool_result_block_content", "WebSearchToolResultBlockContent"),
    "WebSearchToolResultBlockParam": (".web_search_tool_result_block_param", "WebSearchToolResultBlockParam"),
    "WebSearchToolResultBlockParamContentParam": (
        ".web_search_tool_result_block_param_content_param",
        "WebSearchToolResultBlockParamContentParam",
    ),
    "WebSearchToolResultError": (".web_search_tool_result_error", "WebSearchToolResultError"),
}

__all__ = [
    "APIErrorObject",
    "AnthropicBetaParam",
    "AuthenticationError",
    "Base64ImageSourceParam",
    "Base64PDFSourceParam",
    "BetaAPIError",
    "BetaAuthenticationError",
    "BetaBillingError",
    "BetaError",
    "BetaErrorResponse",
    "BetaGatewayTimeoutError",
    "BetaInvalidRequestError",
    "BetaNotFoundError",
    "BetaOverloadedError",
    "BetaPermissionError",
    "BetaRateLimitError",
    "BillingError",
    "CacheControlEphemeralParam",
    "CacheCreation",
    "CitationCharLocation",
    "CitationCharLocationParam",
    "CitationContentBlockLocation",
    "CitationContentBlockLocationParam",
    "CitationPageLocation",
    "CitationPageLocationParam",
    "CitationSearchResultLocationParam",
    "CitationWebSearchResultLocationParam",
    "CitationsConfigParam",
    "CitationsDelta",
    "CitationsSearchResultLocation",
    "CitationsWebSearchResultLocation",
    "Completion",
    "CompletionCreateParams",
    "ContentBlock",
    "ContentBlockDeltaEvent",
    "ContentBlockParam",
    "ContentBlockSourceContentParam",
    "ContentBlockSourceParam",
    "ContentBlockStartEvent",
    "ContentBlockStopEvent",
    "DocumentBlockParam",
    "ErrorObject",
    "ErrorResponse",
    "GatewayTimeoutError",
    "ImageBlockParam",
    "InputJSONDelta",
    "InvalidRequestError",
    "JSONOutputFormatParam",
    "Message",
    "MessageCountTokensParams",
    "MessageCountTokensToolParam",
    "MessageCreateParams",
    "MessageDeltaEvent",
    "MessageDeltaUsage",
    "MessageParam",
    "MessageStartEvent",
    "MessageStopEvent",
    "MessageStreamEvent",
    "MessageTokensCount",
    "MetadataParam",
    "Model",
    "ModelInfo",
    "ModelListParams",
    "ModelParam",
    "NotFoundError",
    "OutputConfigParam",
    "OverloadedError",
    "ParsedContentBlock",
    "ParsedMessage",
    "ParsedTextBlock",
    "PermissionError",
    "PlainTextSourceParam",
    "RateLimitError",
    "RawContentBlockDelta",
    "RawContentBlockDeltaEvent",
    "RawContentBlockStartEvent",
    "RawContentBlockStopEvent",
    "RawMessageDeltaEvent",
    "RawMessageStartEvent",
    "RawMessageStopEvent",
    "RawMessageStreamEvent",
    "RedactedThinkingBlock",
    "RedactedThinkingBlockParam",
    "SearchResultBlockParam",
    "ServerToolUsage",
    "ServerToolUseBlock",
    "ServerToolUseBlockParam",
    "SignatureDelta",
    "StopReason",
    "TextBlock",
    "TextBlockParam",
    "TextCitation",
    "TextCitationParam",
    "TextDelta",
    "ThinkingBlock",
    "ThinkingBlockParam",
    "ThinkingConfigAdaptiveParam",
    "ThinkingConfigDisabledParam",
    "ThinkingConfigEnabledParam",
    "ThinkingConfigParam",
    "ThinkingDelta",
    "ToolBash20250124Param",
    "ToolChoiceAnyParam",
    "ToolChoiceAutoParam",
    "ToolChoiceNoneParam",
    "ToolChoiceParam",
    "ToolChoiceToolParam",
    "ToolParam",
    "ToolResultBlockParam",
    "ToolTextEditor20250124Param",
    "ToolTextEditor20250429Param",
    "ToolTextEditor20250728Param",
    "ToolUnionParam",
    "ToolUseBlock",
    "ToolUseBlockParam",
    "URLImageSourceParam",
    "URLPDFSourceParam",
    "Usage",
    "WebSearchResultBlock",
    "WebSearchResultBlockParam",
    "WebSearchTool20250305Param",
    "WebSearchToolRequestErrorParam",
    "WebSearchToolResultBlock",
    "WebSearchToolResultBlockContent",
    "WebSearchToolResultBlockParam",
    "WebSearchToolResultBlockParamContentParam",
    "WebSearchToolResultError",
]


def __getattr__(name: str) -> Any:
    from importlib import import_module

    try:
        module_name, attribute = _EXPORTS[name]
    except KeyError:
        # A submodule reads as an attribute once imported (`package.types.Message` after
        # `import package`), as with an eagerly importing package.
        from importlib.util import find_spec

        if name.isidentifier() and find_spec(f"{__name__}.{name}") is not None:
            return import_module(f"{__name__}.{name}")
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None

    value = getattr(import_module(module_name, __name__), attribute)
    # Cache it: later lookups are plain attribute reads.
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
