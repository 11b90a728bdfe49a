from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaMemoryTool20250818RenameCommand"]


class BetaMemoryTool20250818RenameCommand(BaseModel):
    """Memory tool command that renames or moves a file or directory."""

    command: Literal["rename"]
    """Which memory operation to perform."""

    new_path: str
    """Where to move the file or directory."""

    old_path: str
    """Where the file or directory is now."""
