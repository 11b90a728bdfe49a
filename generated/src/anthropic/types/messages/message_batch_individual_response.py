from __future__ import annotations

from ..._models import BaseModel
from .message_batch_result import MessageBatchResult

__all__ = ["MessageBatchIndividualResponse"]


class MessageBatchIndividualResponse(BaseModel):
    """The outcome of one request of a batch; each line of the results file holds one."""

    custom_id: str
    """
    Your own ID for this request, unique within the batch; results come back in any order, so use it
    to match them to requests.
    """

    result: MessageBatchResult
    """How the request ended, with the message if it succeeded or the error if it failed."""
