from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, TypedDict

from .beta_json_output_format_param import BetaJSONOutputFormatParam

__all__ = ["BetaOutputConfigParam"]


class BetaOutputConfigParam(TypedDict, total=False):
    """Settings that shape the model's output, such as effort and a required JSON format."""

    effort: Optional[Literal["low", "medium", "high", "max"]]
    """
    How much effort the model should put into its answer: `low`, `medium`, `high` or `max`. More
    effort can give more thorough answers but takes longer.
    """

    format: Optional[BetaJSONOutputFormatParam]
    """A JSON schema that the model's answer must follow (structured output)."""
