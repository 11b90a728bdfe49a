from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel, Discriminator
from .beta_web_fetch_block import BetaWebFetchBlock
from .beta_web_fetch_tool_result_error_block import BetaWebFetchToolResultErrorBlock

__all__ = ["BetaWebFetchToolResultBlock", "Content"]

Content: TypeAlias = Annotated[Union[BetaWebFetchToolResultErrorBlock, BetaWebFetchBlock], Discriminator("type")]


class BetaWebFetchToolResultBlock(BaseModel):
    """The outcome of a web fetch the model asked for."""

    content: Content
    """The outcome of the tool call: its result, or an error explaining why it failed."""

    tool_use_id: str
    """ID of the tool use block that this result answers."""

    type: Literal["web_fetch_tool_result"]
    """Fixed tag that identifies this kind of object."""
