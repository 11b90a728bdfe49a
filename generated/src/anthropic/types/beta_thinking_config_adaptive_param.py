from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaThinkingConfigAdaptiveParam",
]


class BetaThinkingConfigAdaptiveParam(TypedDict, total=False):
    type: Required[Literal["adaptive"]]
