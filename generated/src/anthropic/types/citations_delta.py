from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, Literal

from .._models import BaseModel, Discriminator
from .response_char_location_citation import ResponseCharLocationCitation
from .response_content_block_location_citation import (
    ResponseContentBlockLocationCitation,
)
from .response_page_location_citation import ResponsePageLocationCitation
from .response_search_result_location_citation import (
    ResponseSearchResultLocationCitation,
)
from .response_web_search_result_location_citation import (
    ResponseWebSearchResultLocationCitation,
)

__all__ = [
    "CitationsDelta",
]


class CitationsDelta(BaseModel):
    citation: Annotated[
        Union[
            ResponseCharLocationCitation,
            ResponsePageLocationCitation,
            ResponseContentBlockLocationCitation,
            ResponseWebSearchResultLocationCitation,
            ResponseSearchResultLocationCitation,
        ],
        Discriminator("type"),
    ]
    type: Literal["citations_delta"]
