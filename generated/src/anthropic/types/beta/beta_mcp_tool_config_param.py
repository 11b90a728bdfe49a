from __future__ import annotations

from typing_extensions import TypedDict

__all__ = ["BetaMCPToolConfigParam"]


class BetaMCPToolConfigParam(TypedDict, total=False):
    """Settings for one tool of an MCP server."""

    defer_loading: bool
    """
    If true, the tool is left out of the initial prompt and only loaded once a tool search returns a
    reference to it.
    """

    enabled: bool
    """Whether the tool is available to the model."""
