from __future__ import annotations

from typing import Dict, Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = ["BetaToolTextEditor20250429Param"]


class BetaToolTextEditor20250429Param(TypedDict, total=False):
    """
    Anthropic-defined text editor tool (version 2025-04-29) for viewing and editing files on your
    side.
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

    input_examples: Iterable[Dict[str, object]]
    """Example inputs that show the model how the tool is meant to be called."""

    name: Required[Literal["str_replace_based_edit_tool"]]
    """The name the model uses to call this tool; fixed for Anthropic-defined tools."""

    strict: bool
    """
    If true, the model's calls to this tool are guaranteed to match its name and input schema
    exactly.
    """

    type: Required[Literal["text_editor_20250429"]]
    """Which Anthropic-defined tool, and which version of it, to use."""
