from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["DeletedMessageBatch"]


class DeletedMessageBatch(BaseModel):
    """Confirmation that a message batch was deleted."""

    id: str
    """ID that the deleted batch had."""

    type: Literal["message_batch_deleted"]
    """Fixed tag that identifies this kind of object."""
