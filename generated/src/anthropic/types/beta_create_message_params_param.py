from __future__ import annotations

from typing import Iterable, Optional, Union

from typing_extensions import Literal, Required, TypedDict

from .._types import SequenceNotStr
from .beta_bash_tool20241022_param import BetaBashTool20241022Param
from .beta_bash_tool20250124_param import BetaBashTool20250124Param
from .beta_code_execution_tool20250522_param import BetaCodeExecutionTool20250522Param
from .beta_code_execution_tool20250825_param import BetaCodeExecutionTool20250825Param
from .beta_computer_use_tool20241022_param import BetaComputerUseTool20241022Param
from .beta_computer_use_tool20250124_param import BetaComputerUseTool20250124Param
from .beta_computer_use_tool20251124_param import BetaComputerUseTool20251124Param
from .beta_container_params_param import BetaContainerParamsParam
from .beta_context_management_config_param import BetaContextManagementConfigParam
from .beta_input_message_param import BetaInputMessageParam
from .beta_json_output_format_param import BetaJsonOutputFormatParam
from .beta_mcp_toolset_param import BetaMCPToolsetParam
from .beta_memory_tool20250818_param import BetaMemoryTool20250818Param
from .beta_metadata_param import BetaMetadataParam
from .beta_output_config_param import BetaOutputConfigParam
from .beta_request_mcp_server_url_definition_param import (
    BetaRequestMCPServerURLDefinitionParam,
)
from .beta_request_text_block_param import BetaRequestTextBlockParam
from .beta_text_editor20241022_param import BetaTextEditor20241022Param
from .beta_text_editor20250124_param import BetaTextEditor20250124Param
from .beta_text_editor20250429_param import BetaTextEditor20250429Param
from .beta_text_editor20250728_param import BetaTextEditor20250728Param
from .beta_thinking_config_adaptive_param import BetaThinkingConfigAdaptiveParam
from .beta_thinking_config_disabled_param import BetaThinkingConfigDisabledParam
from .beta_thinking_config_enabled_param import BetaThinkingConfigEnabledParam
from .beta_tool_choice_any_param import BetaToolChoiceAnyParam
from .beta_tool_choice_auto_param import BetaToolChoiceAutoParam
from .beta_tool_choice_none_param import BetaToolChoiceNoneParam
from .beta_tool_choice_tool_param import BetaToolChoiceToolParam
from .beta_tool_param import BetaToolParam
from .beta_tool_search_tool_bm2520251119_param import (
    BetaToolSearchToolBM2520251119Param,
)
from .beta_tool_search_tool_regex20251119_param import (
    BetaToolSearchToolRegex20251119Param,
)
from .beta_web_fetch_tool20250910_param import BetaWebFetchTool20250910Param
from .beta_web_search_tool20250305_param import BetaWebSearchTool20250305Param

__all__ = [
    "BetaCreateMessageParamsParam",
]


class BetaCreateMessageParamsParam(TypedDict, total=False):
    model: Required[
        Union[
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
        ]
    ]

    messages: Required[Iterable[BetaInputMessageParam]]

    container: Optional[Union[BetaContainerParamsParam, str]]

    context_management: Optional[BetaContextManagementConfigParam]

    inference_geo: Optional[str]

    max_tokens: Required[int]

    mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam]

    metadata: BetaMetadataParam

    output_config: BetaOutputConfigParam

    output_format: Optional[BetaJsonOutputFormatParam]

    service_tier: Literal["auto", "standard_only"]

    speed: Optional[Literal["standard", "fast"]]

    stop_sequences: SequenceNotStr[str]

    stream: bool

    system: Union[str, Iterable[BetaRequestTextBlockParam]]

    temperature: float

    thinking: Union[
        BetaThinkingConfigEnabledParam,
        BetaThinkingConfigDisabledParam,
        BetaThinkingConfigAdaptiveParam,
    ]

    tool_choice: Union[
        BetaToolChoiceAutoParam,
        BetaToolChoiceAnyParam,
        BetaToolChoiceToolParam,
        BetaToolChoiceNoneParam,
    ]

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

    top_k: int

    top_p: float
