from __future__ import annotations

from typing import List

from typing_extensions import Annotated, Required, TypedDict

from ..._types import FileTypes, PropertyInfo
from ..anthropic_beta_param import AnthropicBetaParam

__all__ = ["FileUploadParams"]


class FileUploadParams(TypedDict, total=False):
    betas: Annotated[List[AnthropicBetaParam], PropertyInfo(alias="anthropic-beta")]
    """
    Beta features to switch on for this request, sent as the `anthropic-beta` header (several values
    are joined with commas).
    """

    file: Required[FileTypes]
    """The file to upload."""
