from __future__ import annotations

from typing import Union

from typing_extensions import Annotated

from .._models import BaseModel, Discriminator
from .canceled_result import CanceledResult
from .errored_result import ErroredResult
from .expired_result import ExpiredResult
from .succeeded_result import SucceededResult

__all__ = [
    "MessageBatchIndividualResponse",
]


class MessageBatchIndividualResponse(BaseModel):
    custom_id: str
    result: Annotated[
        Union[SucceededResult, ErroredResult, CanceledResult, ExpiredResult],
        Discriminator("type"),
    ]
