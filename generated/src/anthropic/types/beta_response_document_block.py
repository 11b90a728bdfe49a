from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Annotated, Literal

from .._models import BaseModel, Discriminator
from .beta_base64_pdf_source import BetaBase64PDFSource
from .beta_plain_text_source import BetaPlainTextSource
from .beta_response_citations_config import BetaResponseCitationsConfig

__all__ = [
    "BetaResponseDocumentBlock",
]


class BetaResponseDocumentBlock(BaseModel):
    citations: Optional[BetaResponseCitationsConfig] = None
    source: Annotated[
        Union[BetaBase64PDFSource, BetaPlainTextSource], Discriminator("type")
    ]
    title: Optional[str] = None
    type: Literal["document"]
