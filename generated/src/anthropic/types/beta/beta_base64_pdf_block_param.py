from __future__ import annotations

from typing_extensions import TypeAlias

from .beta_request_document_block_param import BetaRequestDocumentBlockParam

__all__ = ["BetaBase64PDFBlockParam", "BetaRequestDocumentBlockParam"]

BetaBase64PDFBlockParam: TypeAlias = BetaRequestDocumentBlockParam
