from __future__ import annotations

from typing import List, Union

from typing_extensions import Annotated, TypeAlias

from ..._models import Discriminator
from .beta_compaction_iteration_usage import BetaCompactionIterationUsage
from .beta_message_iteration_usage import BetaMessageIterationUsage

__all__ = ["BetaIterationsUsage", "BetaIterationsUsageItem"]

BetaIterationsUsageItem: TypeAlias = Annotated[
    Union[BetaMessageIterationUsage, BetaCompactionIterationUsage], Discriminator("type")
]

BetaIterationsUsage: TypeAlias = List[BetaIterationsUsageItem]
"""
Usage broken down by sampling pass, when the server ran the model more than once for this request
(for example around server tools or compaction).
"""
