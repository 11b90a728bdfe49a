from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = ["BetaCompactionBlockParam"]


class BetaCompactionBlockParam(TypedDict, total=False):
    """
    A compaction summary from an earlier response, passed back so that the conversation keeps its
    compacted context. A null `content` marks a failed compaction and is ignored.
    """

    cache_control: Optional[BetaCacheControlEphemeralParam]
    """
    Prompt-caching breakpoint: the prompt up to and including this item may be cached, so later
    requests with the same prefix are cheaper and faster.
    """

    content: Required[Optional[str]]
    """The summary that stands in for earlier context; null when compaction failed."""

    type: Required[Literal["compaction"]]
    """Fixed tag that identifies this kind of object."""
