from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

__all__ = ["BetaWebSearchResultBlockParam"]


class BetaWebSearchResultBlockParam(TypedDict, total=False):
    """One page found by a web search."""

    encrypted_content: Required[str]
    """
    The page content in encrypted form; send it back unchanged in later turns so that the model can
    keep citing it.
    """

    page_age: Optional[str]
    """How recent the page is (for example when it was last updated), if known."""

    title: Required[str]
    """Title of the web page."""

    type: Required[Literal["web_search_result"]]
    """Fixed tag that identifies this kind of object."""

    url: Required[str]
    """URL of the page."""
