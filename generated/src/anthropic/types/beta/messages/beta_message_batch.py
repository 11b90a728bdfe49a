from __future__ import annotations

from datetime import datetime
from typing import Optional

from typing_extensions import Literal

from ...._models import BaseModel
from .beta_message_batch_request_counts import BetaMessageBatchRequestCounts

__all__ = ["BetaMessageBatch"]


class BetaMessageBatch(BaseModel):
    """A batch of Messages requests processed asynchronously, with its status and timestamps."""

    id: str
    """Unique ID of the batch. Treat it as opaque; its format may change."""

    archived_at: Optional[datetime] = None
    """When the batch was archived and its results stopped being available; null until then."""

    cancel_initiated_at: Optional[datetime] = None
    """When cancellation was requested; null if it never was."""

    created_at: datetime
    """When this object was created."""

    ended_at: Optional[datetime] = None
    """
    When processing ended, meaning every request succeeded, errored, was canceled or expired; null
    until then.
    """

    expires_at: datetime
    """
    When the batch stops processing, 24 hours after it was created; requests not run by then expire.
    """

    processing_status: Literal["in_progress", "canceling", "ended"]
    """Where the batch is in its life cycle, `in_progress`, `canceling` or `ended`."""

    request_counts: BetaMessageBatchRequestCounts
    """How many of the batch's requests are in each state; the counts add up to the batch size."""

    results_url: Optional[str] = None
    """URL of the JSON Lines results file, available once processing has ended; null before that."""

    type: Literal["message_batch"]
    """Fixed tag that identifies this kind of object."""
