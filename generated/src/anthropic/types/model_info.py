from __future__ import annotations

from datetime import datetime

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["ModelInfo"]


class ModelInfo(BaseModel):
    """A model you can use, with its ID, display name and release date."""

    id: str
    """The model's ID, as passed in `model`."""

    created_at: datetime
    """Release date of the model (the Unix epoch when no date is recorded)."""

    display_name: str
    """Name of the model meant for display to people."""

    type: Literal["model"]
    """Fixed tag that identifies this kind of object."""
