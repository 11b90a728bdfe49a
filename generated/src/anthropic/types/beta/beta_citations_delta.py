from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel, Discriminator
from .beta_citation_char_location import BetaCitationCharLocation
from .beta_citation_content_block_location import BetaCitationContentBlockLocation
from .beta_citation_page_location import BetaCitationPageLocation
from .beta_citation_search_result_location import BetaCitationSearchResultLocation
from .beta_citations_web_search_result_location import BetaCitationsWebSearchResultLocation

__all__ = ["BetaCitationsDelta", "Citation"]

Citation: TypeAlias = Annotated[
    Union[
        BetaCitationCharLocation,
        BetaCitationPageLocation,
        BetaCitationContentBlockLocation,
        BetaCitationsWebSearchResultLocation,
        BetaCitationSearchResultLocation,
    ],
    Discriminator("type"),
]


class BetaCitationsDelta(BaseModel):
    """A citation to attach to the current text block."""

    citation: Citation
    """The citation to add to the text block."""

    type: Literal["citations_delta"]
    """Fixed tag that identifies this kind of object."""
