from __future__ import annotations

from typing import Dict, Optional, Union

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_direct_caller_param import BetaDirectCallerParam
from .beta_server_tool_caller_param import BetaServerToolCallerParam

__all__ = [
    "BetaRequestToolUseBlockParam",
]


class BetaRequestToolUseBlockParam(TypedDict, total=False):
    cache_control: Optional[BetaCacheControlEphemeralParam]

    caller: Union[BetaDirectCallerParam, BetaServerToolCallerParam]

    id: Required[str]

    input: Required[Dict[str, object]]

    name: Required[str]

    type: Required[Literal["tool_use"]]
