from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from .beta_thinking_config_adaptive_param import BetaThinkingConfigAdaptiveParam
from .beta_thinking_config_disabled_param import BetaThinkingConfigDisabledParam
from .beta_thinking_config_enabled_param import BetaThinkingConfigEnabledParam

__all__ = ["BetaThinkingConfigParam"]

BetaThinkingConfigParam: TypeAlias = Union[
    BetaThinkingConfigEnabledParam, BetaThinkingConfigDisabledParam, BetaThinkingConfigAdaptiveParam
]
"""
Controls extended thinking, where the model reasons step by step in `thinking` blocks before it
answers. Thinking tokens count towards `max_tokens`.
"""
