from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from ..._models import Discriminator
from .beta_citations_delta import BetaCitationsDelta
from .beta_compaction_content_block_delta import BetaCompactionContentBlockDelta
from .beta_input_json_delta import BetaInputJSONDelta
from .beta_signature_delta import BetaSignatureDelta
from .beta_text_delta import BetaTextDelta
from .beta_thinking_delta import BetaThinkingDelta

__all__ = ["BetaRawContentBlockDelta"]

BetaRawContentBlockDelta: TypeAlias = Annotated[
    Union[
        BetaTextDelta,
        BetaInputJSONDelta,
        BetaCitationsDelta,
        BetaThinkingDelta,
        BetaSignatureDelta,
        BetaCompactionContentBlockDelta,
    ],
    Discriminator("type"),
]
"""The piece to add to the content block."""
