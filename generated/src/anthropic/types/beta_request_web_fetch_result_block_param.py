from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_request_document_block_param import BetaRequestDocumentBlockParam

__all__ = [
    "BetaRequestWebFetchResultBlockParam",
]


class BetaRequestWebFetchResultBlockParam(TypedDict, total=False):
    content: Required[BetaRequestDocumentBlockParam]

    retrieved_at: Optional[str]

    type: Required[Literal["web_fetch_result"]]

    url: Required[str]
