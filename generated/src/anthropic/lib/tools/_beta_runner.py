"""The tool runner behind `client.beta.messages.tool_runner(...)`.

A runner holds the parameters of a Messages request and repeats this loop:

1. send the request and hand the reply to you (iterating the runner yields each reply: a
   message, or with `stream=True` the stream that delivers it);
2. if the reply asks for tools (`tool_use` blocks), run them, and add the reply and a user
   message with one `tool_result` block per call to the conversation. A tool that raises,
   input that does not fit a tool's schema, and a tool the runner does not have all become
   `is_error` results the model can read, not exceptions in your code;
3. if the reply was paused (`stop_reason` "pause_turn": a server tool such as web search is
   still working), add it to the conversation and send it back so the model carries on;
4. otherwise the model has finished: stop. It also stops after `max_iterations` requests.

Server tools (`server_tool_use` blocks) run at Anthropic and are never run here.

While handling a reply you may change the conversation with `append_messages()` or by
giving `set_messages_params()` other messages; the runner then sends your conversation as
it is, without adding the reply or tool results itself (use `generate_tool_call_response()`
to get them; the tools run once per reply however often it is called). After such a change
the runner goes on unless the model had finished and the conversation does not end with a
user message. Changing only other parameters (say `max_tokens`) leaves the loop as it is.

With `compaction_control`, a reply reporting more tokens than the threshold makes the
runner replace the conversation with a summary before its next request (see
`CompactionControl`).
"""

from __future__ import annotations

# The sync runners are generated from the async ones (python -m generator unasync).
# unasync: rename _AsyncRunnerMixin=_SyncRunnerMixin
import inspect
import json
import logging
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Callable,
    Generic,
    Optional,
    Union,
    cast,
)

import pydantic
from typing_extensions import TypeVar

from ._beta_compaction_control import DEFAULT_SUMMARY_PROMPT, DEFAULT_THRESHOLD, SUMMARY_PREFIX, CompactionControl
from ._beta_functions import (
    BetaAsyncBuiltinFunctionTool,
    BetaAsyncFunctionTool,
    BetaAsyncRunnableTool,
    BetaRunnableTool,
)

if TYPE_CHECKING:
    from ..._client import Anthropic, AsyncAnthropic
    from ..._types import RequestOptions
    from ...types.beta.beta_message import BetaMessage
    from ...types.beta.beta_message_param import BetaMessageParam
    from ...types.beta.message_create_params import MessageCreateParamsBase as ParseMessageCreateParamsBase
    from ...types.beta.parsed_beta_message import ParsedBetaMessage
    from ..streaming._beta_messages import BetaAsyncMessageStream, BetaMessageStream

__all__ = ["BetaToolRunner", "BetaAsyncToolRunner", "BetaStreamingToolRunner", "BetaAsyncStreamingToolRunner"]

# A failing tool is logged here at ERROR (with its traceback) before its error goes back to
# the model: the runner keeps going, so the log is where the developer sees the failure.
log = logging.getLogger(__name__)

ResponseFormatT = TypeVar("ResponseFormatT", default=None)

# Keys of the request parameters carried over to the summary request of a compaction.
_SUMMARY_KEEPS = ("system", "tools", "betas", "container", "mcp_servers")


# --------------------------------------------------------------------------------------
# Messages and tool results as request data
# --------------------------------------------------------------------------------------


def _block_param(block: Any) -> Any:
    """A content block of a reply as it is sent back in `messages`."""
    if isinstance(block, pydantic.BaseModel):
        data = block.model_dump(mode="json", by_alias=True, exclude_none=True)
        data.pop("parsed_output", None)  # parsed structured output is ours, not the API's
        return data
    return block


def _message_param(message: Any) -> dict[str, Any]:
    """A message (a reply object or a message param) as a message param."""
    if isinstance(message, pydantic.BaseModel):
        return {"role": getattr(message, "role", "assistant"), "content": [_block_param(b) for b in message.content]}  # type: ignore[attr-defined]
    if isinstance(message, Mapping):
        return dict(message)
    raise TypeError(f"expected a message param or a message, got {type(message).__name__}")


def _tool_uses(message: Any) -> list[Any]:
    """The `tool_use` blocks of a reply: the calls this runner has to make. Server tool
    calls (`server_tool_use`, `mcp_tool_use`) are run by the API and are not included."""
    return [block for block in getattr(message, "content", None) or () if getattr(block, "type", None) == "tool_use"]


# Content blocks a tool result may hold (see `BetaFunctionToolResultType`).
_RESULT_BLOCK_TYPES = frozenset({"text", "image", "document", "search_result", "tool_reference"})


def _is_block(value: object) -> bool:
    kind = value.get("type") if isinstance(value, Mapping) else getattr(value, "type", None)
    return kind in _RESULT_BLOCK_TYPES


def _result_content(result: object) -> Union[str, list[Any]]:
    """What a tool returned as the `content` of its `tool_result` block: text stays text,
    content blocks (text, image, document, search result, tool reference; dicts or
    models) stay blocks, anything else is sent as JSON text."""
    if isinstance(result, str):
        return result
    if result is None:
        return ""
    if _is_block(result):
        return [_block_param(result)]
    if isinstance(result, (list, tuple)) and result and all(_is_block(item) for item in result):
        return [_block_param(item) for item in result]
    try:
        return json.dumps(result, default=str)
    except (TypeError, ValueError):
        return str(result)


def _describe_exception(exc: BaseException) -> str:
    # What the model reads about a failed tool: the exception's repr, as the official
    # package sends it (recorded conversations compare these bytes).
    return repr(exc)


def outcome(value: Any) -> Any:
    """What a sync tool's call gave."""
    return value


async def async_outcome(value: Any) -> Any:
    """What an async runner's tool gave: awaited when it is a coroutine (async tools are),
    as is when it is not (builtin tools may answer at once)."""
    return await value if inspect.isawaitable(value) else value


def _tool_result(tool_use_id: str, content: Union[str, list[Any]], *, is_error: bool = False) -> dict[str, Any]:
    block: dict[str, Any] = {"type": "tool_result", "tool_use_id": tool_use_id, "content": content}
    if is_error:
        block["is_error"] = True
    return block


def _total_tokens(message: Any) -> int:
    """The size of the conversation a reply reports: its input (cached or not) and output."""
    usage = getattr(message, "usage", None)
    if usage is None:
        return 0
    return sum(
        getattr(usage, name, None) or 0
        for name in ("input_tokens", "cache_creation_input_tokens", "cache_read_input_tokens", "output_tokens")
    )


def _summary_text(message: Any) -> str:
    return "\n".join(
        block.text for block in getattr(message, "content", None) or () if getattr(block, "type", None) == "text"
    ).strip()


# --------------------------------------------------------------------------------------
# What the four runners share
# --------------------------------------------------------------------------------------


class _BaseToolRunner(Generic[ResponseFormatT]):
    _sync_only = True

    def __init__(
        self,
        *,
        params: ParseMessageCreateParamsBase,
        options: RequestOptions,
        tools: Iterable[Any],
        client: Any,
        max_iterations: Optional[int] = None,
        compaction_control: Optional[CompactionControl] = None,
    ) -> None:
        self._tools: dict[str, Any] = {}
        for tool in tools:
            if not isinstance(tool, Mapping):  # a definition alone has no local implementation
                self._add_tool(tool)
        self._params: dict[str, Any] = self._normalize(params)
        if "tools" not in self._params:
            self._params["tools"] = [tool.to_dict() for tool in self._tools.values()]
        self._options: dict[str, Any] = dict(options or {})
        self._client = client
        self._max_iterations = max_iterations
        self._compaction_control = compaction_control
        self._iterations = 0
        self._last_message: Any = None
        self._messages_modified = False
        self._cached_response: Optional[tuple[Any, Optional[dict[str, Any]]]] = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(tools={list(self._tools)!r}, iterations={self._iterations})"

    # Conversation ------------------------------------------------------------------

    def _add_tool(self, tool: Any) -> None:
        if self._sync_only and isinstance(tool, (BetaAsyncFunctionTool, BetaAsyncBuiltinFunctionTool)):
            raise TypeError(f"{tool!r} is an async tool; use it with `AsyncAnthropic` (or make it with `beta_tool`)")
        self._tools[tool.name] = tool

    def _normalize(self, params: Mapping[str, Any]) -> dict[str, Any]:
        """Request parameters as the runner keeps them: messages as message params, and
        tools as definitions (tool objects among them are added to the tools it runs)."""
        normalized = dict(params)
        normalized["messages"] = [_message_param(m) for m in normalized.get("messages", ())]
        if normalized.get("tools") is not None:
            definitions = []
            for tool in normalized["tools"]:
                if isinstance(tool, Mapping):
                    definitions.append(tool)
                else:
                    self._add_tool(tool)
                    definitions.append(tool.to_dict())
            normalized["tools"] = definitions
        return normalized

    def set_messages_params(
        self,
        params: Union[
            ParseMessageCreateParamsBase,
            Callable[[ParseMessageCreateParamsBase], ParseMessageCreateParamsBase],
        ],
    ) -> None:
        """Replace the request parameters used from the next request on: give the new
        parameters, or a function from the current ones (a copy) to the new ones.

        Changing the messages while handling a reply means you take charge of that turn
        (see the module's notes); changing only other parameters does not."""
        if callable(params):
            params = params(cast("ParseMessageCreateParamsBase", self._request_params()))
        previous = self._params["messages"]
        self._params = self._normalize(params)
        if self._params["messages"] != previous:
            self._messages_modified = True

    def append_messages(self, *messages: Union[BetaMessageParam, BetaMessage]) -> None:
        """Add messages (message params, or replies as returned) to the conversation."""
        self._append(*messages)
        self._messages_modified = True

    def _append(self, *messages: Any) -> None:
        self._params["messages"] = [*self._params["messages"], *(_message_param(m) for m in messages)]

    def _last_role(self) -> Optional[str]:
        messages = self._params.get("messages") or []
        return cast(Optional[str], messages[-1].get("role")) if messages else None

    # The loop ------------------------------------------------------------------------

    def _may_request(self) -> bool:
        return self._max_iterations is None or self._iterations < self._max_iterations

    def _start_turn(self) -> None:
        self._iterations += 1
        self._messages_modified = False

    def _finish_turn(self, message: Any, response: Optional[Mapping[str, Any]]) -> bool:
        """Update the conversation after a reply; whether to send another request."""
        paused = getattr(message, "stop_reason", None) == "pause_turn"
        if self._messages_modified:
            self._messages_modified = False
            return response is not None or paused or self._last_role() == "user"
        if response is not None:
            self._append(message, response)
            return True
        if paused:
            self._append(message)
            return True
        return False

    def _cached_for(self, message: Any) -> tuple[bool, Optional[dict[str, Any]]]:
        cached = self._cached_response
        if cached is not None and (
            cached[0] is message
            or (getattr(message, "id", None) is not None and getattr(cached[0], "id", None) == message.id)
        ):
            return True, cached[1]
        return False, None

    def _unknown_tool(self, name: str) -> str:
        available = ", ".join(repr(n) for n in self._tools) or "none"
        return f"Error: there is no tool named {name!r} here (tools this client runs: {available})"

    def _request_params(self) -> dict[str, Any]:
        params = dict(self._params)
        params["messages"] = list(params["messages"])
        return params

    def _request_options(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {}
        options = self._options
        if options.get("headers") is not None:
            kwargs["extra_headers"] = options["headers"]
        if options.get("params") is not None:
            kwargs["extra_query"] = options["params"]
        if options.get("extra_json") is not None:
            kwargs["extra_body"] = options["extra_json"]
        if "timeout" in options:
            kwargs["timeout"] = options["timeout"]
        return kwargs

    def _messages_resource(self) -> Any:
        client = self._client
        if self._options.get("max_retries") is not None and hasattr(client, "with_options"):
            client = client.with_options(max_retries=self._options["max_retries"])
        return client.beta.messages

    def _create_call(self) -> tuple[Callable[..., Any], dict[str, Any]]:
        """The method for a non-streaming request (`parse`, which also parses structured
        output, when the client has it) and its arguments."""
        resource = self._messages_resource()
        params = self._request_params()
        parse = getattr(resource, "parse", None)
        if parse is not None:
            return parse, {**params, **self._request_options()}
        output_format = params.get("output_format")
        if isinstance(output_format, type):
            raise TypeError("`output_format` as a type needs `client.beta.messages.parse()`, which this client lacks")
        return resource.create, {**params, **self._request_options()}

    def _stream_call(self) -> tuple[Callable[..., Any], dict[str, Any]]:
        return self._messages_resource().stream, {**self._request_params(), **self._request_options()}

    # Compaction ----------------------------------------------------------------------

    def _needs_compaction(self, message: Any) -> bool:
        control = self._compaction_control
        if not control or not control.get("enabled"):
            return False
        return _total_tokens(message) > control.get("context_token_threshold", DEFAULT_THRESHOLD)

    def _summary_params(self) -> dict[str, Any]:
        """The request asking for a summary of the conversation (tools disabled)."""
        control = cast(CompactionControl, self._compaction_control)
        prompt = {"type": "text", "text": control.get("summary_prompt", DEFAULT_SUMMARY_PROMPT)}
        messages = list(self._params["messages"])
        if messages and messages[-1].get("role") == "user":
            last = dict(messages[-1])
            content = last.get("content")
            blocks = [{"type": "text", "text": content}] if isinstance(content, str) else list(content or ())
            last["content"] = [*blocks, prompt]
            messages[-1] = last
        else:
            messages.append({"role": "user", "content": [prompt]})
        params: dict[str, Any] = {
            "model": control.get("model", self._params["model"]),
            "max_tokens": self._params["max_tokens"],
            "messages": messages,
        }
        for key in _SUMMARY_KEEPS:
            if self._params.get(key) is not None:
                params[key] = self._params[key]
        if params.get("tools"):
            params["tool_choice"] = {"type": "none"}
        return {**params, **self._request_options()}

    def _apply_summary(self, summary: Any) -> None:
        text = _summary_text(summary)
        if not text:
            log.warning("tool runner: the compaction summary had no text; keeping the conversation as it is")
            return
        log.debug("tool runner: conversation compacted into a summary of %d characters", len(text))
        self._params["messages"] = [{"role": "user", "content": [{"type": "text", "text": SUMMARY_PREFIX + text}]}]


class _SyncRunnerMixin(_BaseToolRunner[ResponseFormatT]):
    # unasync: twin mixin
    _client: Anthropic

    def generate_tool_call_response(self) -> Optional[BetaMessageParam]:
        """Run the tools the latest reply asked for; the user message with their results,
        or None when it asked for none. The tools run once per reply (later calls return
        the same message)."""
        message = self._current_message()
        if message is None:
            return None
        found, response = self._cached_for(message)
        if not found:
            uses = _tool_uses(message)
            response = {"role": "user", "content": [self._run_tool(use) for use in uses]} if uses else None
            self._cached_response = (message, response)
        return cast("Optional[BetaMessageParam]", response)

    def _current_message(self) -> Any:
        return self._last_message

    def _summarize(self, kwargs: dict[str, Any]) -> Any:
        return self._messages_resource().create(**kwargs)

    def _run_tool(self, tool_use: Any) -> dict[str, Any]:
        tool = self._tools.get(tool_use.name)
        if tool is None:
            return _tool_result(tool_use.id, self._unknown_tool(tool_use.name), is_error=True)
        try:
            result = outcome(tool.call(tool_use.input))
        except Exception as exc:
            log.error("The tool %r failed while the tool runner called it", tool_use.name, exc_info=True)
            return _tool_result(tool_use.id, _describe_exception(exc), is_error=True)
        return _tool_result(tool_use.id, _result_content(result))

    def _after_reply(self, message: Any) -> bool:
        self._last_message = message
        response = self.generate_tool_call_response()
        if not self._finish_turn(message, response):
            return False
        if self._may_request() and self._needs_compaction(message):
            self._apply_summary(self._summarize(self._summary_params()))
        return True

    # unasync: end


class _AsyncRunnerMixin(_BaseToolRunner[ResponseFormatT]):
    _sync_only = False
    # unasync: source mixin
    _client: AsyncAnthropic

    async def generate_tool_call_response(self) -> Optional[BetaMessageParam]:
        """Run the tools the latest reply asked for; the user message with their results,
        or None when it asked for none. The tools run once per reply (later calls return
        the same message)."""
        message = await self._current_message()
        if message is None:
            return None
        found, response = self._cached_for(message)
        if not found:
            uses = _tool_uses(message)
            response = {"role": "user", "content": [await self._run_tool(use) for use in uses]} if uses else None
            self._cached_response = (message, response)
        return cast("Optional[BetaMessageParam]", response)

    async def _current_message(self) -> Any:
        return self._last_message

    async def _summarize(self, kwargs: dict[str, Any]) -> Any:
        return await self._messages_resource().create(**kwargs)

    async def _run_tool(self, tool_use: Any) -> dict[str, Any]:
        tool = self._tools.get(tool_use.name)
        if tool is None:
            return _tool_result(tool_use.id, self._unknown_tool(tool_use.name), is_error=True)
        try:
            result = await async_outcome(tool.call(tool_use.input))
        except Exception as exc:
            log.error("The tool %r failed while the tool runner called it", tool_use.name, exc_info=True)
            return _tool_result(tool_use.id, _describe_exception(exc), is_error=True)
        return _tool_result(tool_use.id, _result_content(result))

    async def _after_reply(self, message: Any) -> bool:
        self._last_message = message
        response = await self.generate_tool_call_response()
        if not self._finish_turn(message, response):
            return False
        if self._may_request() and self._needs_compaction(message):
            self._apply_summary(await self._summarize(self._summary_params()))
        return True

    # unasync: end


# --------------------------------------------------------------------------------------
# The runners
# --------------------------------------------------------------------------------------


# unasync: twin runners
class BetaToolRunner(_SyncRunnerMixin[ResponseFormatT]):
    """Runs a conversation with tools to its end; iterate over it for each reply (a message).

    Made by `client.beta.messages.tool_runner(...)`; see that method for the parameters.
    """

    def __init__(
        self,
        *,
        params: ParseMessageCreateParamsBase,
        options: RequestOptions,
        tools: Iterable[BetaRunnableTool],
        client: Anthropic,
        max_iterations: Optional[int] = None,
        compaction_control: Optional[CompactionControl] = None,
    ) -> None:
        super().__init__(
            params=params,
            options=options,
            tools=tools,
            client=client,
            max_iterations=max_iterations,
            compaction_control=compaction_control,
        )
        self._iterator: Optional[Iterator[Any]] = None

    def __iter__(self) -> BetaToolRunner[ResponseFormatT]:
        return self

    def __next__(self) -> ParsedBetaMessage[ResponseFormatT]:
        if self._iterator is None:
            self._iterator = self._run()
        return self._iterator.__next__()

    def _run(self) -> Iterator[ParsedBetaMessage[ResponseFormatT]]:
        while self._may_request():
            method, kwargs = self._create_call()
            message = method(**kwargs)
            self._start_turn()
            self._last_message = message
            yield message
            if not self._after_reply(message):
                return

    def until_done(self) -> ParsedBetaMessage[ResponseFormatT]:
        """Run the conversation to its end; the last reply."""
        for _ in self:
            pass
        if self._last_message is None:
            raise RuntimeError("the tool runner made no request (max_iterations is 0)")
        return cast("ParsedBetaMessage[ResponseFormatT]", self._last_message)


class BetaStreamingToolRunner(_SyncRunnerMixin[ResponseFormatT]):
    """Like `BetaToolRunner`, but each reply is streamed: iterating yields the message
    stream of each request (as `client.beta.messages.stream()` gives it). The runner reads
    what you leave of each stream before going on."""

    def __init__(
        self,
        *,
        params: ParseMessageCreateParamsBase,
        options: RequestOptions,
        tools: Iterable[BetaRunnableTool],
        client: Anthropic,
        max_iterations: Optional[int] = None,
        compaction_control: Optional[CompactionControl] = None,
    ) -> None:
        super().__init__(
            params=params,
            options=options,
            tools=tools,
            client=client,
            max_iterations=max_iterations,
            compaction_control=compaction_control,
        )
        self._iterator: Optional[Iterator[Any]] = None
        self._stream: Any = None

    def __iter__(self) -> BetaStreamingToolRunner[ResponseFormatT]:
        return self

    def __next__(self) -> BetaMessageStream[ResponseFormatT]:
        if self._iterator is None:
            self._iterator = self._run()
        return self._iterator.__next__()

    def _run(self) -> Iterator[BetaMessageStream[ResponseFormatT]]:
        while self._may_request():
            method, kwargs = self._stream_call()
            with method(**kwargs) as stream:
                self._start_turn()
                self._stream = stream
                try:
                    yield stream
                    message = stream.get_final_message()
                finally:
                    self._stream = None
            if not self._after_reply(message):
                return

    def _current_message(self) -> Any:
        # Inside the loop, the reply being streamed (read to its end first).
        if self._stream is not None:
            self._last_message = self._stream.get_final_message()
        return self._last_message

    def _summarize(self, kwargs: dict[str, Any]) -> Any:
        # Streamed like the runner's other requests (a long summary may not fit the
        # timeout of a non-streaming request).
        with self._messages_resource().stream(**kwargs) as stream:
            return stream.get_final_message()

    def until_done(self) -> ParsedBetaMessage[ResponseFormatT]:
        """Run the conversation to its end; the last reply (the final message of the last
        stream)."""
        for _ in self:
            pass
        if self._last_message is None:
            raise RuntimeError("the tool runner made no request (max_iterations is 0)")
        return cast("ParsedBetaMessage[ResponseFormatT]", self._last_message)


# unasync: end


# unasync: source runners
class BetaAsyncToolRunner(_AsyncRunnerMixin[ResponseFormatT]):
    """Runs a conversation with tools to its end; iterate over it for each reply (a message).

    Made by `client.beta.messages.tool_runner(...)`; see that method for the parameters.
    """

    def __init__(
        self,
        *,
        params: ParseMessageCreateParamsBase,
        options: RequestOptions,
        tools: Iterable[BetaAsyncRunnableTool],
        client: AsyncAnthropic,
        max_iterations: Optional[int] = None,
        compaction_control: Optional[CompactionControl] = None,
    ) -> None:
        super().__init__(
            params=params,
            options=options,
            tools=tools,
            client=client,
            max_iterations=max_iterations,
            compaction_control=compaction_control,
        )
        self._iterator: Optional[AsyncIterator[Any]] = None

    def __aiter__(self) -> BetaAsyncToolRunner[ResponseFormatT]:
        return self

    async def __anext__(self) -> ParsedBetaMessage[ResponseFormatT]:
        if self._iterator is None:
            self._iterator = self._run()
        return await self._iterator.__anext__()

    async def _run(self) -> AsyncIterator[ParsedBetaMessage[ResponseFormatT]]:
        while self._may_request():
            method, kwargs = self._create_call()
            message = await method(**kwargs)
            self._start_turn()
            self._last_message = message
            yield message
            if not await self._after_reply(message):
                return

    async def until_done(self) -> ParsedBetaMessage[ResponseFormatT]:
        """Run the conversation to its end; the last reply."""
        async for _ in self:
            pass
        if self._last_message is None:
            raise RuntimeError("the tool runner made no request (max_iterations is 0)")
        return cast("ParsedBetaMessage[ResponseFormatT]", self._last_message)


class BetaAsyncStreamingToolRunner(_AsyncRunnerMixin[ResponseFormatT]):
    """Like `BetaAsyncToolRunner`, but each reply is streamed: iterating yields the message
    stream of each request (as `client.beta.messages.stream()` gives it). The runner reads
    what you leave of each stream before going on."""

    def __init__(
        self,
        *,
        params: ParseMessageCreateParamsBase,
        options: RequestOptions,
        tools: Iterable[BetaAsyncRunnableTool],
        client: AsyncAnthropic,
        max_iterations: Optional[int] = None,
        compaction_control: Optional[CompactionControl] = None,
    ) -> None:
        super().__init__(
            params=params,
            options=options,
            tools=tools,
            client=client,
            max_iterations=max_iterations,
            compaction_control=compaction_control,
        )
        self._iterator: Optional[AsyncIterator[Any]] = None
        self._stream: Any = None

    def __aiter__(self) -> BetaAsyncStreamingToolRunner[ResponseFormatT]:
        return self

    async def __anext__(self) -> BetaAsyncMessageStream[ResponseFormatT]:
        if self._iterator is None:
            self._iterator = self._run()
        return await self._iterator.__anext__()

    async def _run(self) -> AsyncIterator[BetaAsyncMessageStream[ResponseFormatT]]:
        while self._may_request():
            method, kwargs = self._stream_call()
            async with method(**kwargs) as stream:
                self._start_turn()
                self._stream = stream
                try:
                    yield stream
                    message = await stream.get_final_message()
                finally:
                    self._stream = None
            if not await self._after_reply(message):
                return

    async def _current_message(self) -> Any:
        # Inside the loop, the reply being streamed (read to its end first).
        if self._stream is not None:
            self._last_message = await self._stream.get_final_message()
        return self._last_message

    async def _summarize(self, kwargs: dict[str, Any]) -> Any:
        # Streamed like the runner's other requests (a long summary may not fit the
        # timeout of a non-streaming request).
        async with self._messages_resource().stream(**kwargs) as stream:
            return await stream.get_final_message()

    async def until_done(self) -> ParsedBetaMessage[ResponseFormatT]:
        """Run the conversation to its end; the last reply (the final message of the last
        stream)."""
        async for _ in self:
            pass
        if self._last_message is None:
            raise RuntimeError("the tool runner made no request (max_iterations is 0)")
        return cast("ParsedBetaMessage[ResponseFormatT]", self._last_message)


# unasync: end
