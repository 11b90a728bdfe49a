from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["BetaThinkingConfigAdaptiveParam"]


class BetaThinkingConfigAdaptiveParam(TypedDict, total=False):
    """Let the model decide for itself whether and how much to think."""

    type: Required[Literal["adaptive"]]
    """Fixed tag that identifies this kind of object."""
