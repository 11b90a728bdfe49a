from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel
from .web_search_tool_result_block_content import WebSearchToolResultBlockContent

__all__ = ["WebSearchToolResultBlock"]


class WebSearchToolResultBlock(BaseModel):
    """The results of a web search the model ran."""

    content: WebSearchToolResultBlockContent
    """The outcome of the tool call: its result, or an error explaining why it failed."""

    tool_use_id: str
    """ID of the tool use block that this result answers."""

    type: Literal["web_search_tool_result"]
    """Fixed tag that identifies this kind of object."""
