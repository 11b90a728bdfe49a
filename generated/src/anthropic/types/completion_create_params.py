from __future__ import annotations

from typing import List, Union

from typing_extensions import Annotated, Literal, Required, TypeAlias, TypedDict

from .._types import PropertyInfo, SequenceNotStr
from .metadata_param import MetadataParam

__all__ = [
    "CompletionCreateParams",
    "CompletionCreateParamsBase",
    "CompletionCreateParamsNonStreaming",
    "CompletionCreateParamsStreaming",
]


class CompletionCreateParamsBase(TypedDict, total=False):
    betas: Annotated[
        List[
            Union[
                str,
                Literal[
                    "message-batches-2024-09-24",
                    "prompt-caching-2024-07-31",
                    "computer-use-2024-10-22",
                    "computer-use-2025-01-24",
                    "pdfs-2024-09-25",
                    "token-counting-2024-11-01",
                    "token-efficient-tools-2025-02-19",
                    "output-128k-2025-02-19",
                    "files-api-2025-04-14",
                    "mcp-client-2025-04-04",
                    "mcp-client-2025-11-20",
                    "dev-full-thinking-2025-05-14",
                    "interleaved-thinking-2025-05-14",
                    "code-execution-2025-05-22",
                    "extended-cache-ttl-2025-04-11",
                    "context-1m-2025-08-07",
                    "context-management-2025-06-27",
                    "model-context-window-exceeded-2025-08-26",
                    "skills-2025-10-02",
                    "fast-mode-2026-02-01",
                ],
            ]
        ],
        PropertyInfo(alias="anthropic-beta"),
    ]

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

    prompt: Required[str]

    max_tokens_to_sample: Required[int]

    stop_sequences: SequenceNotStr[str]

    temperature: float

    top_p: float

    top_k: int

    metadata: MetadataParam


class CompletionCreateParamsNonStreaming(CompletionCreateParamsBase, total=False):
    stream: Literal[False]


class CompletionCreateParamsStreaming(CompletionCreateParamsBase, total=False):
    stream: Required[Literal[True]]


CompletionCreateParams: TypeAlias = Union[
    CompletionCreateParamsNonStreaming, CompletionCreateParamsStreaming
]
