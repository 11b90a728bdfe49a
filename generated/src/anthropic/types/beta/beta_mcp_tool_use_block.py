from __future__ import annotations

from typing import Dict

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaMCPToolUseBlock"]


class BetaMCPToolUseBlock(BaseModel):
    """A call of a tool on an MCP server, made by the model."""

    id: str
    """ID of this tool call; the matching result refers to it in `tool_use_id`."""

    input: Dict[str, object]
    """The arguments of the call, as a JSON object shaped by the tool's input schema."""

    name: str
    """Name of the MCP server tool being called."""

    server_name: str
    """Name of the MCP server that provides the tool."""

    type: Literal["mcp_tool_use"]
    """Fixed tag that identifies this kind of object."""
