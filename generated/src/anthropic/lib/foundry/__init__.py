"""Clients for Claude in Microsoft Foundry (Azure AI Foundry): `AnthropicFoundry` and
`AsyncAnthropicFoundry`.

Foundry serves the Anthropic API itself under `https://{resource}.services.ai.azure.com/anthropic/`,
so these are the usual clients with another base URL and Azure's authentication: an API key
sent as the `api-key` header, or a Microsoft Entra ID token (`Authorization: Bearer`) from
`azure_ad_token_provider`, asked for a token for every request (it should cache tokens
itself, as azure-identity's `get_bearer_token_provider` does). Only the Messages API is
served (`messages` and `beta.messages`, without batches); the other resources raise
`NotImplementedError`.
"""

from __future__ import annotations

import inspect
import os
from collections.abc import Awaitable, Mapping
from typing import Any, Callable, Optional, TypeVar, Union

import anyio.to_thread
import httpx
from typing_extensions import Self

from ... import _base_client
from ..._base_client import BaseClient as BaseClient
from ..._client import Anthropic as Anthropic, AsyncAnthropic as AsyncAnthropic
from ..._compat import cached_property
from ..._constants import DEFAULT_MAX_RETRIES as DEFAULT_MAX_RETRIES, DEFAULT_STREAM_IDLE_TIMEOUT
from ..._exceptions import AnthropicError as AnthropicError
from ..._headers import check_header_value
from ..._request import FinalRequestOptions as FinalRequestOptions
from ..._streaming import AsyncStream as AsyncStream, Stream as Stream
from ..._types import (
    NOT_GIVEN as NOT_GIVEN,
    NotGiven as NotGiven,
    Omit as Omit,
    Timeout as Timeout,
    is_given as is_given,
    not_given,
)
from ..._version import __version__
from ...resources.beta.beta import AsyncBeta as AsyncBeta, Beta as Beta
from ...resources.beta.messages.messages import AsyncMessages as AsyncBetaMessages, Messages as BetaMessages
from ...resources.messages.messages import AsyncMessages as AsyncMessages, Messages as Messages

AzureADTokenProvider = Callable[[], str]
AsyncAzureADTokenProvider = Callable[[], Union[str, Awaitable[str]]]

# What the module exports (and re-exports, as the official package's module does).
__all__ = [
    "AnthropicFoundry",
    "AsyncAnthropicFoundry",
    "BaseFoundryClient",
    "MutuallyExclusiveAuthError",
    "MessagesFoundry",
    "AsyncMessagesFoundry",
    "BetaFoundry",
    "AsyncBetaFoundry",
    "BetaFoundryMessages",
    "AsyncBetaFoundryMessages",
    "Anthropic",
    "AsyncAnthropic",
    "AnthropicError",
    "BaseClient",
    "Beta",
    "AsyncBeta",
    "Messages",
    "AsyncMessages",
    "BetaMessages",
    "AsyncBetaMessages",
    "Stream",
    "AsyncStream",
    "FinalRequestOptions",
    "DEFAULT_MAX_RETRIES",
    "NOT_GIVEN",
    "NotGiven",
    "Omit",
    "Timeout",
    "is_given",
    "model_copy",
    "API_KEY_ENV",
    "RESOURCE_ENV",
    "BASE_URL_ENV",
    "API_KEY_HEADER",
]

API_KEY_ENV = "ANTHROPIC_FOUNDRY_API_KEY"
RESOURCE_ENV = "ANTHROPIC_FOUNDRY_RESOURCE"
BASE_URL_ENV = "ANTHROPIC_FOUNDRY_BASE_URL"
API_KEY_HEADER = "api-key"

_ModelT = TypeVar("_ModelT")
_HttpxClientT = TypeVar("_HttpxClientT", bound=Union[httpx.Client, httpx.AsyncClient])
_DefaultStreamT = TypeVar("_DefaultStreamT", bound=Union[Stream[Any], AsyncStream[Any]])


def model_copy(model: _ModelT, *, deep: bool = False) -> _ModelT:
    """A copy of a Pydantic model (`deep=True` copies nested values too)."""
    return model.model_copy(deep=deep)  # type: ignore[attr-defined, no-any-return]


class MutuallyExclusiveAuthError(AnthropicError):
    """Raised when more than one way to authenticate is given to a Foundry client."""

    def __init__(self, message: Optional[str] = None) -> None:
        super().__init__(
            message
            or "Pass only one of `api_key` and `azure_ad_token_provider` (or `auth_token` to `copy`):"
            " a Foundry client authenticates one way"
        )


def _unsupported(what: str) -> NotImplementedError:
    return NotImplementedError(f"{what} is not available in Microsoft Foundry; only the Messages API is")


class _StaticToken:
    """A token provider that always gives the same bearer token (`copy(auth_token=...)`)."""

    def __init__(self, token: str) -> None:
        self._token = token

    def __call__(self) -> str:
        return self._token

    def __repr__(self) -> str:
        return "_StaticToken(<redacted>)"


def _foundry_base_url(resource: Optional[str], base_url: Union[str, httpx.URL, None]) -> Union[str, httpx.URL]:
    if base_url is not None and resource is not None:
        raise ValueError("Pass either `resource` or `base_url` to a Foundry client, not both")
    if base_url is not None:
        return base_url
    if resource is not None:
        return f"https://{resource}.services.ai.azure.com/anthropic/"
    from_env = os.environ.get(BASE_URL_ENV)
    if from_env:
        return from_env
    resource = os.environ.get(RESOURCE_ENV)
    if resource:
        return f"https://{resource}.services.ai.azure.com/anthropic/"
    raise ValueError(
        "No Foundry endpoint: pass `resource` (the Foundry resource name) or `base_url`, or set the"
        f" {RESOURCE_ENV} or {BASE_URL_ENV} environment variable"
    )


def _resolve_auth(api_key: Optional[str], token_provider: Optional[Callable[..., Any]]) -> Optional[str]:
    if api_key is not None and token_provider is not None:
        raise MutuallyExclusiveAuthError()
    if api_key is None and token_provider is None:
        api_key = os.environ.get(API_KEY_ENV)
        if api_key is None:
            raise AnthropicError(
                "No credentials for Foundry: pass `api_key` or `azure_ad_token_provider`, or set the"
                f" {API_KEY_ENV} environment variable"
            )
    check_header_value(api_key, "api_key", env=API_KEY_ENV)
    return api_key


# ------------------------------------------------------------------------------ resources


class MessagesFoundry(Messages):
    """`client.messages` of a Foundry client: the Messages API, without batches."""

    @cached_property
    def batches(self) -> Any:
        raise _unsupported("The Message Batches API (`messages.batches`)")


class AsyncMessagesFoundry(AsyncMessages):
    """`client.messages` of an async Foundry client: the Messages API, without batches."""

    @cached_property
    def batches(self) -> Any:
        raise _unsupported("The Message Batches API (`messages.batches`)")


class BetaFoundryMessages(BetaMessages):
    """`client.beta.messages` of a Foundry client, without batches."""

    @cached_property
    def batches(self) -> Any:
        raise _unsupported("The Message Batches API (`beta.messages.batches`)")


class AsyncBetaFoundryMessages(AsyncBetaMessages):
    """`client.beta.messages` of an async Foundry client, without batches."""

    @cached_property
    def batches(self) -> Any:
        raise _unsupported("The Message Batches API (`beta.messages.batches`)")


class BetaFoundry(Beta):
    """`client.beta` of a Foundry client: only `beta.messages`."""

    @cached_property
    def messages(self) -> BetaFoundryMessages:
        return BetaFoundryMessages(self._client)

    @cached_property
    def models(self) -> Any:
        raise _unsupported("The Models API (`beta.models`)")

    @cached_property
    def files(self) -> Any:
        raise _unsupported("The Files API (`beta.files`)")

    @cached_property
    def skills(self) -> Any:
        raise _unsupported("The Skills API (`beta.skills`)")


class AsyncBetaFoundry(AsyncBeta):
    """`client.beta` of an async Foundry client: only `beta.messages`."""

    @cached_property
    def messages(self) -> AsyncBetaFoundryMessages:
        return AsyncBetaFoundryMessages(self._client)

    @cached_property
    def models(self) -> Any:
        raise _unsupported("The Models API (`beta.models`)")

    @cached_property
    def files(self) -> Any:
        raise _unsupported("The Files API (`beta.files`)")

    @cached_property
    def skills(self) -> Any:
        raise _unsupported("The Skills API (`beta.skills`)")


# ------------------------------------------------------------------------------ clients


class BaseFoundryClient(BaseClient[_HttpxClientT, _DefaultStreamT]):
    """What both Foundry clients share and which does no I/O: Azure authentication."""

    api_key: Optional[str]
    auth_token: Optional[str]
    _azure_ad_token_provider: Optional[Callable[[], Any]]

    @property
    def auth_headers(self) -> dict[str, str]:
        # The Entra ID token is added per request (see `_prepare_request`).
        if self.api_key is not None:
            return {API_KEY_HEADER: self.api_key}
        return {}

    def _validate_headers(self, headers: Mapping[str, Any], custom_headers: Mapping[str, Any]) -> None:
        if self._azure_ad_token_provider is not None:
            return
        present = {key.lower() for key, value in headers.items() if value}
        if API_KEY_HEADER in present or "authorization" in present:
            return
        omitted = {key.lower() for key, value in custom_headers.items() if isinstance(value, Omit)}
        omitted.update(key.lower() for key, value in self._custom_headers.items() if isinstance(value, Omit))
        if API_KEY_HEADER in omitted or "authorization" in omitted:
            return
        raise TypeError(
            "No credentials: the Foundry client has no `api_key` or `azure_ad_token_provider`. To send"
            f' requests without credentials, omit the header explicitly: `default_headers={{"{API_KEY_HEADER}": omit}}`.'
        )

    def _needs_token(self, request: httpx.Request) -> bool:
        # A request that already carries credentials (e.g. from `extra_headers`) is sent as it is.
        return (
            self._azure_ad_token_provider is not None
            and "authorization" not in request.headers
            and API_KEY_HEADER not in request.headers
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={str(self.base_url)!r}"
            f", api_key={'<redacted>' if self.api_key is not None else None!r}"
            f", azure_ad_token_provider={'set' if self._azure_ad_token_provider is not None else None!r}"
            f", max_retries={self.max_retries!r}, timeout={self.timeout!r})"
        )

    def _foundry_copy_arguments(
        self,
        *,
        api_key: Optional[str],
        azure_ad_token_provider: Optional[Callable[[], Any]],
        auth_token: Optional[str],
    ) -> dict[str, Any]:
        given = [value for value in (api_key, azure_ad_token_provider, auth_token) if value is not None]
        if len(given) > 1:
            raise MutuallyExclusiveAuthError()
        if auth_token is not None:
            return {"api_key": None, "azure_ad_token_provider": _StaticToken(auth_token)}
        if given:
            return {"api_key": api_key, "azure_ad_token_provider": azure_ad_token_provider}
        return {"api_key": self.api_key, "azure_ad_token_provider": self._azure_ad_token_provider}


def _check_token(token: Any) -> str:
    if not isinstance(token, str) or not token:
        raise AnthropicError(f"`azure_ad_token_provider` must return a non-empty string, not {type(token).__name__}")
    check_header_value(token, "the token `azure_ad_token_provider` returned")
    return token


class AnthropicFoundry(BaseFoundryClient[httpx.Client, Stream[Any]], Anthropic):
    """Client for Claude in Microsoft Foundry.

    The endpoint is `base_url`, else that of `resource`, else `ANTHROPIC_FOUNDRY_BASE_URL`,
    else that of `ANTHROPIC_FOUNDRY_RESOURCE`. Authentication is `api_key` (else
    `ANTHROPIC_FOUNDRY_API_KEY`) or `azure_ad_token_provider`, a function returning an
    Entra ID token, called for every request; giving both raises `MutuallyExclusiveAuthError`.
    """

    def __init__(
        self,
        *,
        resource: Optional[str] = None,
        api_key: Optional[str] = None,
        azure_ad_token_provider: Optional[AzureADTokenProvider] = None,
        base_url: Optional[str] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = not_given,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[httpx.Client] = None,
        _strict_response_validation: bool = False,
        stream_idle_timeout: Optional[float] = DEFAULT_STREAM_IDLE_TIMEOUT,
    ) -> None:
        self.api_key = _resolve_auth(api_key, azure_ad_token_provider)
        self.auth_token = None
        self._azure_ad_token_provider = azure_ad_token_provider
        # `Anthropic.__init__` is skipped: it would read the first-party API's environment.
        _base_client.SyncAPIClient.__init__(
            self,
            version=__version__,
            base_url=_foundry_base_url(resource, base_url),
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
    def messages(self) -> MessagesFoundry:
        """Send conversations to a model and read back its reply."""
        return MessagesFoundry(self)

    @cached_property
    def beta(self) -> BetaFoundry:
        """Beta features: only `beta.messages` in Foundry."""
        return BetaFoundry(self)

    @cached_property
    def models(self) -> Any:
        raise _unsupported("The Models API (`models`)")

    @cached_property
    def completions(self) -> Any:
        raise _unsupported("The Text Completions API (`completions`)")

    def _prepare_request(self, request: httpx.Request) -> None:
        if self._needs_token(request):
            provider = self._azure_ad_token_provider
            assert provider is not None
            request.headers["Authorization"] = "Bearer " + _check_token(provider())

    def copy(
        self,
        *,
        api_key: Optional[str] = None,
        azure_ad_token_provider: Optional[AzureADTokenProvider] = None,
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

        Credentials given here replace the old ones (`auth_token` is a fixed bearer token);
        `default_headers` / `default_query` are merged, the `set_` variants replace them.
        """
        arguments = self._copy_arguments(
            api_key=None,
            auth_token=None,
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
        del arguments["auth_token"]
        arguments.update(
            self._foundry_copy_arguments(
                api_key=api_key, azure_ad_token_provider=azure_ad_token_provider, auth_token=auth_token
            )
        )
        return type(self)(**arguments, **_extra_kwargs)

    # `client.with_options(timeout=10).messages.create(...)`
    with_options = copy


class AsyncAnthropicFoundry(BaseFoundryClient[httpx.AsyncClient, AsyncStream[Any]], AsyncAnthropic):
    """Asynchronous client for Claude in Microsoft Foundry (configured like `AnthropicFoundry`).

    `azure_ad_token_provider` may be a coroutine function or a plain function; a plain one
    is called in a worker thread, since getting a token can block.
    """

    def __init__(
        self,
        *,
        resource: Optional[str] = None,
        api_key: Optional[str] = None,
        azure_ad_token_provider: Optional[AsyncAzureADTokenProvider] = None,
        base_url: Optional[str] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = not_given,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[httpx.AsyncClient] = None,
        _strict_response_validation: bool = False,
        stream_idle_timeout: Optional[float] = DEFAULT_STREAM_IDLE_TIMEOUT,
    ) -> None:
        self.api_key = _resolve_auth(api_key, azure_ad_token_provider)
        self.auth_token = None
        self._azure_ad_token_provider = azure_ad_token_provider
        # `AsyncAnthropic.__init__` is skipped: it would read the first-party API's environment.
        _base_client.AsyncAPIClient.__init__(
            self,
            version=__version__,
            base_url=_foundry_base_url(resource, base_url),
            max_retries=max_retries,
            timeout=timeout,
            http_client=http_client,
            custom_headers=default_headers,
            custom_query=default_query,
            _strict_response_validation=_strict_response_validation,
            stream_idle_timeout=stream_idle_timeout,
        )
        self._default_stream_cls = AsyncStream

    @cached_property
    def messages(self) -> AsyncMessagesFoundry:
        """Send conversations to a model and read back its reply."""
        return AsyncMessagesFoundry(self)

    @cached_property
    def beta(self) -> AsyncBetaFoundry:
        """Beta features: only `beta.messages` in Foundry."""
        return AsyncBetaFoundry(self)

    @cached_property
    def models(self) -> Any:
        raise _unsupported("The Models API (`models`)")

    @cached_property
    def completions(self) -> Any:
        raise _unsupported("The Text Completions API (`completions`)")

    async def _prepare_request(self, request: httpx.Request) -> None:
        if not self._needs_token(request):
            return
        provider = self._azure_ad_token_provider
        assert provider is not None
        if isinstance(provider, _StaticToken):
            token: Any = provider()
        elif inspect.iscoroutinefunction(provider) or inspect.iscoroutinefunction(type(provider).__call__):
            token = await provider()
        else:
            token = await anyio.to_thread.run_sync(provider)
        if inspect.isawaitable(token):
            token = await token
        request.headers["Authorization"] = "Bearer " + _check_token(token)

    def copy(
        self,
        *,
        api_key: Optional[str] = None,
        azure_ad_token_provider: Optional[AsyncAzureADTokenProvider] = None,
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

        Credentials given here replace the old ones (`auth_token` is a fixed bearer token);
        `default_headers` / `default_query` are merged, the `set_` variants replace them.
        """
        arguments = self._copy_arguments(
            api_key=None,
            auth_token=None,
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
        del arguments["auth_token"]
        arguments.update(
            self._foundry_copy_arguments(
                api_key=api_key, azure_ad_token_provider=azure_ad_token_provider, auth_token=auth_token
            )
        )
        return type(self)(**arguments, **_extra_kwargs)

    # `client.with_options(timeout=10).messages.create(...)`
    with_options = copy
