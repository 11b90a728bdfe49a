from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_request_tool_search_tool_result_error_param import (
    BetaRequestToolSearchToolResultErrorParam,
)
from .beta_request_tool_search_tool_search_result_block_param import (
    BetaRequestToolSearchToolSearchResultBlockParam,
)

__all__ = [
    "BetaRequestToolSearchToolResultBlockParam",
]


class BetaRequestToolSearchToolResultBlockParam(TypedDict, total=False):
    cache_control: Optional[BetaCacheControlEphemeralParam]

    content: Required[
        Union[
            BetaRequestToolSearchToolResultErrorParam,
            BetaRequestToolSearchToolSearchResultBlockParam,
        ]
    ]

    tool_use_id: Required[str]

    type: Required[Literal["tool_search_tool_result"]]
