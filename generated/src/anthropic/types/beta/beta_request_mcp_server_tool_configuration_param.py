from __future__ import annotations

from typing import Optional

from typing_extensions import TypedDict

from ..._types import SequenceNotStr

__all__ = ["BetaRequestMCPServerToolConfigurationParam"]


class BetaRequestMCPServerToolConfigurationParam(TypedDict, total=False):
    """Which tools of an MCP server are available to the model."""

    allowed_tools: Optional[SequenceNotStr[str]]
    """Names of the server tools the model may use; all of them if unset."""

    enabled: Optional[bool]
    """Whether the server's tools are available to the model."""
