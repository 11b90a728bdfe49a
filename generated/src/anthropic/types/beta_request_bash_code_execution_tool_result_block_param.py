from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_request_bash_code_execution_result_block_param import (
    BetaRequestBashCodeExecutionResultBlockParam,
)
from .beta_request_bash_code_execution_tool_result_error_param import (
    BetaRequestBashCodeExecutionToolResultErrorParam,
)

__all__ = [
    "BetaRequestBashCodeExecutionToolResultBlockParam",
]


class BetaRequestBashCodeExecutionToolResultBlockParam(TypedDict, total=False):
    cache_control: Optional[BetaCacheControlEphemeralParam]

    content: Required[
        Union[
            BetaRequestBashCodeExecutionToolResultErrorParam,
            BetaRequestBashCodeExecutionResultBlockParam,
        ]
    ]

    tool_use_id: Required[str]

    type: Required[Literal["bash_code_execution_tool_result"]]
