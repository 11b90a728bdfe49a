from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaDirectCallerParam",
]


class BetaDirectCallerParam(TypedDict, total=False):
    type: Required[Literal["direct"]]
