from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, Literal

from .._models import BaseModel, Discriminator
from .citations_delta import CitationsDelta
from .input_json_content_block_delta import InputJsonContentBlockDelta
from .signature_content_block_delta import SignatureContentBlockDelta
from .text_content_block_delta import TextContentBlockDelta
from .thinking_content_block_delta import ThinkingContentBlockDelta

__all__ = [
    "ContentBlockDeltaEvent",
]


class ContentBlockDeltaEvent(BaseModel):
    delta: Annotated[
        Union[
            TextContentBlockDelta,
            InputJsonContentBlockDelta,
            CitationsDelta,
            ThinkingContentBlockDelta,
            SignatureContentBlockDelta,
        ],
        Discriminator("type"),
    ]
    index: int
    type: Literal["content_block_delta"]
