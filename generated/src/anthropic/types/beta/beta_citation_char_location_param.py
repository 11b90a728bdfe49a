from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

__all__ = ["BetaCitationCharLocationParam"]


class BetaCitationCharLocationParam(TypedDict, total=False):
    """A citation of a character range in a plain-text document."""

    cited_text: Required[str]
    """The passage being cited."""

    document_index: Required[int]
    """Position of the cited document among the documents in the request, counting from 0."""

    document_title: Required[Optional[str]]
    """Title of the cited document, if it has one."""

    end_char_index: Required[int]
    """Character offset where the cited passage ends (exclusive)."""

    start_char_index: Required[int]
    """Character offset where the cited passage starts, counting from 0."""

    type: Required[Literal["char_location"]]
    """Fixed tag that identifies this kind of object."""
