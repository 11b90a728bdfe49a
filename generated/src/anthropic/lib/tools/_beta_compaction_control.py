"""`compaction_control` of the tool runner: summarise a long conversation to keep going.

When a response reports that the conversation has grown past `context_token_threshold`
tokens (input tokens, including cached ones, plus the tokens of the reply), the runner
asks the model for a summary of the conversation so far, with tools disabled (a streamed
request when the runner streams), and
replaces the conversation with one user message holding that summary before the next
request. The summary request is not one of the runner's iterations and is not yielded.
If the summary comes back without text the conversation is left as it was.
"""

from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = ["CompactionControl", "DEFAULT_THRESHOLD", "DEFAULT_SUMMARY_PROMPT", "SUMMARY_PREFIX"]

DEFAULT_THRESHOLD = 100_000

DEFAULT_SUMMARY_PROMPT = (
    "Write a summary of this conversation so far, so that the work can carry on from the summary "
    "alone once the conversation above is gone. Cover: what the user asked for and why; what has "
    "been done, including the tool calls made and the results that still matter; the current "
    "state; and what remains to be done. Keep exact names, numbers, identifiers and file paths "
    "that later steps will need. Reply with the summary only, no tool calls."
)

SUMMARY_PREFIX = "This is a summary of our conversation so far; continue the task from here.\n\n"


class CompactionControl(TypedDict, total=False):
    """Settings for summarising the conversation once it grows too long."""

    enabled: Required[bool]
    """Whether to compact the conversation at all."""

    context_token_threshold: int
    """Compact once a response reports more tokens than this (default 100,000)."""

    model: str
    """Model that writes the summary (default: the runner's model)."""

    summary_prompt: str
    """Instruction sent to ask for the summary (default: a prompt asking for the task, the
    progress, the state and what remains)."""
