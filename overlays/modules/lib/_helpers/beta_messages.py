"""Helpers mixed into `client.beta.messages` (streaming helper, parsing, tool runner)."""

from __future__ import annotations

from .beta_tool_runner import AsyncBetaToolRunnerHelpers, BetaToolRunnerHelpers


class BetaMessagesHelpers(BetaToolRunnerHelpers):
    """Mixed into the generated beta `Messages` resource."""


class AsyncBetaMessagesHelpers(AsyncBetaToolRunnerHelpers):
    """Mixed into the generated beta `AsyncMessages` resource."""
