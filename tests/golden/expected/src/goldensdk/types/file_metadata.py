from __future__ import annotations

from datetime import datetime
from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["FileMetadata"]


class FileMetadata(BaseModel):
    created_at: datetime
    downloadable: Optional[bool] = None
    filename: str
    id: str
    size_bytes: int
    type: Literal["file"]
