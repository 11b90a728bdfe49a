from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, Literal

from .._models import BaseModel, Discriminator
from .beta_response_code_execution_result_block import (
    BetaResponseCodeExecutionResultBlock,
)
from .beta_response_code_execution_tool_result_error import (
    BetaResponseCodeExecutionToolResultError,
)

__all__ = [
    "BetaResponseCodeExecutionToolResultBlock",
]


class BetaResponseCodeExecutionToolResultBlock(BaseModel):
    content: Annotated[
        Union[
            BetaResponseCodeExecutionToolResultError,
            BetaResponseCodeExecutionResultBlock,
        ],
        Discriminator("type"),
    ]
    tool_use_id: str
    type: Literal["code_execution_tool_result"]
