from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["DeletedFile"]


class DeletedFile(BaseModel):
    """Confirmation that a file was deleted."""

    id: str
    """ID that the deleted file had."""

    type: Optional[Literal["file_deleted"]] = None
    """Fixed tag that identifies this kind of object."""
