from __future__ import annotations

from typing import Dict

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "BetaResponseMCPToolUseBlock",
]


class BetaResponseMCPToolUseBlock(BaseModel):
    id: str
    input: Dict[str, object]
    name: str
    server_name: str
    type: Literal["mcp_tool_use"]
