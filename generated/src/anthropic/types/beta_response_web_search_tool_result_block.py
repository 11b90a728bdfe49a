from __future__ import annotations

from typing import List, Union

from typing_extensions import Literal

from .._models import BaseModel
from .beta_response_web_search_result_block import BetaResponseWebSearchResultBlock
from .beta_response_web_search_tool_result_error import (
    BetaResponseWebSearchToolResultError,
)

__all__ = [
    "BetaResponseWebSearchToolResultBlock",
]


class BetaResponseWebSearchToolResultBlock(BaseModel):
    content: Union[
        BetaResponseWebSearchToolResultError, List[BetaResponseWebSearchResultBlock]
    ]
    tool_use_id: str
    type: Literal["web_search_tool_result"]
