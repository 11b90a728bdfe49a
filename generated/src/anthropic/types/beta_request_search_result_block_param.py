from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_request_citations_config_param import BetaRequestCitationsConfigParam
from .beta_request_text_block_param import BetaRequestTextBlockParam

__all__ = [
    "BetaRequestSearchResultBlockParam",
]


class BetaRequestSearchResultBlockParam(TypedDict, total=False):
    cache_control: Optional[BetaCacheControlEphemeralParam]

    citations: BetaRequestCitationsConfigParam

    content: Required[Iterable[BetaRequestTextBlockParam]]

    source: Required[str]

    title: Required[str]

    type: Required[Literal["search_result"]]
