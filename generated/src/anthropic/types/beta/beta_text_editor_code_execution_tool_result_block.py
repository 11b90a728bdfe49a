from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel, Discriminator
from .beta_text_editor_code_execution_create_result_block import BetaTextEditorCodeExecutionCreateResultBlock
from .beta_text_editor_code_execution_str_replace_result_block import BetaTextEditorCodeExecutionStrReplaceResultBlock
from .beta_text_editor_code_execution_tool_result_error import BetaTextEditorCodeExecutionToolResultError
from .beta_text_editor_code_execution_view_result_block import BetaTextEditorCodeExecutionViewResultBlock

__all__ = ["BetaTextEditorCodeExecutionToolResultBlock", "Content"]

Content: TypeAlias = Annotated[
    Union[
        BetaTextEditorCodeExecutionToolResultError,
        BetaTextEditorCodeExecutionViewResultBlock,
        BetaTextEditorCodeExecutionCreateResultBlock,
        BetaTextEditorCodeExecutionStrReplaceResultBlock,
    ],
    Discriminator("type"),
]


class BetaTextEditorCodeExecutionToolResultBlock(BaseModel):
    """The outcome of a file operation in the code execution container."""

    content: Content
    """The outcome of the tool call: its result, or an error explaining why it failed."""

    tool_use_id: str
    """ID of the tool use block that this result answers."""

    type: Literal["text_editor_code_execution_tool_result"]
    """Fixed tag that identifies this kind of object."""
