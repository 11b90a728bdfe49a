from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from ..._models import Discriminator
from .message_batch_canceled_result import MessageBatchCanceledResult
from .message_batch_errored_result import MessageBatchErroredResult
from .message_batch_expired_result import MessageBatchExpiredResult
from .message_batch_succeeded_result import MessageBatchSucceededResult

__all__ = ["MessageBatchResult"]

MessageBatchResult: TypeAlias = Annotated[
    Union[
        MessageBatchSucceededResult, MessageBatchErroredResult, MessageBatchCanceledResult, MessageBatchExpiredResult
    ],
    Discriminator("type"),
]
"""How the request ended, with the message if it succeeded or the error if it failed."""
