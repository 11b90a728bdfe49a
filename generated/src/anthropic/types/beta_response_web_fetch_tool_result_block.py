from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, Literal

from .._models import BaseModel, Discriminator
from .beta_response_web_fetch_result_block import BetaResponseWebFetchResultBlock
from .beta_response_web_fetch_tool_result_error import (
    BetaResponseWebFetchToolResultError,
)

__all__ = [
    "BetaResponseWebFetchToolResultBlock",
]


class BetaResponseWebFetchToolResultBlock(BaseModel):
    content: Annotated[
        Union[BetaResponseWebFetchToolResultError, BetaResponseWebFetchResultBlock],
        Discriminator("type"),
    ]
    tool_use_id: str
    type: Literal["web_fetch_tool_result"]
