from __future__ import annotations

from typing import Iterable, List, Optional, Union

from typing_extensions import Annotated, Literal, Required, TypeAlias, TypedDict

from .._types import PropertyInfo
from .input_message_param import InputMessageParam

__all__ = [
    "MessageCreateParams",
    "MessageCreateParamsBase",
    "MessageCreateParamsNonStreaming",
    "MessageCreateParamsStreaming",
    "Metadata",
]


class Metadata(TypedDict, total=False):
    user_id: Optional[str]


class MessageCreateParamsBase(TypedDict, total=False):
    features: Annotated[List[str], PropertyInfo(alias="golden-features")]
    max_tokens: Required[int]
    """The most tokens to generate."""

    messages: Required[Iterable[InputMessageParam]]
    metadata: Metadata
    model: Required[str]
    temperature: float


class MessageCreateParamsNonStreaming(MessageCreateParamsBase, total=False):
    stream: Literal[False]


class MessageCreateParamsStreaming(MessageCreateParamsBase, total=False):
    stream: Required[Literal[True]]


MessageCreateParams: TypeAlias = Union[MessageCreateParamsNonStreaming, MessageCreateParamsStreaming]
