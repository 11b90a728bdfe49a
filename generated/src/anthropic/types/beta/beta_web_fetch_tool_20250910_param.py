from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from ..._types import SequenceNotStr
from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_citations_config_param import BetaCitationsConfigParam

__all__ = ["BetaWebFetchTool20250910Param"]


class BetaWebFetchTool20250910Param(TypedDict, total=False):
    """Server-side web fetch tool; Anthropic retrieves the pages or PDFs the model asks for."""

    allowed_callers: Iterable[Literal["direct", "code_execution_20250825"]]
    """
    Who may call this tool: `direct` (the model itself) and/or `code_execution_20250825` (code
    running in the code execution tool).
    """

    allowed_domains: Optional[SequenceNotStr[str]]
    """If set, only pages on these domains may be fetched."""

    blocked_domains: Optional[SequenceNotStr[str]]
    """If set, pages on these domains are never fetched."""

    cache_control: Optional[BetaCacheControlEphemeralParam]
    """
    Prompt-caching breakpoint: the prompt up to and including this item may be cached, so later
    requests with the same prefix are cheaper and faster.
    """

    citations: Optional[BetaCitationsConfigParam]
    """Whether the model may cite fetched documents; off unless enabled."""

    defer_loading: bool
    """
    If true, the tool is left out of the initial prompt and only loaded once a tool search returns a
    reference to it.
    """

    max_content_tokens: Optional[int]
    """
    Rough cap on how many tokens of fetched page text are added to the context; binary content such
    as PDFs is not limited.
    """

    max_uses: Optional[int]
    """The most times the model may use this tool within one request."""

    name: Required[Literal["web_fetch"]]
    """The name the model uses to call this tool; fixed for Anthropic-defined tools."""

    strict: bool
    """
    If true, the model's calls to this tool are guaranteed to match its name and input schema
    exactly.
    """

    type: Required[Literal["web_fetch_20250910"]]
    """Which Anthropic-defined tool, and which version of it, to use."""
