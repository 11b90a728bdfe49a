from __future__ import annotations

from typing import Iterable, Union

from typing_extensions import Literal, Required, TypedDict

from .request_image_block_param import RequestImageBlockParam
from .request_text_block_param import RequestTextBlockParam

__all__ = [
    "ContentBlockSourceParam",
]


class ContentBlockSourceParam(TypedDict, total=False):
    content: Required[
        Union[str, Iterable[Union[RequestTextBlockParam, RequestImageBlockParam]]]
    ]

    type: Required[Literal["content"]]
