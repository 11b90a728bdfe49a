from __future__ import annotations

from typing import List

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_bash_code_execution_output_block import BetaBashCodeExecutionOutputBlock

__all__ = ["BetaBashCodeExecutionResultBlock"]


class BetaBashCodeExecutionResultBlock(BaseModel):
    """Output of a finished bash command in the code execution container."""

    content: List[BetaBashCodeExecutionOutputBlock]
    """Files that the run created."""

    return_code: int
    """Exit code of the command; 0 means success."""

    stderr: str
    """What the command wrote to standard error."""

    stdout: str
    """What the command wrote to standard output."""

    type: Literal["bash_code_execution_result"]
    """Fixed tag that identifies this kind of object."""
