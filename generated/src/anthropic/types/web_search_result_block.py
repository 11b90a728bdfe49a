from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["WebSearchResultBlock"]


class WebSearchResultBlock(BaseModel):
    """One page found by a web search."""

    encrypted_content: str
    """
    The page content in encrypted form; send it back unchanged in later turns so that the model can
    keep citing it.
    """

    page_age: Optional[str] = None
    """How recent the page is (for example when it was last updated), if known."""

    title: str
    """Title of the web page."""

    type: Literal["web_search_result"]
    """Fixed tag that identifies this kind of object."""

    url: str
    """URL of the page."""
