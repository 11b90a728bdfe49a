from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaBase64PDFSource"]


class BetaBase64PDFSource(BaseModel):
    """A PDF sent inline as base64 data."""

    data: str
    """The PDF file, base64-encoded."""

    media_type: Literal["application/pdf"]
    """MIME type of the data."""

    type: Literal["base64"]
    """Fixed tag that identifies this kind of object."""
