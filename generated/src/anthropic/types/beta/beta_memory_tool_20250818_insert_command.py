from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaMemoryTool20250818InsertCommand"]


class BetaMemoryTool20250818InsertCommand(BaseModel):
    """Memory tool command that inserts text at a line of a file."""

    command: Literal["insert"]
    """Which memory operation to perform."""

    insert_line: int
    """Line number at which to insert the text."""

    insert_text: str
    """Text to insert."""

    path: str
    """Path of the file or directory in the memory store."""
