from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .text_citation_param import TextCitationParam

__all__ = ["TextBlockParam"]


class TextBlockParam(TypedDict, total=False):
    """A block of text."""

    cache_control: Optional[CacheControlEphemeralParam]
    """
    Prompt-caching breakpoint: the prompt up to and including this item may be cached, so later
    requests with the same prefix are cheaper and faster.
    """

    citations: Optional[Iterable[TextCitationParam]]
    """Citations backing this text, as returned with it in an earlier response."""

    text: Required[str]
    """The text."""

    type: Required[Literal["text"]]
    """Fixed tag that identifies this kind of object."""
