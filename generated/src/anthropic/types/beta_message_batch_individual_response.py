from __future__ import annotations

from typing import Union

from typing_extensions import Annotated

from .._models import BaseModel, Discriminator
from .beta_canceled_result import BetaCanceledResult
from .beta_errored_result import BetaErroredResult
from .beta_expired_result import BetaExpiredResult
from .beta_succeeded_result import BetaSucceededResult

__all__ = [
    "BetaMessageBatchIndividualResponse",
]


class BetaMessageBatchIndividualResponse(BaseModel):
    custom_id: str
    result: Annotated[
        Union[
            BetaSucceededResult,
            BetaErroredResult,
            BetaCanceledResult,
            BetaExpiredResult,
        ],
        Discriminator("type"),
    ]
