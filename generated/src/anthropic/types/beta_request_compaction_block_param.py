from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = [
    "BetaRequestCompactionBlockParam",
]


class BetaRequestCompactionBlockParam(TypedDict, total=False):
    cache_control: Optional[BetaCacheControlEphemeralParam]

    content: Required[Optional[str]]

    type: Required[Literal["compaction"]]
