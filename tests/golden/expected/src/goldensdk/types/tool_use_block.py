from __future__ import annotations

from typing import Dict

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["ToolUseBlock"]


class ToolUseBlock(BaseModel):
    id: str
    input: Dict[str, object]
    name: str
    type: Literal["tool_use"]
