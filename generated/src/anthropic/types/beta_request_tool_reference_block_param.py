from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = [
    "BetaRequestToolReferenceBlockParam",
]


class BetaRequestToolReferenceBlockParam(TypedDict, total=False):
    cache_control: Optional[BetaCacheControlEphemeralParam]

    tool_name: Required[str]

    type: Required[Literal["tool_reference"]]
