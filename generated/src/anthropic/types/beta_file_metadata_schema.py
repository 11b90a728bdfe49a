from __future__ import annotations

from datetime import datetime
from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "BetaFileMetadataSchema",
]


class BetaFileMetadataSchema(BaseModel):
    created_at: datetime
    downloadable: Optional[bool] = None
    filename: str
    id: str
    mime_type: str
    size_bytes: int
    type: Literal["file"]
