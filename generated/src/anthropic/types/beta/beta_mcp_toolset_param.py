from __future__ import annotations

from typing import Dict, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_mcp_tool_config_param import BetaMCPToolConfigParam
from .beta_mcp_tool_default_config_param import BetaMCPToolDefaultConfigParam

__all__ = ["BetaMCPToolsetParam"]


class BetaMCPToolsetParam(TypedDict, total=False):
    """
    Settings for the tools of one MCP server given in `mcp_servers`: defaults for all of them plus
    per-tool overrides.
    """

    cache_control: Optional[BetaCacheControlEphemeralParam]
    """
    Prompt-caching breakpoint: the prompt up to and including this item may be cached, so later
    requests with the same prefix are cheaper and faster.
    """

    configs: Optional[Dict[str, BetaMCPToolConfigParam]]
    """Per-tool settings, keyed by tool name, that override `default_config`."""

    default_config: BetaMCPToolDefaultConfigParam
    """Settings for every tool of the server that has no entry in `configs`."""

    mcp_server_name: Required[str]
    """Name of the MCP server, as given in `mcp_servers`, whose tools these settings apply to."""

    type: Required[Literal["mcp_toolset"]]
    """Fixed tag that identifies this kind of object."""
