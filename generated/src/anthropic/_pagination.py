"""How lists spread over pages are walked.

A page class (see `pagination.py`) says where its items are (`_get_page_items`) and how to
ask for the next page (`next_page_info`). Everything else is here: `has_next_page()`,
`get_next_page()`, `iter_pages()`, iterating a page to get the items of every page in
turn, and `AsyncPaginator`, what an async `list()` returns (await it for the first page,
or `async for` it for every item). The next request reuses the first request's options
(headers, timeout, query) with the pagination parameters replaced.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Generator, Iterator
from typing import (
    TYPE_CHECKING,
    Any,
    Dict,
    Generic,
    List,
    Optional,
    Type,
    TypeVar,
    cast,
)

from pydantic import PrivateAttr

from ._constants import OVERRIDE_CAST_TO_HEADER, RAW_RESPONSE_HEADER
from ._models import BaseModel
from ._types import Body, Query

if TYPE_CHECKING:
    import httpx

    from ._base_client import AsyncAPIClient, SyncAPIClient
    from ._request import FinalRequestOptions

__all__ = ["PageInfo", "BasePage", "BaseSyncPage", "BaseAsyncPage", "AsyncPaginator"]

_T = TypeVar("_T")
AsyncPageT = TypeVar("AsyncPageT", bound="BaseAsyncPage[Any]")

_RESPONSE_MODE_HEADERS = (RAW_RESPONSE_HEADER, OVERRIDE_CAST_TO_HEADER)


class PageInfo:
    """Where the next page is: new query `params`, a `url`, or a `json` body to merge."""

    url: Optional[httpx.URL]
    params: Optional[Query]
    json: Optional[Body]

    def __init__(
        self, *, url: Optional[httpx.URL] = None, params: Optional[Query] = None, json: Optional[Body] = None
    ) -> None:
        self.url = url
        self.params = params
        self.json = json

    def __repr__(self) -> str:
        return f"PageInfo(url={self.url!r}, params={self.params!r}, json={self.json!r})"


class BasePage(BaseModel, Generic[_T]):
    """One page of a list, and how to reach the next one."""

    _options: FinalRequestOptions = PrivateAttr()
    _model: Type[_T] = PrivateAttr()

    def has_next_page(self) -> bool:
        if not self._get_page_items():
            return False
        return self.next_page_info() is not None

    def next_page_info(self) -> Optional[PageInfo]:
        raise NotImplementedError

    def _get_page_items(self) -> List[_T]:
        raise NotImplementedError

    def _info_to_options(self, info: PageInfo) -> FinalRequestOptions:
        options = self._options
        changes: dict[str, Any] = {}
        headers = options.headers
        if headers and any(name in headers for name in _RESPONSE_MODE_HEADERS):
            # The first page may have been asked for as a raw response; the next ones are pages.
            changes["headers"] = {k: v for k, v in headers.items() if k not in _RESPONSE_MODE_HEADERS}
        if info.params is not None:
            changes["params"] = {**options.params, **info.params}
        if info.url is not None:
            changes["url"] = str(info.url)
            changes["params"] = {**options.params, **dict(info.url.params)}
        if info.json is not None:
            data = options.json_data if isinstance(options.json_data, dict) else {}
            changes["json_data"] = {**data, **cast(Dict[str, Any], info.json)}
        return options.copy_with(**changes)


class BaseSyncPage(BasePage[_T], Generic[_T]):
    _client: SyncAPIClient = PrivateAttr()

    def _set_private_attributes(self, client: SyncAPIClient, model: Type[_T], options: FinalRequestOptions) -> None:
        self._client = client
        self._model = model
        self._options = options

    def __iter__(self) -> Iterator[_T]:  # type: ignore[override]
        """The items of this page and of every page after it."""
        for page in self.iter_pages():
            yield from page._get_page_items()

    def iter_pages(self) -> Iterator[BaseSyncPage[_T]]:
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.get_next_page()

    def get_next_page(self: _SyncPageT) -> _SyncPageT:
        info = self.next_page_info()
        if info is None:
            raise RuntimeError("There is no next page: check `.has_next_page()` before calling `.get_next_page()`.")
        options = self._info_to_options(info)
        return self._client._request_api_list(self._model, page=type(self), options=options)


_SyncPageT = TypeVar("_SyncPageT", bound=BaseSyncPage[Any])


class BaseAsyncPage(BasePage[_T], Generic[_T]):
    _client: AsyncAPIClient = PrivateAttr()

    def _set_private_attributes(self, client: AsyncAPIClient, model: Type[_T], options: FinalRequestOptions) -> None:
        self._client = client
        self._model = model
        self._options = options

    async def __aiter__(self) -> AsyncIterator[_T]:
        """The items of this page and of every page after it."""
        async for page in self.iter_pages():
            for item in page._get_page_items():
                yield item

    async def iter_pages(self) -> AsyncIterator[BaseAsyncPage[_T]]:
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.get_next_page()

    async def get_next_page(self: _AsyncPageT) -> _AsyncPageT:
        info = self.next_page_info()
        if info is None:
            raise RuntimeError("There is no next page: check `.has_next_page()` before calling `.get_next_page()`.")
        options = self._info_to_options(info)
        return await self._client._request_api_list(self._model, page=type(self), options=options)


_AsyncPageT = TypeVar("_AsyncPageT", bound=BaseAsyncPage[Any])


class AsyncPaginator(Generic[_T, AsyncPageT]):
    """What an async `list()` returns: `await` it for the first page, `async for` it for
    every item of every page."""

    def __init__(
        self, client: AsyncAPIClient, options: FinalRequestOptions, page_cls: Type[AsyncPageT], model: Type[_T]
    ) -> None:
        self._client = client
        self._options = options
        self._page_cls = page_cls
        self._model = model

    def __await__(self) -> Generator[Any, None, AsyncPageT]:
        return self._client._request_api_list(self._model, page=self._page_cls, options=self._options).__await__()

    async def __aiter__(self) -> AsyncIterator[_T]:
        page = await self
        async for item in page:
            yield item
