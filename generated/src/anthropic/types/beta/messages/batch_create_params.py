from __future__ import annotations

from typing import Iterable, List

from typing_extensions import Annotated, Required, TypedDict

from ...._types import PropertyInfo
from ...anthropic_beta_param import AnthropicBetaParam
from ..message_create_params import MessageCreateParamsNonStreaming

__all__ = ["BatchCreateParams", "Request"]


class Request(TypedDict, total=False):
    """One Messages request in a batch, with your ID for it."""

    custom_id: Required[str]
    """
    Your own ID for this request, unique within the batch; results come back in any order, so use it
    to match them to requests.
    """

    params: Required[MessageCreateParamsNonStreaming]
    """The Messages request parameters, as for a single Messages call."""


class BatchCreateParams(TypedDict, total=False):
    """The requests that make up a new message batch."""

    betas: Annotated[List[AnthropicBetaParam], PropertyInfo(alias="anthropic-beta")]
    """
    Beta features to switch on for this request, sent as the `anthropic-beta` header (several values
    are joined with commas).
    """

    requests: Required[Iterable[Request]]
    """The Messages requests to run, each with a `custom_id` of your choice."""
