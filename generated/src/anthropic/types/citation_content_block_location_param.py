from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

__all__ = ["CitationContentBlockLocationParam"]


class CitationContentBlockLocationParam(TypedDict, total=False):
    """A citation of a range of blocks in a custom-content document."""

    cited_text: Required[str]
    """The passage being cited."""

    document_index: Required[int]
    """Position of the cited document among the documents in the request, counting from 0."""

    document_title: Required[Optional[str]]
    """Title of the cited document, if it has one."""

    end_block_index: Required[int]
    """Index where the cited content blocks end (exclusive)."""

    start_block_index: Required[int]
    """Index of the first cited content block, counting from 0."""

    type: Required[Literal["content_block_location"]]
    """Fixed tag that identifies this kind of object."""
