from __future__ import annotations

from typing import Iterable, Union

from typing_extensions import Literal, Required, TypedDict

from .text_block_param import TextBlockParam

__all__ = ["InputMessageParam"]


class InputMessageParam(TypedDict, total=False):
    content: Required[Union[str, Iterable[TextBlockParam]]]
    role: Required[Literal["user", "assistant"]]
