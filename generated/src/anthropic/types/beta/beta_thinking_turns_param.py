from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["BetaThinkingTurnsParam"]


class BetaThinkingTurnsParam(TypedDict, total=False):
    """Keep thinking blocks only in this many of the most recent assistant turns."""

    type: Required[Literal["thinking_turns"]]
    """Unit of `value`; always `thinking_turns`."""

    value: Required[int]
    """How many of the most recent assistant turns keep their thinking."""
