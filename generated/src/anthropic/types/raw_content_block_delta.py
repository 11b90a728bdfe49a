from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from .._models import Discriminator
from .citations_delta import CitationsDelta
from .input_json_delta import InputJSONDelta
from .signature_delta import SignatureDelta
from .text_delta import TextDelta
from .thinking_delta import ThinkingDelta

__all__ = ["RawContentBlockDelta"]

RawContentBlockDelta: TypeAlias = Annotated[
    Union[TextDelta, InputJSONDelta, CitationsDelta, ThinkingDelta, SignatureDelta], Discriminator("type")
]
"""The piece to add to the content block."""
