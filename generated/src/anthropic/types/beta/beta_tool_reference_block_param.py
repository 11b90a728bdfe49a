from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = ["BetaToolReferenceBlockParam"]


class BetaToolReferenceBlockParam(TypedDict, total=False):
    """
    A pointer to one of the request's tools by name; placing it in a tool result makes a deferred
    tool available to the model.
    """

    cache_control: Optional[BetaCacheControlEphemeralParam]
    """
    Prompt-caching breakpoint: the prompt up to and including this item may be cached, so later
    requests with the same prefix are cheaper and faster.
    """

    tool_name: Required[str]
    """Name of the referenced tool, as given in the request's `tools`."""

    type: Required[Literal["tool_reference"]]
    """Fixed tag that identifies this kind of object."""
