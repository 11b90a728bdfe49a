from __future__ import annotations

from typing import Iterable, Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .._types import SequenceNotStr
from .bash_tool20250124_param import BashTool20250124Param
from .input_message_param import InputMessageParam
from .metadata_param import MetadataParam
from .output_config_param import OutputConfigParam
from .request_text_block_param import RequestTextBlockParam
from .text_editor20250124_param import TextEditor20250124Param
from .text_editor20250429_param import TextEditor20250429Param
from .text_editor20250728_param import TextEditor20250728Param
from .thinking_config_adaptive_param import ThinkingConfigAdaptiveParam
from .thinking_config_disabled_param import ThinkingConfigDisabledParam
from .thinking_config_enabled_param import ThinkingConfigEnabledParam
from .tool_choice_any_param import ToolChoiceAnyParam
from .tool_choice_auto_param import ToolChoiceAutoParam
from .tool_choice_none_param import ToolChoiceNoneParam
from .tool_choice_tool_param import ToolChoiceToolParam
from .tool_param import ToolParam
from .web_search_tool20250305_param import WebSearchTool20250305Param

__all__ = [
    "MessageCreateParams",
    "MessageCreateParamsBase",
    "MessageCreateParamsNonStreaming",
    "MessageCreateParamsStreaming",
]


class MessageCreateParamsBase(TypedDict, total=False):
    model: Required[
        Union[
            str,
            Literal[
                "claude-opus-4-6",
                "claude-opus-4-5-20251101",
                "claude-opus-4-5",
                "claude-3-7-sonnet-latest",
                "claude-3-7-sonnet-20250219",
                "claude-3-5-haiku-latest",
                "claude-3-5-haiku-20241022",
                "claude-haiku-4-5",
                "claude-haiku-4-5-20251001",
                "claude-sonnet-4-20250514",
                "claude-sonnet-4-0",
                "claude-4-sonnet-20250514",
                "claude-sonnet-4-5",
                "claude-sonnet-4-5-20250929",
                "claude-opus-4-0",
                "claude-opus-4-20250514",
                "claude-4-opus-20250514",
                "claude-opus-4-1-20250805",
                "claude-3-opus-latest",
                "claude-3-opus-20240229",
                "claude-3-haiku-20240307",
            ],
        ]
    ]

    messages: Required[Iterable[InputMessageParam]]

    inference_geo: Optional[str]

    max_tokens: Required[int]

    metadata: MetadataParam

    output_config: OutputConfigParam

    service_tier: Literal["auto", "standard_only"]

    stop_sequences: SequenceNotStr[str]

    system: Union[str, Iterable[RequestTextBlockParam]]

    temperature: float

    thinking: Union[
        ThinkingConfigEnabledParam,
        ThinkingConfigDisabledParam,
        ThinkingConfigAdaptiveParam,
    ]

    tool_choice: Union[
        ToolChoiceAutoParam,
        ToolChoiceAnyParam,
        ToolChoiceToolParam,
        ToolChoiceNoneParam,
    ]

    tools: Iterable[
        Union[
            ToolParam,
            BashTool20250124Param,
            TextEditor20250124Param,
            TextEditor20250429Param,
            TextEditor20250728Param,
            WebSearchTool20250305Param,
        ]
    ]

    top_k: int

    top_p: float


class MessageCreateParamsNonStreaming(MessageCreateParamsBase, total=False):
    stream: Literal[False]


class MessageCreateParamsStreaming(MessageCreateParamsBase, total=False):
    stream: Required[Literal[True]]


MessageCreateParams: TypeAlias = Union[
    MessageCreateParamsNonStreaming, MessageCreateParamsStreaming
]
