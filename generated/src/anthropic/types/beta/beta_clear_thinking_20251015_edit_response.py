from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaClearThinking20251015EditResponse"]


class BetaClearThinking20251015EditResponse(BaseModel):
    """Report of a thinking-block clearing edit that was applied."""

    cleared_input_tokens: int
    """How many input tokens the edit removed."""

    cleared_thinking_turns: int
    """How many turns had their thinking removed."""

    type: Literal["clear_thinking_20251015"]
    """Which context edit was applied."""
