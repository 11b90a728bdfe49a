from __future__ import annotations

from typing_extensions import TypedDict

__all__ = ["BetaMCPToolDefaultConfigParam"]


class BetaMCPToolDefaultConfigParam(TypedDict, total=False):
    """Settings applied to every tool of an MCP server unless a per-tool entry overrides them."""

    defer_loading: bool
    """
    If true, the tool is left out of the initial prompt and only loaded once a tool search returns a
    reference to it.
    """

    enabled: bool
    """Whether the tool is available to the model."""
