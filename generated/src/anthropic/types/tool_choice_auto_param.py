from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["ToolChoiceAutoParam"]


class ToolChoiceAutoParam(TypedDict, total=False):
    """The model decides whether to call any tool (the default when tools are given)."""

    disable_parallel_tool_use: bool
    """If true, the model calls only one tool per reply instead of several at once."""

    type: Required[Literal["auto"]]
    """Fixed tag that identifies this kind of object."""
