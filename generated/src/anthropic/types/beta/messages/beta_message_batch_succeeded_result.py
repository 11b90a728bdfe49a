from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel
from ..beta_message import BetaMessage

__all__ = ["BetaMessageBatchSucceededResult"]


class BetaMessageBatchSucceededResult(BaseModel):
    """The request succeeded; the generated message is included."""

    message: BetaMessage
    """The message generated for the request."""

    type: Literal["succeeded"]
    """Fixed tag that identifies this kind of object."""
