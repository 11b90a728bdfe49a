from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["CitationsSearchResultLocation"]


class CitationsSearchResultLocation(BaseModel):
    """A citation of a range of blocks in a search result."""

    cited_text: str
    """The passage being cited."""

    end_block_index: int
    """Index where the cited content blocks end (exclusive)."""

    search_result_index: int
    """Position of the cited search result, counting from 0."""

    source: str
    """The `source` of the cited search result."""

    start_block_index: int
    """Index of the first cited content block, counting from 0."""

    title: Optional[str] = None
    """Title of the cited search result, if it has one."""

    type: Literal["search_result_location"]
    """Fixed tag that identifies this kind of object."""
