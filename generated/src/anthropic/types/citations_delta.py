from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, Literal, TypeAlias

from .._models import BaseModel, Discriminator
from .citation_char_location import CitationCharLocation
from .citation_content_block_location import CitationContentBlockLocation
from .citation_page_location import CitationPageLocation
from .citations_search_result_location import CitationsSearchResultLocation
from .citations_web_search_result_location import CitationsWebSearchResultLocation

__all__ = ["Citation", "CitationsDelta"]

Citation: TypeAlias = Annotated[
    Union[
        CitationCharLocation,
        CitationPageLocation,
        CitationContentBlockLocation,
        CitationsWebSearchResultLocation,
        CitationsSearchResultLocation,
    ],
    Discriminator("type"),
]


class CitationsDelta(BaseModel):
    """A citation to attach to the current text block."""

    citation: Citation
    """The citation to add to the text block."""

    type: Literal["citations_delta"]
    """Fixed tag that identifies this kind of object."""
