from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["BetaAllThinkingTurnsParam"]


class BetaAllThinkingTurnsParam(TypedDict, total=False):
    """Keep the thinking blocks of every assistant turn."""

    type: Required[Literal["all"]]
    """Fixed tag that identifies this kind of object."""
