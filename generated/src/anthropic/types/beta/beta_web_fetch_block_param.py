from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_request_document_block_param import BetaRequestDocumentBlockParam

__all__ = ["BetaWebFetchBlockParam"]


class BetaWebFetchBlockParam(TypedDict, total=False):
    """A fetched web page or PDF, with its URL."""

    content: Required[BetaRequestDocumentBlockParam]
    """The fetched content, as a document."""

    retrieved_at: Optional[str]
    """When the content was fetched (ISO 8601)."""

    type: Required[Literal["web_fetch_result"]]
    """Fixed tag that identifies this kind of object."""

    url: Required[str]
    """URL that was fetched."""
