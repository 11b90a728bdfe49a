from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_request_mcp_server_tool_configuration_param import BetaRequestMCPServerToolConfigurationParam

__all__ = ["BetaRequestMCPServerURLDefinitionParam"]


class BetaRequestMCPServerURLDefinitionParam(TypedDict, total=False):
    """A remote MCP server, reached by URL, whose tools the model may use in this request."""

    authorization_token: Optional[str]
    """OAuth access token to send to the MCP server, if it needs one."""

    name: Required[str]
    """
    Name that identifies this server elsewhere in the request, for example in an `mcp_toolset`.
    """

    tool_configuration: Optional[BetaRequestMCPServerToolConfigurationParam]
    """Which of the server's tools the model may use."""

    type: Required[Literal["url"]]
    """Fixed tag that identifies this kind of object."""

    url: Required[str]
    """URL of the MCP server."""
