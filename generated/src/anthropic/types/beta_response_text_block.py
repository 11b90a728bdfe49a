from __future__ import annotations

from typing import List, Optional, Union

from typing_extensions import Annotated, Literal

from .._models import BaseModel, Discriminator
from .beta_response_char_location_citation import BetaResponseCharLocationCitation
from .beta_response_content_block_location_citation import (
    BetaResponseContentBlockLocationCitation,
)
from .beta_response_page_location_citation import BetaResponsePageLocationCitation
from .beta_response_search_result_location_citation import (
    BetaResponseSearchResultLocationCitation,
)
from .beta_response_web_search_result_location_citation import (
    BetaResponseWebSearchResultLocationCitation,
)

__all__ = [
    "BetaResponseTextBlock",
]


class BetaResponseTextBlock(BaseModel):
    citations: Optional[
        List[
            Annotated[
                Union[
                    BetaResponseCharLocationCitation,
                    BetaResponsePageLocationCitation,
                    BetaResponseContentBlockLocationCitation,
                    BetaResponseWebSearchResultLocationCitation,
                    BetaResponseSearchResultLocationCitation,
                ],
                Discriminator("type"),
            ]
        ]
    ] = None
    text: str
    type: Literal["text"]
