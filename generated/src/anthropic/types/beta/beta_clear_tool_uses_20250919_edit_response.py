from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaClearToolUses20250919EditResponse"]


class BetaClearToolUses20250919EditResponse(BaseModel):
    """Report of a tool-result clearing edit that was applied."""

    cleared_input_tokens: int
    """How many input tokens the edit removed."""

    cleared_tool_uses: int
    """How many tool uses were cleared."""

    type: Literal["clear_tool_uses_20250919"]
    """Which context edit was applied."""
