from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaBase64PDFSourceParam",
]


class BetaBase64PDFSourceParam(TypedDict, total=False):
    data: Required[str]

    media_type: Required[Literal["application/pdf"]]

    type: Required[Literal["base64"]]
