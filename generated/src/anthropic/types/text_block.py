from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from .._models import BaseModel
from .text_citation import TextCitation

__all__ = ["TextBlock"]


class TextBlock(BaseModel):
    """Text written by the model, with any citations that support it."""

    citations: Optional[List[TextCitation]] = None
    """
    Passages of your documents or search results that back this text. Their kind follows the cited
    source: `page_location` for PDFs, `char_location` for plain text, `content_block_location` for
    custom content.
    """

    text: str
    """The text the model wrote."""

    type: Literal["text"]
    """Fixed tag that identifies this kind of object."""
