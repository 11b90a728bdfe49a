from __future__ import annotations

from typing import List, Union

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_text_block import BetaTextBlock

__all__ = ["BetaMCPToolResultBlock"]


class BetaMCPToolResultBlock(BaseModel):
    """What an MCP server tool returned."""

    content: Union[str, List[BetaTextBlock]]
    """What the MCP tool returned, as a string or a list of text blocks."""

    is_error: bool
    """Whether the tool call failed, in which case the content describes the error."""

    tool_use_id: str
    """ID of the tool use block that this result answers."""

    type: Literal["mcp_tool_result"]
    """Fixed tag that identifies this kind of object."""
