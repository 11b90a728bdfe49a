from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .cache_control_ephemeral_param import CacheControlEphemeralParam

__all__ = ["ToolTextEditor20250124Param"]


class ToolTextEditor20250124Param(TypedDict, total=False):
    """
    Anthropic-defined text editor tool (version 2025-01-24) for viewing and editing files on your
    side.
    """

    cache_control: Optional[CacheControlEphemeralParam]
    """
    Prompt-caching breakpoint: the prompt up to and including this item may be cached, so later
    requests with the same prefix are cheaper and faster.
    """

    name: Required[Literal["str_replace_editor"]]
    """The name the model uses to call this tool; fixed for Anthropic-defined tools."""

    strict: bool
    """
    If true, the model's calls to this tool are guaranteed to match its name and input schema
    exactly.
    """

    type: Required[Literal["text_editor_20250124"]]
    """Which Anthropic-defined tool, and which version of it, to use."""
