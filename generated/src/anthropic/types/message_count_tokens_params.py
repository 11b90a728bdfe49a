from __future__ import annotations

from typing import Iterable, Optional, Union

from typing_extensions import Required, TypedDict

from .json_output_format_param import JSONOutputFormatParam
from .message_count_tokens_tool_param import MessageCountTokensToolParam
from .message_param import MessageParam
from .model_param import ModelParam
from .output_config_param import OutputConfigParam
from .text_block_param import TextBlockParam
from .thinking_config_param import ThinkingConfigParam
from .tool_choice_param import ToolChoiceParam

__all__ = ["MessageCountTokensParams"]


class MessageCountTokensParams(TypedDict, total=False):
    """The parts of a Messages request whose input tokens should be counted."""

    messages: Required[Iterable[MessageParam]]
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

    output_config: OutputConfigParam
    """Output settings, such as an effort level or a JSON schema the answer must follow."""

    system: Union[str, Iterable[TextBlockParam]]
    """
    System prompt: instructions and context for the model, such as a role to play or rules to
    follow, kept apart from the conversation turns. A string or a list of text blocks.
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

    tools: Iterable[MessageCountTokensToolParam]
    """
    Tools the model may use. For tools you define, the model answers with `tool_use` blocks; you run
    the tool and send the outcome back in a `tool_result` block of the next user message. Server
    tools, such as web search, are run by Anthropic.
    """

    output_format: Optional[JSONOutputFormatParam]
    """
    A structured-output format to count with: a JSON-schema format, or a Pydantic model (or other
    type) whose JSON schema is used. Sent as `output_config.format`.
    """
