from __future__ import annotations

from typing import Iterable, List, Optional, Union

from typing_extensions import Annotated, Literal, Required, TypeAlias, TypedDict

from ..._types import PropertyInfo
from ..anthropic_beta_param import AnthropicBetaParam
from ..model_param import ModelParam
from .beta_code_execution_tool_20250522_param import BetaCodeExecutionTool20250522Param
from .beta_code_execution_tool_20250825_param import BetaCodeExecutionTool20250825Param
from .beta_context_management_config_param import BetaContextManagementConfigParam
from .beta_json_output_format_param import BetaJSONOutputFormatParam
from .beta_mcp_toolset_param import BetaMCPToolsetParam
from .beta_memory_tool_20250818_param import BetaMemoryTool20250818Param
from .beta_message_param import BetaMessageParam
from .beta_output_config_param import BetaOutputConfigParam
from .beta_request_mcp_server_url_definition_param import BetaRequestMCPServerURLDefinitionParam
from .beta_text_block_param import BetaTextBlockParam
from .beta_thinking_config_param import BetaThinkingConfigParam
from .beta_tool_bash_20241022_param import BetaToolBash20241022Param
from .beta_tool_bash_20250124_param import BetaToolBash20250124Param
from .beta_tool_choice_param import BetaToolChoiceParam
from .beta_tool_computer_use_20241022_param import BetaToolComputerUse20241022Param
from .beta_tool_computer_use_20250124_param import BetaToolComputerUse20250124Param
from .beta_tool_computer_use_20251124_param import BetaToolComputerUse20251124Param
from .beta_tool_param import BetaToolParam
from .beta_tool_search_tool_bm25_20251119_param import BetaToolSearchToolBm25_20251119Param
from .beta_tool_search_tool_regex_20251119_param import BetaToolSearchToolRegex20251119Param
from .beta_tool_text_editor_20241022_param import BetaToolTextEditor20241022Param
from .beta_tool_text_editor_20250124_param import BetaToolTextEditor20250124Param
from .beta_tool_text_editor_20250429_param import BetaToolTextEditor20250429Param
from .beta_tool_text_editor_20250728_param import BetaToolTextEditor20250728Param
from .beta_web_fetch_tool_20250910_param import BetaWebFetchTool20250910Param
from .beta_web_search_tool_20250305_param import BetaWebSearchTool20250305Param

__all__ = ["MessageCountTokensParams", "Tool"]

Tool: TypeAlias = Union[
    BetaToolParam,
    BetaToolBash20241022Param,
    BetaToolBash20250124Param,
    BetaCodeExecutionTool20250522Param,
    BetaCodeExecutionTool20250825Param,
    BetaToolComputerUse20241022Param,
    BetaMemoryTool20250818Param,
    BetaToolComputerUse20250124Param,
    BetaToolTextEditor20241022Param,
    BetaToolComputerUse20251124Param,
    BetaToolTextEditor20250124Param,
    BetaToolTextEditor20250429Param,
    BetaToolTextEditor20250728Param,
    BetaWebSearchTool20250305Param,
    BetaWebFetchTool20250910Param,
    BetaToolSearchToolBm25_20251119Param,
    BetaToolSearchToolRegex20251119Param,
    BetaMCPToolsetParam,
]


class MessageCountTokensParams(TypedDict, total=False):
    """The parts of a Messages request whose input tokens should be counted."""

    betas: Annotated[List[AnthropicBetaParam], PropertyInfo(alias="anthropic-beta")]
    """
    Beta features to switch on for this request, sent as the `anthropic-beta` header (several values
    are joined with commas).
    """

    context_management: Optional[BetaContextManagementConfigParam]
    """
    Rules for automatically clearing or compacting old context, such as tool results and thinking
    blocks, as the conversation grows.
    """

    mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam]
    """Remote MCP servers whose tools the model may use during this request."""

    messages: Required[Iterable[BetaMessageParam]]
    """
    The conversation so far: alternating `user` and `assistant` turns (consecutive turns with the
    same role are merged). The model writes the next turn; if the last message is from the
    assistant, the reply continues that text, which lets you pre-fill the start of the answer. There
    is no system role: use `system`.
    """

    model: Required[ModelParam]
    """
    The model that generates the reply, given by ID or alias (for example `claude-sonnet-4-5`).
    Models differ in capability, speed and price.
    """

    output_config: BetaOutputConfigParam
    """Output settings, such as an effort level or a JSON schema the answer must follow."""

    output_format: Optional[BetaJSONOutputFormatParam]
    """Deprecated; use `output_config.format`. A JSON schema the model's answer must follow."""

    speed: Optional[Literal["standard", "fast"]]
    """Inference speed mode; `fast` asks for a higher output rate."""

    system: Union[str, Iterable[BetaTextBlockParam]]
    """
    System prompt: instructions and context for the model, such as a role to play or rules to
    follow, kept apart from the conversation turns. A string or a list of text blocks.
    """

    thinking: BetaThinkingConfigParam
    """
    Extended thinking: give the model a token budget to reason in `thinking` blocks before
    answering, let it decide how much to think (`adaptive`), or turn it off. Thinking tokens count
    towards `max_tokens`.
    """

    tool_choice: BetaToolChoiceParam
    """
    Whether and how the model must use the tools: let it decide (`auto`), require some tool (`any`),
    require one named tool (`tool`), or forbid tools (`none`).
    """

    tools: Iterable[Tool]
    """
    Tools the model may use. For tools you define, the model answers with `tool_use` blocks; you run
    the tool and send the outcome back in a `tool_result` block of the next user message. Server
    tools, such as web search, are run by Anthropic.
    """
