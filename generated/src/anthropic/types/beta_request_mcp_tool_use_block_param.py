from __future__ import annotations

from typing import Dict, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = [
    "BetaRequestMCPToolUseBlockParam",
]


class BetaRequestMCPToolUseBlockParam(TypedDict, total=False):
    cache_control: Optional[BetaCacheControlEphemeralParam]

    id: Required[str]

    input: Required[Dict[str, object]]

    name: Required[str]

    server_name: Required[str]

    type: Required[Literal["mcp_tool_use"]]
