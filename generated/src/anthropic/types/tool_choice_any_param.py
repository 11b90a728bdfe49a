from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["ToolChoiceAnyParam"]


class ToolChoiceAnyParam(TypedDict, total=False):
    """The model must call at least one tool, of its own choosing."""

    disable_parallel_tool_use: bool
    """If true, the model calls only one tool per reply instead of several at once."""

    type: Required[Literal["any"]]
    """Fixed tag that identifies this kind of object."""
