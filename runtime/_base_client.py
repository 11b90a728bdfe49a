"""The generic API client.

`BaseClient` holds everything that does no I/O: it resolves URLs, headers, timeouts and
bodies into an `httpx.Request`, and decides about retries. `SyncAPIClient` and
`AsyncAPIClient` add only the control flow (send, retry, sleep, parse) around it.

Hooks for subclasses (the cloud-provider clients): `_prepare_options` (rewrite a request
before anything is built, e.g. its URL), `_prepare_request` (touch the final
`httpx.Request`, e.g. to sign it), `auth_headers` / `custom_auth`, `default_headers`,
`_validate_headers`, `_make_status_error`.

Each request is sent as an `httpx.Request` built here and passed to the httpx client's
`send()`, so the httpx client's own defaults (headers, query parameters, cookies, auth and
event hooks) still apply.
"""

from __future__ import annotations

from collections.abc import Mapping

# The sync client is generated from the async one (python -m generator unasync).
# unasync: rename AsyncHttpxClientWrapper=SyncHttpxClientWrapper, AsyncAPIClient=SyncAPIClient
from time import sleep
from types import TracebackType
from typing import (
    TYPE_CHECKING,
    Any,
    Dict,
    Generic,
    List,
    Optional,
    Tuple,
    Type,
    TypeVar,
    Union,
    cast,
    overload,
)

import httpx
from typing_extensions import Literal, Self

from ._constants import (
    DEFAULT_CONNECTION_LIMITS,
    DEFAULT_MAX_RETRIES,
    DEFAULT_STREAM_IDLE_TIMEOUT,
    DEFAULT_TIMEOUT,
    INITIAL_RETRY_DELAY,
    MAX_RETRY_DELAY,
    OVERRIDE_CAST_TO_HEADER,
    RAW_RESPONSE_HEADER,
)
from ._errors import (
    DEFAULT_STATUS_ERRORS,
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    StatusErrorTable,
    describe_error_response,
    make_status_error,
    transport_error,
)
from ._files import async_to_httpx_files, to_httpx_files
from ._headers import check_headers
from ._legacy_response import LegacyAPIResponse
from ._logs import SENSITIVE_HEADERS, debug_enabled, logger, redact_headers, setup_logging
from ._platform import platform_headers
from ._qs import Querystring
from ._request import FinalRequestOptions, encode_json, multipart_fields
from ._response import APIResponse, AsyncAPIResponse, parse_response
from ._retries import retry_delay, should_retry_response
from ._settings import PLATFORM_HEADER_PREFIX
from ._transport import AsyncHttpxClientWrapper, DefaultAsyncHttpxClient, DefaultHttpxClient, SyncHttpxClientWrapper
from ._types import Body, NotGiven, Omit, RequestFiles, RequestOptions, not_given


async def async_sleep(seconds: float) -> None:
    """`anyio.sleep`, imported only when an async client first waits to retry."""
    from anyio import sleep as anyio_sleep

    await anyio_sleep(seconds)


if TYPE_CHECKING:
    from ._pagination import AsyncPaginator as AsyncPaginator
    from ._streaming import AsyncStream, Stream

__all__ = [
    "BaseClient",
    "SyncAPIClient",
    "AsyncAPIClient",
    "DefaultHttpxClient",
    "DefaultAsyncHttpxClient",
    "DEFAULT_TIMEOUT",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_CONNECTION_LIMITS",
]

_HttpxClientT = TypeVar("_HttpxClientT", bound=Union[httpx.Client, httpx.AsyncClient])
ResponseT = TypeVar("ResponseT")
_StreamT = TypeVar("_StreamT", bound="Stream[Any]")
_AsyncStreamT = TypeVar("_AsyncStreamT", bound="AsyncStream[Any]")
_DefaultStreamT = TypeVar("_DefaultStreamT")
_PageT = TypeVar("_PageT")

# httpx's own default timeout: a client that still has it did not choose one.
HTTPX_DEFAULT_TIMEOUT = httpx.Timeout(5.0)

# Request headers the client sets itself on every attempt, unless the caller set or
# removed them (`extra_headers={"<prefix>retry-count": omit}`, with the platform prefix).
RETRY_COUNT_HEADER = (PLATFORM_HEADER_PREFIX + "Retry-Count").lower()
TIMEOUT_HEADER = (PLATFORM_HEADER_PREFIX + "Timeout").lower()
_INTERNAL_HEADERS = frozenset({RAW_RESPONSE_HEADER.lower(), OVERRIDE_CAST_TO_HEADER.lower()})
_URL_CACHE_SIZE = 512
# The default `options` of get/post/...: read, never modified.
_NO_OPTIONS: RequestOptions = {}

# Redirects: the statuses followed, and the headers never sent to another origin (scheme,
# host, port) than the one the request was made to.
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_CROSS_ORIGIN_DROPPED = frozenset({*SENSITIVE_HEADERS, "cookie"})
_DEFAULT_PORTS = {"http": 80, "https": 443}


def _origin(url: httpx.URL) -> Tuple[str, str, Optional[int]]:
    return (url.scheme, url.host, url.port or _DEFAULT_PORTS.get(url.scheme))


class _ForceMultipart(dict):  # type: ignore[type-arg]
    """An empty `files` that still makes httpx encode the body as multipart/form-data."""

    def __bool__(self) -> bool:
        return True


def _form_data(body: Mapping[str, Any]) -> Dict[str, Any]:
    """The non-file fields of a multipart body as httpx wants them: {name: value or [values]}."""
    data: Dict[str, Any] = {}
    for name, value in multipart_fields(body):
        if name in data:
            previous = data[name]
            data[name] = [*previous, value] if isinstance(previous, list) else [previous, value]
        else:
            data[name] = value
    return data


def _names_header(headers: object, name: str) -> bool:
    return isinstance(headers, Mapping) and any(key.lower() == name for key in headers)


class _Body:
    """A request body resolved once and reused by every attempt."""

    __slots__ = ("content", "data", "files")

    def __init__(self, content: Any = None, data: Any = None, files: Any = None) -> None:
        self.content = content
        self.data = data
        self.files = files


class BaseClient(Generic[_HttpxClientT, _DefaultStreamT]):
    """Request building, header merging and retry decisions, with no I/O."""

    _client: _HttpxClientT
    _version: str
    max_retries: int
    timeout: Union[float, httpx.Timeout, None]
    _strict_response_validation: bool
    _idempotency_header: Optional[str] = None
    _default_stream_cls: Optional[Type[Any]] = None
    # Seconds a stream may receive nothing but keep-alive events (None: no limit).
    stream_idle_timeout: Optional[float]
    # Which exception an error answer becomes; the generated client sets the API's table.
    _status_errors: StatusErrorTable = DEFAULT_STATUS_ERRORS

    def __init__(
        self,
        *,
        version: str,
        base_url: Union[str, httpx.URL],
        _strict_response_validation: bool,
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: Union[float, httpx.Timeout, None] = DEFAULT_TIMEOUT,
        custom_headers: Optional[Mapping[str, Any]] = None,
        custom_query: Optional[Mapping[str, object]] = None,
        stream_idle_timeout: Optional[float] = DEFAULT_STREAM_IDLE_TIMEOUT,
    ) -> None:
        if max_retries is None:
            raise TypeError("max_retries cannot be None: pass 0 to disable retries")
        if stream_idle_timeout is not None and not stream_idle_timeout > 0:
            raise ValueError("stream_idle_timeout must be a positive number of seconds, or None to disable it")
        check_headers(custom_headers, "default_headers")
        self.stream_idle_timeout = stream_idle_timeout
        self._version = version
        self._set_base_url(base_url)
        self.max_retries = max_retries
        self.timeout = timeout
        self._custom_headers = dict(custom_headers or {})
        self._custom_query = dict(custom_query or {})
        self._strict_response_validation = _strict_response_validation
        self._url_cache: Dict[str, httpx.URL] = {}
        self._httpx_headers: Tuple[Any, List[Tuple[str, str]]] = (None, [])

    # ---------------------------------------------------------------- configuration

    def _set_base_url(self, url: Union[str, httpx.URL]) -> None:
        parsed = self._enforce_trailing_slash(url if isinstance(url, httpx.URL) else httpx.URL(url))
        self._base_url = parsed
        text = str(parsed)
        self._base_url_text = text if text.endswith("/") else text + "/"
        self._url_cache = {}

    @staticmethod
    def _enforce_trailing_slash(url: httpx.URL) -> httpx.URL:
        if url.raw_path.endswith(b"/"):
            return url
        return url.copy_with(raw_path=url.raw_path + b"/")

    @property
    def base_url(self) -> httpx.URL:
        return self._base_url

    @base_url.setter
    def base_url(self, url: Union[httpx.URL, str]) -> None:
        self._set_base_url(url)

    @property
    def qs(self) -> Querystring:
        return Querystring()

    @property
    def custom_auth(self) -> Optional[httpx.Auth]:
        """An httpx auth flow applied to every request (none by default)."""
        return None

    @property
    def auth_headers(self) -> Dict[str, str]:
        """The headers that authenticate a request (none here; see the API client)."""
        return {}

    @property
    def user_agent(self) -> str:
        return f"{type(self).__name__}/Python {self._version}"

    def platform_headers(self) -> Dict[str, str]:
        return dict(platform_headers(self._version))

    @property
    def default_headers(self) -> Dict[str, Union[str, Omit]]:
        return {
            "Accept": "application/json",
            "Content-Type": "application/json",
            "User-Agent": self.user_agent,
            **platform_headers(self._version),
            **self.auth_headers,
            **self._custom_headers,
        }

    @property
    def default_query(self) -> Dict[str, object]:
        return {**self._custom_query}

    def _validate_headers(self, headers: Mapping[str, Any], custom_headers: Mapping[str, Any]) -> None:
        """Raise when the request cannot be sent as built (e.g. no credentials). Hook."""

    # ---------------------------------------------------------------- request building

    def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        """Hook: rewrite the options of a request before it is built (it is a private copy)."""
        return options

    def _prepare_request(self, request: httpx.Request) -> object:
        """Hook: adjust the final `httpx.Request` of each attempt (e.g. sign it). The async
        client also awaits what it returns, so an override may be a coroutine function."""
        return None

    def _client_header_items(self) -> List[Tuple[str, str]]:
        """The httpx client's own default headers, decoded once per change."""
        headers = self._client.headers
        raw = headers.raw
        cached_raw, items = self._httpx_headers
        if cached_raw != raw:
            items = [(key.decode("latin-1"), value.decode("latin-1")) for key, value in raw]
            self._httpx_headers = (raw, items)
        return items

    def _build_headers(self, options: FinalRequestOptions, *, retries_taken: int = 0) -> Dict[str, str]:
        """The headers of one attempt: httpx client defaults < client defaults < the request's.

        Names are compared case-insensitively; an `omit` value removes the header.
        """
        headers: Dict[str, Any] = {}
        names: Dict[str, str] = {}  # lower-cased name -> name as stored
        for key, value in self._client_header_items():
            lower = key.lower()
            previous = names.get(lower)
            if previous is not None:
                del headers[previous]
            headers[key] = value
            names[lower] = key
        custom = options.headers
        custom_names: Dict[str, Any] = {}
        sources: Tuple[Optional[Mapping[str, Union[str, Omit]]], ...] = (
            self.default_headers,
            custom if custom else None,
        )
        for source in sources:
            if not source:
                continue
            is_custom = source is custom
            for name, given in source.items():
                lower = name.lower()
                if is_custom:
                    if lower in _INTERNAL_HEADERS:
                        continue
                    custom_names[lower] = given
                previous = names.pop(lower, None)
                if previous is not None:
                    del headers[previous]
                if isinstance(given, Omit):
                    continue
                headers[name] = given
                names[lower] = name
        self._validate_headers(headers, custom if custom else {})
        if RETRY_COUNT_HEADER not in custom_names:
            headers[RETRY_COUNT_HEADER] = str(retries_taken)
        if TIMEOUT_HEADER not in custom_names:
            timeout = self.timeout if options.timeout is not_given else options.timeout
            if isinstance(timeout, httpx.Timeout):
                timeout = timeout.read
            if timeout is not None:
                headers[TIMEOUT_HEADER] = str(timeout)
        idempotency_header = self._idempotency_header
        if idempotency_header and options.idempotency_key and idempotency_header.lower() not in names:
            headers[idempotency_header] = options.idempotency_key
        return headers

    def _build_url(self, options: FinalRequestOptions) -> httpx.URL:
        url = options.url
        if url.startswith(("http://", "https://")):
            text = url
        else:
            text = self._base_url_text + (url[1:] if url.startswith("/") else url)
        params = options.params
        custom_query = self._custom_query
        client_params = self._client.params
        if params or custom_query or client_params:
            merged: Dict[str, Any] = {}
            if client_params:
                merged.update(client_params.multi_items())
            if custom_query:
                merged.update(custom_query)
            if params:
                merged.update(params)
            query = self.qs.stringify({k: v for k, v in merged.items() if not isinstance(v, (Omit, NotGiven))})
            if query:
                text = f"{text}{'&' if '?' in text else '?'}{query}"
        cached = self._url_cache.get(text)
        if cached is None:
            if len(self._url_cache) >= _URL_CACHE_SIZE:
                self._url_cache.clear()
            cached = self._url_cache[text] = httpx.URL(text)
        return cached

    def _timeout_extension(self, options: FinalRequestOptions) -> Dict[str, Optional[float]]:
        chosen = self.timeout if isinstance(options.timeout, NotGiven) else options.timeout
        timeout = chosen if isinstance(chosen, httpx.Timeout) else httpx.Timeout(chosen)
        return timeout.as_dict()

    def _build_body(self, options: FinalRequestOptions) -> _Body:
        """The body of a request, resolved once for all its attempts."""
        json_data = options.json_data
        extra_json = options.extra_json
        if extra_json is not None:
            json_data = {**json_data, **extra_json} if isinstance(json_data, Mapping) else extra_json
        files = options.files
        headers = options.headers
        content_type = None
        if headers:
            content_type = headers.get("Content-Type") or headers.get("content-type")
        if files is not None or (isinstance(content_type, str) and content_type.startswith("multipart/form-data")):
            if json_data is not None and not isinstance(json_data, Mapping):
                raise TypeError(f"A multipart/form-data body must be a mapping, not {type(json_data).__name__}")
            return _Body(data=_form_data(json_data) if json_data else None, files=files or _ForceMultipart())
        if options.content is not None:
            return _Body(content=options.content)
        if json_data is not None:
            return _Body(content=encode_json(json_data))
        return _Body()

    def _build_request(
        self, options: FinalRequestOptions, *, retries_taken: int = 0, body: Optional[_Body] = None
    ) -> httpx.Request:
        """The `httpx.Request` of one attempt."""
        if body is None:
            body = self._build_body(options)
        headers = self._build_headers(options, retries_taken=retries_taken)
        if body.files is not None:
            # httpx writes the multipart content type with its boundary, unless one is given.
            for key in [k for k in headers if k.lower() == "content-type"]:
                if "boundary" not in str(headers[key]):
                    del headers[key]
        elif options.method.lower() == "get" and not _names_header(options.headers, "content-type"):
            # A GET has no body to describe: the default JSON content type is not sent.
            for key in [k for k in headers if k.lower() == "content-type"]:
                del headers[key]
        request = httpx.Request(
            options.method.upper(),
            self._build_url(options),
            headers=headers,
            content=body.content,
            data=body.data,
            files=body.files,
            extensions={"timeout": self._timeout_extension(options)},
        )
        cookies = self._client.cookies
        if cookies:
            cookies.set_cookie_header(request)
        return request

    # ---------------------------------------------------------------- retries and errors

    def _should_retry(self, response: httpx.Response) -> bool:
        return should_retry_response(response.status_code, response.headers)

    def _calculate_retry_timeout(self, retries_taken: int, headers: Optional[httpx.Headers] = None) -> float:
        """Seconds to wait before the attempt following `retries_taken` retries."""
        return retry_delay(retries_taken, headers, initial=INITIAL_RETRY_DELAY, maximum=MAX_RETRY_DELAY)

    def _make_status_error(self, err_msg: str, *, body: object, response: httpx.Response) -> APIStatusError:
        return make_status_error(err_msg, body=body, response=response, table=self._status_errors)

    def _make_status_error_from_response(self, response: httpx.Response) -> APIStatusError:
        message, body = describe_error_response(response)
        return self._make_status_error(message, body=body, response=response)

    def _response_wrapper(self, options: FinalRequestOptions, streamed: Type[Any]) -> Optional[Type[Any]]:
        """The response class a `.with_raw_response` / `.with_streaming_response` call wants
        (`streamed` is the client's own streamed-response class)."""
        headers = options.headers
        if not headers:
            return None
        mode = headers.get(RAW_RESPONSE_HEADER)
        if mode is None:
            return None
        override = headers.get(OVERRIDE_CAST_TO_HEADER)
        if override is not None:
            return cast(Type[Any], override)
        if mode == "stream":
            return streamed
        return LegacyAPIResponse

    def _streams_body(self, options: FinalRequestOptions) -> bool:
        headers = options.headers
        return bool(headers) and headers.get(RAW_RESPONSE_HEADER) == "stream"  # type: ignore[union-attr]

    # ---------------------------------------------------------------- redirects and streams

    def _follows_redirects(self, options: FinalRequestOptions) -> bool:
        follow = options.follow_redirects
        return bool(self._client.follow_redirects if follow is None else follow)

    def _redirect_request(self, request: httpx.Request, response: httpx.Response) -> httpx.Request:
        """The request that follows the redirect `response` to `request`.

        Credentials never follow a redirect to another origin (scheme, host or port): the
        headers that carry them (`SENSITIVE_HEADERS`, and cookies) are dropped, so the
        request reaches the new origin without them (where it fails with 401 if it needed
        them) instead of handing the caller's key to a host they never named. Redirects to
        anything but http(s) are refused.
        """
        location = response.headers["location"]
        try:
            url = request.url.join(location)
        except httpx.InvalidURL as err:
            raise APIConnectionError(message="Refused a redirect to an invalid URL.", request=request) from err
        if url.scheme not in _DEFAULT_PORTS:
            raise APIConnectionError(message=f"Refused a redirect to a {url.scheme!r} URL.", request=request)
        if not url.fragment and request.url.fragment:
            url = url.copy_with(fragment=request.url.fragment)
        method = request.method
        status = response.status_code
        if (status == 303 and method != "HEAD") or (status in (301, 302) and method == "POST"):
            method = "GET"
        headers = httpx.Headers(request.headers)
        # (httpx fills in Host itself only for a request built without a body stream.)
        headers["Host"] = url.netloc.decode("ascii")
        if _origin(url) != _origin(request.url):
            for name in [name for name in headers if name.lower() in _CROSS_ORIGIN_DROPPED]:
                del headers[name]
        stream: Any = request.stream
        if method != request.method:
            stream = None
            for name in ("content-length", "transfer-encoding", "content-type"):
                headers.pop(name, None)
        redirected = httpx.Request(method, url, headers=headers, stream=stream, extensions=request.extensions)
        cookies = self._client.cookies
        if cookies:
            cookies.set_cookie_header(redirected)
        return redirected

    def _too_many_redirects(self, request: httpx.Request) -> APIConnectionError:
        return APIConnectionError(
            message=f"Too many redirects (more than {self._client.max_redirects}); the last one was not followed.",
            request=request,
        )

    def _cap_read_timeout(self, request: httpx.Request) -> None:
        """A stream waits for each read at most `stream_idle_timeout` seconds: a stream that
        goes silent fails as one that only sends keep-alive events does."""
        idle = self.stream_idle_timeout
        timeout = request.extensions.get("timeout")
        if idle is None or not isinstance(timeout, dict):
            return
        read = timeout.get("read")
        if read is None or read > idle:
            request.extensions["timeout"] = {**timeout, "read": idle}

    # ---------------------------------------------------------------- misc

    def _log_request(self, options: FinalRequestOptions, request: httpx.Request, retries_taken: int) -> None:
        logger.debug(
            "Request: %s %s (attempt %d) headers=%s",
            request.method,
            request.url,
            retries_taken + 1,
            redact_headers(dict(request.headers)),
        )

    def _idempotency_key(self) -> str:
        import uuid

        return f"stainless-python-retry-{uuid.uuid4()}"

    def _prepare_idempotency(self, options: FinalRequestOptions) -> FinalRequestOptions:
        if self._idempotency_header and options.method.lower() != "get" and not options.idempotency_key:
            return options.copy_with(idempotency_key=self._idempotency_key())
        return options


class SyncAPIClient(BaseClient[httpx.Client, "Stream[Any]"]):
    # unasync: twin api-client
    """Sends requests with an `httpx.Client`, retrying as the policy says."""

    _client: httpx.Client

    def __init__(
        self,
        *,
        version: str,
        base_url: Union[str, httpx.URL],
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = not_given,
        http_client: Optional[httpx.Client] = None,
        custom_headers: Optional[Mapping[str, Any]] = None,
        custom_query: Optional[Mapping[str, object]] = None,
        _strict_response_validation: bool,
        stream_idle_timeout: Optional[float] = DEFAULT_STREAM_IDLE_TIMEOUT,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            expected = httpx.Client.__name__
            raise TypeError(f"Invalid `http_client`: expected an `httpx.{expected}`, got {type(http_client).__name__}")
        if timeout is not_given:
            if http_client is not None and http_client.timeout != HTTPX_DEFAULT_TIMEOUT:
                timeout = http_client.timeout
            else:
                timeout = DEFAULT_TIMEOUT
        super().__init__(
            version=version,
            base_url=base_url,
            max_retries=max_retries,
            timeout=timeout,  # type: ignore[arg-type]
            custom_headers=custom_headers,
            custom_query=custom_query,
            _strict_response_validation=_strict_response_validation,
            stream_idle_timeout=stream_idle_timeout,
        )
        self._client = http_client or SyncHttpxClientWrapper(timeout=timeout)
        setup_logging()

    def is_closed(self) -> bool:
        return self._client.is_closed

    def close(self) -> None:
        """Close the connections (only those of the httpx client; it may be shared)."""
        if hasattr(self, "_client"):
            self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        self.close()

    def _sleep(self, seconds: float) -> None:
        sleep(seconds)

    def _send_following(self, request: httpx.Request, stream: bool, follow: bool) -> httpx.Response:
        """Send `request`, following redirects (when `follow`) with `_redirect_request`."""
        auth = self.custom_auth or httpx.USE_CLIENT_DEFAULT
        response = self._client.send(request, stream=stream, auth=auth, follow_redirects=False)
        hops = 0
        while follow and response.status_code in _REDIRECT_STATUSES and "location" in response.headers:
            response.close()
            if hops >= self._client.max_redirects:
                raise self._too_many_redirects(request)
            hops += 1
            request = self._redirect_request(request, response)
            response = self._client.send(request, stream=stream, auth=auth, follow_redirects=False)
        return response

    def request(
        self,
        cast_to: Any,
        options: FinalRequestOptions,
        *,
        stream: bool = False,
        stream_cls: Any = None,
    ) -> Any:
        options = self._prepare_idempotency(self._prepare_options(options.copy_with()))
        if options.headers:
            check_headers(options.headers, "extra_headers")
        body = self._build_body(options)
        max_retries = options.get_max_retries(self.max_retries)
        send_stream = stream or self._streams_body(options)
        follow = self._follows_redirects(options)
        retries_taken = 0
        while True:
            request = self._build_request(options, retries_taken=retries_taken, body=body)
            self._prepare_request(request)
            if stream:
                self._cap_read_timeout(request)
            if debug_enabled():
                self._log_request(options, request, retries_taken)
            try:
                response = self._send_following(request, send_stream, follow)
            except APIError:
                raise
            except httpx.TimeoutException as err:
                if retries_taken < max_retries:
                    self._sleep(self._calculate_retry_timeout(retries_taken))
                    retries_taken += 1
                    continue
                raise (transport_error(err, request) or APITimeoutError(request=request)) from err
            except Exception as err:
                if retries_taken < max_retries:
                    self._sleep(self._calculate_retry_timeout(retries_taken))
                    retries_taken += 1
                    continue
                raise APIConnectionError(request=request) from err
            status = response.status_code
            if status >= 300 or status < 200:
                if retries_taken < max_retries and self._should_retry(response):
                    response.close()
                    self._sleep(self._calculate_retry_timeout(retries_taken, response.headers))
                    retries_taken += 1
                    continue
                if not response.is_closed:
                    try:
                        response.read()
                    except Exception as err:
                        response.close()
                        converted = transport_error(err, request)
                        if converted is None:
                            raise
                        raise converted from err
                raise self._make_status_error_from_response(response)
            wrapper = self._response_wrapper(options, APIResponse)
            if wrapper is None:
                return parse_response(
                    client=self,
                    response=response,
                    cast_to=cast_to,
                    options=options,
                    stream=stream,
                    stream_cls=stream_cls,
                )
            return wrapper(
                raw=response,
                cast_to=cast_to,
                client=self,
                stream=stream,
                stream_cls=stream_cls,
                options=options,
                retries_taken=retries_taken,
            )

    def _request_api_list(self, model: Type[Any], page: Type[_PageT], options: FinalRequestOptions) -> _PageT:
        def attach(result: Any) -> Any:
            result._set_private_attributes(client=self, model=model, options=options)
            return result

        return cast(_PageT, self.request(page, options.copy_with(post_parser=attach)))

    @overload
    def get(
        self, path: str, *, cast_to: Type[ResponseT], options: RequestOptions = ..., stream: Literal[False] = False
    ) -> ResponseT: ...

    @overload
    def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = ...,
        stream: Literal[True],
        stream_cls: Type[_StreamT],
    ) -> _StreamT: ...

    @overload
    def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = ...,
        stream: bool,
        stream_cls: Optional[Type[_StreamT]] = None,
    ) -> Union[ResponseT, _StreamT]: ...

    def get(
        self,
        path: str,
        *,
        cast_to: Any,
        options: RequestOptions = _NO_OPTIONS,
        stream: bool = False,
        stream_cls: Any = None,
    ) -> Any:
        built = FinalRequestOptions.build("get", path, **options)
        return self.request(cast_to, built, stream=stream, stream_cls=stream_cls)

    @overload
    def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Any = None,
        options: RequestOptions = ...,
        files: Optional[RequestFiles] = None,
        stream: Literal[False] = False,
    ) -> ResponseT: ...

    @overload
    def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Any = None,
        options: RequestOptions = ...,
        files: Optional[RequestFiles] = None,
        stream: Literal[True],
        stream_cls: Type[_StreamT],
    ) -> _StreamT: ...

    @overload
    def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Any = None,
        options: RequestOptions = ...,
        files: Optional[RequestFiles] = None,
        stream: bool,
        stream_cls: Optional[Type[_StreamT]] = None,
    ) -> Union[ResponseT, _StreamT]: ...

    def post(
        self,
        path: str,
        *,
        cast_to: Any,
        body: Optional[Body] = None,
        content: Any = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = _NO_OPTIONS,
        stream: bool = False,
        stream_cls: Any = None,
    ) -> Any:
        built = FinalRequestOptions.build(
            "post", path, json_data=body, content=content, files=to_httpx_files(files), **options
        )
        return self.request(cast_to, built, stream=stream, stream_cls=stream_cls)

    def patch(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Any = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = _NO_OPTIONS,
    ) -> ResponseT:
        built = FinalRequestOptions.build(
            "patch", path, json_data=body, content=content, files=to_httpx_files(files), **options
        )
        return cast(ResponseT, self.request(cast_to, built))

    def put(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Any = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = _NO_OPTIONS,
    ) -> ResponseT:
        built = FinalRequestOptions.build(
            "put", path, json_data=body, content=content, files=to_httpx_files(files), **options
        )
        return cast(ResponseT, self.request(cast_to, built))

    def delete(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Any = None,
        options: RequestOptions = _NO_OPTIONS,
    ) -> ResponseT:
        built = FinalRequestOptions.build("delete", path, json_data=body, content=content, **options)
        return cast(ResponseT, self.request(cast_to, built))

    # unasync: end

    def get_api_list(
        self,
        path: str,
        *,
        model: Type[Any],
        page: Type[_PageT],
        body: Optional[Body] = None,
        options: RequestOptions = _NO_OPTIONS,
        method: str = "get",
    ) -> _PageT:
        return self._request_api_list(model, page, FinalRequestOptions.build(method, path, json_data=body, **options))


class AsyncAPIClient(BaseClient[httpx.AsyncClient, "AsyncStream[Any]"]):
    # unasync: source api-client
    """Sends requests with an `httpx.AsyncClient`, retrying as the policy says."""

    _client: httpx.AsyncClient

    def __init__(
        self,
        *,
        version: str,
        base_url: Union[str, httpx.URL],
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = not_given,
        http_client: Optional[httpx.AsyncClient] = None,
        custom_headers: Optional[Mapping[str, Any]] = None,
        custom_query: Optional[Mapping[str, object]] = None,
        _strict_response_validation: bool,
        stream_idle_timeout: Optional[float] = DEFAULT_STREAM_IDLE_TIMEOUT,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            expected = httpx.AsyncClient.__name__
            raise TypeError(f"Invalid `http_client`: expected an `httpx.{expected}`, got {type(http_client).__name__}")
        if timeout is not_given:
            if http_client is not None and http_client.timeout != HTTPX_DEFAULT_TIMEOUT:
                timeout = http_client.timeout
            else:
                timeout = DEFAULT_TIMEOUT
        super().__init__(
            version=version,
            base_url=base_url,
            max_retries=max_retries,
            timeout=timeout,  # type: ignore[arg-type]
            custom_headers=custom_headers,
            custom_query=custom_query,
            _strict_response_validation=_strict_response_validation,
            stream_idle_timeout=stream_idle_timeout,
        )
        self._client = http_client or AsyncHttpxClientWrapper(timeout=timeout)
        setup_logging()

    def is_closed(self) -> bool:
        return self._client.is_closed

    async def close(self) -> None:
        """Close the connections (only those of the httpx client; it may be shared)."""
        if hasattr(self, "_client"):
            await self._client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        await self.close()

    async def _sleep(self, seconds: float) -> None:
        await async_sleep(seconds)

    async def _send_following(self, request: httpx.Request, stream: bool, follow: bool) -> httpx.Response:
        """Send `request`, following redirects (when `follow`) with `_redirect_request`."""
        auth = self.custom_auth or httpx.USE_CLIENT_DEFAULT
        response = await self._client.send(request, stream=stream, auth=auth, follow_redirects=False)
        hops = 0
        while follow and response.status_code in _REDIRECT_STATUSES and "location" in response.headers:
            await response.aclose()
            if hops >= self._client.max_redirects:
                raise self._too_many_redirects(request)
            hops += 1
            request = self._redirect_request(request, response)
            response = await self._client.send(request, stream=stream, auth=auth, follow_redirects=False)
        return response

    async def request(
        self,
        cast_to: Any,
        options: FinalRequestOptions,
        *,
        stream: bool = False,
        stream_cls: Any = None,
    ) -> Any:
        options = self._prepare_idempotency(await self._prepare_options_async(options.copy_with()))
        if options.headers:
            check_headers(options.headers, "extra_headers")
        body = self._build_body(options)
        max_retries = options.get_max_retries(self.max_retries)
        send_stream = stream or self._streams_body(options)
        follow = self._follows_redirects(options)
        retries_taken = 0
        while True:
            request = self._build_request(options, retries_taken=retries_taken, body=body)
            await self._prepare_request_async(request)
            if stream:
                self._cap_read_timeout(request)
            if debug_enabled():
                self._log_request(options, request, retries_taken)
            try:
                response = await self._send_following(request, send_stream, follow)
            except APIError:
                raise
            except httpx.TimeoutException as err:
                if retries_taken < max_retries:
                    await self._sleep(self._calculate_retry_timeout(retries_taken))
                    retries_taken += 1
                    continue
                raise (transport_error(err, request) or APITimeoutError(request=request)) from err
            except Exception as err:
                if retries_taken < max_retries:
                    await self._sleep(self._calculate_retry_timeout(retries_taken))
                    retries_taken += 1
                    continue
                raise APIConnectionError(request=request) from err
            status = response.status_code
            if status >= 300 or status < 200:
                if retries_taken < max_retries and self._should_retry(response):
                    await response.aclose()
                    await self._sleep(self._calculate_retry_timeout(retries_taken, response.headers))
                    retries_taken += 1
                    continue
                if not response.is_closed:
                    try:
                        await response.aread()
                    except Exception as err:
                        await response.aclose()
                        converted = transport_error(err, request)
                        if converted is None:
                            raise
                        raise converted from err
                raise self._make_status_error_from_response(response)
            wrapper = self._response_wrapper(options, AsyncAPIResponse)
            if wrapper is None:
                return parse_response(
                    client=self,
                    response=response,
                    cast_to=cast_to,
                    options=options,
                    stream=stream,
                    stream_cls=stream_cls,
                )
            return wrapper(
                raw=response,
                cast_to=cast_to,
                client=self,
                stream=stream,
                stream_cls=stream_cls,
                options=options,
                retries_taken=retries_taken,
            )

    async def _request_api_list(self, model: Type[Any], page: Type[_PageT], options: FinalRequestOptions) -> _PageT:
        def attach(result: Any) -> Any:
            result._set_private_attributes(client=self, model=model, options=options)
            return result

        return cast(_PageT, await self.request(page, options.copy_with(post_parser=attach)))

    @overload
    async def get(
        self, path: str, *, cast_to: Type[ResponseT], options: RequestOptions = ..., stream: Literal[False] = False
    ) -> ResponseT: ...

    @overload
    async def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = ...,
        stream: Literal[True],
        stream_cls: Type[_AsyncStreamT],
    ) -> _AsyncStreamT: ...

    @overload
    async def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = ...,
        stream: bool,
        stream_cls: Optional[Type[_AsyncStreamT]] = None,
    ) -> Union[ResponseT, _AsyncStreamT]: ...

    async def get(
        self,
        path: str,
        *,
        cast_to: Any,
        options: RequestOptions = _NO_OPTIONS,
        stream: bool = False,
        stream_cls: Any = None,
    ) -> Any:
        built = FinalRequestOptions.build("get", path, **options)
        return await self.request(cast_to, built, stream=stream, stream_cls=stream_cls)

    @overload
    async def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Any = None,
        options: RequestOptions = ...,
        files: Optional[RequestFiles] = None,
        stream: Literal[False] = False,
    ) -> ResponseT: ...

    @overload
    async def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Any = None,
        options: RequestOptions = ...,
        files: Optional[RequestFiles] = None,
        stream: Literal[True],
        stream_cls: Type[_AsyncStreamT],
    ) -> _AsyncStreamT: ...

    @overload
    async def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Any = None,
        options: RequestOptions = ...,
        files: Optional[RequestFiles] = None,
        stream: bool,
        stream_cls: Optional[Type[_AsyncStreamT]] = None,
    ) -> Union[ResponseT, _AsyncStreamT]: ...

    async def post(
        self,
        path: str,
        *,
        cast_to: Any,
        body: Optional[Body] = None,
        content: Any = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = _NO_OPTIONS,
        stream: bool = False,
        stream_cls: Any = None,
    ) -> Any:
        built = FinalRequestOptions.build(
            "post", path, json_data=body, content=content, files=await async_to_httpx_files(files), **options
        )
        return await self.request(cast_to, built, stream=stream, stream_cls=stream_cls)

    async def patch(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Any = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = _NO_OPTIONS,
    ) -> ResponseT:
        built = FinalRequestOptions.build(
            "patch", path, json_data=body, content=content, files=await async_to_httpx_files(files), **options
        )
        return cast(ResponseT, await self.request(cast_to, built))

    async def put(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Any = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = _NO_OPTIONS,
    ) -> ResponseT:
        built = FinalRequestOptions.build(
            "put", path, json_data=body, content=content, files=await async_to_httpx_files(files), **options
        )
        return cast(ResponseT, await self.request(cast_to, built))

    async def delete(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Any = None,
        options: RequestOptions = _NO_OPTIONS,
    ) -> ResponseT:
        built = FinalRequestOptions.build("delete", path, json_data=body, content=content, **options)
        return cast(ResponseT, await self.request(cast_to, built))

    # unasync: end

    async def _prepare_options_async(self, options: FinalRequestOptions) -> FinalRequestOptions:
        """`_prepare_options`, awaited when a subclass makes it a coroutine."""
        result: Any = self._prepare_options(options)
        if hasattr(result, "__await__"):
            result = await result
        return result  # type: ignore[no-any-return]

    async def _prepare_request_async(self, request: httpx.Request) -> None:
        result: Any = self._prepare_request(request)
        if hasattr(result, "__await__"):
            await result

    def get_api_list(
        self,
        path: str,
        *,
        model: Type[Any],
        page: Type[Any],
        body: Optional[Body] = None,
        options: RequestOptions = _NO_OPTIONS,
        method: str = "get",
    ) -> AsyncPaginator[Any, Any]:
        from ._pagination import AsyncPaginator

        return AsyncPaginator(self, FinalRequestOptions.build(method, path, json_data=body, **options), page, model)


# Loaded on first use: the page machinery is only needed by list methods, aiohttp only
# when asked for.
_LAZY = {
    "AsyncPaginator": "_pagination",
    "PageInfo": "_pagination",
    "BaseSyncPage": "_pagination",
    "BaseAsyncPage": "_pagination",
    "BasePage": "_pagination",
    "DefaultAioHttpClient": "_transport",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __package__), name)
    globals()[name] = value
    return value
