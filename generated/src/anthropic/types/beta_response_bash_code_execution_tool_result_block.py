from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, Literal

from .._models import BaseModel, Discriminator
from .beta_response_bash_code_execution_result_block import (
    BetaResponseBashCodeExecutionResultBlock,
)
from .beta_response_bash_code_execution_tool_result_error import (
    BetaResponseBashCodeExecutionToolResultError,
)

__all__ = [
    "BetaResponseBashCodeExecutionToolResultBlock",
]


class BetaResponseBashCodeExecutionToolResultBlock(BaseModel):
    content: Annotated[
        Union[
            BetaResponseBashCodeExecutionToolResultError,
            BetaResponseBashCodeExecutionResultBlock,
        ],
        Discriminator("type"),
    ]
    tool_use_id: str
    type: Literal["bash_code_execution_tool_result"]
