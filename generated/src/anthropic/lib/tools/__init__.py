"""Tools the model can call and the runner that calls them: `anthropic.lib.tools`.

- `beta_tool` / `beta_async_tool` turn typed Python functions into tools;
- `BetaAbstractMemoryTool` / `BetaAsyncAbstractMemoryTool` run the memory tool in your code;
- `BetaToolRunner` and its streaming and async variants, made by
  `client.beta.messages.tool_runner(...)`, loop requests and tool calls until the model is done.
"""

from ._beta_builtin_memory_tool import BetaAbstractMemoryTool, BetaAsyncAbstractMemoryTool
from ._beta_compaction_control import CompactionControl
from ._beta_functions import (
    BetaAsyncBuiltinFunctionTool,
    BetaAsyncFunctionTool,
    BetaAsyncRunnableTool,
    BetaBuiltinFunctionTool,
    BetaFunctionTool,
    BetaFunctionToolResultType,
    BetaRunnableTool,
    beta_async_tool,
    beta_tool,
)
from ._beta_runner import BetaAsyncStreamingToolRunner, BetaAsyncToolRunner, BetaStreamingToolRunner, BetaToolRunner

__all__ = [
    "beta_tool",
    "beta_async_tool",
    "BetaFunctionTool",
    "BetaAsyncFunctionTool",
    "BetaBuiltinFunctionTool",
    "BetaAsyncBuiltinFunctionTool",
    "BetaRunnableTool",
    "BetaAsyncRunnableTool",
    "BetaFunctionToolResultType",
    "BetaAbstractMemoryTool",
    "BetaAsyncAbstractMemoryTool",
    "BetaToolRunner",
    "BetaAsyncToolRunner",
    "BetaStreamingToolRunner",
    "BetaAsyncStreamingToolRunner",
    "CompactionControl",
]
