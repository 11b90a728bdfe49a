from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel
from .beta_container import BetaContainer

__all__ = [
    "BetaMessageDelta",
]


class BetaMessageDelta(BaseModel):
    container: Optional[BetaContainer] = None
    stop_reason: Optional[
        Literal[
            "end_turn",
            "max_tokens",
            "stop_sequence",
            "tool_use",
            "pause_turn",
            "compaction",
            "refusal",
            "model_context_window_exceeded",
        ]
    ] = None
    stop_sequence: Optional[str] = None
