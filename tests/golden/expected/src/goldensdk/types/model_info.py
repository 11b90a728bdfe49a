from __future__ import annotations

from datetime import datetime

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["ModelInfo"]


class ModelInfo(BaseModel):
    id: str
    created_at: datetime
    display_name: str
    type: Literal["model"]
