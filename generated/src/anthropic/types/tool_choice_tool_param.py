from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "ToolChoiceToolParam",
]


class ToolChoiceToolParam(TypedDict, total=False):
    disable_parallel_tool_use: bool

    name: Required[str]

    type: Required[Literal["tool"]]
