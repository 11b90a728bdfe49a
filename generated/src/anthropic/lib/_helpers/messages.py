"""Helpers mixed into `client.messages` (streaming helper, structured-output parsing).

The streaming and parsing modules are imported inside the methods, so that loading the
resource costs nothing until a helper is used.
"""

from __future__ import annotations

# The sync helpers are generated from the async ones (python -m generator unasync).
# unasync: rename AsyncMessagesHelpers=MessagesHelpers
import functools
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Optional, TypeVar, Union, cast

from ..._types import NOT_GIVEN, Body, Headers, NotGiven, Omit, Query, not_given, omit

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Literal

    from ..._types import SequenceNotStr
    from ...types.json_output_format_param import JSONOutputFormatParam
    from ...types.message_param import MessageParam
    from ...types.metadata_param import MetadataParam
    from ...types.model_param import ModelParam
    from ...types.output_config_param import OutputConfigParam
    from ...types.parsed_message import ParsedMessage
    from ...types.text_block_param import TextBlockParam
    from ...types.thinking_config_param import ThinkingConfigParam
    from ...types.tool_choice_param import ToolChoiceParam
    from ...types.tool_union_param import ToolUnionParam
    from ..streaming._messages import AsyncMessageStreamManager, MessageStreamManager

__all__ = ["MessagesHelpers", "AsyncMessagesHelpers"]

ResponseFormatT = TypeVar("ResponseFormatT")

HELPER_HEADER = "X-Stainless-Helper-Method"


def helper_headers(extra_headers: Optional[Headers], helper: str) -> Headers:
    """The request's extra headers, naming the helper that made it (the caller's win)."""
    headers: dict[str, Any] = {HELPER_HEADER: helper}
    if extra_headers:
        headers.update(extra_headers)
    return headers


def with_body_field(extra_body: Optional[Body], name: str, value: object) -> Optional[Body]:
    """`extra_body` plus a body field the underlying `create` has no parameter for."""
    if isinstance(value, Omit):
        return extra_body
    body: dict[str, Any] = dict(cast("Mapping[str, Any]", extra_body)) if extra_body else {}
    body[name] = value
    return body


def parse_target(output_format: object) -> Any:
    """What the stream parses text blocks into: the `output_format` type, or nothing."""
    from .._parse._response import is_type_format

    return output_format if is_type_format(output_format) else NOT_GIVEN


def reject_stream_argument(stream: object) -> None:
    if stream is True:
        raise TypeError("parse() returns a finished message; to stream, use .stream(..., output_format=...)")


class MessagesHelpers:
    # unasync: twin helpers
    """Mixed into the generated Messages resource: `stream()` and `parse()`."""

    create: Any

    def stream(
        self,
        *,
        max_tokens: int,
        messages: Iterable[MessageParam],
        model: ModelParam,
        inference_geo: Optional[str] | Omit = omit,
        metadata: MetadataParam | Omit = omit,
        output_config: OutputConfigParam | Omit = omit,
        output_format: None | JSONOutputFormatParam | type[ResponseFormatT] | Omit = omit,
        container: Optional[str] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        system: Union[str, Iterable[TextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        thinking: ThinkingConfigParam | Omit = omit,
        tool_choice: ToolChoiceParam | Omit = omit,
        tools: Iterable[ToolUnionParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> MessageStreamManager[ResponseFormatT]:
        """Stream a message, accumulating it as it arrives.

        Takes the parameters of `create()`; use the result as a context manager, which makes the
        request and gives the `MessageStream`. With `output_format` set to a type (a Pydantic
        model, ...), the answer is requested as JSON of that type's schema and the final message's
        `parsed_output` is the parsed instance.
        """
        from .._parse._response import output_config_with_format
        from ..streaming._messages import MessageStreamManager

        make_request = functools.partial(
            self.create,
            max_tokens=max_tokens,
            messages=messages,
            model=model,
            inference_geo=inference_geo,
            metadata=metadata,
            output_config=output_config_with_format(output_config, output_format),
            service_tier=service_tier,
            stop_sequences=stop_sequences,
            system=system,
            temperature=temperature,
            top_k=top_k,
            top_p=top_p,
            thinking=thinking,
            tool_choice=tool_choice,
            tools=tools,
            stream=True,
            extra_headers=helper_headers(extra_headers, "stream"),
            extra_query=extra_query,
            extra_body=with_body_field(extra_body, "container", container),
            timeout=timeout,
        )
        return MessageStreamManager(make_request, output_format=parse_target(output_format))

    def parse(
        self,
        *,
        max_tokens: int,
        messages: Iterable[MessageParam],
        model: ModelParam,
        inference_geo: Optional[str] | Omit = omit,
        metadata: MetadataParam | Omit = omit,
        output_config: OutputConfigParam | Omit = omit,
        output_format: Optional[type[ResponseFormatT]] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        stream: Literal[False] | Literal[True] | Omit = omit,
        system: Union[str, Iterable[TextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        thinking: ThinkingConfigParam | Omit = omit,
        tool_choice: ToolChoiceParam | Omit = omit,
        tools: Iterable[ToolUnionParam] | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ParsedMessage[ResponseFormatT]:
        """Create a message whose answer is JSON of `output_format`'s schema, parsed.

        `output_format` is a type (a Pydantic model, a TypedDict, `list[...]`, ...): its JSON
        schema, reduced with `transform_schema`, is sent as `output_config.format`, and each text
        block of the reply gets `parsed_output`, an instance of the type (`message.parsed_output`
        is the first). A reply that does not match the type raises `pydantic.ValidationError`,
        whose message names the type.
        """
        from ...types.parsed_message import ParsedMessage, ParsedTextBlock
        from .._parse._response import output_config_with_format, parse_message

        reject_stream_argument(stream)
        message = self.create(
            max_tokens=max_tokens,
            messages=messages,
            model=model,
            inference_geo=inference_geo,
            metadata=metadata,
            output_config=output_config_with_format(output_config, output_format),
            service_tier=service_tier,
            stop_sequences=stop_sequences,
            system=system,
            temperature=temperature,
            thinking=thinking,
            tool_choice=tool_choice,
            tools=tools,
            top_k=top_k,
            top_p=top_p,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        parsed: ParsedMessage[ResponseFormatT] = parse_message(message, output_format, ParsedMessage, ParsedTextBlock)
        return parsed

    # unasync: end


class AsyncMessagesHelpers:
    # unasync: source helpers
    """Mixed into the generated Messages resource: `stream()` and `parse()`."""

    create: Any

    def stream(
        self,
        *,
        max_tokens: int,
        messages: Iterable[MessageParam],
        model: ModelParam,
        inference_geo: Optional[str] | Omit = omit,
        metadata: MetadataParam | Omit = omit,
        output_config: OutputConfigParam | Omit = omit,
        output_format: None | JSONOutputFormatParam | type[ResponseFormatT] | Omit = omit,
        container: Optional[str] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        system: Union[str, Iterable[TextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        thinking: ThinkingConfigParam | Omit = omit,
        tool_choice: ToolChoiceParam | Omit = omit,
        tools: Iterable[ToolUnionParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncMessageStreamManager[ResponseFormatT]:
        """Stream a message, accumulating it as it arrives.

        Takes the parameters of `create()`; use the result as a context manager, which makes the
        request and gives the `AsyncMessageStream`. With `output_format` set to a type (a Pydantic
        model, ...), the answer is requested as JSON of that type's schema and the final message's
        `parsed_output` is the parsed instance.
        """
        from .._parse._response import output_config_with_format
        from ..streaming._messages import AsyncMessageStreamManager

        make_request = functools.partial(
            self.create,
            max_tokens=max_tokens,
            messages=messages,
            model=model,
            inference_geo=inference_geo,
            metadata=metadata,
            output_config=output_config_with_format(output_config, output_format),
            service_tier=service_tier,
            stop_sequences=stop_sequences,
            system=system,
            temperature=temperature,
            top_k=top_k,
            top_p=top_p,
            thinking=thinking,
            tool_choice=tool_choice,
            tools=tools,
            stream=True,
            extra_headers=helper_headers(extra_headers, "stream"),
            extra_query=extra_query,
            extra_body=with_body_field(extra_body, "container", container),
            timeout=timeout,
        )
        return AsyncMessageStreamManager(make_request, output_format=parse_target(output_format))

    async def parse(
        self,
        *,
        max_tokens: int,
        messages: Iterable[MessageParam],
        model: ModelParam,
        inference_geo: Optional[str] | Omit = omit,
        metadata: MetadataParam | Omit = omit,
        output_config: OutputConfigParam | Omit = omit,
        output_format: Optional[type[ResponseFormatT]] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        stream: Literal[False] | Literal[True] | Omit = omit,
        system: Union[str, Iterable[TextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        thinking: ThinkingConfigParam | Omit = omit,
        tool_choice: ToolChoiceParam | Omit = omit,
        tools: Iterable[ToolUnionParam] | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ParsedMessage[ResponseFormatT]:
        """Create a message whose answer is JSON of `output_format`'s schema, parsed.

        `output_format` is a type (a Pydantic model, a TypedDict, `list[...]`, ...): its JSON
        schema, reduced with `transform_schema`, is sent as `output_config.format`, and each text
        block of the reply gets `parsed_output`, an instance of the type (`message.parsed_output`
        is the first). A reply that does not match the type raises `pydantic.ValidationError`,
        whose message names the type.
        """
        from ...types.parsed_message import ParsedMessage, ParsedTextBlock
        from .._parse._response import output_config_with_format, parse_message

        reject_stream_argument(stream)
        message = await self.create(
            max_tokens=max_tokens,
            messages=messages,
            model=model,
            inference_geo=inference_geo,
            metadata=metadata,
            output_config=output_config_with_format(output_config, output_format),
            service_tier=service_tier,
            stop_sequences=stop_sequences,
            system=system,
            temperature=temperature,
            thinking=thinking,
            tool_choice=tool_choice,
            tools=tools,
            top_k=top_k,
            top_p=top_p,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        parsed: ParsedMessage[ResponseFormatT] = parse_message(message, output_format, ParsedMessage, ParsedTextBlock)
        return parsed

    # unasync: end
