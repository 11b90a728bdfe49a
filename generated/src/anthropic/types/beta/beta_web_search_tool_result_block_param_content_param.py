from __future__ import annotations

from typing import Iterable, Union

from typing_extensions import TypeAlias

from .beta_web_search_result_block_param import BetaWebSearchResultBlockParam
from .beta_web_search_tool_request_error_param import BetaWebSearchToolRequestErrorParam

__all__ = ["BetaWebSearchToolResultBlockParamContentParam"]

BetaWebSearchToolResultBlockParamContentParam: TypeAlias = Union[
    Iterable[BetaWebSearchResultBlockParam], BetaWebSearchToolRequestErrorParam
]
"""The outcome of the tool call: its result, or an error explaining why it failed."""
