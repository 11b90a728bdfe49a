from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["MessageBatchCanceledResult"]


class MessageBatchCanceledResult(BaseModel):
    """The request was not run because the batch was canceled first."""

    type: Literal["canceled"]
    """Fixed tag that identifies this kind of object."""
