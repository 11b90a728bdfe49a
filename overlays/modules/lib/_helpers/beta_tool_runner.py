"""`client.beta.messages.tool_runner(...)`, mixed into the beta Messages resource.

The runner classes live in `anthropic.lib.tools`, imported on the first call so that
importing the client does not load them.
"""

from __future__ import annotations

# The sync helpers are generated from the async ones (python -m generator unasync).
# unasync: rename AsyncBetaToolRunnerHelpers=BetaToolRunnerHelpers
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Optional, Union, overload

from typing_extensions import Literal

from ..._types import NotGiven, Omit, not_given, omit

if TYPE_CHECKING:
    import httpx

    from ..._types import Body, Headers, Query, SequenceNotStr
    from ...types.anthropic_beta_param import AnthropicBetaParam
    from ...types.beta.beta_container_params import BetaContainerParams
    from ...types.beta.beta_context_management_config_param import BetaContextManagementConfigParam
    from ...types.beta.beta_message_param import BetaMessageParam
    from ...types.beta.beta_metadata_param import BetaMetadataParam
    from ...types.beta.beta_output_config_param import BetaOutputConfigParam
    from ...types.beta.beta_request_mcp_server_url_definition_param import BetaRequestMCPServerURLDefinitionParam
    from ...types.beta.beta_text_block_param import BetaTextBlockParam
    from ...types.beta.beta_thinking_config_param import BetaThinkingConfigParam
    from ...types.beta.beta_tool_choice_param import BetaToolChoiceParam
    from ...types.beta.beta_tool_union_param import BetaToolUnionParam
    from ...types.model_param import ModelParam
    from ..tools import (
        BetaAsyncRunnableTool,
        BetaAsyncStreamingToolRunner,
        BetaAsyncToolRunner,
        BetaRunnableTool,
        BetaStreamingToolRunner,
        BetaToolRunner,
        CompactionControl,
    )

__all__ = ["BetaToolRunnerHelpers", "AsyncBetaToolRunnerHelpers"]


def _runner_arguments(
    *,
    tools: Iterable[Any],
    max_iterations: Union[int, Omit],
    compaction_control: Union[Any, Omit],
    params: dict[str, Any],
    extra_headers: Optional[Headers],
    extra_query: Optional[Query],
    extra_body: Optional[Body],
    timeout: Union[float, httpx.Timeout, None, NotGiven],
) -> dict[str, Any]:
    """The keyword arguments of a runner class: request parameters (tools as the API takes
    them), request options, the tools to run, and the runner's settings."""
    runnable: list[Any] = []
    definitions: list[Any] = []
    for tool in tools:
        if isinstance(tool, dict):
            definitions.append(tool)  # sent as it is; the runner has no implementation for it
        else:
            runnable.append(tool)
            definitions.append(tool.to_dict())
    request = {key: value for key, value in params.items() if not isinstance(value, (Omit, NotGiven))}
    request["tools"] = definitions

    options: dict[str, Any] = {}
    if extra_headers is not None:
        options["headers"] = extra_headers
    if extra_query is not None:
        options["params"] = extra_query
    if extra_body is not None:
        options["extra_json"] = extra_body
    if not isinstance(timeout, NotGiven):
        options["timeout"] = timeout

    return {
        "params": request,
        "options": options,
        "tools": runnable,
        "max_iterations": None if isinstance(max_iterations, Omit) else max_iterations,
        "compaction_control": None if isinstance(compaction_control, Omit) else compaction_control,
    }


class BetaToolRunnerHelpers:
    # unasync: twin helpers
    """Adds `tool_runner()` to the beta Messages resource."""

    _client: Any

    @overload
    def tool_runner(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        tools: Iterable[Union[BetaRunnableTool, BetaToolUnionParam]],
        compaction_control: CompactionControl | Omit = omit,
        max_iterations: int | Omit = omit,
        container: Optional[Union[BetaContainerParams, str]] | Omit = omit,
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        inference_geo: Optional[str] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        metadata: BetaMetadataParam | Omit = omit,
        output_config: BetaOutputConfigParam | Omit = omit,
        output_format: Optional[type] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        speed: Optional[Literal["standard", "fast"]] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        stream: Literal[False] | Omit = omit,
        system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        thinking: BetaThinkingConfigParam | Omit = omit,
        tool_choice: BetaToolChoiceParam | Omit = omit,
        betas: list[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaToolRunner[Any]: ...

    @overload
    def tool_runner(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        tools: Iterable[Union[BetaRunnableTool, BetaToolUnionParam]],
        compaction_control: CompactionControl | Omit = omit,
        max_iterations: int | Omit = omit,
        container: Optional[Union[BetaContainerParams, str]] | Omit = omit,
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        inference_geo: Optional[str] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        metadata: BetaMetadataParam | Omit = omit,
        output_config: BetaOutputConfigParam | Omit = omit,
        output_format: Optional[type] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        speed: Optional[Literal["standard", "fast"]] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        stream: Literal[True],
        system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        thinking: BetaThinkingConfigParam | Omit = omit,
        tool_choice: BetaToolChoiceParam | Omit = omit,
        betas: list[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaStreamingToolRunner[Any]: ...

    @overload
    def tool_runner(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        tools: Iterable[Union[BetaRunnableTool, BetaToolUnionParam]],
        compaction_control: CompactionControl | Omit = omit,
        max_iterations: int | Omit = omit,
        container: Optional[Union[BetaContainerParams, str]] | Omit = omit,
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        inference_geo: Optional[str] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        metadata: BetaMetadataParam | Omit = omit,
        output_config: BetaOutputConfigParam | Omit = omit,
        output_format: Optional[type] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        speed: Optional[Literal["standard", "fast"]] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        stream: bool | Omit = omit,
        system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        thinking: BetaThinkingConfigParam | Omit = omit,
        tool_choice: BetaToolChoiceParam | Omit = omit,
        betas: list[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Union[BetaToolRunner[Any], BetaStreamingToolRunner[Any]]: ...

    def tool_runner(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        tools: Iterable[Union[BetaRunnableTool, BetaToolUnionParam]],
        compaction_control: CompactionControl | Omit = omit,
        max_iterations: int | Omit = omit,
        container: Optional[Union[BetaContainerParams, str]] | Omit = omit,
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        inference_geo: Optional[str] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        metadata: BetaMetadataParam | Omit = omit,
        output_config: BetaOutputConfigParam | Omit = omit,
        output_format: Optional[type] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        speed: Optional[Literal["standard", "fast"]] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        stream: bool | Omit = omit,
        system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        thinking: BetaThinkingConfigParam | Omit = omit,
        tool_choice: BetaToolChoiceParam | Omit = omit,
        betas: list[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Union[BetaToolRunner[Any], BetaStreamingToolRunner[Any]]:
        """Run a conversation with tools until the model is done.

        Takes the parameters of `create()`, plus:

        Args:
          tools: `@beta_tool` functions and builtin tools (e.g. a memory tool subclass),
            which the runner runs when the model calls them, and plain tool definitions (server
            tools such as web search, or tools you do not want run).
          max_iterations: The most requests to send (unlimited when omitted).
          compaction_control: Summarise the conversation once it grows past a number of tokens
            (see `CompactionControl`).
          stream: Stream each reply: iterating the runner then yields message streams.

        Returns a runner: iterate over it for each reply, or call `until_done()` for the last.
        Each request is sent when the iteration reaches it.
        """
        from ..tools import BetaStreamingToolRunner, BetaToolRunner

        arguments = _runner_arguments(
            tools=tools,
            max_iterations=max_iterations,
            compaction_control=compaction_control,
            params={
                "max_tokens": max_tokens,
                "messages": messages,
                "model": model,
                "container": container,
                "context_management": context_management,
                "inference_geo": inference_geo,
                "mcp_servers": mcp_servers,
                "metadata": metadata,
                "output_config": output_config,
                "output_format": output_format,
                "service_tier": service_tier,
                "speed": speed,
                "stop_sequences": stop_sequences,
                "system": system,
                "temperature": temperature,
                "top_k": top_k,
                "top_p": top_p,
                "thinking": thinking,
                "tool_choice": tool_choice,
                "betas": betas,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        if stream is True:
            return BetaStreamingToolRunner(client=self._client, **arguments)
        return BetaToolRunner(client=self._client, **arguments)

    # unasync: end


class AsyncBetaToolRunnerHelpers:
    # unasync: source helpers
    """Adds `tool_runner()` to the beta Messages resource."""

    _client: Any

    @overload
    def tool_runner(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        tools: Iterable[Union[BetaAsyncRunnableTool, BetaToolUnionParam]],
        compaction_control: CompactionControl | Omit = omit,
        max_iterations: int | Omit = omit,
        container: Optional[Union[BetaContainerParams, str]] | Omit = omit,
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        inference_geo: Optional[str] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        metadata: BetaMetadataParam | Omit = omit,
        output_config: BetaOutputConfigParam | Omit = omit,
        output_format: Optional[type] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        speed: Optional[Literal["standard", "fast"]] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        stream: Literal[False] | Omit = omit,
        system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        thinking: BetaThinkingConfigParam | Omit = omit,
        tool_choice: BetaToolChoiceParam | Omit = omit,
        betas: list[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaAsyncToolRunner[Any]: ...

    @overload
    def tool_runner(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        tools: Iterable[Union[BetaAsyncRunnableTool, BetaToolUnionParam]],
        compaction_control: CompactionControl | Omit = omit,
        max_iterations: int | Omit = omit,
        container: Optional[Union[BetaContainerParams, str]] | Omit = omit,
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        inference_geo: Optional[str] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        metadata: BetaMetadataParam | Omit = omit,
        output_config: BetaOutputConfigParam | Omit = omit,
        output_format: Optional[type] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        speed: Optional[Literal["standard", "fast"]] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        stream: Literal[True],
        system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        thinking: BetaThinkingConfigParam | Omit = omit,
        tool_choice: BetaToolChoiceParam | Omit = omit,
        betas: list[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaAsyncStreamingToolRunner[Any]: ...

    @overload
    def tool_runner(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        tools: Iterable[Union[BetaAsyncRunnableTool, BetaToolUnionParam]],
        compaction_control: CompactionControl | Omit = omit,
        max_iterations: int | Omit = omit,
        container: Optional[Union[BetaContainerParams, str]] | Omit = omit,
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        inference_geo: Optional[str] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        metadata: BetaMetadataParam | Omit = omit,
        output_config: BetaOutputConfigParam | Omit = omit,
        output_format: Optional[type] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        speed: Optional[Literal["standard", "fast"]] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        stream: bool | Omit = omit,
        system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        thinking: BetaThinkingConfigParam | Omit = omit,
        tool_choice: BetaToolChoiceParam | Omit = omit,
        betas: list[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Union[BetaAsyncToolRunner[Any], BetaAsyncStreamingToolRunner[Any]]: ...

    def tool_runner(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        tools: Iterable[Union[BetaAsyncRunnableTool, BetaToolUnionParam]],
        compaction_control: CompactionControl | Omit = omit,
        max_iterations: int | Omit = omit,
        container: Optional[Union[BetaContainerParams, str]] | Omit = omit,
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        inference_geo: Optional[str] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        metadata: BetaMetadataParam | Omit = omit,
        output_config: BetaOutputConfigParam | Omit = omit,
        output_format: Optional[type] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        speed: Optional[Literal["standard", "fast"]] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        stream: bool | Omit = omit,
        system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        thinking: BetaThinkingConfigParam | Omit = omit,
        tool_choice: BetaToolChoiceParam | Omit = omit,
        betas: list[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Union[BetaAsyncToolRunner[Any], BetaAsyncStreamingToolRunner[Any]]:
        """Run a conversation with tools until the model is done.

        Takes the parameters of `create()`, plus:

        Args:
          tools: `@beta_async_tool` functions and builtin tools (e.g. a memory tool subclass),
            which the runner runs when the model calls them, and plain tool definitions (server
            tools such as web search, or tools you do not want run).
          max_iterations: The most requests to send (unlimited when omitted).
          compaction_control: Summarise the conversation once it grows past a number of tokens
            (see `CompactionControl`).
          stream: Stream each reply: iterating the runner then yields message streams.

        Returns a runner: iterate over it for each reply, or call `until_done()` for the last.
        Each request is sent when the iteration reaches it.
        """
        from ..tools import BetaAsyncStreamingToolRunner, BetaAsyncToolRunner

        arguments = _runner_arguments(
            tools=tools,
            max_iterations=max_iterations,
            compaction_control=compaction_control,
            params={
                "max_tokens": max_tokens,
                "messages": messages,
                "model": model,
                "container": container,
                "context_management": context_management,
                "inference_geo": inference_geo,
                "mcp_servers": mcp_servers,
                "metadata": metadata,
                "output_config": output_config,
                "output_format": output_format,
                "service_tier": service_tier,
                "speed": speed,
                "stop_sequences": stop_sequences,
                "system": system,
                "temperature": temperature,
                "top_k": top_k,
                "top_p": top_p,
                "thinking": thinking,
                "tool_choice": tool_choice,
                "betas": betas,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        if stream is True:
            return BetaAsyncStreamingToolRunner(client=self._client, **arguments)
        return BetaAsyncToolRunner(client=self._client, **arguments)

    # unasync: end
