from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaServerToolCallerParam",
]


class BetaServerToolCallerParam(TypedDict, total=False):
    tool_id: Required[str]

    type: Required[Literal["code_execution_20250825"]]
