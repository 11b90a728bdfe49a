from __future__ import annotations

from typing import Iterable, Optional, Union

from typing_extensions import Literal, Required, TypedDict

from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .request_char_location_citation_param import RequestCharLocationCitationParam
from .request_content_block_location_citation_param import (
    RequestContentBlockLocationCitationParam,
)
from .request_page_location_citation_param import RequestPageLocationCitationParam
from .request_search_result_location_citation_param import (
    RequestSearchResultLocationCitationParam,
)
from .request_web_search_result_location_citation_param import (
    RequestWebSearchResultLocationCitationParam,
)

__all__ = [
    "RequestTextBlockParam",
]


class RequestTextBlockParam(TypedDict, total=False):
    cache_control: Optional[CacheControlEphemeralParam]

    citations: Optional[
        Iterable[
            Union[
                RequestCharLocationCitationParam,
                RequestPageLocationCitationParam,
                RequestContentBlockLocationCitationParam,
                RequestWebSearchResultLocationCitationParam,
                RequestSearchResultLocationCitationParam,
            ]
        ]
    ]

    text: Required[str]

    type: Required[Literal["text"]]
