from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["CitationContentBlockLocation"]


class CitationContentBlockLocation(BaseModel):
    """A citation of a range of blocks in a custom-content document."""

    cited_text: str
    """The passage being cited."""

    document_index: int
    """Position of the cited document among the documents in the request, counting from 0."""

    document_title: Optional[str] = None
    """Title of the cited document, if it has one."""

    end_block_index: int
    """Index where the cited content blocks end (exclusive)."""

    file_id: Optional[str] = None
    """ID of the uploaded file that the cited document was given as, if any."""

    start_block_index: int
    """Index of the first cited content block, counting from 0."""

    type: Literal["content_block_location"]
    """Fixed tag that identifies this kind of object."""
