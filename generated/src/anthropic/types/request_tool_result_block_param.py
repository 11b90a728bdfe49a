from __future__ import annotations

from typing import Iterable, Optional, Union

from typing_extensions import Literal, Required, TypedDict

from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .request_document_block_param import RequestDocumentBlockParam
from .request_image_block_param import RequestImageBlockParam
from .request_search_result_block_param import RequestSearchResultBlockParam
from .request_text_block_param import RequestTextBlockParam

__all__ = [
    "RequestToolResultBlockParam",
]


class RequestToolResultBlockParam(TypedDict, total=False):
    cache_control: Optional[CacheControlEphemeralParam]

    content: Union[
        str,
        Iterable[
            Union[
                RequestTextBlockParam,
                RequestImageBlockParam,
                RequestSearchResultBlockParam,
                RequestDocumentBlockParam,
            ]
        ],
    ]

    is_error: bool

    tool_use_id: Required[str]

    type: Required[Literal["tool_result"]]
