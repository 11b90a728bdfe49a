from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Literal, Required, TypedDict

from .base64_pdf_source_param import Base64PDFSourceParam
from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .content_block_source_param import ContentBlockSourceParam
from .plain_text_source_param import PlainTextSourceParam
from .request_citations_config_param import RequestCitationsConfigParam
from .urlpdf_source_param import URLPDFSourceParam

__all__ = [
    "RequestDocumentBlockParam",
]


class RequestDocumentBlockParam(TypedDict, total=False):
    cache_control: Optional[CacheControlEphemeralParam]

    citations: Optional[RequestCitationsConfigParam]

    context: Optional[str]

    source: Required[
        Union[
            Base64PDFSourceParam,
            PlainTextSourceParam,
            ContentBlockSourceParam,
            URLPDFSourceParam,
        ]
    ]

    title: Optional[str]

    type: Required[Literal["document"]]
