from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "BetaServerToolCaller",
]


class BetaServerToolCaller(BaseModel):
    tool_id: str
    type: Literal["code_execution_20250825"]
