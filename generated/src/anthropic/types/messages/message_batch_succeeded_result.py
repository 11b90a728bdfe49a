from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from ..message import Message

__all__ = ["MessageBatchSucceededResult"]


class MessageBatchSucceededResult(BaseModel):
    """The request succeeded; the generated message is included."""

    message: Message
    """The message generated for the request."""

    type: Literal["succeeded"]
    """Fixed tag that identifies this kind of object."""
