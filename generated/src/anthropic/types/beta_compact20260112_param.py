from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_input_tokens_trigger_param import BetaInputTokensTriggerParam

__all__ = [
    "BetaCompact20260112Param",
]


class BetaCompact20260112Param(TypedDict, total=False):
    instructions: Optional[str]

    pause_after_compaction: bool

    trigger: Optional[BetaInputTokensTriggerParam]

    type: Required[Literal["compact_20260112"]]
