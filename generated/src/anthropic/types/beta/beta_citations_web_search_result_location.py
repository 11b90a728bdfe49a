from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaCitationsWebSearchResultLocation"]


class BetaCitationsWebSearchResultLocation(BaseModel):
    """A citation of a web search result."""

    cited_text: str
    """The passage being cited."""

    encrypted_index: str
    """Encrypted pointer to the cited passage; send it back unchanged."""

    title: Optional[str] = None
    """Title of the cited web page, if known."""

    type: Literal["web_search_result_location"]
    """Fixed tag that identifies this kind of object."""

    url: str
    """URL of the cited page."""
