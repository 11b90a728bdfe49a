from __future__ import annotations

from typing import List

from typing_extensions import Annotated, Literal, Required, TypedDict

from .._types import FileTypes, PropertyInfo

__all__ = ["FileUploadParams"]


class FileUploadParams(TypedDict, total=False):
    features: Annotated[List[str], PropertyInfo(alias="golden-features")]
    file: Required[FileTypes]
    purpose: Literal["assistants", "batch"]
