from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaToolReferenceBlock"]


class BetaToolReferenceBlock(BaseModel):
    """A tool, named by a tool search, that is now loaded for the model."""

    tool_name: str
    """Name of the referenced tool, as given in the request's `tools`."""

    type: Literal["tool_reference"]
    """Fixed tag that identifies this kind of object."""
