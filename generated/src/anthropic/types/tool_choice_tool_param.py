from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["ToolChoiceToolParam"]


class ToolChoiceToolParam(TypedDict, total=False):
    """The model must call the tool named in `name`."""

    disable_parallel_tool_use: bool
    """If true, the model calls only one tool per reply instead of several at once."""

    name: Required[str]
    """Name of the tool the model must call."""

    type: Required[Literal["tool"]]
    """Fixed tag that identifies this kind of object."""
