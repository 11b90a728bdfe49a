from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_citations_config_param import BetaCitationsConfigParam
from .beta_text_block_param import BetaTextBlockParam

__all__ = ["BetaSearchResultBlockParam"]


class BetaSearchResultBlockParam(TypedDict, total=False):
    """A search result you supply, with its source and text, which the model can cite."""

    cache_control: Optional[BetaCacheControlEphemeralParam]
    """
    Prompt-caching breakpoint: the prompt up to and including this item may be cached, so later
    requests with the same prefix are cheaper and faster.
    """

    citations: BetaCitationsConfigParam
    """Citation settings for this source; when enabled, the model's answer can cite it."""

    content: Required[Iterable[BetaTextBlockParam]]
    """The search result's text, as text blocks."""

    source: Required[str]
    """Where the result came from, such as a URL or a document name."""

    title: Required[str]
    """Title of the search result."""

    type: Required[Literal["search_result"]]
    """Fixed tag that identifies this kind of object."""
