from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = [
    "BetaRequestContainerUploadBlockParam",
]


class BetaRequestContainerUploadBlockParam(TypedDict, total=False):
    cache_control: Optional[BetaCacheControlEphemeralParam]

    file_id: Required[str]

    type: Required[Literal["container_upload"]]
