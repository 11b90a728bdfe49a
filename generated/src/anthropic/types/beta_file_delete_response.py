from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "BetaFileDeleteResponse",
]


class BetaFileDeleteResponse(BaseModel):
    id: str
    type: Optional[Literal["file_deleted"]] = None
