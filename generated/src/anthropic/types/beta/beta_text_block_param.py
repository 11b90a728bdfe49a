from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_text_citation_param import BetaTextCitationParam

__all__ = ["BetaTextBlockParam"]


class BetaTextBlockParam(TypedDict, total=False):
    """A block of text."""

    cache_control: Optional[BetaCacheControlEphemeralParam]
    """
    Prompt-caching breakpoint: the prompt up to and including this item may be cached, so later
    requests with the same prefix are cheaper and faster.
    """

    citations: Optional[Iterable[BetaTextCitationParam]]
    """Citations backing this text, as returned with it in an earlier response."""

    text: Required[str]
    """The text."""

    type: Required[Literal["text"]]
    """Fixed tag that identifies this kind of object."""
