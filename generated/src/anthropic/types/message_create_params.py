from __future__ import annotations

from typing import Iterable, Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .._types import SequenceNotStr
from .message_param import MessageParam
from .metadata_param import MetadataParam
from .model_param import ModelParam
from .output_config_param import OutputConfigParam
from .text_block_param import TextBlockParam
from .thinking_config_param import ThinkingConfigParam
from .tool_choice_any_param import ToolChoiceAnyParam
from .tool_choice_auto_param import ToolChoiceAutoParam
from .tool_choice_param import ToolChoiceParam
from .tool_choice_tool_param import ToolChoiceToolParam
from .tool_union_param import ToolUnionParam

__all__ = [
    "MessageCreateParams",
    "MessageCreateParamsBase",
    "MessageCreateParamsNonStreaming",
    "MessageCreateParamsStreaming",
    "Metadata",
    "ToolChoice",
    "ToolChoiceToolChoiceAny",
    "ToolChoiceToolChoiceAuto",
    "ToolChoiceToolChoiceTool",
]


class MessageCreateParamsBase(TypedDict, total=False):
    """The parameters of a Messages request."""

    model: Required[ModelParam]
    """
    The model that generates the reply, given by ID or alias (for example `claude-sonnet-4-5`).
    Models differ in capability, speed and price.
    """

    messages: Required[Iterable[MessageParam]]
    """
    The conversation so far: alternating `user` and `assistant` turns (consecutive turns with the
    same role are merged). The model writes the next turn; if the last message is from the
    assistant, the reply continues that text, which lets you pre-fill the start of the answer. There
    is no system role: use `system`.
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

    metadata: MetadataParam
    """Information about the request itself, such as an ID for your end user."""

    output_config: OutputConfigParam
    """Output settings, such as an effort level or a JSON schema the answer must follow."""

    service_tier: Literal["auto", "standard_only"]
    """
    Capacity to use: `auto` uses priority capacity when it is available to you and standard capacity
    otherwise; `standard_only` always uses standard capacity.
    """

    stop_sequences: SequenceNotStr[str]
    """
    Extra strings that end generation when the model produces one; the response then has
    `stop_reason` `stop_sequence` and names the string in `stop_sequence`.
    """

    system: Union[str, Iterable[TextBlockParam]]
    """
    System prompt: instructions and context for the model, such as a role to play or rules to
    follow, kept apart from the conversation turns. A string or a list of text blocks.
    """

    temperature: float
    """
    Sampling randomness from 0.0 to 1.0 (default 1.0): lower values suit analytical answers, higher
    values creative ones. Even 0.0 is not fully deterministic.
    """

    thinking: ThinkingConfigParam
    """
    Extended thinking: give the model a token budget to reason in `thinking` blocks before
    answering, let it decide how much to think (`adaptive`), or turn it off. Thinking tokens count
    towards `max_tokens`.
    """

    tool_choice: ToolChoiceParam
    """
    Whether and how the model must use the tools: let it decide (`auto`), require some tool (`any`),
    require one named tool (`tool`), or forbid tools (`none`).
    """

    tools: Iterable[ToolUnionParam]
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


Metadata: TypeAlias = MetadataParam

ToolChoiceToolChoiceAuto: TypeAlias = ToolChoiceAutoParam

ToolChoiceToolChoiceAny: TypeAlias = ToolChoiceAnyParam

ToolChoiceToolChoiceTool: TypeAlias = ToolChoiceToolParam

ToolChoice: TypeAlias = ToolChoiceParam

MessageCreateParams: TypeAlias = Union[MessageCreateParamsNonStreaming, MessageCreateParamsStreaming]
"""The parameters of a Messages request."""
