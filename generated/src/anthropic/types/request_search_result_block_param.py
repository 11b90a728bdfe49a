from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .request_citations_config_param import RequestCitationsConfigParam
from .request_text_block_param import RequestTextBlockParam

__all__ = [
    "RequestSearchResultBlockParam",
]


class RequestSearchResultBlockParam(TypedDict, total=False):
    cache_control: Optional[CacheControlEphemeralParam]

    citations: RequestCitationsConfigParam

    content: Required[Iterable[RequestTextBlockParam]]

    source: Required[str]

    title: Required[str]

    type: Required[Literal["search_result"]]
