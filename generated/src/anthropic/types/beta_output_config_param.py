from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, TypedDict

from .beta_json_output_format_param import BetaJsonOutputFormatParam

__all__ = [
    "BetaOutputConfigParam",
]


class BetaOutputConfigParam(TypedDict, total=False):
    effort: Optional[Literal["low", "medium", "high", "max"]]

    format: Optional[BetaJsonOutputFormatParam]
