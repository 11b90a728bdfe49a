from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from ..._models import Discriminator
from .beta_code_execution_result_block import BetaCodeExecutionResultBlock
from .beta_code_execution_tool_result_error import BetaCodeExecutionToolResultError

__all__ = ["BetaCodeExecutionToolResultBlockContent"]

BetaCodeExecutionToolResultBlockContent: TypeAlias = Annotated[
    Union[BetaCodeExecutionToolResultError, BetaCodeExecutionResultBlock], Discriminator("type")
]
"""The outcome of the tool call: its result, or an error explaining why it failed."""
