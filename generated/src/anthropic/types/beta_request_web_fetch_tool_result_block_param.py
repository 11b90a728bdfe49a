from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_request_web_fetch_result_block_param import (
    BetaRequestWebFetchResultBlockParam,
)
from .beta_request_web_fetch_tool_result_error_param import (
    BetaRequestWebFetchToolResultErrorParam,
)

__all__ = [
    "BetaRequestWebFetchToolResultBlockParam",
]


class BetaRequestWebFetchToolResultBlockParam(TypedDict, total=False):
    cache_control: Optional[BetaCacheControlEphemeralParam]

    content: Required[
        Union[
            BetaRequestWebFetchToolResultErrorParam, BetaRequestWebFetchResultBlockParam
        ]
    ]

    tool_use_id: Required[str]

    type: Required[Literal["web_fetch_tool_result"]]
