from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..._types import SequenceNotStr
from .beta_input_tokens_clear_at_least_param import BetaInputTokensClearAtLeastParam
from .beta_input_tokens_trigger_param import BetaInputTokensTriggerParam
from .beta_tool_uses_keep_param import BetaToolUsesKeepParam
from .beta_tool_uses_trigger_param import BetaToolUsesTriggerParam

__all__ = ["BetaClearToolUses20250919EditParam", "Trigger"]

Trigger: TypeAlias = Union[BetaInputTokensTriggerParam, BetaToolUsesTriggerParam]


class BetaClearToolUses20250919EditParam(TypedDict, total=False):
    """
    Context edit that removes old tool results (and optionally tool inputs) from the prompt once a
    trigger is reached.
    """

    clear_at_least: Optional[BetaInputTokensClearAtLeastParam]
    """Only clear when at least this many input tokens can be freed."""

    clear_tool_inputs: Optional[Union[bool, SequenceNotStr[str]]]
    """
    Whether to also clear the inputs of old tool calls: true for all tools, or a list of tool names.
    """

    exclude_tools: Optional[SequenceNotStr[str]]
    """Names of tools whose uses are never cleared."""

    keep: BetaToolUsesKeepParam
    """How many of the most recent tool uses to keep."""

    trigger: Trigger
    """When to start clearing, after a number of input tokens or of tool uses."""

    type: Required[Literal["clear_tool_uses_20250919"]]
    """Which context edit this is, and its version."""
