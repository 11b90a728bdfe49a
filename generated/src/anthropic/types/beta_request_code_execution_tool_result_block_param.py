from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_request_code_execution_result_block_param import (
    BetaRequestCodeExecutionResultBlockParam,
)
from .beta_request_code_execution_tool_result_error_param import (
    BetaRequestCodeExecutionToolResultErrorParam,
)

__all__ = [
    "BetaRequestCodeExecutionToolResultBlockParam",
]


class BetaRequestCodeExecutionToolResultBlockParam(TypedDict, total=False):
    cache_control: Optional[BetaCacheControlEphemeralParam]

    content: Required[
        Union[
            BetaRequestCodeExecutionToolResultErrorParam,
            BetaRequestCodeExecutionResultBlockParam,
        ]
    ]

    tool_use_id: Required[str]

    type: Required[Literal["code_execution_tool_result"]]
