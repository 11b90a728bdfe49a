from __future__ import annotations

from .._models import BaseModel

__all__ = ["MessageTokensCount"]


class MessageTokensCount(BaseModel):
    """The result of counting the tokens of a Messages request."""

    input_tokens: int
    """
    How many input tokens the request would take up, including its system prompt and tool
    definitions.
    """
