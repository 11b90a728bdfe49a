from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .beta_base64_image_source_param import BetaBase64ImageSourceParam
from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_file_image_source_param import BetaFileImageSourceParam
from .beta_url_image_source_param import BetaURLImageSourceParam

__all__ = ["BetaImageBlockParam", "Source"]

Source: TypeAlias = Union[BetaBase64ImageSourceParam, BetaURLImageSourceParam, BetaFileImageSourceParam]


class BetaImageBlockParam(TypedDict, total=False):
    """An image for the model to look at."""

    cache_control: Optional[BetaCacheControlEphemeralParam]
    """
    Prompt-caching breakpoint: the prompt up to and including this item may be cached, so later
    requests with the same prefix are cheaper and faster.
    """

    source: Required[Source]
    """Where the content comes from, for example inline base64 data, a URL, or an uploaded file."""

    type: Required[Literal["image"]]
    """Fixed tag that identifies this kind of object."""
