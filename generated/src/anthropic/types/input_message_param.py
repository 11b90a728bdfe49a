from __future__ import annotations

from typing import Iterable, Union

from typing_extensions import Literal, Required, TypedDict

from .request_document_block_param import RequestDocumentBlockParam
from .request_image_block_param import RequestImageBlockParam
from .request_redacted_thinking_block_param import RequestRedactedThinkingBlockParam
from .request_search_result_block_param import RequestSearchResultBlockParam
from .request_server_tool_use_block_param import RequestServerToolUseBlockParam
from .request_text_block_param import RequestTextBlockParam
from .request_thinking_block_param import RequestThinkingBlockParam
from .request_tool_result_block_param import RequestToolResultBlockParam
from .request_tool_use_block_param import RequestToolUseBlockParam
from .request_web_search_tool_result_block_param import (
    RequestWebSearchToolResultBlockParam,
)

__all__ = [
    "InputMessageParam",
]


class InputMessageParam(TypedDict, total=False):
    content: Required[
        Union[
            str,
            Iterable[
                Union[
                    RequestTextBlockParam,
                    RequestImageBlockParam,
                    RequestDocumentBlockParam,
                    RequestSearchResultBlockParam,
                    RequestThinkingBlockParam,
                    RequestRedactedThinkingBlockParam,
                    RequestToolUseBlockParam,
                    RequestToolResultBlockParam,
                    RequestServerToolUseBlockParam,
                    RequestWebSearchToolResultBlockParam,
                ]
            ],
        ]
    ]

    role: Required[Literal["user", "assistant"]]
