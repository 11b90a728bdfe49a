from __future__ import annotations

from typing import Iterable, Optional, Union

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_request_web_search_result_block_param import (
    BetaRequestWebSearchResultBlockParam,
)
from .beta_request_web_search_tool_result_error_param import (
    BetaRequestWebSearchToolResultErrorParam,
)

__all__ = [
    "BetaRequestWebSearchToolResultBlockParam",
]


class BetaRequestWebSearchToolResultBlockParam(TypedDict, total=False):
    cache_control: Optional[BetaCacheControlEphemeralParam]

    content: Required[
        Union[
            Iterable[BetaRequestWebSearchResultBlockParam],
            BetaRequestWebSearchToolResultErrorParam,
        ]
    ]

    tool_use_id: Required[str]

    type: Required[Literal["web_search_tool_result"]]
