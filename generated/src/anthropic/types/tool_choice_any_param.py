from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "ToolChoiceAnyParam",
]


class ToolChoiceAnyParam(TypedDict, total=False):
    disable_parallel_tool_use: bool

    type: Required[Literal["any"]]
