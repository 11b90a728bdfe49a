"""`client.beta.messages.tool_runner(...)`, mixed into the beta Messages resource."""

from __future__ import annotations


class BetaToolRunnerHelpers:
    """Adds `tool_runner()` to the sync beta Messages resource."""


class AsyncBetaToolRunnerHelpers:
    """Adds `tool_runner()` to the async beta Messages resource."""
