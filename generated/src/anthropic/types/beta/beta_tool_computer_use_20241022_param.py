from __future__ import annotations

from typing import Dict, Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = ["BetaToolComputerUse20241022Param"]


class BetaToolComputerUse20241022Param(TypedDict, total=False):
    """
    Anthropic-defined computer use tool (version 2024-10-22) for controlling a desktop through
    screenshots, mouse and keyboard.
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

    display_height_px: Required[int]
    """Screen height, in pixels."""

    display_number: Optional[int]
    """X11 display number to control, such as 0 or 1."""

    display_width_px: Required[int]
    """Screen width, in pixels."""

    input_examples: Iterable[Dict[str, object]]
    """Example inputs that show the model how the tool is meant to be called."""

    name: Required[Literal["computer"]]
    """The name the model uses to call this tool; fixed for Anthropic-defined tools."""

    strict: bool
    """
    If true, the model's calls to this tool are guaranteed to match its name and input schema
    exactly.
    """

    type: Required[Literal["computer_20241022"]]
    """Which Anthropic-defined tool, and which version of it, to use."""
