from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaContainerUploadBlock"]


class BetaContainerUploadBlock(BaseModel):
    """A file that was copied into the code execution container."""

    file_id: str
    """ID of the uploaded file to place in the container."""

    type: Literal["container_upload"]
    """Fixed tag that identifies this kind of object."""
