from __future__ import annotations

from typing import Union

from typing_extensions import Literal, Required, TypedDict

from .beta_all_thinking_turns_param import BetaAllThinkingTurnsParam
from .beta_thinking_turns_param import BetaThinkingTurnsParam

__all__ = [
    "BetaClearThinking20251015Param",
]


class BetaClearThinking20251015Param(TypedDict, total=False):
    keep: Union[
        Union[BetaThinkingTurnsParam, BetaAllThinkingTurnsParam], Literal["all"]
    ]

    type: Required[Literal["clear_thinking_20251015"]]
