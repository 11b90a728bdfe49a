from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["ThinkingConfigDisabledParam"]


class ThinkingConfigDisabledParam(TypedDict, total=False):
    """Turn extended thinking off."""

    type: Required[Literal["disabled"]]
    """Fixed tag that identifies this kind of object."""
