from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaDirectCaller"]


class BetaDirectCaller(BaseModel):
    """The tool was called by the model itself."""

    type: Literal["direct"]
    """Fixed tag that identifies this kind of object."""
