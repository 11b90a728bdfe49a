from __future__ import annotations

from ..._models import BaseModel

__all__ = ["MessageBatchRequestCounts"]


class MessageBatchRequestCounts(BaseModel):
    """
    How many requests of a batch are in each state. Requests count as `processing` until the whole
    batch has ended.
    """

    canceled: int
    """Requests that were canceled before they ran; counted once the batch has ended."""

    errored: int
    """Requests that failed with an error; counted once the batch has ended."""

    expired: int
    """Requests that expired before they ran; counted once the batch has ended."""

    processing: int
    """Requests that are still being processed."""

    succeeded: int
    """Requests that completed successfully; counted once the batch has ended."""
