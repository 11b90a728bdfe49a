from __future__ import annotations

from typing import List, Union

from typing_extensions import Annotated, Literal, Required, TypeAlias, TypedDict

from .._types import PropertyInfo, SequenceNotStr
from .anthropic_beta_param import AnthropicBetaParam
from .metadata_param import MetadataParam
from .model_param import ModelParam

__all__ = [
    "CompletionCreateParams",
    "CompletionCreateParamsBase",
    "CompletionCreateParamsNonStreaming",
    "CompletionCreateParamsStreaming",
    "CompletionRequestNonStreaming",
    "CompletionRequestNonStreamingMetadata",
    "CompletionRequestStreaming",
    "CompletionRequestStreamingMetadata",
    "Metadata",
]


class CompletionCreateParamsBase(TypedDict, total=False):
    """The parameters of a legacy Text Completions request."""

    betas: Annotated[List[AnthropicBetaParam], PropertyInfo(alias="anthropic-beta")]
    """
    Beta features to switch on for this request, sent as the `anthropic-beta` header (several values
    are joined with commas).
    """

    model: Required[ModelParam]
    """
    The model that generates the reply, given by ID or alias (for example `claude-sonnet-4-5`).
    Models differ in capability, speed and price.
    """

    prompt: Required[str]
    """
    The text to continue: alternating `Human:` and `Assistant:` turns, each preceded by two
    newlines, ending with an empty `Assistant:` turn for the model to fill in.
    """

    max_tokens_to_sample: Required[int]
    """The most tokens the model may generate; it may stop sooner."""

    stop_sequences: SequenceNotStr[str]
    """
    Extra strings that end generation, in addition to the built-in stop at the start of a new
    `Human:` turn.
    """

    temperature: float
    """
    Sampling randomness from 0.0 to 1.0 (default 1.0): lower values suit analytical answers, higher
    values creative ones. Even 0.0 is not fully deterministic.
    """

    top_p: float
    """
    Nucleus sampling: sample each token only from the most likely options whose probabilities add up
    to `top_p`. For advanced use; change this or `temperature`, not both.
    """

    top_k: int
    """
    Sample each token only from the K most likely options. For advanced use; adjusting `temperature`
    is usually enough.
    """

    metadata: MetadataParam
    """Information about the request itself, such as an ID for your end user."""


class CompletionCreateParamsNonStreaming(CompletionCreateParamsBase, total=False):
    stream: Literal[False]


class CompletionCreateParamsStreaming(CompletionCreateParamsBase, total=False):
    stream: Required[Literal[True]]


Metadata: TypeAlias = MetadataParam

CompletionRequestStreamingMetadata: TypeAlias = MetadataParam

CompletionRequestNonStreamingMetadata: TypeAlias = MetadataParam

CompletionRequestStreaming: TypeAlias = CompletionCreateParamsStreaming

CompletionRequestNonStreaming: TypeAlias = CompletionCreateParamsNonStreaming

CompletionCreateParams: TypeAlias = Union[CompletionCreateParamsNonStreaming, CompletionCreateParamsStreaming]
"""The parameters of a legacy Text Completions request."""
