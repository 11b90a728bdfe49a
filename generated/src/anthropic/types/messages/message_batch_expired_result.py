from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["MessageBatchExpiredResult"]


class MessageBatchExpiredResult(BaseModel):
    """The request was not run because the batch reached its expiry time first."""

    type: Literal["expired"]
    """Fixed tag that identifies this kind of object."""
