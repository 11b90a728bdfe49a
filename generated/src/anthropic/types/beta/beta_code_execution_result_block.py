from __future__ import annotations

from typing import List

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_code_execution_output_block import BetaCodeExecutionOutputBlock

__all__ = ["BetaCodeExecutionResultBlock"]


class BetaCodeExecutionResultBlock(BaseModel):
    """Output of a finished code execution run."""

    content: List[BetaCodeExecutionOutputBlock]
    """Files that the run created."""

    return_code: int
    """Exit code of the command; 0 means success."""

    stderr: str
    """What the command wrote to standard error."""

    stdout: str
    """What the command wrote to standard output."""

    type: Literal["code_execution_result"]
    """Fixed tag that identifies this kind of object."""
