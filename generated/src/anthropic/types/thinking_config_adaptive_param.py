from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "ThinkingConfigAdaptiveParam",
]


class ThinkingConfigAdaptiveParam(TypedDict, total=False):
    type: Required[Literal["adaptive"]]
