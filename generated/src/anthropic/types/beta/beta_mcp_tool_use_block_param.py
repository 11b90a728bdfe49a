from __future__ import annotations

from typing import Dict, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = ["BetaMCPToolUseBlockParam"]


class BetaMCPToolUseBlockParam(TypedDict, total=False):
    """A call of an MCP server tool made by the model in an earlier turn."""

    cache_control: Optional[BetaCacheControlEphemeralParam]
    """
    Prompt-caching breakpoint: the prompt up to and including this item may be cached, so later
    requests with the same prefix are cheaper and faster.
    """

    id: Required[str]
    """ID of this tool call; the matching result refers to it in `tool_use_id`."""

    input: Required[Dict[str, object]]
    """The arguments of the call, as a JSON object shaped by the tool's input schema."""

    name: Required[str]
    """Name of the MCP server tool being called."""

    server_name: Required[str]
    """Name of the MCP server that provides the tool."""

    type: Required[Literal["mcp_tool_use"]]
    """Fixed tag that identifies this kind of object."""
