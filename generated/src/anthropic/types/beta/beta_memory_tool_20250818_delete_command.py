from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaMemoryTool20250818DeleteCommand"]


class BetaMemoryTool20250818DeleteCommand(BaseModel):
    """Memory tool command that deletes a file or directory."""

    command: Literal["delete"]
    """Which memory operation to perform."""

    path: str
    """Path of the file or directory in the memory store."""
