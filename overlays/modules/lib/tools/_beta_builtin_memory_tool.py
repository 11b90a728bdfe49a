"""Base classes for running the memory tool (`memory_20250818`) in your own code.

The model keeps notes in a `/memories` directory through the memory tool; where those
files actually live is up to you. Subclass `BetaAbstractMemoryTool` (or the async
variant), implement one method per command, and pass an instance in the `tools` of
`client.beta.messages.tool_runner()`: each call the model makes is parsed into its typed
command and dispatched to the method of that name.
"""

from __future__ import annotations

from abc import abstractmethod
from typing import TYPE_CHECKING, Any, Optional, cast

from ..._models import validate_type
from ...types.beta.beta_memory_tool_20250818_command import BetaMemoryTool20250818Command
from ._beta_functions import BetaAsyncBuiltinFunctionTool, BetaBuiltinFunctionTool, BetaFunctionToolResultType

if TYPE_CHECKING:
    from ...types.beta.beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
    from ...types.beta.beta_memory_tool_20250818_create_command import BetaMemoryTool20250818CreateCommand
    from ...types.beta.beta_memory_tool_20250818_delete_command import BetaMemoryTool20250818DeleteCommand
    from ...types.beta.beta_memory_tool_20250818_insert_command import BetaMemoryTool20250818InsertCommand
    from ...types.beta.beta_memory_tool_20250818_param import BetaMemoryTool20250818Param
    from ...types.beta.beta_memory_tool_20250818_rename_command import BetaMemoryTool20250818RenameCommand
    from ...types.beta.beta_memory_tool_20250818_str_replace_command import BetaMemoryTool20250818StrReplaceCommand
    from ...types.beta.beta_memory_tool_20250818_view_command import BetaMemoryTool20250818ViewCommand

__all__ = ["BetaAbstractMemoryTool", "BetaAsyncAbstractMemoryTool"]

_COMMANDS = ("view", "create", "str_replace", "insert", "delete", "rename")


def _memory_param(cache_control: Optional[BetaCacheControlEphemeralParam]) -> BetaMemoryTool20250818Param:
    param: dict[str, Any] = {"type": "memory_20250818", "name": "memory"}
    if cache_control is not None:
        param["cache_control"] = cache_control
    return cast("BetaMemoryTool20250818Param", param)


def _parse_command(input: object) -> BetaMemoryTool20250818Command:
    """The typed command for the model's input; `ValueError` when it is not one."""
    import pydantic

    try:
        return cast(BetaMemoryTool20250818Command, validate_type(type_=BetaMemoryTool20250818Command, value=input))  # type: ignore[arg-type]
    except pydantic.ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(part) for part in item.get('loc', ())) or 'input'}: {item.get('msg', 'invalid')}"
            for item in exc.errors(include_url=False)
        )
        raise ValueError(f"Invalid memory tool command: {problems}") from exc


def _method_for(command: object) -> str:
    name = getattr(command, "command", None)
    if name not in _COMMANDS:
        raise ValueError(f"Unknown memory tool command: {name!r}")
    return cast(str, name)


# The sync class is generated from the async one (python -m generator unasync).
# unasync: rename BetaAsyncAbstractMemoryTool=BetaAbstractMemoryTool, BetaAsyncBuiltinFunctionTool=BetaBuiltinFunctionTool


# unasync: twin memory-tool
class BetaAbstractMemoryTool(BetaBuiltinFunctionTool):
    """The memory tool, run by your code: implement `view`, `create`, `str_replace`,
    `insert`, `delete` and `rename` (each returns the text, or content blocks, the model
    gets back; raise an exception to report a failure to it)."""

    def __init__(self, *, cache_control: Optional[BetaCacheControlEphemeralParam] = None) -> None:
        self.cache_control = cache_control

    @property
    def name(self) -> str:
        return "memory"

    def to_dict(self) -> BetaMemoryTool20250818Param:
        return _memory_param(self.cache_control)

    def call(self, input: object) -> BetaFunctionToolResultType:
        """Parse the model's input into its command and run it."""
        return self.execute(_parse_command(input))

    def execute(self, command: BetaMemoryTool20250818Command) -> BetaFunctionToolResultType:
        """Run a parsed command with the method of the same name."""
        return cast(BetaFunctionToolResultType, getattr(self, _method_for(command))(command))

    @abstractmethod
    def view(self, command: BetaMemoryTool20250818ViewCommand) -> BetaFunctionToolResultType:
        """Show a file's contents (optionally a range of lines) or list a directory."""

    @abstractmethod
    def create(self, command: BetaMemoryTool20250818CreateCommand) -> BetaFunctionToolResultType:
        """Create a file, or overwrite it, with the given text."""

    @abstractmethod
    def str_replace(self, command: BetaMemoryTool20250818StrReplaceCommand) -> BetaFunctionToolResultType:
        """Replace a piece of text in a file."""

    @abstractmethod
    def insert(self, command: BetaMemoryTool20250818InsertCommand) -> BetaFunctionToolResultType:
        """Insert text at a line of a file."""

    @abstractmethod
    def delete(self, command: BetaMemoryTool20250818DeleteCommand) -> BetaFunctionToolResultType:
        """Delete a file or directory."""

    @abstractmethod
    def rename(self, command: BetaMemoryTool20250818RenameCommand) -> BetaFunctionToolResultType:
        """Rename or move a file or directory."""

    def clear_all_memory(self) -> BetaFunctionToolResultType:
        """Remove everything in the memory store. Not a command the model sends; for your
        own code (e.g. between sessions). Override it to support it."""
        raise NotImplementedError(f"{type(self).__name__} does not implement clear_all_memory()")


# unasync: end


# unasync: source memory-tool
class BetaAsyncAbstractMemoryTool(BetaAsyncBuiltinFunctionTool):
    """The memory tool, run by your code: implement `view`, `create`, `str_replace`,
    `insert`, `delete` and `rename` (each returns the text, or content blocks, the model
    gets back; raise an exception to report a failure to it)."""

    def __init__(self, *, cache_control: Optional[BetaCacheControlEphemeralParam] = None) -> None:
        self.cache_control = cache_control

    @property
    def name(self) -> str:
        return "memory"

    def to_dict(self) -> BetaMemoryTool20250818Param:
        return _memory_param(self.cache_control)

    async def call(self, input: object) -> BetaFunctionToolResultType:
        """Parse the model's input into its command and run it."""
        return await self.execute(_parse_command(input))

    async def execute(self, command: BetaMemoryTool20250818Command) -> BetaFunctionToolResultType:
        """Run a parsed command with the method of the same name."""
        return cast(BetaFunctionToolResultType, await getattr(self, _method_for(command))(command))

    @abstractmethod
    async def view(self, command: BetaMemoryTool20250818ViewCommand) -> BetaFunctionToolResultType:
        """Show a file's contents (optionally a range of lines) or list a directory."""

    @abstractmethod
    async def create(self, command: BetaMemoryTool20250818CreateCommand) -> BetaFunctionToolResultType:
        """Create a file, or overwrite it, with the given text."""

    @abstractmethod
    async def str_replace(self, command: BetaMemoryTool20250818StrReplaceCommand) -> BetaFunctionToolResultType:
        """Replace a piece of text in a file."""

    @abstractmethod
    async def insert(self, command: BetaMemoryTool20250818InsertCommand) -> BetaFunctionToolResultType:
        """Insert text at a line of a file."""

    @abstractmethod
    async def delete(self, command: BetaMemoryTool20250818DeleteCommand) -> BetaFunctionToolResultType:
        """Delete a file or directory."""

    @abstractmethod
    async def rename(self, command: BetaMemoryTool20250818RenameCommand) -> BetaFunctionToolResultType:
        """Rename or move a file or directory."""

    async def clear_all_memory(self) -> BetaFunctionToolResultType:
        """Remove everything in the memory store. Not a command the model sends; for your
        own code (e.g. between sessions). Override it to support it."""
        raise NotImplementedError(f"{type(self).__name__} does not implement clear_all_memory()")


# unasync: end
