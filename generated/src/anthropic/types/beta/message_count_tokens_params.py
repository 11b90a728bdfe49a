from __future__ import annotations

from typing import Iterable, List, Optional, Union

from typing_extensions import Annotated, Literal, Required, TypedDict

from ..._types import PropertyInfo
from ..beta_bash_tool20241022_param import BetaBashTool20241022Param
from ..beta_bash_tool20250124_param import BetaBashTool20250124Param
from ..beta_code_execution_tool20250522_param import BetaCodeExecutionTool20250522Param
from ..beta_code_execution_tool20250825_param import BetaCodeExecutionTool20250825Param
from ..beta_computer_use_tool20241022_param import BetaComputerUseTool20241022Param
from ..beta_computer_use_tool20250124_param import BetaComputerUseTool20250124Param
from ..beta_computer_use_tool20251124_param import BetaComputerUseTool20251124Param
from ..beta_context_management_config_param import BetaContextManagementConfigParam
from ..beta_input_message_param import BetaInputMessageParam
from ..beta_json_output_format_param import BetaJsonOutputFormatParam
from ..beta_mcp_toolset_param import BetaMCPToolsetParam
from ..beta_memory_tool20250818_param import BetaMemoryTool20250818Param
from ..beta_output_config_param import BetaOutputConfigParam
from ..beta_request_mcp_server_url_definition_param import (
    BetaRequestMCPServerURLDefinitionParam,
)
from ..beta_request_text_block_param import BetaRequestTextBlockParam
from ..beta_text_editor20241022_param import BetaTextEditor20241022Param
from ..beta_text_editor20250124_param import BetaTextEditor20250124Param
from ..beta_text_editor20250429_param import BetaTextEditor20250429Param
from ..beta_text_editor20250728_param import BetaTextEditor20250728Param
from ..beta_thinking_config_adaptive_param import BetaThinkingConfigAdaptiveParam
from ..beta_thinking_config_disabled_param import BetaThinkingConfigDisabledParam
from ..beta_thinking_config_enabled_param import BetaThinkingConfigEnabledParam
from ..beta_tool_choice_any_param import BetaToolChoiceAnyParam
from ..beta_tool_choice_auto_param import BetaToolChoiceAutoParam
from ..beta_tool_choice_none_param import BetaToolChoiceNoneParam
from ..beta_tool_choice_tool_param import BetaToolChoiceToolParam
from ..beta_tool_param import BetaToolParam
from ..beta_tool_search_tool_bm2520251119_param import (
    BetaToolSearchToolBM2520251119Param,
)
from ..beta_tool_search_tool_regex20251119_param import (
    BetaToolSearchToolRegex20251119Param,
)
from ..beta_web_fetch_tool20250910_param import BetaWebFetchTool20250910Param
from ..beta_web_search_tool20250305_param import BetaWebSearchTool20250305Param

__all__ = [
    "MessageCountTokensParams",
]


class MessageCountTokensParams(TypedDict, total=False):
    betas: Annotated[
        List[
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
        ],
        PropertyInfo(alias="anthropic-beta"),
    ]

    context_management: Optional[BetaContextManagementConfigParam]

    mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam]

    messages: Required[Iterable[BetaInputMessageParam]]

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

    output_config: BetaOutputConfigParam

    output_format: Optional[BetaJsonOutputFormatParam]

    speed: Optional[Literal["standard", "fast"]]

    system: Union[str, Iterable[BetaRequestTextBlockParam]]

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
