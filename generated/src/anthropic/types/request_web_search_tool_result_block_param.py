from __future__ import annotations

from typing import Iterable, Optional, Union

from typing_extensions import Literal, Required, TypedDict

from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .request_web_search_result_block_param import RequestWebSearchResultBlockParam
from .request_web_search_tool_result_error_param import (
    RequestWebSearchToolResultErrorParam,
)

__all__ = [
    "RequestWebSearchToolResultBlockParam",
]


class RequestWebSearchToolResultBlockParam(TypedDict, total=False):
    cache_control: Optional[CacheControlEphemeralParam]

    content: Required[
        Union[
            Iterable[RequestWebSearchResultBlockParam],
            RequestWebSearchToolResultErrorParam,
        ]
    ]

    tool_use_id: Required[str]

    type: Required[Literal["web_search_tool_result"]]
