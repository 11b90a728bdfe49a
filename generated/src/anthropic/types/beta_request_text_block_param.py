from __future__ import annotations

from typing import Iterable, Optional, Union

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_request_char_location_citation_param import (
    BetaRequestCharLocationCitationParam,
)
from .beta_request_content_block_location_citation_param import (
    BetaRequestContentBlockLocationCitationParam,
)
from .beta_request_page_location_citation_param import (
    BetaRequestPageLocationCitationParam,
)
from .beta_request_search_result_location_citation_param import (
    BetaRequestSearchResultLocationCitationParam,
)
from .beta_request_web_search_result_location_citation_param import (
    BetaRequestWebSearchResultLocationCitationParam,
)

__all__ = [
    "BetaRequestTextBlockParam",
]


class BetaRequestTextBlockParam(TypedDict, total=False):
    cache_control: Optional[BetaCacheControlEphemeralParam]

    citations: Optional[
        Iterable[
            Union[
                BetaRequestCharLocationCitationParam,
                BetaRequestPageLocationCitationParam,
                BetaRequestContentBlockLocationCitationParam,
                BetaRequestWebSearchResultLocationCitationParam,
                BetaRequestSearchResultLocationCitationParam,
            ]
        ]
    ]

    text: Required[str]

    type: Required[Literal["text"]]
