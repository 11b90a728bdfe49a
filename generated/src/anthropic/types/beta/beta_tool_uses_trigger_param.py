from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["BetaToolUsesTriggerParam"]


class BetaToolUsesTriggerParam(TypedDict, total=False):
    """Trigger that fires once the conversation holds a number of tool uses."""

    type: Required[Literal["tool_uses"]]
    """Unit of `value`; always `tool_uses`."""

    value: Required[int]
    """Number of tool uses at which the edit starts."""
