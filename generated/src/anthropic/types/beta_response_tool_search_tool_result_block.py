from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, Literal

from .._models import BaseModel, Discriminator
from .beta_response_tool_search_tool_result_error import (
    BetaResponseToolSearchToolResultError,
)
from .beta_response_tool_search_tool_search_result_block import (
    BetaResponseToolSearchToolSearchResultBlock,
)

__all__ = [
    "BetaResponseToolSearchToolResultBlock",
]


class BetaResponseToolSearchToolResultBlock(BaseModel):
    content: Annotated[
        Union[
            BetaResponseToolSearchToolResultError,
            BetaResponseToolSearchToolSearchResultBlock,
        ],
        Discriminator("type"),
    ]
    tool_use_id: str
    type: Literal["tool_search_tool_result"]
