from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaMemoryTool20250818StrReplaceCommand"]


class BetaMemoryTool20250818StrReplaceCommand(BaseModel):
    """Memory tool command that replaces a piece of text in a file."""

    command: Literal["str_replace"]
    """Which memory operation to perform."""

    new_str: str
    """Text to put in its place."""

    old_str: str
    """Text to find in the file."""

    path: str
    """Path of the file or directory in the memory store."""
