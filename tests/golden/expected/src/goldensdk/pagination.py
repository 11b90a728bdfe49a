"""The page types of list endpoints; iterate a page to get the items of every page."""

from __future__ import annotations

from typing import Generic, List, Optional, TypeVar

from ._pagination import BaseAsyncPage, BasePage, BaseSyncPage, PageInfo

__all__ = ["SyncPage", "AsyncPage"]

_T = TypeVar("_T")


class SyncPage(BaseSyncPage[_T], BasePage[_T], Generic[_T]):
    """A page of a list ordered by ID."""

    data: List[_T]
    has_more: Optional[bool] = None
    first_id: Optional[str] = None
    last_id: Optional[str] = None

    def _get_page_items(self) -> List[_T]:
        return self.data or []

    def has_next_page(self) -> bool:
        if self.has_more is False:
            return False
        return super().has_next_page()

    def next_page_info(self) -> Optional[PageInfo]:
        if self._options.params.get("before_id"):
            # The first request walked backwards: keep going backwards.
            return PageInfo(params={"before_id": self.first_id}) if self.first_id else None
        return PageInfo(params={"after_id": self.last_id}) if self.last_id else None


class AsyncPage(BaseAsyncPage[_T], BasePage[_T], Generic[_T]):
    """A page of a list ordered by ID."""

    data: List[_T]
    has_more: Optional[bool] = None
    first_id: Optional[str] = None
    last_id: Optional[str] = None

    def _get_page_items(self) -> List[_T]:
        return self.data or []

    def has_next_page(self) -> bool:
        if self.has_more is False:
            return False
        return super().has_next_page()

    def next_page_info(self) -> Optional[PageInfo]:
        if self._options.params.get("before_id"):
            # The first request walked backwards: keep going backwards.
            return PageInfo(params={"before_id": self.first_id}) if self.first_id else None
        return PageInfo(params={"after_id": self.last_id}) if self.last_id else None
