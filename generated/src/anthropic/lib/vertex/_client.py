"""Clients for Claude on Google Cloud Vertex AI: `AnthropicVertex` and `AsyncAnthropicVertex`.

They send the SDK's usual requests in Vertex AI's shape: `POST /v1/messages` goes to
`projects/{project}/locations/{region}/publishers/anthropic/models/{model}:rawPredict`
(`:streamRawPredict` when streaming) with `anthropic_version` in the body and no `model`
field, and token counting to the `count-tokens:rawPredict` model. Requests carry
`Authorization: Bearer` with the given access token, or with one from Google credentials
(given, or Application Default Credentials), refreshed when it expires.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Optional, Union, cast
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
from ..._streaming import AsyncStream, Stream
from ..._types import NotGiven, Omit, not_given
from ..._version import __version__
from ._auth import CredentialsHolder

if TYPE_CHECKING:
    from google.auth.credentials import Credentials as GoogleCredentials

    from ...resources.beta.beta import AsyncBeta, Beta
    from ...resources.messages.messages import AsyncMessages, Messages

__all__ = ["AnthropicVertex", "AsyncAnthropicVertex", "DEFAULT_VERSION"]

# The API version Vertex AI expects in the body of every request.
DEFAULT_VERSION = "vertex-2023-10-16"
REGION_ENV = "CLOUD_ML_REGION"
PROJECT_ENV = "ANTHROPIC_VERTEX_PROJECT_ID"
BASE_URL_ENV = "ANTHROPIC_VERTEX_BASE_URL"

_MESSAGES_PATH = "/v1/messages"
_COUNT_TOKENS_PATH = "/v1/messages/count_tokens"
_MISSING_PROJECT = (
    "No Google Cloud project for Vertex AI: pass `project_id` or set the"
    f" {PROJECT_ENV} environment variable (it could not be found from the credentials)"
)


def _default_base_url(region: str) -> str:
    if region == "global":
        return "https://aiplatform.googleapis.com/v1"
    return f"https://{region}-aiplatform.googleapis.com/v1"


def _resolve_region(region: Union[str, NotGiven]) -> str:
    if isinstance(region, str) and region:
        return region
    found = os.environ.get(REGION_ENV)
    if not found:
        raise ValueError(
            "No region for Vertex AI: pass `region` (e.g. region='us-east5' or 'global')"
            f" or set the {REGION_ENV} environment variable"
        )
    return found


def _resolve_project(project_id: Union[str, NotGiven]) -> Optional[str]:
    if isinstance(project_id, str) and project_id:
        return project_id
    return os.environ.get(PROJECT_ENV) or None


def _needs_project(options: FinalRequestOptions) -> bool:
    path = options.url.split("?", 1)[0]
    return options.method.lower() == "post" and path in (_MESSAGES_PATH, _COUNT_TOKENS_PATH)


def prepare_vertex_options(
    options: FinalRequestOptions, *, region: str, project_id: Optional[str]
) -> FinalRequestOptions:
    """`options` rewritten into Vertex AI's request shape (a new object; `options` is kept)."""
    path = options.url.split("?", 1)[0]
    method = options.method.lower()
    if path.startswith("/v1/messages/batches"):
        raise AnthropicError("The Message Batches API (`messages.batches`) is not supported on Vertex AI")

    changes: dict[str, Any] = {}
    body = options.json_data
    if isinstance(body, Mapping):
        body = dict(body)
        if isinstance(options.extra_json, Mapping):
            body.update(options.extra_json)
            changes["extra_json"] = None
        body.setdefault("anthropic_version", DEFAULT_VERSION)
        changes["json_data"] = body

    if method == "post" and path in (_MESSAGES_PATH, _COUNT_TOKENS_PATH):
        if project_id is None:
            raise AnthropicError(_MISSING_PROJECT)
        models = (
            f"/projects/{quote(project_id, safe='')}/locations/{quote(region, safe='')}/publishers/anthropic/models"
        )
        if path == _COUNT_TOKENS_PATH:
            changes["url"] = f"{models}/count-tokens:rawPredict"
        else:
            if not isinstance(body, dict) or not body.get("model"):
                raise ValueError("A Vertex AI request needs a `model` to know which endpoint to call")
            model = str(body.pop("model"))
            action = "streamRawPredict" if body.get("stream") else "rawPredict"
            changes["url"] = f"{models}/{quote(model, safe='@')}:{action}"
    return options.copy_with(**changes) if changes else options


class _VertexConfig:
    """What both Vertex AI clients share and which does no I/O."""

    access_token: Optional[str]
    _region: str
    _project_id: Optional[str]
    _credentials: CredentialsHolder
    _base_url_given: bool
    _custom_headers: dict[str, Any]
    _custom_query: dict[str, object]
    _client: Any
    _strict_response_validation: bool
    timeout: Union[float, httpx.Timeout, None]
    max_retries: int
    stream_idle_timeout: Optional[float]

    def _setup_google(
        self,
        *,
        region: Union[str, NotGiven],
        project_id: Union[str, NotGiven],
        access_token: Optional[str],
        credentials: Optional[GoogleCredentials],
    ) -> str:
        check_header_value(access_token, "access_token")
        self._region = _resolve_region(region)
        self._project_id = _resolve_project(project_id)
        self.access_token = access_token
        self._credentials = CredentialsHolder(credentials)
        return self._region

    @property
    def region(self) -> str:
        """The Google Cloud region requests go to (`global` for the global endpoint)."""
        return self._region

    @property
    def project_id(self) -> Optional[str]:
        """The Google Cloud project (None until it is found from the credentials)."""
        return self._project_id

    @property
    def credentials(self) -> Optional[GoogleCredentials]:
        """The Google credentials in use (None with an `access_token`, or before first use)."""
        return cast("Optional[GoogleCredentials]", self._credentials.credentials)

    def _async_header(self) -> str:
        return "false"

    @property
    def default_headers(self) -> dict[str, Union[str, Omit]]:
        return {
            **super().default_headers,  # type: ignore[misc]
            "X-Stainless-Async": self._async_header(),
            **self._custom_headers,
        }

    def _rewrite(self, options: FinalRequestOptions) -> FinalRequestOptions:
        return prepare_vertex_options(options, region=self._region, project_id=self._project_id)

    def _must_find_project(self, options: FinalRequestOptions) -> bool:
        return self._project_id is None and self.access_token is None and _needs_project(options)

    def _load_project(self) -> None:
        """Take the project from the credentials (finding them if none were given). Blocks."""
        _, project_id = self._credentials.load()
        if self._project_id is None and project_id:
            self._project_id = project_id

    def _must_authorize(self, request: httpx.Request) -> bool:
        # A request that already carries credentials (e.g. from `extra_headers`) is sent as it is.
        return "authorization" not in request.headers

    def _token_now(self) -> Optional[str]:
        """The token to send if it is at hand without I/O, else None."""
        if self.access_token is not None:
            return self.access_token
        if self._credentials.needs_refresh():
            return None
        return str(self._credentials.credentials.token)

    def _token(self) -> str:
        """A current token; may block to find or refresh credentials."""
        if self.access_token is not None:
            return self.access_token
        return self._credentials.token()

    def __repr__(self) -> str:
        credentials = self._credentials.credentials
        return (
            f"{type(self).__name__}(base_url={str(getattr(self, 'base_url', ''))!r}"
            f", region={self._region!r}, project_id={self._project_id!r}"
            f", access_token={mask_secret(self.access_token)!r}"
            f", credentials={None if credentials is None else type(credentials).__name__}"
            f", max_retries={self.max_retries!r}, timeout={self.timeout!r})"
        )

    def _copy_arguments(
        self,
        *,
        region: Union[str, NotGiven],
        project_id: Union[str, NotGiven],
        access_token: Optional[str],
        credentials: Optional[GoogleCredentials],
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
        if access_token is None and credentials is None:
            access_token, credentials = self.access_token, self._credentials.credentials
        if base_url is None and self._base_url_given:
            # An explicit base URL is kept; one derived from the region follows a new region.
            base_url = self.base_url  # type: ignore[attr-defined]
        return {
            "region": region if isinstance(region, str) else self._region,
            "project_id": project_id if isinstance(project_id, str) else (self._project_id or not_given),
            "access_token": access_token,
            "credentials": credentials,
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


class AnthropicVertex(_VertexConfig, SyncAPIClient):
    """Client for Claude on Google Cloud Vertex AI.

    The region is `region`, else `CLOUD_ML_REGION` (required); the project is `project_id`,
    else `ANTHROPIC_VERTEX_PROJECT_ID`, else the credentials' project. Requests are
    authorized with `access_token` if given, else with `credentials`, else with Application
    Default Credentials (the latter two need `anthropic[vertex]`). The base URL is
    `base_url`, else `ANTHROPIC_VERTEX_BASE_URL`, else the region's Vertex AI endpoint.
    """

    def __init__(
        self,
        *,
        region: Union[str, NotGiven] = not_given,
        project_id: Union[str, NotGiven] = not_given,
        access_token: Optional[str] = None,
        credentials: Optional[GoogleCredentials] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = not_given,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[httpx.Client] = None,
        _strict_response_validation: bool = False,
        stream_idle_timeout: Optional[float] = DEFAULT_STREAM_IDLE_TIMEOUT,
    ) -> None:
        region_name = self._setup_google(
            region=region, project_id=project_id, access_token=access_token, credentials=credentials
        )
        self._base_url_given = base_url is not None
        if base_url is None:
            base_url = os.environ.get(BASE_URL_ENV) or _default_base_url(region_name)
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
    def messages(self) -> Messages:
        """Send conversations to a model and read back its reply."""
        from ...resources.messages.messages import Messages

        return Messages(self)

    @cached_property
    def beta(self) -> Beta:
        """Beta features (`beta.messages`)."""
        from ...resources.beta.beta import Beta

        return Beta(self)

    def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        if self._must_find_project(options):
            self._load_project()
        return self._rewrite(options)

    def _prepare_request(self, request: httpx.Request) -> None:
        if self._must_authorize(request):
            request.headers["Authorization"] = "Bearer " + self._token()

    def copy(
        self,
        *,
        region: Union[str, NotGiven] = not_given,
        project_id: Union[str, NotGiven] = not_given,
        access_token: Optional[str] = None,
        credentials: Optional[GoogleCredentials] = None,
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
        variants replace them. A new `access_token` or `credentials` replaces both old ones.
        """
        arguments = self._copy_arguments(
            region=region,
            project_id=project_id,
            access_token=access_token,
            credentials=credentials,
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


class AsyncAnthropicVertex(_VertexConfig, AsyncAPIClient):
    """Asynchronous client for Claude on Google Cloud Vertex AI (configured like `AnthropicVertex`).

    Finding and refreshing Google credentials blocks, so it runs in a worker thread.
    """

    def __init__(
        self,
        *,
        region: Union[str, NotGiven] = not_given,
        project_id: Union[str, NotGiven] = not_given,
        access_token: Optional[str] = None,
        credentials: Optional[GoogleCredentials] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = not_given,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[httpx.AsyncClient] = None,
        _strict_response_validation: bool = False,
        stream_idle_timeout: Optional[float] = DEFAULT_STREAM_IDLE_TIMEOUT,
    ) -> None:
        region_name = self._setup_google(
            region=region, project_id=project_id, access_token=access_token, credentials=credentials
        )
        self._base_url_given = base_url is not None
        if base_url is None:
            base_url = os.environ.get(BASE_URL_ENV) or _default_base_url(region_name)
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
    def messages(self) -> AsyncMessages:
        """Send conversations to a model and read back its reply."""
        from ...resources.messages.messages import AsyncMessages

        return AsyncMessages(self)

    @cached_property
    def beta(self) -> AsyncBeta:
        """Beta features (`beta.messages`)."""
        from ...resources.beta.beta import AsyncBeta

        return AsyncBeta(self)

    async def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:  # type: ignore[override]
        if self._must_find_project(options):
            await anyio.to_thread.run_sync(self._load_project)
        return self._rewrite(options)

    async def _prepare_request(self, request: httpx.Request) -> None:
        if not self._must_authorize(request):
            return
        token = self._token_now()
        if token is None:
            token = await anyio.to_thread.run_sync(self._token)
        request.headers["Authorization"] = "Bearer " + token

    def copy(
        self,
        *,
        region: Union[str, NotGiven] = not_given,
        project_id: Union[str, NotGiven] = not_given,
        access_token: Optional[str] = None,
        credentials: Optional[GoogleCredentials] = None,
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
        variants replace them. A new `access_token` or `credentials` replaces both old ones.
        """
        arguments = self._copy_arguments(
            region=region,
            project_id=project_id,
            access_token=access_token,
            credentials=credentials,
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
