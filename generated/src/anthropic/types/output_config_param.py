from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, TypedDict

from .json_output_format_param import JsonOutputFormatParam

__all__ = [
    "OutputConfigParam",
]


class OutputConfigParam(TypedDict, total=False):
    effort: Optional[Literal["low", "medium", "high", "max"]]

    format: Optional[JsonOutputFormatParam]
