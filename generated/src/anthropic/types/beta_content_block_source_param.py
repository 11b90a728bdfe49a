from __future__ import annotations

from typing import Iterable, Union

from typing_extensions import Literal, Required, TypedDict

from .beta_request_image_block_param import BetaRequestImageBlockParam
from .beta_request_text_block_param import BetaRequestTextBlockParam

__all__ = [
    "BetaContentBlockSourceParam",
]


class BetaContentBlockSourceParam(TypedDict, total=False):
    content: Required[
        Union[
            str, Iterable[Union[BetaRequestTextBlockParam, BetaRequestImageBlockParam]]
        ]
    ]

    type: Required[Literal["content"]]
