from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_request_text_editor_code_execution_create_result_block_param import (
    BetaRequestTextEditorCodeExecutionCreateResultBlockParam,
)
from .beta_request_text_editor_code_execution_str_replace_result_block_param import (
    BetaRequestTextEditorCodeExecutionStrReplaceResultBlockParam,
)
from .beta_request_text_editor_code_execution_tool_result_error_param import (
    BetaRequestTextEditorCodeExecutionToolResultErrorParam,
)
from .beta_request_text_editor_code_execution_view_result_block_param import (
    BetaRequestTextEditorCodeExecutionViewResultBlockParam,
)

__all__ = [
    "BetaRequestTextEditorCodeExecutionToolResultBlockParam",
]


class BetaRequestTextEditorCodeExecutionToolResultBlockParam(TypedDict, total=False):
    cache_control: Optional[BetaCacheControlEphemeralParam]

    content: Required[
        Union[
            BetaRequestTextEditorCodeExecutionToolResultErrorParam,
            BetaRequestTextEditorCodeExecutionViewResultBlockParam,
            BetaRequestTextEditorCodeExecutionCreateResultBlockParam,
            BetaRequestTextEditorCodeExecutionStrReplaceResultBlockParam,
        ]
    ]

    tool_use_id: Required[str]

    type: Required[Literal["text_editor_code_execution_tool_result"]]
