from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "BetaResponseClearThinking20251015Edit",
]


class BetaResponseClearThinking20251015Edit(BaseModel):
    cleared_input_tokens: int
    cleared_thinking_turns: int
    type: Literal["clear_thinking_20251015"]
