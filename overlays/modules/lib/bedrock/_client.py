"""Clients for Claude on Amazon Bedrock: `AnthropicBedrock` and `AsyncAnthropicBedrock`.

They send the SDK's usual requests in Bedrock's shape: `POST /v1/messages` (and the legacy
`/v1/complete`) goes to `/model/{model}/invoke`, or `/invoke-with-response-stream` when
streaming, with `anthropic_version` in the body instead of a header and no `model` or
`stream` field. Each attempt of a request is signed with AWS Signature Version 4 right
before it is sent, and streamed answers are read from AWS's event-stream framing.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Optional, Union
from urllib.parse import quote

import anyio.to_thread
import httpx
from typing_extensions import Self

from ..._base_client import AsyncAPIClient, SyncAPIClient
from ..._compat import cached_property
from ..._constants import DEFAULT_MAX_RETRIES, DEFAULT_STREAM_IDLE_TIMEOUT
from ..._exceptions import AnthropicError
from ..._headers import check_header_value
from ..._logs import mask_secret
from ..._platform import async_library
from ..._request import FinalRequestOptions
from ..._types import NotGiven, Omit, not_given
from ..._version import __version__
from ._auth import AWSSigner, resolve_region
from ._stream import AsyncBedrockStream, BedrockStream, bedrock_stream_cls

if TYPE_CHECKING:
    from ...resources.beta.beta import AsyncBeta, Beta
    from ...resources.completions import AsyncCompletions, Completions
    from ...resources.messages.messages import AsyncMessages, Messages

__all__ = ["AnthropicBedrock", "AsyncAnthropicBedrock", "DEFAULT_VERSION"]

# The API version Bedrock expects in the body of every request.
DEFAULT_VERSION = "bedrock-2023-05-31"
BASE_URL_ENV = "ANTHROPIC_BEDROCK_BASE_URL"

# Paths of the SDK's requests that Bedrock serves through its invoke endpoints.
_INVOKE_PATHS = frozenset({"/v1/messages", "/v1/complete"})


def _default_base_url(region: str) -> str:
    return f"https://bedrock-runtime.{region}.amazonaws.com"


def _model_path(model: str, stream: bool) -> str:
    # A model can be an ARN ("arn:aws:bedrock:...:inference-profile/..."): its slashes must
    # not become path separators.
    action = "invoke-with-response-stream" if stream else "invoke"
    return f"/model/{quote(model, safe=':')}/{action}"


def _beta_values(headers: Any) -> Optional[list]:  # type: ignore[type-arg]
    if not isinstance(headers, Mapping):
        return None
    for name, value in headers.items():
        if name.lower() == "anthropic-beta" and isinstance(value, str) and value:
            return [item.strip() for item in value.split(",") if item.strip()]
    return None


def prepare_bedrock_options(options: FinalRequestOptions) -> FinalRequestOptions:
    """`options` rewritten into Bedrock's request shape (a new object; `options` is kept)."""
    path = options.url.split("?", 1)[0]
    method = options.method.lower()
    if path == "/v1/messages/count_tokens":
        raise AnthropicError("Token counting (`messages.count_tokens`) is not supported on Amazon Bedrock")
    if path.startswith("/v1/messages/batches"):
        raise AnthropicError("The Message Batches API (`messages.batches`) is not supported on Amazon Bedrock")

    changes: dict[str, Any] = {}
    body = options.json_data
    if isinstance(body, Mapping):
        body = dict(body)
        if isinstance(options.extra_json, Mapping):
            body.update(options.extra_json)
            changes["extra_json"] = None
        body.setdefault("anthropic_version", DEFAULT_VERSION)
        betas = _beta_values(options.headers)
        if betas:
            body.setdefault("anthropic_beta", betas)
        changes["json_data"] = body

    if method == "post" and path in _INVOKE_PATHS:
        if not isinstance(body, dict) or not body.get("model"):
            raise ValueError("A Bedrock request needs a `model` to know which endpoint to call")
        model = str(body.pop("model"))
        stream = bool(body.pop("stream", False))
        changes["url"] = _model_path(model, stream)
    return options.copy_with(**changes) if changes else options


class _BedrockConfig:
    """What both Bedrock clients share and which does no I/O."""

    aws_secret_key: Optional[str]
    aws_access_key: Optional[str]
    aws_region: str
    aws_profile: Optional[str]
    aws_session_token: Optional[str]
    _signer: AWSSigner
    _base_url_given: bool
    _custom_headers: dict[str, Any]
    _custom_query: dict[str, object]
    _client: Any
    _strict_response_validation: bool
    timeout: Union[float, httpx.Timeout, None]
    max_retries: int
    stream_idle_timeout: Optional[float]

    def _setup_aws(
        self,
        *,
        aws_secret_key: Optional[str],
        aws_access_key: Optional[str],
        aws_region: Optional[str],
        aws_profile: Optional[str],
        aws_session_token: Optional[str],
    ) -> str:
        if (aws_access_key is None) != (aws_secret_key is None):
            raise ValueError("`aws_access_key` and `aws_secret_key` must be given together")
        check_header_value(aws_access_key, "aws_access_key")
        check_header_value(aws_secret_key, "aws_secret_key")
        check_header_value(aws_session_token, "aws_session_token")
        self.aws_secret_key = aws_secret_key
        self.aws_access_key = aws_access_key
        self.aws_profile = aws_profile
        self.aws_session_token = aws_session_token
        self.aws_region = resolve_region(aws_region, aws_profile)
        self._signer = AWSSigner(
            region=self.aws_region,
            access_key=aws_access_key,
            secret_key=aws_secret_key,
            session_token=aws_session_token,
            profile=aws_profile,
        )
        return self.aws_region

    def _async_header(self) -> str:
        return "false"

    @property
    def default_headers(self) -> dict[str, Union[str, Omit]]:
        return {
            **super().default_headers,  # type: ignore[misc]
            "X-Stainless-Async": self._async_header(),
            **self._custom_headers,
        }

    def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        return prepare_bedrock_options(options)

    def _signs(self, request: httpx.Request) -> bool:
        # A request that already carries credentials (e.g. a Bedrock API key given as
        # `Authorization: Bearer ...` in `default_headers`) is sent as it is.
        return "authorization" not in request.headers

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={str(getattr(self, 'base_url', ''))!r}"
            f", aws_region={self.aws_region!r}, aws_profile={self.aws_profile!r}"
            f", aws_access_key={mask_secret(self.aws_access_key)!r}"
            f", aws_secret_key={mask_secret(self.aws_secret_key)!r}"
            f", aws_session_token={mask_secret(self.aws_session_token)!r}"
            f", max_retries={self.max_retries!r}, timeout={self.timeout!r})"
        )

    def _copy_arguments(
        self,
        *,
        aws_secret_key: Optional[str],
        aws_access_key: Optional[str],
        aws_region: Optional[str],
        aws_profile: Optional[str],
        aws_session_token: Optional[str],
        base_url: Union[str, httpx.URL, None],
        timeout: Union[float, httpx.Timeout, None, NotGiven],
        http_client: Any,
        max_retries: Union[int, NotGiven],
        default_headers: Optional[Mapping[str, str]],
        set_default_headers: Optional[Mapping[str, str]],
        default_query: Optional[Mapping[str, object]],
        set_default_query: Optional[Mapping[str, object]],
        stream_idle_timeout: Union[float, None, NotGiven] = not_given,
    ) -> dict[str, Any]:
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
        if aws_access_key is not None or aws_secret_key is not None:
            keys = (aws_access_key, aws_secret_key, aws_session_token)
        else:
            keys = (self.aws_access_key, self.aws_secret_key, aws_session_token or self.aws_session_token)
        if base_url is None and self._base_url_given:
            # An explicit base URL is kept; one derived from the region follows a new region.
            base_url = self.base_url  # type: ignore[attr-defined]
        return {
            "aws_access_key": keys[0],
            "aws_secret_key": keys[1],
            "aws_session_token": keys[2],
            "aws_region": aws_region or self.aws_region,
            "aws_profile": aws_profile or self.aws_profile,
            "base_url": base_url,
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


class AnthropicBedrock(_BedrockConfig, SyncAPIClient):
    """Client for Claude on Amazon Bedrock.

    The region is `aws_region`, else `AWS_REGION`, else the one boto3 finds for the profile
    (else us-east-1); the base URL is `base_url`, else `ANTHROPIC_BEDROCK_BASE_URL`, else the
    region's `bedrock-runtime` endpoint. Requests are signed with the given keys, else with
    the credentials boto3 finds (for `aws_profile` if given). Needs `anthropic[bedrock]`.
    """

    def __init__(
        self,
        aws_secret_key: Optional[str] = None,
        aws_access_key: Optional[str] = None,
        aws_region: Optional[str] = None,
        aws_profile: Optional[str] = None,
        aws_session_token: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = not_given,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[httpx.Client] = None,
        _strict_response_validation: bool = False,
        stream_idle_timeout: Optional[float] = DEFAULT_STREAM_IDLE_TIMEOUT,
    ) -> None:
        region = self._setup_aws(
            aws_secret_key=aws_secret_key,
            aws_access_key=aws_access_key,
            aws_region=aws_region,
            aws_profile=aws_profile,
            aws_session_token=aws_session_token,
        )
        self._base_url_given = base_url is not None
        if base_url is None:
            base_url = os.environ.get(BASE_URL_ENV) or _default_base_url(region)
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
        self._default_stream_cls = BedrockStream

    @cached_property
    def messages(self) -> Messages:
        """Send conversations to a model and read back its reply."""
        from ...resources.messages.messages import Messages

        return Messages(self)

    @cached_property
    def completions(self) -> Completions:
        """The legacy Text Completions API."""
        from ...resources.completions import Completions

        return Completions(self)

    @cached_property
    def beta(self) -> Beta:
        """Beta features (`beta.messages`); `betas=[...]` are sent in the body as Bedrock wants."""
        from ...resources.beta.beta import Beta

        return Beta(self)

    def _prepare_request(self, request: httpx.Request) -> None:
        if self._signs(request):
            self._signer.sign(request)

    def request(
        self,
        cast_to: Any,
        options: FinalRequestOptions,
        *,
        stream: bool = False,
        stream_cls: Any = None,
    ) -> Any:
        # Streams are read from Bedrock's event-stream framing, not server-sent events.
        return super().request(cast_to, options, stream=stream, stream_cls=bedrock_stream_cls(stream_cls))

    def copy(
        self,
        *,
        aws_secret_key: Optional[str] = None,
        aws_access_key: Optional[str] = None,
        aws_region: Optional[str] = None,
        aws_session_token: Optional[str] = None,
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
        aws_profile: Optional[str] = None,
    ) -> Self:
        """A new client with some settings changed (it shares this one's connection pool).

        `default_headers` / `default_query` are merged into this client's; the `set_`
        variants replace them. New keys replace the old ones (a session token is kept only
        with the keys it belongs to).
        """
        arguments = self._copy_arguments(
            aws_secret_key=aws_secret_key,
            aws_access_key=aws_access_key,
            aws_region=aws_region,
            aws_profile=aws_profile,
            aws_session_token=aws_session_token,
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


class AsyncAnthropicBedrock(_BedrockConfig, AsyncAPIClient):
    """Asynchronous client for Claude on Amazon Bedrock (configured like `AnthropicBedrock`)."""

    def __init__(
        self,
        aws_secret_key: Optional[str] = None,
        aws_access_key: Optional[str] = None,
        aws_region: Optional[str] = None,
        aws_profile: Optional[str] = None,
        aws_session_token: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = not_given,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[httpx.AsyncClient] = None,
        _strict_response_validation: bool = False,
        stream_idle_timeout: Optional[float] = DEFAULT_STREAM_IDLE_TIMEOUT,
    ) -> None:
        region = self._setup_aws(
            aws_secret_key=aws_secret_key,
            aws_access_key=aws_access_key,
            aws_region=aws_region,
            aws_profile=aws_profile,
            aws_session_token=aws_session_token,
        )
        self._base_url_given = base_url is not None
        if base_url is None:
            base_url = os.environ.get(BASE_URL_ENV) or _default_base_url(region)
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
        self._default_stream_cls = AsyncBedrockStream

    def _async_header(self) -> str:
        return "async:" + async_library()

    @cached_property
    def messages(self) -> AsyncMessages:
        """Send conversations to a model and read back its reply."""
        from ...resources.messages.messages import AsyncMessages

        return AsyncMessages(self)

    @cached_property
    def completions(self) -> AsyncCompletions:
        """The legacy Text Completions API."""
        from ...resources.completions import AsyncCompletions

        return AsyncCompletions(self)

    @cached_property
    def beta(self) -> AsyncBeta:
        """Beta features (`beta.messages`); `betas=[...]` are sent in the body as Bedrock wants."""
        from ...resources.beta.beta import AsyncBeta

        return AsyncBeta(self)

    async def _prepare_request(self, request: httpx.Request) -> None:
        if self._signs(request):
            signer = self._signer
            if signer.has_static_keys:
                signer.sign(request)
            else:
                # Finding or refreshing credentials can do I/O (files, STS, instance metadata).
                signer.sign(request, await anyio.to_thread.run_sync(signer.credentials))

    async def request(
        self,
        cast_to: Any,
        options: FinalRequestOptions,
        *,
        stream: bool = False,
        stream_cls: Any = None,
    ) -> Any:
        # Streams are read from Bedrock's event-stream framing, not server-sent events.
        return await super().request(cast_to, options, stream=stream, stream_cls=bedrock_stream_cls(stream_cls))

    def copy(
        self,
        *,
        aws_secret_key: Optional[str] = None,
        aws_access_key: Optional[str] = None,
        aws_region: Optional[str] = None,
        aws_session_token: Optional[str] = None,
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
        aws_profile: Optional[str] = None,
    ) -> Self:
        """A new client with some settings changed (it shares this one's connection pool).

        `default_headers` / `default_query` are merged into this client's; the `set_`
        variants replace them. New keys replace the old ones (a session token is kept only
        with the keys it belongs to).
        """
        arguments = self._copy_arguments(
            aws_secret_key=aws_secret_key,
            aws_access_key=aws_access_key,
            aws_region=aws_region,
            aws_profile=aws_profile,
            aws_session_token=aws_session_token,
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
