from __future__ import annotations

from typing import Iterable, Union

from typing_extensions import Literal, Required, TypedDict

from .beta_request_bash_code_execution_tool_result_block_param import (
    BetaRequestBashCodeExecutionToolResultBlockParam,
)
from .beta_request_code_execution_tool_result_block_param import (
    BetaRequestCodeExecutionToolResultBlockParam,
)
from .beta_request_compaction_block_param import BetaRequestCompactionBlockParam
from .beta_request_container_upload_block_param import (
    BetaRequestContainerUploadBlockParam,
)
from .beta_request_document_block_param import BetaRequestDocumentBlockParam
from .beta_request_image_block_param import BetaRequestImageBlockParam
from .beta_request_mcp_tool_result_block_param import BetaRequestMCPToolResultBlockParam
from .beta_request_mcp_tool_use_block_param import BetaRequestMCPToolUseBlockParam
from .beta_request_redacted_thinking_block_param import (
    BetaRequestRedactedThinkingBlockParam,
)
from .beta_request_search_result_block_param import BetaRequestSearchResultBlockParam
from .beta_request_server_tool_use_block_param import BetaRequestServerToolUseBlockParam
from .beta_request_text_block_param import BetaRequestTextBlockParam
from .beta_request_text_editor_code_execution_tool_result_block_param import (
    BetaRequestTextEditorCodeExecutionToolResultBlockParam,
)
from .beta_request_thinking_block_param import BetaRequestThinkingBlockParam
from .beta_request_tool_result_block_param import BetaRequestToolResultBlockParam
from .beta_request_tool_search_tool_result_block_param import (
    BetaRequestToolSearchToolResultBlockParam,
)
from .beta_request_tool_use_block_param import BetaRequestToolUseBlockParam
from .beta_request_web_fetch_tool_result_block_param import (
    BetaRequestWebFetchToolResultBlockParam,
)
from .beta_request_web_search_tool_result_block_param import (
    BetaRequestWebSearchToolResultBlockParam,
)

__all__ = [
    "BetaInputMessageParam",
]


class BetaInputMessageParam(TypedDict, total=False):
    content: Required[
        Union[
            str,
            Iterable[
                Union[
                    BetaRequestTextBlockParam,
                    BetaRequestImageBlockParam,
                    BetaRequestDocumentBlockParam,
                    BetaRequestSearchResultBlockParam,
                    BetaRequestThinkingBlockParam,
                    BetaRequestRedactedThinkingBlockParam,
                    BetaRequestToolUseBlockParam,
                    BetaRequestToolResultBlockParam,
                    BetaRequestServerToolUseBlockParam,
                    BetaRequestWebSearchToolResultBlockParam,
                    BetaRequestWebFetchToolResultBlockParam,
                    BetaRequestCodeExecutionToolResultBlockParam,
                    BetaRequestBashCodeExecutionToolResultBlockParam,
                    BetaRequestTextEditorCodeExecutionToolResultBlockParam,
                    BetaRequestToolSearchToolResultBlockParam,
                    BetaRequestMCPToolUseBlockParam,
                    BetaRequestMCPToolResultBlockParam,
                    BetaRequestContainerUploadBlockParam,
                    BetaRequestCompactionBlockParam,
                ]
            ],
        ]
    ]

    role: Required[Literal["user", "assistant"]]
