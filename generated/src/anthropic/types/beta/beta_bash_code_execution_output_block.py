from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaBashCodeExecutionOutputBlock"]


class BetaBashCodeExecutionOutputBlock(BaseModel):
    """A file written by a bash command; download it through the Files API."""

    file_id: str
    """ID of the created file; download it through the Files API."""

    type: Literal["bash_code_execution_output"]
    """Fixed tag that identifies this kind of object."""
