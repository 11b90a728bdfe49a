from __future__ import annotations

from typing import Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .beta_all_thinking_turns_param import BetaAllThinkingTurnsParam
from .beta_thinking_turns_param import BetaThinkingTurnsParam

__all__ = ["BetaClearThinking20251015EditParam", "Keep"]

Keep: TypeAlias = Union[Union[BetaThinkingTurnsParam, BetaAllThinkingTurnsParam], Literal["all"]]


class BetaClearThinking20251015EditParam(TypedDict, total=False):
    """Context edit that drops thinking blocks from older assistant turns."""

    keep: Keep
    """
    Which turns keep their thinking blocks, a number of the most recent assistant turns or `all`.
    """

    type: Required[Literal["clear_thinking_20251015"]]
    """Which context edit this is, and its version."""
