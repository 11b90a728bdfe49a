from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel, Discriminator
from .beta_base64_pdf_source import BetaBase64PDFSource
from .beta_citation_config import BetaCitationConfig
from .beta_plain_text_source import BetaPlainTextSource

__all__ = ["BetaDocumentBlock", "Source"]

Source: TypeAlias = Annotated[Union[BetaBase64PDFSource, BetaPlainTextSource], Discriminator("type")]


class BetaDocumentBlock(BaseModel):
    """A document returned by a server-side tool, such as a fetched page."""

    citations: Optional[BetaCitationConfig] = None
    """Whether citations were enabled for this document."""

    source: Source
    """The document's content, as base64 PDF data or plain text."""

    title: Optional[str] = None
    """Title of the document, if it has one."""

    type: Literal["document"]
    """Fixed tag that identifies this kind of object."""
