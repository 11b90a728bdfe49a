from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, Literal

from .._models import BaseModel, Discriminator
from .beta_citations_delta import BetaCitationsDelta
from .beta_compaction_content_block_delta import BetaCompactionContentBlockDelta
from .beta_input_json_content_block_delta import BetaInputJsonContentBlockDelta
from .beta_signature_content_block_delta import BetaSignatureContentBlockDelta
from .beta_text_content_block_delta import BetaTextContentBlockDelta
from .beta_thinking_content_block_delta import BetaThinkingContentBlockDelta

__all__ = [
    "BetaContentBlockDeltaEvent",
]


class BetaContentBlockDeltaEvent(BaseModel):
    delta: Annotated[
        Union[
            BetaTextContentBlockDelta,
            BetaInputJsonContentBlockDelta,
            BetaCitationsDelta,
            BetaThinkingContentBlockDelta,
            BetaSignatureContentBlockDelta,
            BetaCompactionContentBlockDelta,
        ],
        Discriminator("type"),
    ]
    index: int
    type: Literal["content_block_delta"]
