from __future__ import annotations

from typing import List, Union

from typing_extensions import Literal

from .._models import BaseModel
from .response_web_search_result_block import ResponseWebSearchResultBlock
from .response_web_search_tool_result_error import ResponseWebSearchToolResultError

__all__ = [
    "ResponseWebSearchToolResultBlock",
]


class ResponseWebSearchToolResultBlock(BaseModel):
    content: Union[ResponseWebSearchToolResultError, List[ResponseWebSearchResultBlock]]
    tool_use_id: str
    type: Literal["web_search_tool_result"]
