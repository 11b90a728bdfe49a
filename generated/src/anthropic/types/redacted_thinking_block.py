from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["RedactedThinkingBlock"]


class RedactedThinkingBlock(BaseModel):
    """
    Reasoning that was encrypted instead of shown; pass it back unchanged so that the model can
    continue from it.
    """

    data: str
    """The thinking in encrypted form; send it back unchanged."""

    type: Literal["redacted_thinking"]
    """Fixed tag that identifies this kind of object."""
