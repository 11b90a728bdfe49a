from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, Literal

from .._models import BaseModel, Discriminator
from .beta_response_text_editor_code_execution_create_result_block import (
    BetaResponseTextEditorCodeExecutionCreateResultBlock,
)
from .beta_response_text_editor_code_execution_str_replace_result_block import (
    BetaResponseTextEditorCodeExecutionStrReplaceResultBlock,
)
from .beta_response_text_editor_code_execution_tool_result_error import (
    BetaResponseTextEditorCodeExecutionToolResultError,
)
from .beta_response_text_editor_code_execution_view_result_block import (
    BetaResponseTextEditorCodeExecutionViewResultBlock,
)

__all__ = [
    "BetaResponseTextEditorCodeExecutionToolResultBlock",
]


class BetaResponseTextEditorCodeExecutionToolResultBlock(BaseModel):
    content: Annotated[
        Union[
            BetaResponseTextEditorCodeExecutionToolResultError,
            BetaResponseTextEditorCodeExecutionViewResultBlock,
            BetaResponseTextEditorCodeExecutionCreateResultBlock,
            BetaResponseTextEditorCodeExecutionStrReplaceResultBlock,
        ],
        Discriminator("type"),
    ]
    tool_use_id: str
    type: Literal["text_editor_code_execution_tool_result"]
