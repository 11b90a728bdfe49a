from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["ThinkingBlock"]


class ThinkingBlock(BaseModel):
    """The model's reasoning before its answer, when extended thinking is on."""

    signature: str
    """
    Signature that lets the API check that the thinking was produced by the model; send it back
    unchanged.
    """

    thinking: str
    """The model's step-by-step reasoning, as text."""

    type: Literal["thinking"]
    """Fixed tag that identifies this kind of object."""
