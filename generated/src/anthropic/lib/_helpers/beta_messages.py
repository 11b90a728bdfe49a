"""Helpers mixed into `client.beta.messages` (streaming helper, parsing, tool runner)."""

from __future__ import annotations


class BetaMessagesHelpers:
    """Mixed into the generated beta `Messages` resource."""


class AsyncBetaMessagesHelpers:
    """Mixed into the generated beta `AsyncMessages` resource."""
