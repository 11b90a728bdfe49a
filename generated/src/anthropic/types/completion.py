from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel
from .model import Model

__all__ = ["Completion"]


class Completion(BaseModel):
    """A legacy text completion."""

    id: str
    """Unique ID of this object. Treat it as opaque; its format may change."""

    completion: str
    """The generated text, not including the stop sequence."""

    model: Model
    """The model that produced this response."""

    stop_reason: Optional[str] = None
    """
    Why generation stopped: `stop_sequence` (a stop sequence, yours or built in, was produced) or
    `max_tokens` (the token limit was reached).
    """

    type: Literal["completion"]
    """Fixed tag that identifies this kind of object."""
