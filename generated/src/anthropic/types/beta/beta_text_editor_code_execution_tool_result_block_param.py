from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_text_editor_code_execution_create_result_block_param import BetaTextEditorCodeExecutionCreateResultBlockParam
from .beta_text_editor_code_execution_str_replace_result_block_param import (
    BetaTextEditorCodeExecutionStrReplaceResultBlockParam,
)
from .beta_text_editor_code_execution_tool_result_error_param import BetaTextEditorCodeExecutionToolResultErrorParam
from .beta_text_editor_code_execution_view_result_block_param import BetaTextEditorCodeExecutionViewResultBlockParam

__all__ = ["BetaTextEditorCodeExecutionToolResultBlockParam", "Content"]

Content: TypeAlias = Union[
    BetaTextEditorCodeExecutionToolResultErrorParam,
    BetaTextEditorCodeExecutionViewResultBlockParam,
    BetaTextEditorCodeExecutionCreateResultBlockParam,
    BetaTextEditorCodeExecutionStrReplaceResultBlockParam,
]


class BetaTextEditorCodeExecutionToolResultBlockParam(TypedDict, total=False):
    """The outcome of a file operation in the code execution container, passed back."""

    cache_control: Optional[BetaCacheControlEphemeralParam]
    """
    Prompt-caching breakpoint: the prompt up to and including this item may be cached, so later
    requests with the same prefix are cheaper and faster.
    """

    content: Required[Content]
    """The outcome of the tool call: its result, or an error explaining why it failed."""

    tool_use_id: Required[str]
    """ID of the tool use block that this result answers."""

    type: Required[Literal["text_editor_code_execution_tool_result"]]
    """Fixed tag that identifies this kind of object."""
