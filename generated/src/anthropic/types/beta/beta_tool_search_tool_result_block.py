from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel, Discriminator
from .beta_tool_search_tool_result_error import BetaToolSearchToolResultError
from .beta_tool_search_tool_search_result_block import BetaToolSearchToolSearchResultBlock

__all__ = ["BetaToolSearchToolResultBlock", "Content"]

Content: TypeAlias = Annotated[
    Union[BetaToolSearchToolResultError, BetaToolSearchToolSearchResultBlock], Discriminator("type")
]


class BetaToolSearchToolResultBlock(BaseModel):
    """The outcome of a tool search."""

    content: Content
    """The outcome of the tool call: its result, or an error explaining why it failed."""

    tool_use_id: str
    """ID of the tool use block that this result answers."""

    type: Literal["tool_search_tool_result"]
    """Fixed tag that identifies this kind of object."""
