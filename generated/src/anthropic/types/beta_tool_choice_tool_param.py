from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaToolChoiceToolParam",
]


class BetaToolChoiceToolParam(TypedDict, total=False):
    disable_parallel_tool_use: bool

    name: Required[str]

    type: Required[Literal["tool"]]
