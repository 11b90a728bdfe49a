from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from .thinking_config_adaptive_param import ThinkingConfigAdaptiveParam
from .thinking_config_disabled_param import ThinkingConfigDisabledParam
from .thinking_config_enabled_param import ThinkingConfigEnabledParam

__all__ = ["ThinkingConfigParam"]

ThinkingConfigParam: TypeAlias = Union[
    ThinkingConfigEnabledParam, ThinkingConfigDisabledParam, ThinkingConfigAdaptiveParam
]
"""
Controls extended thinking, where the model reasons step by step in `thinking` blocks before it
answers. Thinking tokens count towards `max_tokens`.
"""
