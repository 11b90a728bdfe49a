from __future__ import annotations

from typing import Dict

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["ServerToolUseBlock"]


class ServerToolUseBlock(BaseModel):
    """A call of a server-side tool, which Anthropic runs for you."""

    id: str
    """ID of this tool call; the matching result refers to it in `tool_use_id`."""

    input: Dict[str, object]
    """The arguments of the call, as a JSON object shaped by the tool's input schema."""

    name: Literal["web_search"]
    """Name of the server-side tool being called."""

    type: Literal["server_tool_use"]
    """Fixed tag that identifies this kind of object."""
