from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .beta_base64_pdf_source_param import BetaBase64PDFSourceParam
from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_citations_config_param import BetaCitationsConfigParam
from .beta_content_block_source_param import BetaContentBlockSourceParam
from .beta_file_document_source_param import BetaFileDocumentSourceParam
from .beta_plain_text_source_param import BetaPlainTextSourceParam
from .beta_url_pdf_source_param import BetaURLPDFSourceParam

__all__ = ["BetaRequestDocumentBlockParam", "Source"]

Source: TypeAlias = Union[
    BetaBase64PDFSourceParam,
    BetaPlainTextSourceParam,
    BetaContentBlockSourceParam,
    BetaURLPDFSourceParam,
    BetaFileDocumentSourceParam,
]


class BetaRequestDocumentBlockParam(TypedDict, total=False):
    """
    A document (PDF, plain text or custom content) for the model to read and, if enabled, cite.
    """

    cache_control: Optional[BetaCacheControlEphemeralParam]
    """
    Prompt-caching breakpoint: the prompt up to and including this item may be cached, so later
    requests with the same prefix are cheaper and faster.
    """

    citations: Optional[BetaCitationsConfigParam]
    """Citation settings for this source; when enabled, the model's answer can cite it."""

    context: Optional[str]
    """Background about the document that the model may use but will not cite."""

    source: Required[Source]
    """Where the content comes from, for example inline base64 data, a URL, or an uploaded file."""

    title: Optional[str]
    """Title of the document, shown to the model."""

    type: Required[Literal["document"]]
    """Fixed tag that identifies this kind of object."""
