from __future__ import annotations

from typing import List

from typing_extensions import Literal

from .._models import BaseModel
from .beta_response_bash_code_execution_output_block import (
    BetaResponseBashCodeExecutionOutputBlock,
)

__all__ = [
    "BetaResponseBashCodeExecutionResultBlock",
]


class BetaResponseBashCodeExecutionResultBlock(BaseModel):
    content: List[BetaResponseBashCodeExecutionOutputBlock]
    return_code: int
    stderr: str
    stdout: str
    type: Literal["bash_code_execution_result"]
