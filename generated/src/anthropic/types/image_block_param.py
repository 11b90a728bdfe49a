from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .base64_image_source_param import Base64ImageSourceParam
from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .url_image_source_param import URLImageSourceParam

__all__ = ["ImageBlockParam", "Source"]

Source: TypeAlias = Union[Base64ImageSourceParam, URLImageSourceParam]


class ImageBlockParam(TypedDict, total=False):
    """An image for the model to look at."""

    cache_control: Optional[CacheControlEphemeralParam]
    """
    Prompt-caching breakpoint: the prompt up to and including this item may be cached, so later
    requests with the same prefix are cheaper and faster.
    """

    source: Required[Source]
    """Where the content comes from, for example inline base64 data, a URL, or an uploaded file."""

    type: Required[Literal["image"]]
    """Fixed tag that identifies this kind of object."""
