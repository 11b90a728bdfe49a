from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_input_tokens_trigger_param import BetaInputTokensTriggerParam

__all__ = ["BetaCompact20260112EditParam"]


class BetaCompact20260112EditParam(TypedDict, total=False):
    """
    Context edit that replaces older parts of the conversation with a model-written summary once a
    token threshold is reached.
    """

    instructions: Optional[str]
    """Extra instructions for writing the summary."""

    pause_after_compaction: bool
    """
    If true, the response stops after compacting and returns the compaction block, so that you can
    inspect it before continuing.
    """

    trigger: Optional[BetaInputTokensTriggerParam]
    """When to compact; at 150,000 input tokens if unset."""

    type: Required[Literal["compact_20260112"]]
    """Which context edit this is, and its version."""
