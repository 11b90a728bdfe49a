"""Helpers mixed into `client.messages` (streaming helper, structured-output parsing)."""

from __future__ import annotations


class MessagesHelpers:
    """Mixed into the generated `Messages` resource."""


class AsyncMessagesHelpers:
    """Mixed into the generated `AsyncMessages` resource."""
