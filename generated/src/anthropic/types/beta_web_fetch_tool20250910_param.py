from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .._types import SequenceNotStr
from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_request_citations_config_param import BetaRequestCitationsConfigParam

__all__ = [
    "BetaWebFetchTool20250910Param",
]


class BetaWebFetchTool20250910Param(TypedDict, total=False):
    allowed_callers: Iterable[Literal["direct", "code_execution_20250825"]]

    allowed_domains: Optional[SequenceNotStr[str]]

    blocked_domains: Optional[SequenceNotStr[str]]

    cache_control: Optional[BetaCacheControlEphemeralParam]

    citations: Optional[BetaRequestCitationsConfigParam]

    defer_loading: bool

    max_content_tokens: Optional[int]

    max_uses: Optional[int]

    name: Required[Literal["web_fetch"]]

    strict: bool

    type: Required[Literal["web_fetch_20250910"]]
