from __future__ import annotations

from typing import Iterable, Optional, Union

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_request_text_block_param import BetaRequestTextBlockParam

__all__ = [
    "BetaRequestMCPToolResultBlockParam",
]


class BetaRequestMCPToolResultBlockParam(TypedDict, total=False):
    cache_control: Optional[BetaCacheControlEphemeralParam]

    content: Union[str, Iterable[BetaRequestTextBlockParam]]

    is_error: bool

    tool_use_id: Required[str]

    type: Required[Literal["mcp_tool_result"]]
