from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaCitationCharLocation"]


class BetaCitationCharLocation(BaseModel):
    """A citation of a character range in a plain-text document."""

    cited_text: str
    """The passage being cited."""

    document_index: int
    """Position of the cited document among the documents in the request, counting from 0."""

    document_title: Optional[str] = None
    """Title of the cited document, if it has one."""

    end_char_index: int
    """Character offset where the cited passage ends (exclusive)."""

    file_id: Optional[str] = None
    """ID of the uploaded file that the cited document was given as, if any."""

    start_char_index: int
    """Character offset where the cited passage starts, counting from 0."""

    type: Literal["char_location"]
    """Fixed tag that identifies this kind of object."""
