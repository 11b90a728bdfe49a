from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["BetaDirectCallerParam"]


class BetaDirectCallerParam(TypedDict, total=False):
    """The tool was called by the model itself."""

    type: Required[Literal["direct"]]
    """Fixed tag that identifies this kind of object."""
