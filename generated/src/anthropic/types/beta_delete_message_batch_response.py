from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "BetaDeleteMessageBatchResponse",
]


class BetaDeleteMessageBatchResponse(BaseModel):
    id: str
    type: Literal["message_batch_deleted"]
