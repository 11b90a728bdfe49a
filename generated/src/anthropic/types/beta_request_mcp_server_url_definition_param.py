from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_request_mcp_server_tool_configuration_param import (
    BetaRequestMCPServerToolConfigurationParam,
)

__all__ = [
    "BetaRequestMCPServerURLDefinitionParam",
]


class BetaRequestMCPServerURLDefinitionParam(TypedDict, total=False):
    authorization_token: Optional[str]

    name: Required[str]

    tool_configuration: Optional[BetaRequestMCPServerToolConfigurationParam]

    type: Required[Literal["url"]]

    url: Required[str]
