from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaServerToolCaller"]


class BetaServerToolCaller(BaseModel):
    """The tool was called from code running in the code execution tool."""

    tool_id: str
    """ID of the code execution tool use whose code made this call."""

    type: Literal["code_execution_20250825"]
    """The code execution tool (and version) whose code made the call."""
