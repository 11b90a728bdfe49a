from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_document_block import BetaDocumentBlock

__all__ = ["BetaWebFetchBlock"]


class BetaWebFetchBlock(BaseModel):
    """A fetched web page or PDF, with its URL and retrieval time."""

    content: BetaDocumentBlock
    """The fetched content, as a document."""

    retrieved_at: Optional[str] = None
    """When the content was fetched (ISO 8601)."""

    type: Literal["web_fetch_result"]
    """Fixed tag that identifies this kind of object."""

    url: str
    """URL that was fetched."""
