from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = ["BetaContainerUploadBlockParam"]


class BetaContainerUploadBlockParam(TypedDict, total=False):
    """An uploaded file to copy into the code execution container's input directory."""

    cache_control: Optional[BetaCacheControlEphemeralParam]
    """
    Prompt-caching breakpoint: the prompt up to and including this item may be cached, so later
    requests with the same prefix are cheaper and faster.
    """

    file_id: Required[str]
    """ID of the uploaded file to place in the container."""

    type: Required[Literal["container_upload"]]
    """Fixed tag that identifies this kind of object."""
