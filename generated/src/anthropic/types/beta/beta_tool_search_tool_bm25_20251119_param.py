from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = ["BetaToolSearchToolBm25_20251119Param"]


class BetaToolSearchToolBm25_20251119Param(TypedDict, total=False):
    """
    Server-side tool search using BM25 text ranking: lets the model find tools marked
    `defer_loading` and load only the ones it needs.
    """

    allowed_callers: Iterable[Literal["direct", "code_execution_20250825"]]
    """
    Who may call this tool: `direct` (the model itself) and/or `code_execution_20250825` (code
    running in the code execution tool).
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

    name: Required[Literal["tool_search_tool_bm25"]]
    """The name the model uses to call this tool; fixed for Anthropic-defined tools."""

    strict: bool
    """
    If true, the model's calls to this tool are guaranteed to match its name and input schema
    exactly.
    """

    type: Required[Literal["tool_search_tool_bm25_20251119", "tool_search_tool_bm25"]]
    """Which Anthropic-defined tool, and which version of it, to use."""
