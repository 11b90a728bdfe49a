from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaMemoryTool20250818ViewCommand"]


class BetaMemoryTool20250818ViewCommand(BaseModel):
    """Memory tool command that shows a file's contents or lists a directory."""

    command: Literal["view"]
    """Which memory operation to perform."""

    path: str
    """Path of the file or directory in the memory store."""

    view_range: Optional[List[int]] = None
    """First and last line to show; the whole file if unset."""
