from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from .._models import Discriminator
from .text_block import TextBlock
from .tool_use_block import ToolUseBlock

__all__ = ["ContentBlock"]

ContentBlock: TypeAlias = Annotated[Union[TextBlock, ToolUseBlock], Discriminator("type")]
