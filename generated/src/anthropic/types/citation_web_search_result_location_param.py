from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

__all__ = ["CitationWebSearchResultLocationParam"]


class CitationWebSearchResultLocationParam(TypedDict, total=False):
    """A citation of a web search result."""

    cited_text: Required[str]
    """The passage being cited."""

    encrypted_index: Required[str]
    """Encrypted pointer to the cited passage; send it back unchanged."""

    title: Required[Optional[str]]
    """Title of the cited web page, if known."""

    type: Required[Literal["web_search_result_location"]]
    """Fixed tag that identifies this kind of object."""

    url: Required[str]
    """URL of the cited page."""
