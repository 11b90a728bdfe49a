from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from ...._models import Discriminator
from .beta_message_batch_canceled_result import BetaMessageBatchCanceledResult
from .beta_message_batch_errored_result import BetaMessageBatchErroredResult
from .beta_message_batch_expired_result import BetaMessageBatchExpiredResult
from .beta_message_batch_succeeded_result import BetaMessageBatchSucceededResult

__all__ = ["BetaMessageBatchResult"]

BetaMessageBatchResult: TypeAlias = Annotated[
    Union[
        BetaMessageBatchSucceededResult,
        BetaMessageBatchErroredResult,
        BetaMessageBatchCanceledResult,
        BetaMessageBatchExpiredResult,
    ],
    Discriminator("type"),
]
"""How the request ended, with the message if it succeeded or the error if it failed."""
