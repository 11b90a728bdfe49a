from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "DeleteMessageBatchResponse",
]


class DeleteMessageBatchResponse(BaseModel):
    id: str
    type: Literal["message_batch_deleted"]
