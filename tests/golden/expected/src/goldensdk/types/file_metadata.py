from __future__ import annotations

from datetime import datetime
from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["FileMetadata"]


class FileMetadata(BaseModel):
    id: str
    created_at: datetime
    filename: str
    size_bytes: int
    type: Literal["file"]
    downloadable: Optional[bool] = None
