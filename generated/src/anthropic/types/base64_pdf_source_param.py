from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["Base64PDFSourceParam"]


class Base64PDFSourceParam(TypedDict, total=False):
    """A PDF sent inline as base64 data."""

    data: Required[str]
    """The PDF file, base64-encoded."""

    media_type: Required[Literal["application/pdf"]]
    """MIME type of the data."""

    type: Required[Literal["base64"]]
    """Fixed tag that identifies this kind of object."""
