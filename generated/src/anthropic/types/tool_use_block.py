from __future__ import annotations

from typing import Dict

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["ToolUseBlock"]


class ToolUseBlock(BaseModel):
    """A request from the model to run one of your tools with the given input."""

    id: str
    """ID of this tool call; the matching result refers to it in `tool_use_id`."""

    input: Dict[str, object]
    """The arguments of the call, as a JSON object shaped by the tool's input schema."""

    name: str
    """Name of the tool being called."""

    type: Literal["tool_use"]
    """Fixed tag that identifies this kind of object."""
