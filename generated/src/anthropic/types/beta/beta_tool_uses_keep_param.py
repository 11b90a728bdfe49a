from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["BetaToolUsesKeepParam"]


class BetaToolUsesKeepParam(TypedDict, total=False):
    """How many of the most recent tool uses to keep when clearing."""

    type: Required[Literal["tool_uses"]]
    """Unit of `value`; always `tool_uses`."""

    value: Required[int]
    """How many of the most recent tool uses to keep."""
