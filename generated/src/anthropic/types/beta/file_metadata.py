from __future__ import annotations

from datetime import datetime
from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["FileMetadata"]


class FileMetadata(BaseModel):
    """Information about a stored file (not its contents)."""

    id: str
    """Unique ID of this object. Treat it as opaque; its format may change."""

    created_at: datetime
    """When this object was created."""

    filename: str
    """Name the file had when it was uploaded."""

    mime_type: str
    """The file's MIME type, such as `application/pdf`."""

    size_bytes: int
    """File size, in bytes."""

    type: Literal["file"]
    """Fixed tag that identifies this kind of object."""

    downloadable: Optional[bool] = None
    """True if the file's contents may be fetched through the download endpoint."""
