from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .base64_pdf_source_param import Base64PDFSourceParam
from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .citations_config_param import CitationsConfigParam
from .content_block_source_param import ContentBlockSourceParam
from .plain_text_source_param import PlainTextSourceParam
from .url_pdf_source_param import URLPDFSourceParam

__all__ = ["DocumentBlockParam", "Source"]

Source: TypeAlias = Union[Base64PDFSourceParam, PlainTextSourceParam, ContentBlockSourceParam, URLPDFSourceParam]


class DocumentBlockParam(TypedDict, total=False):
    """
    A document (PDF, plain text or custom content) for the model to read and, if enabled, cite.
    """

    cache_control: Optional[CacheControlEphemeralParam]
    """
    Prompt-caching breakpoint: the prompt up to and including this item may be cached, so later
    requests with the same prefix are cheaper and faster.
    """

    citations: Optional[CitationsConfigParam]
    """Citation settings for this source; when enabled, the model's answer can cite it."""

    context: Optional[str]
    """Background about the document that the model may use but will not cite."""

    source: Required[Source]
    """Where the content comes from, for example inline base64 data, a URL, or an uploaded file."""

    title: Optional[str]
    """Title of the document, shown to the model."""

    type: Required[Literal["document"]]
    """Fixed tag that identifies this kind of object."""
