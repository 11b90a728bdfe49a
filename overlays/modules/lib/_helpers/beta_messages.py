"""Helpers mixed into `client.beta.messages` (streaming helper, parsing, tool runner).

The streaming and parsing modules are imported inside the methods, so that loading the
resource costs nothing until a helper is used.
"""

from __future__ import annotations

# The sync helpers are generated from the async ones (python -m generator unasync).
# unasync: rename AsyncBetaMessagesHelpers=BetaMessagesHelpers, AsyncBetaToolRunnerHelpers=BetaToolRunnerHelpers
import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Optional, TypeVar, Union

from ..._types import Body, Headers, NotGiven, Omit, Query, not_given, omit
from .beta_tool_runner import AsyncBetaToolRunnerHelpers, BetaToolRunnerHelpers
from .messages import helper_headers, parse_target, reject_stream_argument

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Literal

    from ..._types import SequenceNotStr
    from ...types.anthropic_beta_param import AnthropicBetaParam
    from ...types.beta.beta_container_params import BetaContainerParams
    from ...types.beta.beta_context_management_config_param import BetaContextManagementConfigParam
    from ...types.beta.beta_json_output_format_param import BetaJSONOutputFormatParam
    from ...types.beta.beta_message_param import BetaMessageParam
    from ...types.beta.beta_metadata_param import BetaMetadataParam
    from ...types.beta.beta_output_config_param import BetaOutputConfigParam
    from ...types.beta.beta_request_mcp_server_url_definition_param import BetaRequestMCPServerURLDefinitionParam
    from ...types.beta.beta_text_block_param import BetaTextBlockParam
    from ...types.beta.beta_thinking_config_param import BetaThinkingConfigParam
    from ...types.beta.beta_tool_choice_param import BetaToolChoiceParam
    from ...types.beta.beta_tool_union_param import BetaToolUnionParam
    from ...types.beta.parsed_beta_message import ParsedBetaMessage
    from ...types.model_param import ModelParam
    from ..streaming._beta_messages import BetaAsyncMessageStreamManager, BetaMessageStreamManager

__all__ = ["BetaMessagesHelpers", "AsyncBetaMessagesHelpers"]

ResponseFormatT = TypeVar("ResponseFormatT")


class BetaMessagesHelpers(BetaToolRunnerHelpers):
    # unasync: twin helpers
    """Mixed into the generated beta Messages resource: `stream()`, `parse()` and the
    tool runner."""

    create: Any

    def stream(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        metadata: BetaMetadataParam | Omit = omit,
        output_config: BetaOutputConfigParam | Omit = omit,
        output_format: None | type[ResponseFormatT] | BetaJSONOutputFormatParam | Omit = omit,
        container: Optional[Union[BetaContainerParams, str]] | Omit = omit,
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        inference_geo: Optional[str] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        speed: Optional[Literal["standard", "fast"]] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        thinking: BetaThinkingConfigParam | Omit = omit,
        tool_choice: BetaToolChoiceParam | Omit = omit,
        tools: Iterable[BetaToolUnionParam] | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        betas: list[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaMessageStreamManager[ResponseFormatT]:
        """Stream a message, accumulating it as it arrives.

        Takes the parameters of `create()`; use the result as a context manager, which makes the
        request and gives the `BetaMessageStream`. With `output_format` set to a type (a
        Pydantic model, ...), the answer is requested as JSON of that type's schema (in
        `output_config.format`) and the final message's `parsed_output` is the parsed instance; a
        format dict is sent as it is.
        """
        from .._parse._response import output_config_with_format
        from ..streaming._beta_messages import BetaMessageStreamManager

        make_request = functools.partial(
            self.create,
            max_tokens=max_tokens,
            messages=messages,
            model=model,
            container=container,
            context_management=context_management,
            inference_geo=inference_geo,
            mcp_servers=mcp_servers,
            metadata=metadata,
            output_config=output_config_with_format(output_config, output_format, deprecated=True),
            service_tier=service_tier,
            speed=speed,
            stop_sequences=stop_sequences,
            stream=True,
            system=system,
            temperature=temperature,
            thinking=thinking,
            tool_choice=tool_choice,
            tools=tools,
            top_k=top_k,
            top_p=top_p,
            betas=betas,
            extra_headers=helper_headers(extra_headers, "stream"),
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return BetaMessageStreamManager(make_request, output_format=parse_target(output_format))

    def parse(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        container: Optional[Union[BetaContainerParams, str]] | Omit = omit,
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        inference_geo: Optional[str] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        metadata: BetaMetadataParam | Omit = omit,
        output_config: BetaOutputConfigParam | Omit = omit,
        output_format: Optional[type[ResponseFormatT]] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        speed: Optional[Literal["standard", "fast"]] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        stream: Literal[False] | Literal[True] | Omit = omit,
        system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        thinking: BetaThinkingConfigParam | Omit = omit,
        tool_choice: BetaToolChoiceParam | Omit = omit,
        tools: Iterable[BetaToolUnionParam] | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        betas: list[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ParsedBetaMessage[ResponseFormatT]:
        """Create a message whose answer is JSON of `output_format`'s schema, parsed.

        `output_format` is a type (a Pydantic model, a TypedDict, `list[...]`, ...): its JSON
        schema, reduced with `transform_schema`, is sent as `output_config.format`, and each text
        block of the reply gets `parsed_output`, an instance of the type (`message.parsed_output`
        is the first). A reply that does not match the type raises `pydantic.ValidationError`,
        whose message names the type.
        """
        from ...types.beta.parsed_beta_message import ParsedBetaMessage, ParsedBetaTextBlock
        from .._parse._response import output_config_with_format, parse_message

        reject_stream_argument(stream)
        message = self.create(
            max_tokens=max_tokens,
            messages=messages,
            model=model,
            container=container,
            context_management=context_management,
            inference_geo=inference_geo,
            mcp_servers=mcp_servers,
            metadata=metadata,
            output_config=output_config_with_format(output_config, output_format, deprecated=True),
            service_tier=service_tier,
            speed=speed,
            stop_sequences=stop_sequences,
            system=system,
            temperature=temperature,
            thinking=thinking,
            tool_choice=tool_choice,
            tools=tools,
            top_k=top_k,
            top_p=top_p,
            betas=betas,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        parsed: ParsedBetaMessage[ResponseFormatT] = parse_message(
            message, output_format, ParsedBetaMessage, ParsedBetaTextBlock
        )
        return parsed

    # unasync: end


class AsyncBetaMessagesHelpers(AsyncBetaToolRunnerHelpers):
    # unasync: source helpers
    """Mixed into the generated beta Messages resource: `stream()`, `parse()` and the
    tool runner."""

    create: Any

    def stream(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        metadata: BetaMetadataParam | Omit = omit,
        output_config: BetaOutputConfigParam | Omit = omit,
        output_format: None | type[ResponseFormatT] | BetaJSONOutputFormatParam | Omit = omit,
        container: Optional[Union[BetaContainerParams, str]] | Omit = omit,
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        inference_geo: Optional[str] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        speed: Optional[Literal["standard", "fast"]] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        thinking: BetaThinkingConfigParam | Omit = omit,
        tool_choice: BetaToolChoiceParam | Omit = omit,
        tools: Iterable[BetaToolUnionParam] | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        betas: list[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaAsyncMessageStreamManager[ResponseFormatT]:
        """Stream a message, accumulating it as it arrives.

        Takes the parameters of `create()`; use the result as a context manager, which makes the
        request and gives the `BetaAsyncMessageStream`. With `output_format` set to a type (a
        Pydantic model, ...), the answer is requested as JSON of that type's schema (in
        `output_config.format`) and the final message's `parsed_output` is the parsed instance; a
        format dict is sent as it is.
        """
        from .._parse._response import output_config_with_format
        from ..streaming._beta_messages import BetaAsyncMessageStreamManager

        make_request = functools.partial(
            self.create,
            max_tokens=max_tokens,
            messages=messages,
            model=model,
            container=container,
            context_management=context_management,
            inference_geo=inference_geo,
            mcp_servers=mcp_servers,
            metadata=metadata,
            output_config=output_config_with_format(output_config, output_format, deprecated=True),
            service_tier=service_tier,
            speed=speed,
            stop_sequences=stop_sequences,
            stream=True,
            system=system,
            temperature=temperature,
            thinking=thinking,
            tool_choice=tool_choice,
            tools=tools,
            top_k=top_k,
            top_p=top_p,
            betas=betas,
            extra_headers=helper_headers(extra_headers, "stream"),
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return BetaAsyncMessageStreamManager(make_request, output_format=parse_target(output_format))

    async def parse(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        container: Optional[Union[BetaContainerParams, str]] | Omit = omit,
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        inference_geo: Optional[str] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        metadata: BetaMetadataParam | Omit = omit,
        output_config: BetaOutputConfigParam | Omit = omit,
        output_format: Optional[type[ResponseFormatT]] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        speed: Optional[Literal["standard", "fast"]] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        stream: Literal[False] | Literal[True] | Omit = omit,
        system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        thinking: BetaThinkingConfigParam | Omit = omit,
        tool_choice: BetaToolChoiceParam | Omit = omit,
        tools: Iterable[BetaToolUnionParam] | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        betas: list[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ParsedBetaMessage[ResponseFormatT]:
        """Create a message whose answer is JSON of `output_format`'s schema, parsed.

        `output_format` is a type (a Pydantic model, a TypedDict, `list[...]`, ...): its JSON
        schema, reduced with `transform_schema`, is sent as `output_config.format`, and each text
        block of the reply gets `parsed_output`, an instance of the type (`message.parsed_output`
        is the first). A reply that does not match the type raises `pydantic.ValidationError`,
        whose message names the type.
        """
        from ...types.beta.parsed_beta_message import ParsedBetaMessage, ParsedBetaTextBlock
        from .._parse._response import output_config_with_format, parse_message

        reject_stream_argument(stream)
        message = await self.create(
            max_tokens=max_tokens,
            messages=messages,
            model=model,
            container=container,
            context_management=context_management,
            inference_geo=inference_geo,
            mcp_servers=mcp_servers,
            metadata=metadata,
            output_config=output_config_with_format(output_config, output_format, deprecated=True),
            service_tier=service_tier,
            speed=speed,
            stop_sequences=stop_sequences,
            system=system,
            temperature=temperature,
            thinking=thinking,
            tool_choice=tool_choice,
            tools=tools,
            top_k=top_k,
            top_p=top_p,
            betas=betas,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        parsed: ParsedBetaMessage[ResponseFormatT] = parse_message(
            message, output_format, ParsedBetaMessage, ParsedBetaTextBlock
        )
        return parsed

    # unasync: end
