from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel
from .beta_response_document_block import BetaResponseDocumentBlock

__all__ = [
    "BetaResponseWebFetchResultBlock",
]


class BetaResponseWebFetchResultBlock(BaseModel):
    content: BetaResponseDocumentBlock
    retrieved_at: Optional[str] = None
    type: Literal["web_fetch_result"]
    url: str
