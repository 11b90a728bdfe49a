from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel
from .beta_message_delta import BetaMessageDelta
from .beta_message_delta_usage import BetaMessageDeltaUsage
from .beta_response_context_management import BetaResponseContextManagement

__all__ = [
    "BetaMessageDeltaEvent",
]


class BetaMessageDeltaEvent(BaseModel):
    context_management: Optional[BetaResponseContextManagement] = None
    delta: BetaMessageDelta
    type: Literal["message_delta"]
    usage: BetaMessageDeltaUsage
