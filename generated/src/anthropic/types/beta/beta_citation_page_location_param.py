from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

__all__ = ["BetaCitationPageLocationParam"]


class BetaCitationPageLocationParam(TypedDict, total=False):
    """A citation of a page range in a PDF document."""

    cited_text: Required[str]
    """The passage being cited."""

    document_index: Required[int]
    """Position of the cited document among the documents in the request, counting from 0."""

    document_title: Required[Optional[str]]
    """Title of the cited document, if it has one."""

    end_page_number: Required[int]
    """Page where the cited passage ends (exclusive)."""

    start_page_number: Required[int]
    """Page where the cited passage starts, counting from 1."""

    type: Required[Literal["page_location"]]
    """Fixed tag that identifies this kind of object."""
