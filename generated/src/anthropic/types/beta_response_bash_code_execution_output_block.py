from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "BetaResponseBashCodeExecutionOutputBlock",
]


class BetaResponseBashCodeExecutionOutputBlock(BaseModel):
    file_id: str
    type: Literal["bash_code_execution_output"]
