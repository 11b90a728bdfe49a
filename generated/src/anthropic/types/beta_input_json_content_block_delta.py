from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "BetaInputJsonContentBlockDelta",
]


class BetaInputJsonContentBlockDelta(BaseModel):
    partial_json: str
    type: Literal["input_json_delta"]
