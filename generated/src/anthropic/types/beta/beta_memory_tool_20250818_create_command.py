from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaMemoryTool20250818CreateCommand"]


class BetaMemoryTool20250818CreateCommand(BaseModel):
    """Memory tool command that creates a file, or overwrites it, with the given text."""

    command: Literal["create"]
    """Which memory operation to perform."""

    file_text: str
    """Everything the new file should contain."""

    path: str
    """Path of the file or directory in the memory store."""
