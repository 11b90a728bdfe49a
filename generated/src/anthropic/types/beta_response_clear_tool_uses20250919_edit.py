from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "BetaResponseClearToolUses20250919Edit",
]


class BetaResponseClearToolUses20250919Edit(BaseModel):
    cleared_input_tokens: int
    cleared_tool_uses: int
    type: Literal["clear_tool_uses_20250919"]
