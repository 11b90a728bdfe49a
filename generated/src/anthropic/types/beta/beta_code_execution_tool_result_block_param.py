from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_code_execution_tool_result_block_param_content_param import BetaCodeExecutionToolResultBlockParamContentParam

__all__ = ["BetaCodeExecutionToolResultBlockParam"]


class BetaCodeExecutionToolResultBlockParam(TypedDict, total=False):
    """The outcome of a code execution run from an earlier turn, passed back."""

    cache_control: Optional[BetaCacheControlEphemeralParam]
    """
    Prompt-caching breakpoint: the prompt up to and including this item may be cached, so later
    requests with the same prefix are cheaper and faster.
    """

    content: Required[BetaCodeExecutionToolResultBlockParamContentParam]
    """The outcome of the tool call: its result, or an error explaining why it failed."""

    tool_use_id: Required[str]
    """ID of the tool use block that this result answers."""

    type: Required[Literal["code_execution_tool_result"]]
    """Fixed tag that identifies this kind of object."""
