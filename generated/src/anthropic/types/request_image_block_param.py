from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Literal, Required, TypedDict

from .base64_image_source_param import Base64ImageSourceParam
from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .url_image_source_param import URLImageSourceParam

__all__ = [
    "RequestImageBlockParam",
]


class RequestImageBlockParam(TypedDict, total=False):
    cache_control: Optional[CacheControlEphemeralParam]

    source: Required[Union[Base64ImageSourceParam, URLImageSourceParam]]

    type: Required[Literal["image"]]
