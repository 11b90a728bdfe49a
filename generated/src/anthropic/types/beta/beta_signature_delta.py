from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaSignatureDelta"]


class BetaSignatureDelta(BaseModel):
    """The signature of a thinking block, sent just before the block closes."""

    signature: str
    """
    Signature that lets the API check that the thinking was produced by the model; send it back
    unchanged.
    """

    type: Literal["signature_delta"]
    """Fixed tag that identifies this kind of object."""
