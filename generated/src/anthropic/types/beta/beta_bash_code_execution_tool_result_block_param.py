from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .beta_bash_code_execution_result_block_param import BetaBashCodeExecutionResultBlockParam
from .beta_bash_code_execution_tool_result_error_param import BetaBashCodeExecutionToolResultErrorParam
from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = ["BetaBashCodeExecutionToolResultBlockParam", "Content"]

Content: TypeAlias = Union[BetaBashCodeExecutionToolResultErrorParam, BetaBashCodeExecutionResultBlockParam]


class BetaBashCodeExecutionToolResultBlockParam(TypedDict, total=False):
    """The outcome of a bash command run in the code execution container, passed back."""

    cache_control: Optional[BetaCacheControlEphemeralParam]
    """
    Prompt-caching breakpoint: the prompt up to and including this item may be cached, so later
    requests with the same prefix are cheaper and faster.
    """

    content: Required[Content]
    """The outcome of the tool call: its result, or an error explaining why it failed."""

    tool_use_id: Required[str]
    """ID of the tool use block that this result answers."""

    type: Required[Literal["bash_code_execution_tool_result"]]
    """Fixed tag that identifies this kind of object."""
