from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "BetaResponseContainerUploadBlock",
]


class BetaResponseContainerUploadBlock(BaseModel):
    file_id: str
    type: Literal["container_upload"]
