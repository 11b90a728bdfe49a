from __future__ import annotations

from typing import Dict, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_mcp_tool_config_param import BetaMCPToolConfigParam
from .beta_mcp_tool_default_config_param import BetaMCPToolDefaultConfigParam

__all__ = [
    "BetaMCPToolsetParam",
]


class BetaMCPToolsetParam(TypedDict, total=False):
    cache_control: Optional[BetaCacheControlEphemeralParam]

    configs: Optional[Dict[str, BetaMCPToolConfigParam]]

    default_config: BetaMCPToolDefaultConfigParam

    mcp_server_name: Required[str]

    type: Required[Literal["mcp_toolset"]]
