from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "SignatureContentBlockDelta",
]


class SignatureContentBlockDelta(BaseModel):
    signature: str
    type: Literal["signature_delta"]
