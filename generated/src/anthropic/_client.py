"""The Anthropic and AsyncAnthropic API clients."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Dict, Mapping, Optional, Union

import httpx
from typing_extensions import Self

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._compat import cached_property
from ._constants import DEFAULT_MAX_RETRIES, DEFAULT_STREAM_IDLE_TIMEOUT
from ._exceptions import STATUS_ERRORS
from ._headers import check_header_value
from ._logs import mask_secret
from ._platform import async_library
from ._qs import Querystring
from ._streaming import AsyncStream, Stream
from ._types import NotGiven, Omit, not_given
from ._version import __version__

if TYPE_CHECKING:
    from .resources.beta.beta import (
        AsyncBeta,
        AsyncBetaWithRawResponse,
        AsyncBetaWithStreamingResponse,
        Beta,
        BetaWithRawResponse,
        BetaWithStreamingResponse,
    )
    from .resources.completions import (
        AsyncCompletions,
        AsyncCompletionsWithRawResponse,
        AsyncCompletionsWithStreamingResponse,
        Completions,
        CompletionsWithRawResponse,
        CompletionsWithStreamingResponse,
    )
    from .resources.messages.messages import (
        AsyncMessages,
        AsyncMessagesWithRawResponse,
        AsyncMessagesWithStreamingResponse,
        Messages,
        MessagesWithRawResponse,
        MessagesWithStreamingResponse,
    )
    from .resources.models import (
        AsyncModels,
        AsyncModelsWithRawResponse,
        AsyncModelsWithStreamingResponse,
        Models,
        ModelsWithRawResponse,
        ModelsWithStreamingResponse,
    )


__all__ = ["Anthropic", "AsyncAnthropic", "Client", "AsyncClient"]

# (parameter, environment variable, header, value prefix) of each way to authenticate.
CREDENTIALS = (
    ("api_key", "ANTHROPIC_API_KEY", "X-Api-Key", ""),
    ("auth_token", "ANTHROPIC_AUTH_TOKEN", "Authorization", "Bearer "),
)
_MISSING_CREDENTIALS = 'No credentials: pass `api_key` or `auth_token` to the client, or set the ANTHROPIC_API_KEY or ANTHROPIC_AUTH_TOKEN environment variable. To send requests without credentials, omit their header explicitly, e.g. `default_headers={"X-Api-Key": omit}`.'


class _ClientConfig:
    """What both clients share and which does no I/O: credentials, headers, copies."""

    api_key: Optional[str]
    auth_token: Optional[str]
    _custom_headers: Dict[str, Any]
    _custom_query: Dict[str, object]
    _client: Any
    _strict_response_validation: bool
    timeout: Union[float, httpx.Timeout, None]
    max_retries: int
    stream_idle_timeout: Optional[float]
    # The API's exception classes for error answers.
    _status_errors = STATUS_ERRORS

    @property
    def qs(self) -> Querystring:
        # List query parameters are sent comma-separated.
        return Querystring(array_format="comma")

    @property
    def auth_headers(self) -> Dict[str, str]:
        headers: Dict[str, str] = {}
        if self.api_key is not None:
            headers["X-Api-Key"] = self.api_key
        if self.auth_token is not None:
            headers["Authorization"] = "Bearer " + self.auth_token
        return headers

    @property
    def user_agent(self) -> str:
        return "Anthropic/Python " + __version__

    def _async_header(self) -> str:
        return "false"

    @property
    def default_headers(self) -> Dict[str, Union[str, Omit]]:
        return {
            **super().default_headers,  # type: ignore[misc]
            "X-Stainless-Async": self._async_header(),
            "anthropic-version": "2023-06-01",
            **self._custom_headers,
        }

    def _validate_headers(self, headers: Mapping[str, Any], custom_headers: Mapping[str, Any]) -> None:
        """Refuse to send a request without credentials, unless their header was omitted."""
        if "X-Api-Key" in headers:
            return
        if "Authorization" in headers:
            return
        names = {key.lower() for key, value in headers.items() if value}
        omitted = {key.lower() for key, value in custom_headers.items() if isinstance(value, Omit)}
        omitted.update(key.lower() for key, value in self._custom_headers.items() if isinstance(value, Omit))
        for _param, _env, header, _prefix in CREDENTIALS:
            if header.lower() in names or header.lower() in omitted:
                return
        raise TypeError(_MISSING_CREDENTIALS)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={str(getattr(self, 'base_url', ''))!r}"
            f", api_key={mask_secret(self.api_key)!r}"
            f", auth_token={mask_secret(self.auth_token)!r}"
            f", max_retries={getattr(self, 'max_retries', None)!r}, timeout={getattr(self, 'timeout', None)!r})"
        )

    def _copy_arguments(
        self,
        *,
        api_key: Optional[str],
        auth_token: Optional[str],
        base_url: Union[str, httpx.URL, None],
        timeout: Union[float, httpx.Timeout, None, NotGiven],
        http_client: Any,
        max_retries: Union[int, NotGiven],
        default_headers: Optional[Mapping[str, str]],
        set_default_headers: Optional[Mapping[str, str]],
        default_query: Optional[Mapping[str, object]],
        set_default_query: Optional[Mapping[str, object]],
        stream_idle_timeout: Union[float, None, NotGiven] = not_given,
    ) -> Dict[str, Any]:
        if default_headers is not None and set_default_headers is not None:
            raise ValueError("Pass either `default_headers` (merged) or `set_default_headers` (replacing), not both")
        if default_query is not None and set_default_query is not None:
            raise ValueError("Pass either `default_query` (merged) or `set_default_query` (replacing), not both")
        headers: Mapping[str, Any] = self._custom_headers
        if default_headers is not None:
            headers = {**headers, **default_headers}
        elif set_default_headers is not None:
            headers = set_default_headers
        query: Mapping[str, object] = self._custom_query
        if default_query is not None:
            query = {**query, **default_query}
        elif set_default_query is not None:
            query = set_default_query
        return {
            "api_key": api_key or self.api_key,
            "auth_token": auth_token or self.auth_token,
            "base_url": base_url or self.base_url,  # type: ignore[attr-defined]
            "timeout": self.timeout if timeout is not_given else timeout,
            "http_client": http_client or self._client,
            "max_retries": self.max_retries if max_retries is not_given else max_retries,
            "default_headers": headers,
            "default_query": query,
            "_strict_response_validation": self._strict_response_validation,
            "stream_idle_timeout": (
                self.stream_idle_timeout if isinstance(stream_idle_timeout, NotGiven) else stream_idle_timeout
            ),
        }


def _resolve(value: Optional[str], env: str) -> Optional[str]:
    return value if value is not None else os.environ.get(env)


class Anthropic(_ClientConfig, SyncAPIClient):
    """
    Client for the Anthropic API. Reads its credentials from the environment unless given.

    Credentials and the base URL default to the environment:
    `api_key` to ANTHROPIC_API_KEY,
    `auth_token` to ANTHROPIC_AUTH_TOKEN,
    `base_url` to ANTHROPIC_BASE_URL (else https://api.anthropic.com).

    `stream_idle_timeout`: seconds a stream may receive nothing but keep-alive events before it
    fails with APITimeoutError and its connection is closed (None: no limit).
    """

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        auth_token: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = not_given,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[httpx.Client] = None,
        _strict_response_validation: bool = False,
        stream_idle_timeout: Optional[float] = DEFAULT_STREAM_IDLE_TIMEOUT,
    ) -> None:
        self.api_key = _resolve(api_key, "ANTHROPIC_API_KEY")
        check_header_value(self.api_key, "api_key", env="ANTHROPIC_API_KEY")
        self.auth_token = _resolve(auth_token, "ANTHROPIC_AUTH_TOKEN")
        check_header_value(self.auth_token, "auth_token", env="ANTHROPIC_AUTH_TOKEN")
        if base_url is None:
            base_url = os.environ.get("ANTHROPIC_BASE_URL") or "https://api.anthropic.com"
        super().__init__(
            version=__version__,
            base_url=base_url,
            max_retries=max_retries,
            timeout=timeout,
            http_client=http_client,
            custom_headers=default_headers,
            custom_query=default_query,
            _strict_response_validation=_strict_response_validation,
            stream_idle_timeout=stream_idle_timeout,
        )
        self._default_stream_cls = Stream

    @cached_property
    def completions(self) -> Completions:
        """The legacy Text Completions API; prefer `messages` for new code."""
        from .resources.completions import Completions

        return Completions(self)

    @cached_property
    def messages(self) -> Messages:
        """Send conversations to a model and read back its reply."""
        from .resources.messages.messages import Messages

        return Messages(self)

    @cached_property
    def models(self) -> Models:
        """Look up the models available to your API key."""
        from .resources.models import Models

        return Models(self)

    @cached_property
    def beta(self) -> Beta:
        """Features that are still in beta; each may need an `anthropic-beta` header."""
        from .resources.beta.beta import Beta

        return Beta(self)

    @cached_property
    def with_raw_response(self) -> AnthropicWithRawResponse:
        """The resources, with methods that return the raw HTTP response."""
        return AnthropicWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AnthropicWithStreamedResponse:
        """The resources, with methods that return the response before reading its body."""
        return AnthropicWithStreamedResponse(self)

    def copy(
        self,
        *,
        api_key: Optional[str] = None,
        auth_token: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = not_given,
        http_client: Optional[httpx.Client] = None,
        max_retries: Union[int, NotGiven] = not_given,
        default_headers: Optional[Mapping[str, str]] = None,
        set_default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        set_default_query: Optional[Mapping[str, object]] = None,
        _extra_kwargs: Mapping[str, Any] = {},
        stream_idle_timeout: Union[float, None, NotGiven] = not_given,
    ) -> Self:
        """A new client with some settings changed (it shares this one's connection pool).

        `default_headers` / `default_query` are merged into this client's; the `set_`
        variants replace them.
        """
        arguments = self._copy_arguments(
            api_key=api_key,
            auth_token=auth_token,
            base_url=base_url,
            timeout=timeout,
            http_client=http_client,
            max_retries=max_retries,
            default_headers=default_headers,
            set_default_headers=set_default_headers,
            default_query=default_query,
            set_default_query=set_default_query,
            stream_idle_timeout=stream_idle_timeout,
        )
        return type(self)(**arguments, **_extra_kwargs)

    # `client.with_options(timeout=10).messages.create(...)`
    with_options = copy


class AnthropicWithRawResponse:
    def __init__(self, client: Anthropic) -> None:
        self._client = client

    @cached_property
    def completions(self) -> CompletionsWithRawResponse:
        from .resources.completions import CompletionsWithRawResponse

        return CompletionsWithRawResponse(self._client.completions)

    @cached_property
    def messages(self) -> MessagesWithRawResponse:
        from .resources.messages.messages import MessagesWithRawResponse

        return MessagesWithRawResponse(self._client.messages)

    @cached_property
    def models(self) -> ModelsWithRawResponse:
        from .resources.models import ModelsWithRawResponse

        return ModelsWithRawResponse(self._client.models)

    @cached_property
    def beta(self) -> BetaWithRawResponse:
        from .resources.beta.beta import BetaWithRawResponse

        return BetaWithRawResponse(self._client.beta)


class AnthropicWithStreamedResponse:
    def __init__(self, client: Anthropic) -> None:
        self._client = client

    @cached_property
    def completions(self) -> CompletionsWithStreamingResponse:
        from .resources.completions import CompletionsWithStreamingResponse

        return CompletionsWithStreamingResponse(self._client.completions)

    @cached_property
    def messages(self) -> MessagesWithStreamingResponse:
        from .resources.messages.messages import MessagesWithStreamingResponse

        return MessagesWithStreamingResponse(self._client.messages)

    @cached_property
    def models(self) -> ModelsWithStreamingResponse:
        from .resources.models import ModelsWithStreamingResponse

        return ModelsWithStreamingResponse(self._client.models)

    @cached_property
    def beta(self) -> BetaWithStreamingResponse:
        from .resources.beta.beta import BetaWithStreamingResponse

        return BetaWithStreamingResponse(self._client.beta)


class AsyncAnthropic(_ClientConfig, AsyncAPIClient):
    """
    Client for the Anthropic API. Reads its credentials from the environment unless given. (async)

    Credentials and the base URL default to the environment:
    `api_key` to ANTHROPIC_API_KEY,
    `auth_token` to ANTHROPIC_AUTH_TOKEN,
    `base_url` to ANTHROPIC_BASE_URL (else https://api.anthropic.com).

    `stream_idle_timeout`: seconds a stream may receive nothing but keep-alive events before it
    fails with APITimeoutError and its connection is closed (None: no limit).
    """

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        auth_token: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = not_given,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[httpx.AsyncClient] = None,
        _strict_response_validation: bool = False,
        stream_idle_timeout: Optional[float] = DEFAULT_STREAM_IDLE_TIMEOUT,
    ) -> None:
        self.api_key = _resolve(api_key, "ANTHROPIC_API_KEY")
        check_header_value(self.api_key, "api_key", env="ANTHROPIC_API_KEY")
        self.auth_token = _resolve(auth_token, "ANTHROPIC_AUTH_TOKEN")
        check_header_value(self.auth_token, "auth_token", env="ANTHROPIC_AUTH_TOKEN")
        if base_url is None:
            base_url = os.environ.get("ANTHROPIC_BASE_URL") or "https://api.anthropic.com"
        super().__init__(
            version=__version__,
            base_url=base_url,
            max_retries=max_retries,
            timeout=timeout,
            http_client=http_client,
            custom_headers=default_headers,
            custom_query=default_query,
            _strict_response_validation=_strict_response_validation,
            stream_idle_timeout=stream_idle_timeout,
        )
        self._default_stream_cls = AsyncStream

    def _async_header(self) -> str:
        return "async:" + async_library()

    @cached_property
    def completions(self) -> AsyncCompletions:
        """The legacy Text Completions API; prefer `messages` for new code."""
        from .resources.completions import AsyncCompletions

        return AsyncCompletions(self)

    @cached_property
    def messages(self) -> AsyncMessages:
        """Send conversations to a model and read back its reply."""
        from .resources.messages.messages import AsyncMessages

        return AsyncMessages(self)

    @cached_property
    def models(self) -> AsyncModels:
        """Look up the models available to your API key."""
        from .resources.models import AsyncModels

        return AsyncModels(self)

    @cached_property
    def beta(self) -> AsyncBeta:
        """Features that are still in beta; each may need an `anthropic-beta` header."""
        from .resources.beta.beta import AsyncBeta

        return AsyncBeta(self)

    @cached_property
    def with_raw_response(self) -> AsyncAnthropicWithRawResponse:
        """The resources, with methods that return the raw HTTP response."""
        return AsyncAnthropicWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAnthropicWithStreamedResponse:
        """The resources, with methods that return the response before reading its body."""
        return AsyncAnthropicWithStreamedResponse(self)

    def copy(
        self,
        *,
        api_key: Optional[str] = None,
        auth_token: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = not_given,
        http_client: Optional[httpx.AsyncClient] = None,
        max_retries: Union[int, NotGiven] = not_given,
        default_headers: Optional[Mapping[str, str]] = None,
        set_default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        set_default_query: Optional[Mapping[str, object]] = None,
        _extra_kwargs: Mapping[str, Any] = {},
        stream_idle_timeout: Union[float, None, NotGiven] = not_given,
    ) -> Self:
        """A new client with some settings changed (it shares this one's connection pool).

        `default_headers` / `default_query` are merged into this client's; the `set_`
        variants replace them.
        """
        arguments = self._copy_arguments(
            api_key=api_key,
            auth_token=auth_token,
            base_url=base_url,
            timeout=timeout,
            http_client=http_client,
            max_retries=max_retries,
            default_headers=default_headers,
            set_default_headers=set_default_headers,
            default_query=default_query,
            set_default_query=set_default_query,
            stream_idle_timeout=stream_idle_timeout,
        )
        return type(self)(**arguments, **_extra_kwargs)

    # `client.with_options(timeout=10).messages.create(...)`
    with_options = copy


class AsyncAnthropicWithRawResponse:
    def __init__(self, client: AsyncAnthropic) -> None:
        self._client = client

    @cached_property
    def completions(self) -> AsyncCompletionsWithRawResponse:
        from .resources.completions import AsyncCompletionsWithRawResponse

        return AsyncCompletionsWithRawResponse(self._client.completions)

    @cached_property
    def messages(self) -> AsyncMessagesWithRawResponse:
        from .resources.messages.messages import AsyncMessagesWithRawResponse

        return AsyncMessagesWithRawResponse(self._client.messages)

    @cached_property
    def models(self) -> AsyncModelsWithRawResponse:
        from .resources.models import AsyncModelsWithRawResponse

        return AsyncModelsWithRawResponse(self._client.models)

    @cached_property
    def beta(self) -> AsyncBetaWithRawResponse:
        from .resources.beta.beta import AsyncBetaWithRawResponse

        return AsyncBetaWithRawResponse(self._client.beta)


class AsyncAnthropicWithStreamedResponse:
    def __init__(self, client: AsyncAnthropic) -> None:
        self._client = client

    @cached_property
    def completions(self) -> AsyncCompletionsWithStreamingResponse:
        from .resources.completions import AsyncCompletionsWithStreamingResponse

        return AsyncCompletionsWithStreamingResponse(self._client.completions)

    @cached_property
    def messages(self) -> AsyncMessagesWithStreamingResponse:
        from .resources.messages.messages import AsyncMessagesWithStreamingResponse

        return AsyncMessagesWithStreamingResponse(self._client.messages)

    @cached_property
    def models(self) -> AsyncModelsWithStreamingResponse:
        from .resources.models import AsyncModelsWithStreamingResponse

        return AsyncModelsWithStreamingResponse(self._client.models)

    @cached_property
    def beta(self) -> AsyncBetaWithStreamingResponse:
        from .resources.beta.beta import AsyncBetaWithStreamingResponse

        return AsyncBetaWithStreamingResponse(self._client.beta)


Client = Anthropic
AsyncClient = AsyncAnthropic


def __getattr__(name: str) -> Any:
    # Names some code imports from this module; resolved lazily (they need httpx types).
    if name in ("Timeout", "Transport", "ProxiesTypes", "RequestOptions"):
        from . import _types

        return getattr(_types, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
