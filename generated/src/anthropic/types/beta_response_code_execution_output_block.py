from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "BetaResponseCodeExecutionOutputBlock",
]


class BetaResponseCodeExecutionOutputBlock(BaseModel):
    file_id: str
    type: Literal["code_execution_output"]
