from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "BetaResponseTextEditorCodeExecutionCreateResultBlock",
]


class BetaResponseTextEditorCodeExecutionCreateResultBlock(BaseModel):
    is_file_update: bool
    type: Literal["text_editor_code_execution_create_result"]
