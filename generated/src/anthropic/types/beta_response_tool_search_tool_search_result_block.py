from __future__ import annotations

from typing import List

from typing_extensions import Literal

from .._models import BaseModel
from .beta_response_tool_reference_block import BetaResponseToolReferenceBlock

__all__ = [
    "BetaResponseToolSearchToolSearchResultBlock",
]


class BetaResponseToolSearchToolSearchResultBlock(BaseModel):
    tool_references: List[BetaResponseToolReferenceBlock]
    type: Literal["tool_search_tool_search_result"]
