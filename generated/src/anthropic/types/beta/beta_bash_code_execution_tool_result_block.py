from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel, Discriminator
from .beta_bash_code_execution_result_block import BetaBashCodeExecutionResultBlock
from .beta_bash_code_execution_tool_result_error import BetaBashCodeExecutionToolResultError

__all__ = ["BetaBashCodeExecutionToolResultBlock", "Content"]

Content: TypeAlias = Annotated[
    Union[BetaBashCodeExecutionToolResultError, BetaBashCodeExecutionResultBlock], Discriminator("type")
]


class BetaBashCodeExecutionToolResultBlock(BaseModel):
    """The outcome of a bash command run in the code execution container."""

    content: Content
    """The outcome of the tool call: its result, or an error explaining why it failed."""

    tool_use_id: str
    """ID of the tool use block that this result answers."""

    type: Literal["bash_code_execution_tool_result"]
    """Fixed tag that identifies this kind of object."""
