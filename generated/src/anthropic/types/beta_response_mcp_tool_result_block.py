from __future__ import annotations

from typing import List, Union

from typing_extensions import Literal

from .._models import BaseModel
from .beta_response_text_block import BetaResponseTextBlock

__all__ = [
    "BetaResponseMCPToolResultBlock",
]


class BetaResponseMCPToolResultBlock(BaseModel):
    content: Union[str, List[BetaResponseTextBlock]]
    is_error: bool
    tool_use_id: str
    type: Literal["mcp_tool_result"]
