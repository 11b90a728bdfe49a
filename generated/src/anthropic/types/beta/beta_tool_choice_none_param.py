from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["BetaToolChoiceNoneParam"]


class BetaToolChoiceNoneParam(TypedDict, total=False):
    """The model must not call any tool."""

    type: Required[Literal["none"]]
    """Fixed tag that identifies this kind of object."""
