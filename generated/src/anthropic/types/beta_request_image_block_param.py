from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Literal, Required, TypedDict

from .beta_base64_image_source_param import BetaBase64ImageSourceParam
from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_file_image_source_param import BetaFileImageSourceParam
from .beta_url_image_source_param import BetaURLImageSourceParam

__all__ = [
    "BetaRequestImageBlockParam",
]


class BetaRequestImageBlockParam(TypedDict, total=False):
    cache_control: Optional[BetaCacheControlEphemeralParam]

    source: Required[
        Union[
            BetaBase64ImageSourceParam,
            BetaURLImageSourceParam,
            BetaFileImageSourceParam,
        ]
    ]

    type: Required[Literal["image"]]
