from __future__ import annotations

from ...._models import BaseModel
from .beta_message_batch_result import BetaMessageBatchResult

__all__ = ["BetaMessageBatchIndividualResponse"]


class BetaMessageBatchIndividualResponse(BaseModel):
    """The outcome of one request of a batch; each line of the results file holds one."""

    custom_id: str
    """
    Your own ID for this request, unique within the batch; results come back in any order, so use it
    to match them to requests.
    """

    result: BetaMessageBatchResult
    """How the request ended, with the message if it succeeded or the error if it failed."""
