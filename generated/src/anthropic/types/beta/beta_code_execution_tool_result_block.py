from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_code_execution_tool_result_block_content import BetaCodeExecutionToolResultBlockContent

__all__ = ["BetaCodeExecutionToolResultBlock"]


class BetaCodeExecutionToolResultBlock(BaseModel):
    """The outcome of a code execution run."""

    content: BetaCodeExecutionToolResultBlockContent
    """The outcome of the tool call: its result, or an error explaining why it failed."""

    tool_use_id: str
    """ID of the tool use block that this result answers."""

    type: Literal["code_execution_tool_result"]
    """Fixed tag that identifies this kind of object."""
