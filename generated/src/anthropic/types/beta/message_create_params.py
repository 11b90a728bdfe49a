from __future__ import annotations

from typing import Iterable, List, Optional, Union

from typing_extensions import Annotated, Literal, Required, TypeAlias, TypedDict

from ..._types import PropertyInfo, SequenceNotStr
from ..anthropic_beta_param import AnthropicBetaParam
from ..model_param import ModelParam
from .beta_container_params import BetaContainerParams
from .beta_context_management_config_param import BetaContextManagementConfigParam
from .beta_json_output_format_param import BetaJSONOutputFormatParam
from .beta_message_param import BetaMessageParam
from .beta_metadata_param import BetaMetadataParam
from .beta_output_config_param import BetaOutputConfigParam
from .beta_request_mcp_server_url_definition_param import BetaRequestMCPServerURLDefinitionParam
from .beta_text_block_param import BetaTextBlockParam
from .beta_thinking_config_param import BetaThinkingConfigParam
from .beta_tool_choice_param import BetaToolChoiceParam
from .beta_tool_union_param import BetaToolUnionParam

__all__ = [
    "Container",
    "MessageCreateParams",
    "MessageCreateParamsBase",
    "MessageCreateParamsNonStreaming",
    "MessageCreateParamsStreaming",
    "OutputFormat",
]

Container: TypeAlias = Union[BetaContainerParams, str]


class MessageCreateParamsBase(TypedDict, total=False):
    """The parameters of a Messages request."""

    betas: Annotated[List[AnthropicBetaParam], PropertyInfo(alias="anthropic-beta")]
    """
    Beta features to switch on for this request, sent as the `anthropic-beta` header (several values
    are joined with commas).
    """

    model: Required[ModelParam]
    """
    The model that generates the reply, given by ID or alias (for example `claude-sonnet-4-5`).
    Models differ in capability, speed and price.
    """

    messages: Required[Iterable[BetaMessageParam]]
    """
    The conversation so far: alternating `user` and `assistant` turns (consecutive turns with the
    same role are merged). The model writes the next turn; if the last message is from the
    assistant, the reply continues that text, which lets you pre-fill the start of the answer. There
    is no system role: use `system`.
    """

    container: Optional[Container]
    """
    Container for server-side tools such as code execution: the ID of one to reuse from an earlier
    request, or settings (including skills to load) for a new one.
    """

    context_management: Optional[BetaContextManagementConfigParam]
    """
    Rules for automatically clearing or compacting old context, such as tool results and thinking
    blocks, as the conversation grows.
    """

    inference_geo: Optional[str]
    """
    Geographic region in which to run inference; when unset, the workspace's default region is used.
    """

    max_tokens: Required[int]
    """
    The most tokens the model may generate in its reply. It may stop sooner; if it reaches the
    limit, `stop_reason` is `max_tokens`. The highest allowed value depends on the model.
    """

    mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam]
    """Remote MCP servers whose tools the model may use during this request."""

    metadata: BetaMetadataParam
    """Information about the request itself, such as an ID for your end user."""

    output_config: BetaOutputConfigParam
    """Output settings, such as an effort level or a JSON schema the answer must follow."""

    output_format: Optional[BetaJSONOutputFormatParam]
    """Deprecated; use `output_config.format`. A JSON schema the model's answer must follow."""

    service_tier: Literal["auto", "standard_only"]
    """
    Capacity to use: `auto` uses priority capacity when it is available to you and standard capacity
    otherwise; `standard_only` always uses standard capacity.
    """

    speed: Optional[Literal["standard", "fast"]]
    """Inference speed mode; `fast` asks for a higher output rate."""

    stop_sequences: SequenceNotStr[str]
    """
    Extra strings that end generation when the model produces one; the response then has
    `stop_reason` `stop_sequence` and names the string in `stop_sequence`.
    """

    system: Union[str, Iterable[BetaTextBlockParam]]
    """
    System prompt: instructions and context for the model, such as a role to play or rules to
    follow, kept apart from the conversation turns. A string or a list of text blocks.
    """

    temperature: float
    """
    Sampling randomness from 0.0 to 1.0 (default 1.0): lower values suit analytical answers, higher
    values creative ones. Even 0.0 is not fully deterministic.
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

    tools: Iterable[BetaToolUnionParam]
    """
    Tools the model may use. For tools you define, the model answers with `tool_use` blocks; you run
    the tool and send the outcome back in a `tool_result` block of the next user message. Server
    tools, such as web search, are run by Anthropic.
    """

    top_k: int
    """
    Sample each token only from the K most likely options. For advanced use; adjusting `temperature`
    is usually enough.
    """

    top_p: float
    """
    Nucleus sampling: sample each token only from the most likely options whose probabilities add up
    to `top_p`. For advanced use; change this or `temperature`, not both.
    """


class MessageCreateParamsNonStreaming(MessageCreateParamsBase, total=False):
    stream: Literal[False]


class MessageCreateParamsStreaming(MessageCreateParamsBase, total=False):
    stream: Required[Literal[True]]


OutputFormat: TypeAlias = BetaJSONOutputFormatParam

MessageCreateParams: TypeAlias = Union[MessageCreateParamsNonStreaming, MessageCreateParamsStreaming]
"""The parameters of a Messages request."""
