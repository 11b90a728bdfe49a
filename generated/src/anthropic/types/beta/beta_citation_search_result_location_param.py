from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

__all__ = ["BetaCitationSearchResultLocationParam"]


class BetaCitationSearchResultLocationParam(TypedDict, total=False):
    """A citation of a range of blocks in a search result."""

    cited_text: Required[str]
    """The passage being cited."""

    end_block_index: Required[int]
    """Index where the cited content blocks end (exclusive)."""

    search_result_index: Required[int]
    """Position of the cited search result, counting from 0."""

    source: Required[str]
    """The `source` of the cited search result."""

    start_block_index: Required[int]
    """Index of the first cited content block, counting from 0."""

    title: Required[Optional[str]]
    """Title of the cited search result, if it has one."""

    type: Required[Literal["search_result_location"]]
    """Fixed tag that identifies this kind of object."""
