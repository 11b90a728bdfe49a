from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "MessageDelta",
]


class MessageDelta(BaseModel):
    stop_reason: Optional[
        Literal[
            "end_turn",
            "max_tokens",
            "stop_sequence",
            "tool_use",
            "pause_turn",
            "refusal",
        ]
    ] = None
    stop_sequence: Optional[str] = None
