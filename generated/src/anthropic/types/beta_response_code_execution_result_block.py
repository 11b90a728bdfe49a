from __future__ import annotations

from typing import List

from typing_extensions import Literal

from .._models import BaseModel
from .beta_response_code_execution_output_block import (
    BetaResponseCodeExecutionOutputBlock,
)

__all__ = [
    "BetaResponseCodeExecutionResultBlock",
]


class BetaResponseCodeExecutionResultBlock(BaseModel):
    content: List[BetaResponseCodeExecutionOutputBlock]
    return_code: int
    stderr: str
    stdout: str
    type: Literal["code_execution_result"]
