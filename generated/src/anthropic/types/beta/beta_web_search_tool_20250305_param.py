from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from ..._types import SequenceNotStr
from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = ["BetaWebSearchTool20250305Param", "UserLocation"]


class UserLocation(TypedDict, total=False):
    """Approximate location of the user, used to make web search results more relevant."""

    city: Optional[str]
    """The user's city."""

    country: Optional[str]
    """The user's country as a two-letter ISO 3166-1 code, such as `US`."""

    region: Optional[str]
    """The user's region, such as a state or province."""

    timezone: Optional[str]
    """The user's time zone as an IANA name, such as `America/New_York`."""

    type: Required[Literal["approximate"]]
    """Fixed tag that identifies this kind of object."""


class BetaWebSearchTool20250305Param(TypedDict, total=False):
    """
    Server-side web search tool; Anthropic runs the searches and returns the results to the model.
    """

    allowed_callers: Iterable[Literal["direct", "code_execution_20250825"]]
    """
    Who may call this tool: `direct` (the model itself) and/or `code_execution_20250825` (code
    running in the code execution tool).
    """

    allowed_domains: Optional[SequenceNotStr[str]]
    """
    If set, results only come from these domains. Cannot be used together with `blocked_domains`.
    """

    blocked_domains: Optional[SequenceNotStr[str]]
    """
    If set, results never come from these domains. Cannot be used together with `allowed_domains`.
    """

    cache_control: Optional[BetaCacheControlEphemeralParam]
    """
    Prompt-caching breakpoint: the prompt up to and including this item may be cached, so later
    requests with the same prefix are cheaper and faster.
    """

    defer_loading: bool
    """
    If true, the tool is left out of the initial prompt and only loaded once a tool search returns a
    reference to it.
    """

    max_uses: Optional[int]
    """The most times the model may use this tool within one request."""

    name: Required[Literal["web_search"]]
    """The name the model uses to call this tool; fixed for Anthropic-defined tools."""

    strict: bool
    """
    If true, the model's calls to this tool are guaranteed to match its name and input schema
    exactly.
    """

    type: Required[Literal["web_search_20250305"]]
    """Which Anthropic-defined tool, and which version of it, to use."""

    user_location: Optional[UserLocation]
    """Approximate location of the user, to make search results more relevant."""
