from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaToolChoiceAutoParam",
]


class BetaToolChoiceAutoParam(TypedDict, total=False):
    disable_parallel_tool_use: bool

    type: Required[Literal["auto"]]
