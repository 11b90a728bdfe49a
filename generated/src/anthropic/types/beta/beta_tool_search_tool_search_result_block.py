from __future__ import annotations

from typing import List

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_tool_reference_block import BetaToolReferenceBlock

__all__ = ["BetaToolSearchToolSearchResultBlock"]


class BetaToolSearchToolSearchResultBlock(BaseModel):
    """The tools a tool search found; they become available to the model."""

    tool_references: List[BetaToolReferenceBlock]
    """The tools the search matched."""

    type: Literal["tool_search_tool_search_result"]
    """Fixed tag that identifies this kind of object."""
