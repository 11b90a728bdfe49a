from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_error import APIError as APIError
    from .authentication_error import AuthenticationError as AuthenticationError
    from .base64_image_source_param import (
        Base64ImageSourceParam as Base64ImageSourceParam,
    )
    from .base64_pdf_source_param import Base64PDFSourceParam as Base64PDFSourceParam
    from .bash_tool20250124_param import BashTool20250124Param as BashTool20250124Param
    from .beta_all_thinking_turns_param import (
        BetaAllThinkingTurnsParam as BetaAllThinkingTurnsParam,
    )
    from .beta_api_error import BetaAPIError as BetaAPIError
    from .beta_authentication_error import (
        BetaAuthenticationError as BetaAuthenticationError,
    )
    from .beta_base64_image_source_param import (
        BetaBase64ImageSourceParam as BetaBase64ImageSourceParam,
    )
    from .beta_base64_pdf_source import BetaBase64PDFSource as BetaBase64PDFSource
    from .beta_base64_pdf_source_param import (
        BetaBase64PDFSourceParam as BetaBase64PDFSourceParam,
    )
    from .beta_bash_tool20241022_param import (
        BetaBashTool20241022Param as BetaBashTool20241022Param,
    )
    from .beta_bash_tool20250124_param import (
        BetaBashTool20250124Param as BetaBashTool20250124Param,
    )
    from .beta_billing_error import BetaBillingError as BetaBillingError
    from .beta_cache_control_ephemeral_param import (
        BetaCacheControlEphemeralParam as BetaCacheControlEphemeralParam,
    )
    from .beta_cache_creation import BetaCacheCreation as BetaCacheCreation
    from .beta_canceled_result import BetaCanceledResult as BetaCanceledResult
    from .beta_citations_delta import BetaCitationsDelta as BetaCitationsDelta
    from .beta_clear_thinking20251015_param import (
        BetaClearThinking20251015Param as BetaClearThinking20251015Param,
    )
    from .beta_clear_tool_uses20250919_param import (
        BetaClearToolUses20250919Param as BetaClearToolUses20250919Param,
    )
    from .beta_code_execution_tool20250522_param import (
        BetaCodeExecutionTool20250522Param as BetaCodeExecutionTool20250522Param,
    )
    from .beta_code_execution_tool20250825_param import (
        BetaCodeExecutionTool20250825Param as BetaCodeExecutionTool20250825Param,
    )
    from .beta_compact20260112_param import (
        BetaCompact20260112Param as BetaCompact20260112Param,
    )
    from .beta_compaction_content_block_delta import (
        BetaCompactionContentBlockDelta as BetaCompactionContentBlockDelta,
    )
    from .beta_compaction_iteration_usage import (
        BetaCompactionIterationUsage as BetaCompactionIterationUsage,
    )
    from .beta_computer_use_tool20241022_param import (
        BetaComputerUseTool20241022Param as BetaComputerUseTool20241022Param,
    )
    from .beta_computer_use_tool20250124_param import (
        BetaComputerUseTool20250124Param as BetaComputerUseTool20250124Param,
    )
    from .beta_computer_use_tool20251124_param import (
        BetaComputerUseTool20251124Param as BetaComputerUseTool20251124Param,
    )
    from .beta_container import BetaContainer as BetaContainer
    from .beta_container_params_param import (
        BetaContainerParamsParam as BetaContainerParamsParam,
    )
    from .beta_content_block_delta_event import (
        BetaContentBlockDeltaEvent as BetaContentBlockDeltaEvent,
    )
    from .beta_content_block_source_param import (
        BetaContentBlockSourceParam as BetaContentBlockSourceParam,
    )
    from .beta_content_block_start_event import (
        BetaContentBlockStartEvent as BetaContentBlockStartEvent,
    )
    from .beta_content_block_stop_event import (
        BetaContentBlockStopEvent as BetaContentBlockStopEvent,
    )
    from .beta_context_management_config_param import (
        BetaContextManagementConfigParam as BetaContextManagementConfigParam,
    )
    from .beta_context_management_response import (
        BetaContextManagementResponse as BetaContextManagementResponse,
    )
    from .beta_count_message_tokens_response import (
        BetaCountMessageTokensResponse as BetaCountMessageTokensResponse,
    )
    from .beta_create_message_params_param import (
        BetaCreateMessageParamsParam as BetaCreateMessageParamsParam,
    )
    from .beta_create_skill_response import (
        BetaCreateSkillResponse as BetaCreateSkillResponse,
    )
    from .beta_create_skill_version_response import (
        BetaCreateSkillVersionResponse as BetaCreateSkillVersionResponse,
    )
    from .beta_delete_message_batch_response import (
        BetaDeleteMessageBatchResponse as BetaDeleteMessageBatchResponse,
    )
    from .beta_delete_skill_response import (
        BetaDeleteSkillResponse as BetaDeleteSkillResponse,
    )
    from .beta_delete_skill_version_response import (
        BetaDeleteSkillVersionResponse as BetaDeleteSkillVersionResponse,
    )
    from .beta_direct_caller import BetaDirectCaller as BetaDirectCaller
    from .beta_direct_caller_param import BetaDirectCallerParam as BetaDirectCallerParam
    from .beta_error_response import BetaErrorResponse as BetaErrorResponse
    from .beta_errored_result import BetaErroredResult as BetaErroredResult
    from .beta_expired_result import BetaExpiredResult as BetaExpiredResult
    from .beta_file_delete_response import (
        BetaFileDeleteResponse as BetaFileDeleteResponse,
    )
    from .beta_file_document_source_param import (
        BetaFileDocumentSourceParam as BetaFileDocumentSourceParam,
    )
    from .beta_file_image_source_param import (
        BetaFileImageSourceParam as BetaFileImageSourceParam,
    )
    from .beta_file_metadata_schema import (
        BetaFileMetadataSchema as BetaFileMetadataSchema,
    )
    from .beta_gateway_timeout_error import (
        BetaGatewayTimeoutError as BetaGatewayTimeoutError,
    )
    from .beta_get_skill_response import BetaGetSkillResponse as BetaGetSkillResponse
    from .beta_get_skill_version_response import (
        BetaGetSkillVersionResponse as BetaGetSkillVersionResponse,
    )
    from .beta_input_json_content_block_delta import (
        BetaInputJsonContentBlockDelta as BetaInputJsonContentBlockDelta,
    )
    from .beta_input_message_param import BetaInputMessageParam as BetaInputMessageParam
    from .beta_input_schema_param import BetaInputSchemaParam as BetaInputSchemaParam
    from .beta_input_tokens_clear_at_least_param import (
        BetaInputTokensClearAtLeastParam as BetaInputTokensClearAtLeastParam,
    )
    from .beta_input_tokens_trigger_param import (
        BetaInputTokensTriggerParam as BetaInputTokensTriggerParam,
    )
    from .beta_invalid_request_error import (
        BetaInvalidRequestError as BetaInvalidRequestError,
    )
    from .beta_json_output_format_param import (
        BetaJsonOutputFormatParam as BetaJsonOutputFormatParam,
    )
    from .beta_mcp_tool_config_param import (
        BetaMCPToolConfigParam as BetaMCPToolConfigParam,
    )
    from .beta_mcp_tool_default_config_param import (
        BetaMCPToolDefaultConfigParam as BetaMCPToolDefaultConfigParam,
    )
    from .beta_mcp_toolset_param import BetaMCPToolsetParam as BetaMCPToolsetParam
    from .beta_memory_tool20250818_param import (
        BetaMemoryTool20250818Param as BetaMemoryTool20250818Param,
    )
    from .beta_message import BetaMessage as BetaMessage
    from .beta_message_batch import BetaMessageBatch as BetaMessageBatch
    from .beta_message_batch_individual_request_params_param import (
        BetaMessageBatchIndividualRequestParamsParam as BetaMessageBatchIndividualRequestParamsParam,
    )
    from .beta_message_batch_individual_response import (
        BetaMessageBatchIndividualResponse as BetaMessageBatchIndividualResponse,
    )
    from .beta_message_delta import BetaMessageDelta as BetaMessageDelta
    from .beta_message_delta_event import BetaMessageDeltaEvent as BetaMessageDeltaEvent
    from .beta_message_delta_usage import BetaMessageDeltaUsage as BetaMessageDeltaUsage
    from .beta_message_iteration_usage import (
        BetaMessageIterationUsage as BetaMessageIterationUsage,
    )
    from .beta_message_start_event import BetaMessageStartEvent as BetaMessageStartEvent
    from .beta_message_stop_event import BetaMessageStopEvent as BetaMessageStopEvent
    from .beta_metadata_param import BetaMetadataParam as BetaMetadataParam
    from .beta_model_info import BetaModelInfo as BetaModelInfo
    from .beta_not_found_error import BetaNotFoundError as BetaNotFoundError
    from .beta_output_config_param import BetaOutputConfigParam as BetaOutputConfigParam
    from .beta_overloaded_error import BetaOverloadedError as BetaOverloadedError
    from .beta_permission_error import BetaPermissionError as BetaPermissionError
    from .beta_plain_text_source import BetaPlainTextSource as BetaPlainTextSource
    from .beta_plain_text_source_param import (
        BetaPlainTextSourceParam as BetaPlainTextSourceParam,
    )
    from .beta_rate_limit_error import BetaRateLimitError as BetaRateLimitError
    from .beta_request_bash_code_execution_output_block_param import (
        BetaRequestBashCodeExecutionOutputBlockParam as BetaRequestBashCodeExecutionOutputBlockParam,
    )
    from .beta_request_bash_code_execution_result_block_param import (
        BetaRequestBashCodeExecutionResultBlockParam as BetaRequestBashCodeExecutionResultBlockParam,
    )
    from .beta_request_bash_code_execution_tool_result_block_param import (
        BetaRequestBashCodeExecutionToolResultBlockParam as BetaRequestBashCodeExecutionToolResultBlockParam,
    )
    from .beta_request_bash_code_execution_tool_result_error_param import (
        BetaRequestBashCodeExecutionToolResultErrorParam as BetaRequestBashCodeExecutionToolResultErrorParam,
    )
    from .beta_request_char_location_citation_param import (
        BetaRequestCharLocationCitationParam as BetaRequestCharLocationCitationParam,
    )
    from .beta_request_citations_config_param import (
        BetaRequestCitationsConfigParam as BetaRequestCitationsConfigParam,
    )
    from .beta_request_code_execution_output_block_param import (
        BetaRequestCodeExecutionOutputBlockParam as BetaRequestCodeExecutionOutputBlockParam,
    )
    from .beta_request_code_execution_result_block_param import (
        BetaRequestCodeExecutionResultBlockParam as BetaRequestCodeExecutionResultBlockParam,
    )
    from .beta_request_code_execution_tool_result_block_param import (
        BetaRequestCodeExecutionToolResultBlockParam as BetaRequestCodeExecutionToolResultBlockParam,
    )
    from .beta_request_code_execution_tool_result_error_param import (
        BetaRequestCodeExecutionToolResultErrorParam as BetaRequestCodeExecutionToolResultErrorParam,
    )
    from .beta_request_compaction_block_param import (
        BetaRequestCompactionBlockParam as BetaRequestCompactionBlockParam,
    )
    from .beta_request_container_upload_block_param import (
        BetaRequestContainerUploadBlockParam as BetaRequestContainerUploadBlockParam,
    )
    from .beta_request_content_block_location_citation_param import (
        BetaRequestContentBlockLocationCitationParam as BetaRequestContentBlockLocationCitationParam,
    )
    from .beta_request_counts import BetaRequestCounts as BetaRequestCounts
    from .beta_request_document_block_param import (
        BetaRequestDocumentBlockParam as BetaRequestDocumentBlockParam,
    )
    from .beta_request_image_block_param import (
        BetaRequestImageBlockParam as BetaRequestImageBlockParam,
    )
    from .beta_request_mcp_server_tool_configuration_param import (
        BetaRequestMCPServerToolConfigurationParam as BetaRequestMCPServerToolConfigurationParam,
    )
    from .beta_request_mcp_server_url_definition_param import (
        BetaRequestMCPServerURLDefinitionParam as BetaRequestMCPServerURLDefinitionParam,
    )
    from .beta_request_mcp_tool_result_block_param import (
        BetaRequestMCPToolResultBlockParam as BetaRequestMCPToolResultBlockParam,
    )
    from .beta_request_mcp_tool_use_block_param import (
        BetaRequestMCPToolUseBlockParam as BetaRequestMCPToolUseBlockParam,
    )
    from .beta_request_page_location_citation_param import (
        BetaRequestPageLocationCitationParam as BetaRequestPageLocationCitationParam,
    )
    from .beta_request_redacted_thinking_block_param import (
        BetaRequestRedactedThinkingBlockParam as BetaRequestRedactedThinkingBlockParam,
    )
    from .beta_request_search_result_block_param import (
        BetaRequestSearchResultBlockParam as BetaRequestSearchResultBlockParam,
    )
    from .beta_request_search_result_location_citation_param import (
        BetaRequestSearchResultLocationCitationParam as BetaRequestSearchResultLocationCitationParam,
    )
    from .beta_request_server_tool_use_block_param import (
        BetaRequestServerToolUseBlockParam as BetaRequestServerToolUseBlockParam,
    )
    from .beta_request_text_block_param import (
        BetaRequestTextBlockParam as BetaRequestTextBlockParam,
    )
    from .beta_request_text_editor_code_execution_create_result_block_param import (
        BetaRequestTextEditorCodeExecutionCreateResultBlockParam as BetaRequestTextEditorCodeExecutionCreateResultBlockParam,
    )
    from .beta_request_text_editor_code_execution_str_replace_result_block_param import (
        BetaRequestTextEditorCodeExecutionStrReplaceResultBlockParam as BetaRequestTextEditorCodeExecutionStrReplaceResultBlockParam,
    )
    from .beta_request_text_editor_code_execution_tool_result_block_param import (
        BetaRequestTextEditorCodeExecutionToolResultBlockParam as BetaRequestTextEditorCodeExecutionToolResultBlockParam,
    )
    from .beta_request_text_editor_code_execution_tool_result_error_param import (
        BetaRequestTextEditorCodeExecutionToolResultErrorParam as BetaRequestTextEditorCodeExecutionToolResultErrorParam,
    )
    from .beta_request_text_editor_code_execution_view_result_block_param import (
        BetaRequestTextEditorCodeExecutionViewResultBlockParam as BetaRequestTextEditorCodeExecutionViewResultBlockParam,
    )
    from .beta_request_thinking_block_param import (
        BetaRequestThinkingBlockParam as BetaRequestThinkingBlockParam,
    )
    from .beta_request_tool_reference_block_param import (
        BetaRequestToolReferenceBlockParam as BetaRequestToolReferenceBlockParam,
    )
    from .beta_request_tool_result_block_param import (
        BetaRequestToolResultBlockParam as BetaRequestToolResultBlockParam,
    )
    from .beta_request_tool_search_tool_result_block_param import (
        BetaRequestToolSearchToolResultBlockParam as BetaRequestToolSearchToolResultBlockParam,
    )
    from .beta_request_tool_search_tool_result_error_param import (
        BetaRequestToolSearchToolResultErrorParam as BetaRequestToolSearchToolResultErrorParam,
    )
    from .beta_request_tool_search_tool_search_result_block_param import (
        BetaRequestToolSearchToolSearchResultBlockParam as BetaRequestToolSearchToolSearchResultBlockParam,
    )
    from .beta_request_tool_use_block_param import (
        BetaRequestToolUseBlockParam as BetaRequestToolUseBlockParam,
    )
    from .beta_request_web_fetch_result_block_param import (
        BetaRequestWebFetchResultBlockParam as BetaRequestWebFetchResultBlockParam,
    )
    from .beta_request_web_fetch_tool_result_block_param import (
        BetaRequestWebFetchToolResultBlockParam as BetaRequestWebFetchToolResultBlockParam,
    )
    from .beta_request_web_fetch_tool_result_error_param import (
        BetaRequestWebFetchToolResultErrorParam as BetaRequestWebFetchToolResultErrorParam,
    )
    from .beta_request_web_search_result_block_param import (
        BetaRequestWebSearchResultBlockParam as BetaRequestWebSearchResultBlockParam,
    )
    from .beta_request_web_search_result_location_citation_param import (
        BetaRequestWebSearchResultLocationCitationParam as BetaRequestWebSearchResultLocationCitationParam,
    )
    from .beta_request_web_search_tool_result_block_param import (
        BetaRequestWebSearchToolResultBlockParam as BetaRequestWebSearchToolResultBlockParam,
    )
    from .beta_request_web_search_tool_result_error_param import (
        BetaRequestWebSearchToolResultErrorParam as BetaRequestWebSearchToolResultErrorParam,
    )
    from .beta_response_bash_code_execution_output_block import (
        BetaResponseBashCodeExecutionOutputBlock as BetaResponseBashCodeExecutionOutputBlock,
    )
    from .beta_response_bash_code_execution_result_block import (
        BetaResponseBashCodeExecutionResultBlock as BetaResponseBashCodeExecutionResultBlock,
    )
    from .beta_response_bash_code_execution_tool_result_block import (
        BetaResponseBashCodeExecutionToolResultBlock as BetaResponseBashCodeExecutionToolResultBlock,
    )
    from .beta_response_bash_code_execution_tool_result_error import (
        BetaResponseBashCodeExecutionToolResultError as BetaResponseBashCodeExecutionToolResultError,
    )
    from .beta_response_char_location_citation import (
        BetaResponseCharLocationCitation as BetaResponseCharLocationCitation,
    )
    from .beta_response_citations_config import (
        BetaResponseCitationsConfig as BetaResponseCitationsConfig,
    )
    from .beta_response_clear_thinking20251015_edit import (
        BetaResponseClearThinking20251015Edit as BetaResponseClearThinking20251015Edit,
    )
    from .beta_response_clear_tool_uses20250919_edit import (
        BetaResponseClearToolUses20250919Edit as BetaResponseClearToolUses20250919Edit,
    )
    from .beta_response_code_execution_output_block import (
        BetaResponseCodeExecutionOutputBlock as BetaResponseCodeExecutionOutputBlock,
    )
    from .beta_response_code_execution_result_block import (
        BetaResponseCodeExecutionResultBlock as BetaResponseCodeExecutionResultBlock,
    )
    from .beta_response_code_execution_tool_result_block import (
        BetaResponseCodeExecutionToolResultBlock as BetaResponseCodeExecutionToolResultBlock,
    )
    from .beta_response_code_execution_tool_result_error import (
        BetaResponseCodeExecutionToolResultError as BetaResponseCodeExecutionToolResultError,
    )
    from .beta_response_compaction_block import (
        BetaResponseCompactionBlock as BetaResponseCompactionBlock,
    )
    from .beta_response_container_upload_block import (
        BetaResponseContainerUploadBlock as BetaResponseContainerUploadBlock,
    )
    from .beta_response_content_block_location_citation import (
        BetaResponseContentBlockLocationCitation as BetaResponseContentBlockLocationCitation,
    )
    from .beta_response_context_management import (
        BetaResponseContextManagement as BetaResponseContextManagement,
    )
    from .beta_response_document_block import (
        BetaResponseDocumentBlock as BetaResponseDocumentBlock,
    )
    from .beta_response_mcp_tool_result_block import (
        BetaResponseMCPToolResultBlock as BetaResponseMCPToolResultBlock,
    )
    from .beta_response_mcp_tool_use_block import (
        BetaResponseMCPToolUseBlock as BetaResponseMCPToolUseBlock,
    )
    from .beta_response_page_location_citation import (
        BetaResponsePageLocationCitation as BetaResponsePageLocationCitation,
    )
    from .beta_response_redacted_thinking_block import (
        BetaResponseRedactedThinkingBlock as BetaResponseRedactedThinkingBlock,
    )
    from .beta_response_search_result_location_citation import (
        BetaResponseSearchResultLocationCitation as BetaResponseSearchResultLocationCitation,
    )
    from .beta_response_server_tool_use_block import (
        BetaResponseServerToolUseBlock as BetaResponseServerToolUseBlock,
    )
    from .beta_response_text_block import BetaResponseTextBlock as BetaResponseTextBlock
    from .beta_response_text_editor_code_execution_create_result_block import (
        BetaResponseTextEditorCodeExecutionCreateResultBlock as BetaResponseTextEditorCodeExecutionCreateResultBlock,
    )
    from .beta_response_text_editor_code_execution_str_replace_result_block import (
        BetaResponseTextEditorCodeExecutionStrReplaceResultBlock as BetaResponseTextEditorCodeExecutionStrReplaceResultBlock,
    )
    from .beta_response_text_editor_code_execution_tool_result_block import (
        BetaResponseTextEditorCodeExecutionToolResultBlock as BetaResponseTextEditorCodeExecutionToolResultBlock,
    )
    from .beta_response_text_editor_code_execution_tool_result_error import (
        BetaResponseTextEditorCodeExecutionToolResultError as BetaResponseTextEditorCodeExecutionToolResultError,
    )
    from .beta_response_text_editor_code_execution_view_result_block import (
        BetaResponseTextEditorCodeExecutionViewResultBlock as BetaResponseTextEditorCodeExecutionViewResultBlock,
    )
    from .beta_response_thinking_block import (
        BetaResponseThinkingBlock as BetaResponseThinkingBlock,
    )
    from .beta_response_tool_reference_block import (
        BetaResponseToolReferenceBlock as BetaResponseToolReferenceBlock,
    )
    from .beta_response_tool_search_tool_result_block import (
        BetaResponseToolSearchToolResultBlock as BetaResponseToolSearchToolResultBlock,
    )
    from .beta_response_tool_search_tool_result_error import (
        BetaResponseToolSearchToolResultError as BetaResponseToolSearchToolResultError,
    )
    from .beta_response_tool_search_tool_search_result_block import (
        BetaResponseToolSearchToolSearchResultBlock as BetaResponseToolSearchToolSearchResultBlock,
    )
    from .beta_response_tool_use_block import (
        BetaResponseToolUseBlock as BetaResponseToolUseBlock,
    )
    from .beta_response_web_fetch_result_block import (
        BetaResponseWebFetchResultBlock as BetaResponseWebFetchResultBlock,
    )
    from .beta_response_web_fetch_tool_result_block import (
        BetaResponseWebFetchToolResultBlock as BetaResponseWebFetchToolResultBlock,
    )
    from .beta_response_web_fetch_tool_result_error import (
        BetaResponseWebFetchToolResultError as BetaResponseWebFetchToolResultError,
    )
    from .beta_response_web_search_result_block import (
        BetaResponseWebSearchResultBlock as BetaResponseWebSearchResultBlock,
    )
    from .beta_response_web_search_result_location_citation import (
        BetaResponseWebSearchResultLocationCitation as BetaResponseWebSearchResultLocationCitation,
    )
    from .beta_response_web_search_tool_result_block import (
        BetaResponseWebSearchToolResultBlock as BetaResponseWebSearchToolResultBlock,
    )
    from .beta_response_web_search_tool_result_error import (
        BetaResponseWebSearchToolResultError as BetaResponseWebSearchToolResultError,
    )
    from .beta_server_tool_caller import BetaServerToolCaller as BetaServerToolCaller
    from .beta_server_tool_caller_param import (
        BetaServerToolCallerParam as BetaServerToolCallerParam,
    )
    from .beta_server_tool_usage import BetaServerToolUsage as BetaServerToolUsage
    from .beta_signature_content_block_delta import (
        BetaSignatureContentBlockDelta as BetaSignatureContentBlockDelta,
    )
    from .beta_skill import BetaSkill as BetaSkill
    from .beta_skill_params_param import BetaSkillParamsParam as BetaSkillParamsParam
    from .beta_skill_version import BetaSkillVersion as BetaSkillVersion
    from .beta_succeeded_result import BetaSucceededResult as BetaSucceededResult
    from .beta_text_content_block_delta import (
        BetaTextContentBlockDelta as BetaTextContentBlockDelta,
    )
    from .beta_text_editor20241022_param import (
        BetaTextEditor20241022Param as BetaTextEditor20241022Param,
    )
    from .beta_text_editor20250124_param import (
        BetaTextEditor20250124Param as BetaTextEditor20250124Param,
    )
    from .beta_text_editor20250429_param import (
        BetaTextEditor20250429Param as BetaTextEditor20250429Param,
    )
    from .beta_text_editor20250728_param import (
        BetaTextEditor20250728Param as BetaTextEditor20250728Param,
    )
    from .beta_thinking_config_adaptive_param import (
        BetaThinkingConfigAdaptiveParam as BetaThinkingConfigAdaptiveParam,
    )
    from .beta_thinking_config_disabled_param import (
        BetaThinkingConfigDisabledParam as BetaThinkingConfigDisabledParam,
    )
    from .beta_thinking_config_enabled_param import (
        BetaThinkingConfigEnabledParam as BetaThinkingConfigEnabledParam,
    )
    from .beta_thinking_content_block_delta import (
        BetaThinkingContentBlockDelta as BetaThinkingContentBlockDelta,
    )
    from .beta_thinking_turns_param import (
        BetaThinkingTurnsParam as BetaThinkingTurnsParam,
    )
    from .beta_tool_choice_any_param import (
        BetaToolChoiceAnyParam as BetaToolChoiceAnyParam,
    )
    from .beta_tool_choice_auto_param import (
        BetaToolChoiceAutoParam as BetaToolChoiceAutoParam,
    )
    from .beta_tool_choice_none_param import (
        BetaToolChoiceNoneParam as BetaToolChoiceNoneParam,
    )
    from .beta_tool_choice_tool_param import (
        BetaToolChoiceToolParam as BetaToolChoiceToolParam,
    )
    from .beta_tool_param import BetaToolParam as BetaToolParam
    from .beta_tool_search_tool_bm2520251119_param import (
        BetaToolSearchToolBM2520251119Param as BetaToolSearchToolBM2520251119Param,
    )
    from .beta_tool_search_tool_regex20251119_param import (
        BetaToolSearchToolRegex20251119Param as BetaToolSearchToolRegex20251119Param,
    )
    from .beta_tool_uses_keep_param import (
        BetaToolUsesKeepParam as BetaToolUsesKeepParam,
    )
    from .beta_tool_uses_trigger_param import (
        BetaToolUsesTriggerParam as BetaToolUsesTriggerParam,
    )
    from .beta_url_image_source_param import (
        BetaURLImageSourceParam as BetaURLImageSourceParam,
    )
    from .beta_urlpdf_source_param import BetaURLPDFSourceParam as BetaURLPDFSourceParam
    from .beta_usage import BetaUsage as BetaUsage
    from .beta_user_location_param import BetaUserLocationParam as BetaUserLocationParam
    from .beta_web_fetch_tool20250910_param import (
        BetaWebFetchTool20250910Param as BetaWebFetchTool20250910Param,
    )
    from .beta_web_search_tool20250305_param import (
        BetaWebSearchTool20250305Param as BetaWebSearchTool20250305Param,
    )
    from .betaapi_schemas_skills_skill import (
        BetaapiSchemasSkillsSkill as BetaapiSchemasSkillsSkill,
    )
    from .billing_error import BillingError as BillingError
    from .cache_control_ephemeral_param import (
        CacheControlEphemeralParam as CacheControlEphemeralParam,
    )
    from .cache_creation import CacheCreation as CacheCreation
    from .canceled_result import CanceledResult as CanceledResult
    from .citations_delta import CitationsDelta as CitationsDelta
    from .completion_create_params import (
        CompletionCreateParams as CompletionCreateParams,
    )
    from .completion_response import CompletionResponse as CompletionResponse
    from .content_block_delta_event import (
        ContentBlockDeltaEvent as ContentBlockDeltaEvent,
    )
    from .content_block_source_param import (
        ContentBlockSourceParam as ContentBlockSourceParam,
    )
    from .content_block_start_event import (
        ContentBlockStartEvent as ContentBlockStartEvent,
    )
    from .content_block_stop_event import ContentBlockStopEvent as ContentBlockStopEvent
    from .count_message_tokens_response import (
        CountMessageTokensResponse as CountMessageTokensResponse,
    )
    from .create_message_params_param import (
        CreateMessageParamsParam as CreateMessageParamsParam,
    )
    from .delete_message_batch_response import (
        DeleteMessageBatchResponse as DeleteMessageBatchResponse,
    )
    from .error_response import ErrorResponse as ErrorResponse
    from .errored_result import ErroredResult as ErroredResult
    from .expired_result import ExpiredResult as ExpiredResult
    from .gateway_timeout_error import GatewayTimeoutError as GatewayTimeoutError
    from .input_json_content_block_delta import (
        InputJsonContentBlockDelta as InputJsonContentBlockDelta,
    )
    from .input_message_param import InputMessageParam as InputMessageParam
    from .input_schema_param import InputSchemaParam as InputSchemaParam
    from .invalid_request_error import InvalidRequestError as InvalidRequestError
    from .json_output_format_param import JsonOutputFormatParam as JsonOutputFormatParam
    from .message import Message as Message
    from .message_batch import MessageBatch as MessageBatch
    from .message_batch_individual_request_params_param import (
        MessageBatchIndividualRequestParamsParam as MessageBatchIndividualRequestParamsParam,
    )
    from .message_batch_individual_response import (
        MessageBatchIndividualResponse as MessageBatchIndividualResponse,
    )
    from .message_count_tokens_params import (
        MessageCountTokensParams as MessageCountTokensParams,
    )
    from .message_create_params import MessageCreateParams as MessageCreateParams
    from .message_delta import MessageDelta as MessageDelta
    from .message_delta_event import MessageDeltaEvent as MessageDeltaEvent
    from .message_delta_usage import MessageDeltaUsage as MessageDeltaUsage
    from .message_start_event import MessageStartEvent as MessageStartEvent
    from .message_stop_event import MessageStopEvent as MessageStopEvent
    from .metadata_param import MetadataParam as MetadataParam
    from .model_info import ModelInfo as ModelInfo
    from .model_list_params import ModelListParams as ModelListParams
    from .not_found_error import NotFoundError as NotFoundError
    from .output_config_param import OutputConfigParam as OutputConfigParam
    from .overloaded_error import OverloadedError as OverloadedError
    from .permission_error import PermissionError as PermissionError
    from .plain_text_source_param import PlainTextSourceParam as PlainTextSourceParam
    from .rate_limit_error import RateLimitError as RateLimitError
    from .request_char_location_citation_param import (
        RequestCharLocationCitationParam as RequestCharLocationCitationParam,
    )
    from .request_citations_config_param import (
        RequestCitationsConfigParam as RequestCitationsConfigParam,
    )
    from .request_content_block_location_citation_param import (
        RequestContentBlockLocationCitationParam as RequestContentBlockLocationCitationParam,
    )
    from .request_counts import RequestCounts as RequestCounts
    from .request_document_block_param import (
        RequestDocumentBlockParam as RequestDocumentBlockParam,
    )
    from .request_image_block_param import (
        RequestImageBlockParam as RequestImageBlockParam,
    )
    from .request_page_location_citation_param import (
        RequestPageLocationCitationParam as RequestPageLocationCitationParam,
    )
    from .request_redacted_thinking_block_param import (
        RequestRedactedThinkingBlockParam as RequestRedactedThinkingBlockParam,
    )
    from .request_search_result_block_param import (
        RequestSearchResultBlockParam as RequestSearchResultBlockParam,
    )
    from .request_search_result_location_citation_param import (
        RequestSearchResultLocationCitationParam as RequestSearchResultLocationCitationParam,
    )
    from .request_server_tool_use_block_param import (
        RequestServerToolUseBlockParam as RequestServerToolUseBlockParam,
    )
    from .request_text_block_param import RequestTextBlockParam as RequestTextBlockParam
    from .request_thinking_block_param import (
        RequestThinkingBlockParam as RequestThinkingBlockParam,
    )
    from .request_tool_result_block_param import (
        RequestToolResultBlockParam as RequestToolResultBlockParam,
    )
    from .request_tool_use_block_param import (
        RequestToolUseBlockParam as RequestToolUseBlockParam,
    )
    from .request_web_search_result_block_param import (
        RequestWebSearchResultBlockParam as RequestWebSearchResultBlockParam,
    )
    from .request_web_search_result_location_citation_param import (
        RequestWebSearchResultLocationCitationParam as RequestWebSearchResultLocationCitationParam,
    )
    from .request_web_search_tool_result_block_param import (
        RequestWebSearchToolResultBlockParam as RequestWebSearchToolResultBlockParam,
    )
    from .request_web_search_tool_result_error_param import (
        RequestWebSearchToolResultErrorParam as RequestWebSearchToolResultErrorParam,
    )
    from .response_char_location_citation import (
        ResponseCharLocationCitation as ResponseCharLocationCitation,
    )
    from .response_content_block_location_citation import (
        ResponseContentBlockLocationCitation as ResponseContentBlockLocationCitation,
    )
    from .response_page_location_citation import (
        ResponsePageLocationCitation as ResponsePageLocationCitation,
    )
    from .response_redacted_thinking_block import (
        ResponseRedactedThinkingBlock as ResponseRedactedThinkingBlock,
    )
    from .response_search_result_location_citation import (
        ResponseSearchResultLocationCitation as ResponseSearchResultLocationCitation,
    )
    from .response_server_tool_use_block import (
        ResponseServerToolUseBlock as ResponseServerToolUseBlock,
    )
    from .response_text_block import ResponseTextBlock as ResponseTextBlock
    from .response_thinking_block import ResponseThinkingBlock as ResponseThinkingBlock
    from .response_tool_use_block import ResponseToolUseBlock as ResponseToolUseBlock
    from .response_web_search_result_block import (
        ResponseWebSearchResultBlock as ResponseWebSearchResultBlock,
    )
    from .response_web_search_result_location_citation import (
        ResponseWebSearchResultLocationCitation as ResponseWebSearchResultLocationCitation,
    )
    from .response_web_search_tool_result_block import (
        ResponseWebSearchToolResultBlock as ResponseWebSearchToolResultBlock,
    )
    from .response_web_search_tool_result_error import (
        ResponseWebSearchToolResultError as ResponseWebSearchToolResultError,
    )
    from .server_tool_usage import ServerToolUsage as ServerToolUsage
    from .signature_content_block_delta import (
        SignatureContentBlockDelta as SignatureContentBlockDelta,
    )
    from .succeeded_result import SucceededResult as SucceededResult
    from .text_content_block_delta import TextContentBlockDelta as TextContentBlockDelta
    from .text_editor20250124_param import (
        TextEditor20250124Param as TextEditor20250124Param,
    )
    from .text_editor20250429_param import (
        TextEditor20250429Param as TextEditor20250429Param,
    )
    from .text_editor20250728_param import (
        TextEditor20250728Param as TextEditor20250728Param,
    )
    from .thinking_config_adaptive_param import (
        ThinkingConfigAdaptiveParam as ThinkingConfigAdaptiveParam,
    )
    from .thinking_config_disabled_param import (
        ThinkingConfigDisabledParam as ThinkingConfigDisabledParam,
    )
    from .thinking_config_enabled_param import (
        ThinkingConfigEnabledParam as ThinkingConfigEnabledParam,
    )
    from .thinking_content_block_delta import (
        ThinkingContentBlockDelta as ThinkingContentBlockDelta,
    )
    from .tool_choice_any_param import ToolChoiceAnyParam as ToolChoiceAnyParam
    from .tool_choice_auto_param import ToolChoiceAutoParam as ToolChoiceAutoParam
    from .tool_choice_none_param import ToolChoiceNoneParam as ToolChoiceNoneParam
    from .tool_choice_tool_param import ToolChoiceToolParam as ToolChoiceToolParam
    from .tool_param import ToolParam as ToolParam
    from .url_image_source_param import URLImageSourceParam as URLImageSourceParam
    from .urlpdf_source_param import URLPDFSourceParam as URLPDFSourceParam
    from .usage import Usage as Usage
    from .user_location_param import UserLocationParam as UserLocationParam
    from .web_search_tool20250305_param import (
        WebSearchTool20250305Param as WebSearchTool20250305Param,
    )

_EXPORTS: dict[str, tuple[str, str]] = {
    "APIError": (".api_error", "APIError"),
    "AuthenticationError": (".authentication_error", "AuthenticationError"),
    "Base64ImageSourceParam": (".base64_image_source_param", "Base64ImageSourceParam"),
    "Base64PDFSourceParam": (".base64_pdf_source_param", "Base64PDFSourceParam"),
    "BashTool20250124Param": (".bash_tool20250124_param", "BashTool20250124Param"),
    "BetaAPIError": (".beta_api_error", "BetaAPIError"),
    "BetaAllThinkingTurnsParam": (
        ".beta_all_thinking_turns_param",
        "BetaAllThinkingTurnsParam",
    ),
    "BetaAuthenticationError": (
        ".beta_authentication_error",
        "BetaAuthenticationError",
    ),
    "BetaBase64ImageSourceParam": (
        ".beta_base64_image_source_param",
        "BetaBase64ImageSourceParam",
    ),
    "BetaBase64PDFSource": (".beta_base64_pdf_source", "BetaBase64PDFSource"),
    "BetaBase64PDFSourceParam": (
        ".beta_base64_pdf_source_param",
        "BetaBase64PDFSourceParam",
    ),
    "BetaBashTool20241022Param": (
        ".beta_bash_tool20241022_param",
        "BetaBashTool20241022Param",
    ),
    "BetaBashTool20250124Param": (
        ".beta_bash_tool20250124_param",
        "BetaBashTool20250124Param",
    ),
    "BetaBillingError": (".beta_billing_error", "BetaBillingError"),
    "BetaCacheControlEphemeralParam": (
        ".beta_cache_control_ephemeral_param",
        "BetaCacheControlEphemeralParam",
    ),
    "BetaCacheCreation": (".beta_cache_creation", "BetaCacheCreation"),
    "BetaCanceledResult": (".beta_canceled_result", "BetaCanceledResult"),
    "BetaCitationsDelta": (".beta_citations_delta", "BetaCitationsDelta"),
    "BetaClearThinking20251015Param": (
        ".beta_clear_thinking20251015_param",
        "BetaClearThinking20251015Param",
    ),
    "BetaClearToolUses20250919Param": (
        ".beta_clear_tool_uses20250919_param",
        "BetaClearToolUses20250919Param",
    ),
    "BetaCodeExecutionTool20250522Param": (
        ".beta_code_execution_tool20250522_param",
        "BetaCodeExecutionTool20250522Param",
    ),
    "BetaCodeExecutionTool20250825Param": (
        ".beta_code_execution_tool20250825_param",
        "BetaCodeExecutionTool20250825Param",
    ),
    "BetaCompact20260112Param": (
        ".beta_compact20260112_param",
        "BetaCompact20260112Param",
    ),
    "BetaCompactionContentBlockDelta": (
        ".beta_compaction_content_block_delta",
        "BetaCompactionContentBlockDelta",
    ),
    "BetaCompactionIterationUsage": (
        ".beta_compaction_iteration_usage",
        "BetaCompactionIterationUsage",
    ),
    "BetaComputerUseTool20241022Param": (
        ".beta_computer_use_tool20241022_param",
        "BetaComputerUseTool20241022Param",
    ),
    "BetaComputerUseTool20250124Param": (
        ".beta_computer_use_tool20250124_param",
        "BetaComputerUseTool20250124Param",
    ),
    "BetaComputerUseTool20251124Param": (
        ".beta_computer_use_tool20251124_param",
        "BetaComputerUseTool20251124Param",
    ),
    "BetaContainer": (".beta_container", "BetaContainer"),
    "BetaContainerParamsParam": (
        ".beta_container_params_param",
        "BetaContainerParamsParam",
    ),
    "BetaContentBlockDeltaEvent": (
        ".beta_content_block_delta_event",
        "BetaContentBlockDeltaEvent",
    ),
    "BetaContentBlockSourceParam": (
        ".beta_content_block_source_param",
        "BetaContentBlockSourceParam",
    ),
    "BetaContentBlockStartEvent": (
        ".beta_content_block_start_event",
        "BetaContentBlockStartEvent",
    ),
    "BetaContentBlockStopEvent": (
        ".beta_content_block_stop_event",
        "BetaContentBlockStopEvent",
    ),
    "BetaContextManagementConfigParam": (
        ".beta_context_management_config_param",
        "BetaContextManagementConfigParam",
    ),
    "BetaContextManagementResponse": (
        ".beta_context_management_response",
        "BetaContextManagementResponse",
    ),
    "BetaCountMessageTokensResponse": (
        ".beta_count_message_tokens_response",
        "BetaCountMessageTokensResponse",
    ),
    "BetaCreateMessageParamsParam": (
        ".beta_create_message_params_param",
        "BetaCreateMessageParamsParam",
    ),
    "BetaCreateSkillResponse": (
        ".beta_create_skill_response",
        "BetaCreateSkillResponse",
    ),
    "BetaCreateSkillVersionResponse": (
        ".beta_create_skill_version_response",
        "BetaCreateSkillVersionResponse",
    ),
    "BetaDeleteMessageBatchResponse": (
        ".beta_delete_message_batch_response",
        "BetaDeleteMessageBatchResponse",
    ),
    "BetaDeleteSkillResponse": (
        ".beta_delete_skill_response",
        "BetaDeleteSkillResponse",
    ),
    "BetaDeleteSkillVersionResponse": (
        ".beta_delete_skill_version_response",
        "BetaDeleteSkillVersionResponse",
    ),
    "BetaDirectCaller": (".beta_direct_caller", "BetaDirectCaller"),
    "BetaDirectCallerParam": (".beta_direct_caller_param", "BetaDirectCallerParam"),
    "BetaErrorResponse": (".beta_error_response", "BetaErrorResponse"),
    "BetaErroredResult": (".beta_errored_result", "BetaErroredResult"),
    "BetaExpiredResult": (".beta_expired_result", "BetaExpiredResult"),
    "BetaFileDeleteResponse": (".beta_file_delete_response", "BetaFileDeleteResponse"),
    "BetaFileDocumentSourceParam": (
        ".beta_file_document_source_param",
        "BetaFileDocumentSourceParam",
    ),
    "BetaFileImageSourceParam": (
        ".beta_file_image_source_param",
        "BetaFileImageSourceParam",
    ),
    "BetaFileMetadataSchema": (".beta_file_metadata_schema", "BetaFileMetadataSchema"),
    "BetaGatewayTimeoutError": (
        ".beta_gateway_timeout_error",
        "BetaGatewayTimeoutError",
    ),
    "BetaGetSkillResponse": (".beta_get_skill_response", "BetaGetSkillResponse"),
    "BetaGetSkillVersionResponse": (
        ".beta_get_skill_version_response",
        "BetaGetSkillVersionResponse",
    ),
    "BetaInputJsonContentBlockDelta": (
        ".beta_input_json_content_block_delta",
        "BetaInputJsonContentBlockDelta",
    ),
    "BetaInputMessageParam": (".beta_input_message_param", "BetaInputMessageParam"),
    "BetaInputSchemaParam": (".beta_input_schema_param", "BetaInputSchemaParam"),
    "BetaInputTokensClearAtLeastParam": (
        ".beta_input_tokens_clear_at_least_param",
        "BetaInputTokensClearAtLeastParam",
    ),
    "BetaInputTokensTriggerParam": (
        ".beta_input_tokens_trigger_param",
        "BetaInputTokensTriggerParam",
    ),
    "BetaInvalidRequestError": (
        ".beta_invalid_request_error",
        "BetaInvalidRequestError",
    ),
    "BetaJsonOutputFormatParam": (
        ".beta_json_output_format_param",
        "BetaJsonOutputFormatParam",
    ),
    "BetaMCPToolConfigParam": (".beta_mcp_tool_config_param", "BetaMCPToolConfigParam"),
    "BetaMCPToolDefaultConfigParam": (
        ".beta_mcp_tool_default_config_param",
        "BetaMCPToolDefaultConfigParam",
    ),
    "BetaMCPToolsetParam": (".beta_mcp_toolset_param", "BetaMCPToolsetParam"),
    "BetaMemoryTool20250818Param": (
        ".beta_memory_tool20250818_param",
        "BetaMemoryTool20250818Param",
    ),
    "BetaMessage": (".beta_message", "BetaMessage"),
    "BetaMessageBatch": (".beta_message_batch", "BetaMessageBatch"),
    "BetaMessageBatchIndividualRequestParamsParam": (
        ".beta_message_batch_individual_request_params_param",
        "BetaMessageBatchIndividualRequestParamsParam",
    ),
    "BetaMessageBatchIndividualResponse": (
        ".beta_message_batch_individual_response",
        "BetaMessageBatchIndividualResponse",
    ),
    "BetaMessageDelta": (".beta_message_delta", "BetaMessageDelta"),
    "BetaMessageDeltaEvent": (".beta_message_delta_event", "BetaMessageDeltaEvent"),
    "BetaMessageDeltaUsage": (".beta_message_delta_usage", "BetaMessageDeltaUsage"),
    "BetaMessageIterationUsage": (
        ".beta_message_iteration_usage",
        "BetaMessageIterationUsage",
    ),
    "BetaMessageStartEvent": (".beta_message_start_event", "BetaMessageStartEvent"),
    "BetaMessageStopEvent": (".beta_message_stop_event", "BetaMessageStopEvent"),
    "BetaMetadataParam": (".beta_metadata_param", "BetaMetadataParam"),
    "BetaModelInfo": (".beta_model_info", "BetaModelInfo"),
    "BetaNotFoundError": (".beta_not_found_error", "BetaNotFoundError"),
    "BetaOutputConfigParam": (".beta_output_config_param", "BetaOutputConfigParam"),
    "BetaOverloadedError": (".beta_overloaded_error", "BetaOverloadedError"),
    "BetaPermissionError": (".beta_permission_error", "BetaPermissionError"),
    "BetaPlainTextSource": (".beta_plain_text_source", "BetaPlainTextSource"),
    "BetaPlainTextSourceParam": (
        ".beta_plain_text_source_param",
        "BetaPlainTextSourceParam",
    ),
    "BetaRateLimitError": (".beta_rate_limit_error", "BetaRateLimitError"),
    "BetaRequestBashCodeExecutionOutputBlockParam": (
        ".beta_request_bash_code_execution_output_block_param",
        "BetaRequestBashCodeExecutionOutputBlockParam",
    ),
    "BetaRequestBashCodeExecutionResultBlockParam": (
        ".beta_request_bash_code_execution_result_block_param",
        "BetaRequestBashCodeExecutionResultBlockParam",
    ),
    "BetaRequestBashCodeExecutionToolResultBlockParam": (
        ".beta_request_bash_code_execution_tool_result_block_param",
        "BetaRequestBashCodeExecutionToolResultBlockParam",
    ),
    "BetaRequestBashCodeExecutionToolResultErrorParam": (
        ".beta_request_bash_code_execution_tool_result_error_param",
        "BetaRequestBashCodeExecutionToolResultErrorParam",
    ),
    "BetaRequestCharLocationCitationParam": (
        ".beta_request_char_location_citation_param",
        "BetaRequestCharLocationCitationParam",
    ),
    "BetaRequestCitationsConfigParam": (
        ".beta_request_citations_config_param",
        "BetaRequestCitationsConfigParam",
    ),
    "BetaRequestCodeExecutionOutputBlockParam": (
        ".beta_request_code_execution_output_block_param",
        "BetaRequestCodeExecutionOutputBlockParam",
    ),
    "BetaRequestCodeExecutionResultBlockParam": (
        ".beta_request_code_execution_result_block_param",
        "BetaRequestCodeExecutionResultBlockParam",
    ),
    "BetaRequestCodeExecutionToolResultBlockParam": (
        ".beta_request_code_execution_tool_result_block_param",
        "BetaRequestCodeExecutionToolResultBlockParam",
    ),
    "BetaRequestCodeExecutionToolResultErrorParam": (
        ".beta_request_code_execution_tool_result_error_param",
        "BetaRequestCodeExecutionToolResultErrorParam",
    ),
    "BetaRequestCompactionBlockParam": (
        ".beta_request_compaction_block_param",
        "BetaRequestCompactionBlockParam",
    ),
    "BetaRequestContainerUploadBlockParam": (
        ".beta_request_container_upload_block_param",
        "BetaRequestContainerUploadBlockParam",
    ),
    "BetaRequestContentBlockLocationCitationParam": (
        ".beta_request_content_block_location_citation_param",
        "BetaRequestContentBlockLocationCitationParam",
    ),
    "BetaRequestCounts": (".beta_request_counts", "BetaRequestCounts"),
    "BetaRequestDocumentBlockParam": (
        ".beta_request_document_block_param",
        "BetaRequestDocumentBlockParam",
    ),
    "BetaRequestImageBlockParam": (
        ".beta_request_image_block_param",
        "BetaRequestImageBlockParam",
    ),
    "BetaRequestMCPServerToolConfigurationParam": (
        ".beta_request_mcp_server_tool_configuration_param",
        "BetaRequestMCPServerToolConfigurationParam",
    ),
    "BetaRequestMCPServerURLDefinitionParam": (
        ".beta_request_mcp_server_url_definition_param",
        "BetaRequestMCPServerURLDefinitionParam",
    ),
    "BetaRequestMCPToolResultBlockParam": (
        ".beta_request_mcp_tool_result_block_param",
        "BetaRequestMCPToolResultBlockParam",
    ),
    "BetaRequestMCPToolUseBlockParam": (
        ".beta_request_mcp_tool_use_block_param",
        "BetaRequestMCPToolUseBlockParam",
    ),
    "BetaRequestPageLocationCitationParam": (
        ".beta_request_page_location_citation_param",
        "BetaRequestPageLocationCitationParam",
    ),
    "BetaRequestRedactedThinkingBlockParam": (
        ".beta_request_redacted_thinking_block_param",
        "BetaRequestRedactedThinkingBlockParam",
    ),
    "BetaRequestSearchResultBlockParam": (
        ".beta_request_search_result_block_param",
        "BetaRequestSearchResultBlockParam",
    ),
    "BetaRequestSearchResultLocationCitationParam": (
        ".beta_request_search_result_location_citation_param",
        "BetaRequestSearchResultLocationCitationParam",
    ),
    "BetaRequestServerToolUseBlockParam": (
        ".beta_request_server_tool_use_block_param",
        "BetaRequestServerToolUseBlockParam",
    ),
    "BetaRequestTextBlockParam": (
        ".beta_request_text_block_param",
        "BetaRequestTextBlockParam",
    ),
    "BetaRequestTextEditorCodeExecutionCreateResultBlockParam": (
        ".beta_request_text_editor_code_execution_create_result_block_param",
        "BetaRequestTextEditorCodeExecutionCreateResultBlockParam",
    ),
    "BetaRequestTextEditorCodeExecutionStrReplaceResultBlockParam": (
        ".beta_request_text_editor_code_execution_str_replace_result_block_param",
        "BetaRequestTextEditorCodeExecutionStrReplaceResultBlockParam",
    ),
    "BetaRequestTextEditorCodeExecutionToolResultBlockParam": (
        ".beta_request_text_editor_code_execution_tool_result_block_param",
        "BetaRequestTextEditorCodeExecutionToolResultBlockParam",
    ),
    "BetaRequestTextEditorCodeExecutionToolResultErrorParam": (
        ".beta_request_text_editor_code_execution_tool_result_error_param",
        "BetaRequestTextEditorCodeExecutionToolResultErrorParam",
    ),
    "BetaRequestTextEditorCodeExecutionViewResultBlockParam": (
        ".beta_request_text_editor_code_execution_view_result_block_param",
        "BetaRequestTextEditorCodeExecutionViewResultBlockParam",
    ),
    "BetaRequestThinkingBlockParam": (
        ".beta_request_thinking_block_param",
        "BetaRequestThinkingBlockParam",
    ),
    "BetaRequestToolReferenceBlockParam": (
        ".beta_request_tool_reference_block_param",
        "BetaRequestToolReferenceBlockParam",
    ),
    "BetaRequestToolResultBlockParam": (
        ".beta_request_tool_result_block_param",
        "BetaRequestToolResultBlockParam",
    ),
    "BetaRequestToolSearchToolResultBlockParam": (
        ".beta_request_tool_search_tool_result_block_param",
        "BetaRequestToolSearchToolResultBlockParam",
    ),
    "BetaRequestToolSearchToolResultErrorParam": (
        ".beta_request_tool_search_tool_result_error_param",
        "BetaRequestToolSearchToolResultErrorParam",
    ),
    "BetaRequestToolSearchToolSearchResultBlockParam": (
        ".beta_request_tool_search_tool_search_result_block_param",
        "BetaRequestToolSearchToolSearchResultBlockParam",
    ),
    "BetaRequestToolUseBlockParam": (
        ".beta_request_tool_use_block_param",
        "BetaRequestToolUseBlockParam",
    ),
    "BetaRequestWebFetchResultBlockParam": (
        ".beta_request_web_fetch_result_block_param",
        "BetaRequestWebFetchResultBlockParam",
    ),
    "BetaRequestWebFetchToolResultBlockParam": (
        ".beta_request_web_fetch_tool_result_block_param",
        "BetaRequestWebFetchToolResultBlockParam",
    ),
    "BetaRequestWebFetchToolResultErrorParam": (
        ".beta_request_web_fetch_tool_result_error_param",
        "BetaRequestWebFetchToolResultErrorParam",
    ),
    "BetaRequestWebSearchResultBlockParam": (
        ".beta_request_web_search_result_block_param",
        "BetaRequestWebSearchResultBlockParam",
    ),
    "BetaRequestWebSearchResultLocationCitationParam": (
        ".beta_request_web_search_result_location_citation_param",
        "BetaRequestWebSearchResultLocationCitationParam",
    ),
    "BetaRequestWebSearchToolResultBlockParam": (
        ".beta_request_web_search_tool_result_block_param",
        "BetaRequestWebSearchToolResultBlockParam",
    ),
    "BetaRequestWebSearchToolResultErrorParam": (
        ".beta_request_web_search_tool_result_error_param",
        "BetaRequestWebSearchToolResultErrorParam",
    ),
    "BetaResponseBashCodeExecutionOutputBlock": (
        ".beta_response_bash_code_execution_output_block",
        "BetaResponseBashCodeExecutionOutputBlock",
    ),
    "BetaResponseBashCodeExecutionResultBlock": (
        ".beta_response_bash_code_execution_result_block",
        "BetaResponseBashCodeExecutionResultBlock",
    ),
    "BetaResponseBashCodeExecutionToolResultBlock": (
        ".beta_response_bash_code_execution_tool_result_block",
        "BetaResponseBashCodeExecutionToolResultBlock",
    ),
    "BetaResponseBashCodeExecutionToolResultError": (
        ".beta_response_bash_code_execution_tool_result_error",
        "BetaResponseBashCodeExecutionToolResultError",
    ),
    "BetaResponseCharLocationCitation": (
        ".beta_response_char_location_citation",
        "BetaResponseCharLocationCitation",
    ),
    "BetaResponseCitationsConfig": (
        ".beta_response_citations_config",
        "BetaResponseCitationsConfig",
    ),
    "BetaResponseClearThinking20251015Edit": (
        ".beta_response_clear_thinking20251015_edit",
        "BetaResponseClearThinking20251015Edit",
    ),
    "BetaResponseClearToolUses20250919Edit": (
        ".beta_response_clear_tool_uses20250919_edit",
        "BetaResponseClearToolUses20250919Edit",
    ),
    "BetaResponseCodeExecutionOutputBlock": (
        ".beta_response_code_execution_output_block",
        "BetaResponseCodeExecutionOutputBlock",
    ),
    "BetaResponseCodeExecutionResultBlock": (
        ".beta_response_code_execution_result_block",
        "BetaResponseCodeExecutionResultBlock",
    ),
    "BetaResponseCodeExecutionToolResultBlock": (
        ".beta_response_code_execution_tool_result_block",
        "BetaResponseCodeExecutionToolResultBlock",
    ),
    "BetaResponseCodeExecutionToolResultError": (
        ".beta_response_code_execution_tool_result_error",
        "BetaResponseCodeExecutionToolResultError",
    ),
    "BetaResponseCompactionBlock": (
        ".beta_response_compaction_block",
        "BetaResponseCompactionBlock",
    ),
    "BetaResponseContainerUploadBlock": (
        ".beta_response_container_upload_block",
        "BetaResponseContainerUploadBlock",
    ),
    "BetaResponseContentBlockLocationCitation": (
        ".beta_response_content_block_location_citation",
        "BetaResponseContentBlockLocationCitation",
    ),
    "BetaResponseContextManagement": (
        ".beta_response_context_management",
        "BetaResponseContextManagement",
    ),
    "BetaResponseDocumentBlock": (
        ".beta_response_document_block",
        "BetaResponseDocumentBlock",
    ),
    "BetaResponseMCPToolResultBlock": (
        ".beta_response_mcp_tool_result_block",
        "BetaResponseMCPToolResultBlock",
    ),
    "BetaResponseMCPToolUseBlock": (
        ".beta_response_mcp_tool_use_block",
        "BetaResponseMCPToolUseBlock",
    ),
    "BetaResponsePageLocationCitation": (
        ".beta_response_page_location_citation",
        "BetaResponsePageLocationCitation",
    ),
    "BetaResponseRedactedThinkingBlock": (
        ".beta_response_redacted_thinking_block",
        "BetaResponseRedactedThinkingBlock",
    ),
    "BetaResponseSearchResultLocationCitation": (
        ".beta_response_search_result_location_citation",
        "BetaResponseSearchResultLocationCitation",
    ),
    "BetaResponseServerToolUseBlock": (
        ".beta_response_server_tool_use_block",
        "BetaResponseServerToolUseBlock",
    ),
    "BetaResponseTextBlock": (".beta_response_text_block", "BetaResponseTextBlock"),
    "BetaResponseTextEditorCodeExecutionCreateResultBlock": (
        ".beta_response_text_editor_code_execution_create_result_block",
        "BetaResponseTextEditorCodeExecutionCreateResultBlock",
    ),
    "BetaResponseTextEditorCodeExecutionStrReplaceResultBlock": (
        ".beta_response_text_editor_code_execution_str_replace_result_block",
        "BetaResponseTextEditorCodeExecutionStrReplaceResultBlock",
    ),
    "BetaResponseTextEditorCodeExecutionToolResultBlock": (
        ".beta_response_text_editor_code_execution_tool_result_block",
        "BetaResponseTextEditorCodeExecutionToolResultBlock",
    ),
    "BetaResponseTextEditorCodeExecutionToolResultError": (
        ".beta_response_text_editor_code_execution_tool_result_error",
        "BetaResponseTextEditorCodeExecutionToolResultError",
    ),
    "BetaResponseTextEditorCodeExecutionViewResultBlock": (
        ".beta_response_text_editor_code_execution_view_result_block",
        "BetaResponseTextEditorCodeExecutionViewResultBlock",
    ),
    "BetaResponseThinkingBlock": (
        ".beta_response_thinking_block",
        "BetaResponseThinkingBlock",
    ),
    "BetaResponseToolReferenceBlock": (
        ".beta_response_tool_reference_block",
        "BetaResponseToolReferenceBlock",
    ),
    "BetaResponseToolSearchToolResultBlock": (
        ".beta_response_tool_search_tool_result_block",
        "BetaResponseToolSearchToolResultBlock",
    ),
    "BetaResponseToolSearchToolResultError": (
        ".beta_response_tool_search_tool_result_error",
        "BetaResponseToolSearchToolResultError",
    ),
    "BetaResponseToolSearchToolSearchResultBlock": (
        ".beta_response_tool_search_tool_search_result_block",
        "BetaResponseToolSearchToolSearchResultBlock",
    ),
    "BetaResponseToolUseBlock": (
        ".beta_response_tool_use_block",
        "BetaResponseToolUseBlock",
    ),
    "BetaResponseWebFetchResultBlock": (
        ".beta_response_web_fetch_result_block",
        "BetaResponseWebFetchResultBlock",
    ),
    "BetaResponseWebFetchToolResultBlock": (
        ".beta_response_web_fetch_tool_result_block",
        "BetaResponseWebFetchToolResultBlock",
    ),
    "BetaResponseWebFetchToolResultError": (
        ".beta_response_web_fetch_tool_result_error",
        "BetaResponseWebFetchToolResultError",
    ),
    "BetaResponseWebSearchResultBlock": (
        ".beta_response_web_search_result_block",
        "BetaResponseWebSearchResultBlock",
    ),
    "BetaResponseWebSearchResultLocationCitation": (
        ".beta_response_web_search_result_location_citation",
        "BetaResponseWebSearchResultLocationCitation",
    ),
    "BetaResponseWebSearchToolResultBlock": (
        ".beta_response_web_search_tool_result_block",
        "BetaResponseWebSearchToolResultBlock",
    ),
    "BetaResponseWebSearchToolResultError": (
        ".beta_response_web_search_tool_result_error",
        "BetaResponseWebSearchToolResultError",
    ),
    "BetaServerToolCaller": (".beta_server_tool_caller", "BetaServerToolCaller"),
    "BetaServerToolCallerParam": (
        ".beta_server_tool_caller_param",
        "BetaServerToolCallerParam",
    ),
    "BetaServerToolUsage": (".beta_server_tool_usage", "BetaServerToolUsage"),
    "BetaSignatureContentBlockDelta": (
        ".beta_signature_content_block_delta",
        "BetaSignatureContentBlockDelta",
    ),
    "BetaSkill": (".beta_skill", "BetaSkill"),
    "BetaSkillParamsParam": (".beta_skill_params_param", "BetaSkillParamsParam"),
    "BetaSkillVersion": (".beta_skill_version", "BetaSkillVersion"),
    "BetaSucceededResult": (".beta_succeeded_result", "BetaSucceededResult"),
    "BetaTextContentBlockDelta": (
        ".beta_text_content_block_delta",
        "BetaTextContentBlockDelta",
    ),
    "BetaTextEditor20241022Param": (
        ".beta_text_editor20241022_param",
        "BetaTextEditor20241022Param",
    ),
    "BetaTextEditor20250124Param": (
        ".beta_text_editor20250124_param",
        "BetaTextEditor20250124Param",
    ),
    "BetaTextEditor20250429Param": (
        ".beta_text_editor20250429_param",
        "BetaTextEditor20250429Param",
    ),
    "BetaTextEditor20250728Param": (
        ".beta_text_editor20250728_param",
        "BetaTextEditor20250728Param",
    ),
    "BetaThinkingConfigAdaptiveParam": (
        ".beta_thinking_config_adaptive_param",
        "BetaThinkingConfigAdaptiveParam",
    ),
    "BetaThinkingConfigDisabledParam": (
        ".beta_thinking_config_disabled_param",
        "BetaThinkingConfigDisabledParam",
    ),
    "BetaThinkingConfigEnabledParam": (
        ".beta_thinking_config_enabled_param",
        "BetaThinkingConfigEnabledParam",
    ),
    "BetaThinkingContentBlockDelta": (
        ".beta_thinking_content_block_delta",
        "BetaThinkingContentBlockDelta",
    ),
    "BetaThinkingTurnsParam": (".beta_thinking_turns_param", "BetaThinkingTurnsParam"),
    "BetaToolChoiceAnyParam": (".beta_tool_choice_any_param", "BetaToolChoiceAnyParam"),
    "BetaToolChoiceAutoParam": (
        ".beta_tool_choice_auto_param",
        "BetaToolChoiceAutoParam",
    ),
    "BetaToolChoiceNoneParam": (
        ".beta_tool_choice_none_param",
        "BetaToolChoiceNoneParam",
    ),
    "BetaToolChoiceToolParam": (
        ".beta_tool_choice_tool_param",
        "BetaToolChoiceToolParam",
    ),
    "BetaToolParam": (".beta_tool_param", "BetaToolParam"),
    "BetaToolSearchToolBM2520251119Param": (
        ".beta_tool_search_tool_bm2520251119_param",
        "BetaToolSearchToolBM2520251119Param",
    ),
    "BetaToolSearchToolRegex20251119Param": (
        ".beta_tool_search_tool_regex20251119_param",
        "BetaToolSearchToolRegex20251119Param",
    ),
    "BetaToolUsesKeepParam": (".beta_tool_uses_keep_param", "BetaToolUsesKeepParam"),
    "BetaToolUsesTriggerParam": (
        ".beta_tool_uses_trigger_param",
        "BetaToolUsesTriggerParam",
    ),
    "BetaURLImageSourceParam": (
        ".beta_url_image_source_param",
        "BetaURLImageSourceParam",
    ),
    "BetaURLPDFSourceParam": (".beta_urlpdf_source_param", "BetaURLPDFSourceParam"),
    "BetaUsage": (".beta_usage", "BetaUsage"),
    "BetaUserLocationParam": (".beta_user_location_param", "BetaUserLocationParam"),
    "BetaWebFetchTool20250910Param": (
        ".beta_web_fetch_tool20250910_param",
        "BetaWebFetchTool20250910Param",
    ),
    "BetaWebSearchTool20250305Param": (
        ".beta_web_search_tool20250305_param",
        "BetaWebSearchTool20250305Param",
    ),
    "BetaapiSchemasSkillsSkill": (
        ".betaapi_schemas_skills_skill",
        "BetaapiSchemasSkillsSkill",
    ),
    "BillingError": (".billing_error", "BillingError"),
    "CacheControlEphemeralParam": (
        ".cache_control_ephemeral_param",
        "CacheControlEphemeralParam",
    ),
    "CacheCreation": (".cache_creation", "CacheCreation"),
    "CanceledResult": (".canceled_result", "CanceledResult"),
    "CitationsDelta": (".citations_delta", "CitationsDelta"),
    "CompletionCreateParams": (".completion_create_params", "CompletionCreateParams"),
    "CompletionResponse": (".completion_response", "CompletionResponse"),
    "ContentBlockDeltaEvent": (".content_block_delta_event", "ContentBlockDeltaEvent"),
    "ContentBlockSourceParam": (
        ".content_block_source_param",
        "ContentBlockSourceParam",
    ),
    "ContentBlockStartEvent": (".content_block_start_event", "ContentBlockStartEvent"),
    "ContentBlockStopEvent": (".content_block_stop_event", "ContentBlockStopEvent"),
    "CountMessageTokensResponse": (
        ".count_message_tokens_response",
        "CountMessageTokensResponse",
    ),
    "CreateMessageParamsParam": (
        ".create_message_params_param",
        "CreateMessageParamsParam",
    ),
    "DeleteMessageBatchResponse": (
        ".delete_message_batch_response",
        "DeleteMessageBatchResponse",
    ),
    "ErrorResponse": (".error_response", "ErrorResponse"),
    "ErroredResult": (".errored_result", "ErroredResult"),
    "ExpiredResult": (".expired_result", "ExpiredResult"),
    "GatewayTimeoutError": (".gateway_timeout_error", "GatewayTimeoutError"),
    "InputJsonContentBlockDelta": (
        ".input_json_content_block_delta",
        "InputJsonContentBlockDelta",
    ),
    "InputMessageParam": (".input_message_param", "InputMessageParam"),
    "InputSchemaParam": (".input_schema_param", "InputSchemaParam"),
    "InvalidRequestError": (".invalid_request_error", "InvalidRequestError"),
    "JsonOutputFormatParam": (".json_output_format_param", "JsonOutputFormatParam"),
    "Message": (".message", "Message"),
    "MessageBatch": (".message_batch", "MessageBatch"),
    "MessageBatchIndividualRequestParamsParam": (
        ".message_batch_individual_request_params_param",
        "MessageBatchIndividualRequestParamsParam",
    ),
    "MessageBatchIndividualResponse": (
        ".message_batch_individual_response",
        "MessageBatchIndividualResponse",
    ),
    "MessageCountTokensParams": (
        ".message_count_tokens_params",
        "MessageCountTokensParams",
    ),
    "MessageCreateParams": (".message_create_params", "MessageCreateParams"),
    "MessageDelta": (".message_delta", "MessageDelta"),
    "MessageDeltaEvent": (".message_delta_event", "MessageDeltaEvent"),
    "MessageDeltaUsage": (".message_delta_usage", "MessageDeltaUsage"),
    "MessageStartEvent": (".message_start_event", "MessageStartEvent"),
    "MessageStopEvent": (".message_stop_event", "MessageStopEvent"),
    "MetadataParam": (".metadata_param", "MetadataParam"),
    "ModelInfo": (".model_info", "ModelInfo"),
    "ModelListParams": (".model_list_params", "ModelListParams"),
    "NotFoundError": (".not_found_error", "NotFoundError"),
    "OutputConfigParam": (".output_config_param", "OutputConfigParam"),
    "OverloadedError": (".overloaded_error", "OverloadedError"),
    "PermissionError": (".permission_error", "PermissionError"),
    "PlainTextSourceParam": (".plain_text_source_param", "PlainTextSourceParam"),
    "RateLimitError": (".rate_limit_error", "RateLimitError"),
    "RequestCharLocationCitationParam": (
        ".request_char_location_citation_param",
        "RequestCharLocationCitationParam",
    ),
    "RequestCitationsConfigParam": (
        ".request_citations_config_param",
        "RequestCitationsConfigParam",
    ),
    "RequestContentBlockLocationCitationParam": (
        ".request_content_block_location_citation_param",
        "RequestContentBlockLocationCitationParam",
    ),
    "RequestCounts": (".request_counts", "RequestCounts"),
    "RequestDocumentBlockParam": (
        ".request_document_block_param",
        "RequestDocumentBlockParam",
    ),
    "RequestImageBlockParam": (".request_image_block_param", "RequestImageBlockParam"),
    "RequestPageLocationCitationParam": (
        ".request_page_location_citation_param",
        "RequestPageLocationCitationParam",
    ),
    "RequestRedactedThinkingBlockParam": (
        ".request_redacted_thinking_block_param",
        "RequestRedactedThinkingBlockParam",
    ),
    "RequestSearchResultBlockParam": (
        ".request_search_result_block_param",
        "RequestSearchResultBlockParam",
    ),
    "RequestSearchResultLocationCitationParam": (
        ".request_search_result_location_citation_param",
        "RequestSearchResultLocationCitationParam",
    ),
    "RequestServerToolUseBlockParam": (
        ".request_server_tool_use_block_param",
        "RequestServerToolUseBlockParam",
    ),
    "RequestTextBlockParam": (".request_text_block_param", "RequestTextBlockParam"),
    "RequestThinkingBlockParam": (
        ".request_thinking_block_param",
        "RequestThinkingBlockParam",
    ),
    "RequestToolResultBlockParam": (
        ".request_tool_result_block_param",
        "RequestToolResultBlockParam",
    ),
    "RequestToolUseBlockParam": (
        ".request_tool_use_block_param",
        "RequestToolUseBlockParam",
    ),
    "RequestWebSearchResultBlockParam": (
        ".request_web_search_result_block_param",
        "RequestWebSearchResultBlockParam",
    ),
    "RequestWebSearchResultLocationCitationParam": (
        ".request_web_search_result_location_citation_param",
        "RequestWebSearchResultLocationCitationParam",
    ),
    "RequestWebSearchToolResultBlockParam": (
        ".request_web_search_tool_result_block_param",
        "RequestWebSearchToolResultBlockParam",
    ),
    "RequestWebSearchToolResultErrorParam": (
        ".request_web_search_tool_result_error_param",
        "RequestWebSearchToolResultErrorParam",
    ),
    "ResponseCharLocationCitation": (
        ".response_char_location_citation",
        "ResponseCharLocationCitation",
    ),
    "ResponseContentBlockLocationCitation": (
        ".response_content_block_location_citation",
        "ResponseContentBlockLocationCitation",
    ),
    "ResponsePageLocationCitation": (
        ".response_page_location_citation",
        "ResponsePageLocationCitation",
    ),
    "ResponseRedactedThinkingBlock": (
        ".response_redacted_thinking_block",
        "ResponseRedactedThinkingBlock",
    ),
    "ResponseSearchResultLocationCitation": (
        ".response_search_result_location_citation",
        "ResponseSearchResultLocationCitation",
    ),
    "ResponseServerToolUseBlock": (
        ".response_server_tool_use_block",
        "ResponseServerToolUseBlock",
    ),
    "ResponseTextBlock": (".response_text_block", "ResponseTextBlock"),
    "ResponseThinkingBlock": (".response_thinking_block", "ResponseThinkingBlock"),
    "ResponseToolUseBlock": (".response_tool_use_block", "ResponseToolUseBlock"),
    "ResponseWebSearchResultBlock": (
        ".response_web_search_result_block",
        "ResponseWebSearchResultBlock",
    ),
    "ResponseWebSearchResultLocationCitation": (
        ".response_web_search_result_location_citation",
        "ResponseWebSearchResultLocationCitation",
    ),
    "ResponseWebSearchToolResultBlock": (
        ".response_web_search_tool_result_block",
        "ResponseWebSearchToolResultBlock",
    ),
    "ResponseWebSearchToolResultError": (
        ".response_web_search_tool_result_error",
        "ResponseWebSearchToolResultError",
    ),
    "ServerToolUsage": (".server_tool_usage", "ServerToolUsage"),
    "SignatureContentBlockDelta": (
        ".signature_content_block_delta",
        "SignatureContentBlockDelta",
    ),
    "SucceededResult": (".succeeded_result", "SucceededResult"),
    "TextContentBlockDelta": (".text_content_block_delta", "TextContentBlockDelta"),
    "TextEditor20250124Param": (
        ".text_editor20250124_param",
        "TextEditor20250124Param",
    ),
    "TextEditor20250429Param": (
        ".text_editor20250429_param",
        "TextEditor20250429Param",
    ),
    "TextEditor20250728Param": (
        ".text_editor20250728_param",
        "TextEditor20250728Param",
    ),
    "ThinkingConfigAdaptiveParam": (
        ".thinking_config_adaptive_param",
        "ThinkingConfigAdaptiveParam",
    ),
    "ThinkingConfigDisabledParam": (
        ".thinking_config_disabled_param",
        "ThinkingConfigDisabledParam",
    ),
    "ThinkingConfigEnabledParam": (
        ".thinking_config_enabled_param",
        "ThinkingConfigEnabledParam",
    ),
    "ThinkingContentBlockDelta": (
        ".thinking_content_block_delta",
        "ThinkingContentBlockDelta",
    ),
    "ToolChoiceAnyParam": (".tool_choice_any_param", "ToolChoiceAnyParam"),
    "ToolChoiceAutoParam": (".tool_choice_auto_param", "ToolChoiceAutoParam"),
    "ToolChoiceNoneParam": (".tool_choice_none_param", "ToolChoiceNoneParam"),
    "ToolChoiceToolParam": (".tool_choice_tool_param", "ToolChoiceToolParam"),
    "ToolParam": (".tool_param", "ToolParam"),
    "URLImageSourceParam": (".url_image_source_param", "URLImageSourceParam"),
    "URLPDFSourceParam": (".urlpdf_source_param", "URLPDFSourceParam"),
    "Usage": (".usage", "Usage"),
    "UserLocationParam": (".user_location_param", "UserLocationParam"),
    "WebSearchTool20250305Param": (
        ".web_search_tool20250305_param",
        "WebSearchTool20250305Param",
    ),
}

__all__ = [
    "APIError",
    "AuthenticationError",
    "Base64ImageSourceParam",
    "Base64PDFSourceParam",
    "BashTool20250124Param",
    "BetaAPIError",
    "BetaAllThinkingTurnsParam",
    "BetaAuthenticationError",
    "BetaBase64ImageSourceParam",
    "BetaBase64PDFSource",
    "BetaBase64PDFSourceParam",
    "BetaBashTool20241022Param",
    "BetaBashTool20250124Param",
    "BetaBillingError",
    "BetaCacheControlEphemeralParam",
    "BetaCacheCreation",
    "BetaCanceledResult",
    "BetaCitationsDelta",
    "BetaClearThinking20251015Param",
    "BetaClearToolUses20250919Param",
    "BetaCodeExecutionTool20250522Param",
    "BetaCodeExecutionTool20250825Param",
    "BetaCompact20260112Param",
    "BetaCompactionContentBlockDelta",
    "BetaCompactionIterationUsage",
    "BetaComputerUseTool20241022Param",
    "BetaComputerUseTool20250124Param",
    "BetaComputerUseTool20251124Param",
    "BetaContainer",
    "BetaContainerParamsParam",
    "BetaContentBlockDeltaEvent",
    "BetaContentBlockSourceParam",
    "BetaContentBlockStartEvent",
    "BetaContentBlockStopEvent",
    "BetaContextManagementConfigParam",
    "BetaContextManagementResponse",
    "BetaCountMessageTokensResponse",
    "BetaCreateMessageParamsParam",
    "BetaCreateSkillResponse",
    "BetaCreateSkillVersionResponse",
    "BetaDeleteMessageBatchResponse",
    "BetaDeleteSkillResponse",
    "BetaDeleteSkillVersionResponse",
    "BetaDirectCaller",
    "BetaDirectCallerParam",
    "BetaErrorResponse",
    "BetaErroredResult",
    "BetaExpiredResult",
    "BetaFileDeleteResponse",
    "BetaFileDocumentSourceParam",
    "BetaFileImageSourceParam",
    "BetaFileMetadataSchema",
    "BetaGatewayTimeoutError",
    "BetaGetSkillResponse",
    "BetaGetSkillVersionResponse",
    "BetaInputJsonContentBlockDelta",
    "BetaInputMessageParam",
    "BetaInputSchemaParam",
    "BetaInputTokensClearAtLeastParam",
    "BetaInputTokensTriggerParam",
    "BetaInvalidRequestError",
    "BetaJsonOutputFormatParam",
    "BetaMCPToolConfigParam",
    "BetaMCPToolDefaultConfigParam",
    "BetaMCPToolsetParam",
    "BetaMemoryTool20250818Param",
    "BetaMessage",
    "BetaMessageBatch",
    "BetaMessageBatchIndividualRequestParamsParam",
    "BetaMessageBatchIndividualResponse",
    "BetaMessageDelta",
    "BetaMessageDeltaEvent",
    "BetaMessageDeltaUsage",
    "BetaMessageIterationUsage",
    "BetaMessageStartEvent",
    "BetaMessageStopEvent",
    "BetaMetadataParam",
    "BetaModelInfo",
    "BetaNotFoundError",
    "BetaOutputConfigParam",
    "BetaOverloadedError",
    "BetaPermissionError",
    "BetaPlainTextSource",
    "BetaPlainTextSourceParam",
    "BetaRateLimitError",
    "BetaRequestBashCodeExecutionOutputBlockParam",
    "BetaRequestBashCodeExecutionResultBlockParam",
    "BetaRequestBashCodeExecutionToolResultBlockParam",
    "BetaRequestBashCodeExecutionToolResultErrorParam",
    "BetaRequestCharLocationCitationParam",
    "BetaRequestCitationsConfigParam",
    "BetaRequestCodeExecutionOutputBlockParam",
    "BetaRequestCodeExecutionResultBlockParam",
    "BetaRequestCodeExecutionToolResultBlockParam",
    "BetaRequestCodeExecutionToolResultErrorParam",
    "BetaRequestCompactionBlockParam",
    "BetaRequestContainerUploadBlockParam",
    "BetaRequestContentBlockLocationCitationParam",
    "BetaRequestCounts",
    "BetaRequestDocumentBlockParam",
    "BetaRequestImageBlockParam",
    "BetaRequestMCPServerToolConfigurationParam",
    "BetaRequestMCPServerURLDefinitionParam",
    "BetaRequestMCPToolResultBlockParam",
    "BetaRequestMCPToolUseBlockParam",
    "BetaRequestPageLocationCitationParam",
    "BetaRequestRedactedThinkingBlockParam",
    "BetaRequestSearchResultBlockParam",
    "BetaRequestSearchResultLocationCitationParam",
    "BetaRequestServerToolUseBlockParam",
    "BetaRequestTextBlockParam",
    "BetaRequestTextEditorCodeExecutionCreateResultBlockParam",
    "BetaRequestTextEditorCodeExecutionStrReplaceResultBlockParam",
    "BetaRequestTextEditorCodeExecutionToolResultBlockParam",
    "BetaRequestTextEditorCodeExecutionToolResultErrorParam",
    "BetaRequestTextEditorCodeExecutionViewResultBlockParam",
    "BetaRequestThinkingBlockParam",
    "BetaRequestToolReferenceBlockParam",
    "BetaRequestToolResultBlockParam",
    "BetaRequestToolSearchToolResultBlockParam",
    "BetaRequestToolSearchToolResultErrorParam",
    "BetaRequestToolSearchToolSearchResultBlockParam",
    "BetaRequestToolUseBlockParam",
    "BetaRequestWebFetchResultBlockParam",
    "BetaRequestWebFetchToolResultBlockParam",
    "BetaRequestWebFetchToolResultErrorParam",
    "BetaRequestWebSearchResultBlockParam",
    "BetaRequestWebSearchResultLocationCitationParam",
    "BetaRequestWebSearchToolResultBlockParam",
    "BetaRequestWebSearchToolResultErrorParam",
    "BetaResponseBashCodeExecutionOutputBlock",
    "BetaResponseBashCodeExecutionResultBlock",
    "BetaResponseBashCodeExecutionToolResultBlock",
    "BetaResponseBashCodeExecutionToolResultError",
    "BetaResponseCharLocationCitation",
    "BetaResponseCitationsConfig",
    "BetaResponseClearThinking20251015Edit",
    "BetaResponseClearToolUses20250919Edit",
    "BetaResponseCodeExecutionOutputBlock",
    "BetaResponseCodeExecutionResultBlock",
    "BetaResponseCodeExecutionToolResultBlock",
    "BetaResponseCodeExecutionToolResultError",
    "BetaResponseCompactionBlock",
    "BetaResponseContainerUploadBlock",
    "BetaResponseContentBlockLocationCitation",
    "BetaResponseContextManagement",
    "BetaResponseDocumentBlock",
    "BetaResponseMCPToolResultBlock",
    "BetaResponseMCPToolUseBlock",
    "BetaResponsePageLocationCitation",
    "BetaResponseRedactedThinkingBlock",
    "BetaResponseSearchResultLocationCitation",
    "BetaResponseServerToolUseBlock",
    "BetaResponseTextBlock",
    "BetaResponseTextEditorCodeExecutionCreateResultBlock",
    "BetaResponseTextEditorCodeExecutionStrReplaceResultBlock",
    "BetaResponseTextEditorCodeExecutionToolResultBlock",
    "BetaResponseTextEditorCodeExecutionToolResultError",
    "BetaResponseTextEditorCodeExecutionViewResultBlock",
    "BetaResponseThinkingBlock",
    "BetaResponseToolReferenceBlock",
    "BetaResponseToolSearchToolResultBlock",
    "BetaResponseToolSearchToolResultError",
    "BetaResponseToolSearchToolSearchResultBlock",
    "BetaResponseToolUseBlock",
    "BetaResponseWebFetchResultBlock",
    "BetaResponseWebFetchToolResultBlock",
    "BetaResponseWebFetchToolResultError",
    "BetaResponseWebSearchResultBlock",
    "BetaResponseWebSearchResultLocationCitation",
    "BetaResponseWebSearchToolResultBlock",
    "BetaResponseWebSearchToolResultError",
    "BetaServerToolCaller",
    "BetaServerToolCallerParam",
    "BetaServerToolUsage",
    "BetaSignatureContentBlockDelta",
    "BetaSkill",
    "BetaSkillParamsParam",
    "BetaSkillVersion",
    "BetaSucceededResult",
    "BetaTextContentBlockDelta",
    "BetaTextEditor20241022Param",
    "BetaTextEditor20250124Param",
    "BetaTextEditor20250429Param",
    "BetaTextEditor20250728Param",
    "BetaThinkingConfigAdaptiveParam",
    "BetaThinkingConfigDisabledParam",
    "BetaThinkingConfigEnabledParam",
    "BetaThinkingContentBlockDelta",
    "BetaThinkingTurnsParam",
    "BetaToolChoiceAnyParam",
    "BetaToolChoiceAutoParam",
    "BetaToolChoiceNoneParam",
    "BetaToolChoiceToolParam",
    "BetaToolParam",
    "BetaToolSearchToolBM2520251119Param",
    "BetaToolSearchToolRegex20251119Param",
    "BetaToolUsesKeepParam",
    "BetaToolUsesTriggerParam",
    "BetaURLImageSourceParam",
    "BetaURLPDFSourceParam",
    "BetaUsage",
    "BetaUserLocationParam",
    "BetaWebFetchTool20250910Param",
    "BetaWebSearchTool20250305Param",
    "BetaapiSchemasSkillsSkill",
    "BillingError",
    "CacheControlEphemeralParam",
    "CacheCreation",
    "CanceledResult",
    "CitationsDelta",
    "CompletionCreateParams",
    "CompletionResponse",
    "ContentBlockDeltaEvent",
    "ContentBlockSourceParam",
    "ContentBlockStartEvent",
    "ContentBlockStopEvent",
    "CountMessageTokensResponse",
    "CreateMessageParamsParam",
    "DeleteMessageBatchResponse",
    "ErrorResponse",
    "ErroredResult",
    "ExpiredResult",
    "GatewayTimeoutError",
    "InputJsonContentBlockDelta",
    "InputMessageParam",
    "InputSchemaParam",
    "InvalidRequestError",
    "JsonOutputFormatParam",
    "Message",
    "MessageBatch",
    "MessageBatchIndividualRequestParamsParam",
    "MessageBatchIndividualResponse",
    "MessageCountTokensParams",
    "MessageCreateParams",
    "MessageDelta",
    "MessageDeltaEvent",
    "MessageDeltaUsage",
    "MessageStartEvent",
    "MessageStopEvent",
    "MetadataParam",
    "ModelInfo",
    "ModelListParams",
    "NotFoundError",
    "OutputConfigParam",
    "OverloadedError",
    "PermissionError",
    "PlainTextSourceParam",
    "RateLimitError",
    "RequestCharLocationCitationParam",
    "RequestCitationsConfigParam",
    "RequestContentBlockLocationCitationParam",
    "RequestCounts",
    "RequestDocumentBlockParam",
    "RequestImageBlockParam",
    "RequestPageLocationCitationParam",
    "RequestRedactedThinkingBlockParam",
    "RequestSearchResultBlockParam",
    "RequestSearchResultLocationCitationParam",
    "RequestServerToolUseBlockParam",
    "RequestTextBlockParam",
    "RequestThinkingBlockParam",
    "RequestToolResultBlockParam",
    "RequestToolUseBlockParam",
    "RequestWebSearchResultBlockParam",
    "RequestWebSearchResultLocationCitationParam",
    "RequestWebSearchToolResultBlockParam",
    "RequestWebSearchToolResultErrorParam",
    "ResponseCharLocationCitation",
    "ResponseContentBlockLocationCitation",
    "ResponsePageLocationCitation",
    "ResponseRedactedThinkingBlock",
    "ResponseSearchResultLocationCitation",
    "ResponseServerToolUseBlock",
    "ResponseTextBlock",
    "ResponseThinkingBlock",
    "ResponseToolUseBlock",
    "ResponseWebSearchResultBlock",
    "ResponseWebSearchResultLocationCitation",
    "ResponseWebSearchToolResultBlock",
    "ResponseWebSearchToolResultError",
    "ServerToolUsage",
    "SignatureContentBlockDelta",
    "SucceededResult",
    "TextContentBlockDelta",
    "TextEditor20250124Param",
    "TextEditor20250429Param",
    "TextEditor20250728Param",
    "ThinkingConfigAdaptiveParam",
    "ThinkingConfigDisabledParam",
    "ThinkingConfigEnabledParam",
    "ThinkingContentBlockDelta",
    "ToolChoiceAnyParam",
    "ToolChoiceAutoParam",
    "ToolChoiceNoneParam",
    "ToolChoiceToolParam",
    "ToolParam",
    "URLImageSourceParam",
    "URLPDFSourceParam",
    "Usage",
    "UserLocationParam",
    "WebSearchTool20250305Param",
]


def __getattr__(name: str) -> Any:
    try:
        module_name, attribute = _EXPORTS[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    from importlib import import_module

    value = getattr(import_module(module_name, __name__), attribute)
    # Cache it: later lookups are plain attribute reads.
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
