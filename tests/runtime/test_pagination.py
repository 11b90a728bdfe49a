"""Walking paginated lists: id pages (forwards and backwards), token pages, cursor pages."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from anthropic._models import BaseModel
from anthropic.pagination import AsyncPageCursor, AsyncTokenPage, SyncPage, SyncPageCursor, SyncTokenPage

from .conftest import Recorder, async_client, json_response, sync_client

IDS = [f"m{i}" for i in range(7)]


def model(item_id: str) -> dict[str, Any]:
    return {"id": item_id, "type": "model", "display_name": item_id.upper(), "created_at": "2025-01-01T00:00:00Z"}


def id_pages(request: httpx.Request) -> httpx.Response:
    """The API's id pagination over IDS: `after_id` forwards, `before_id` backwards."""
    params = request.url.params
    limit = int(params.get("limit", "3"))
    if "before_id" in params:
        end = IDS.index(params["before_id"])
        start = max(0, end - limit)
        has_more = start > 0
    else:
        start = IDS.index(params["after_id"]) + 1 if "after_id" in params else 0
        end = min(len(IDS), start + limit)
        has_more = end < len(IDS)
    chosen = IDS[start:end]
    return json_response(
        {
            "data": [model(i) for i in chosen],
            "has_more": has_more,
            "first_id": chosen[0] if chosen else None,
            "last_id": chosen[-1] if chosen else None,
        }
    )


def token_pages(param: str):
    """Opaque-token pagination: the token is the index of the next item."""

    def respond(request: httpx.Request) -> httpx.Response:
        start = int(request.url.params.get(param, "0"))
        end = min(len(IDS), start + 3)
        return json_response(
            {
                "data": [{"id": i, "type": "thing"} for i in IDS[start:end]],
                "has_more": end < len(IDS),
                "next_page": str(end) if end < len(IDS) else None,
            }
        )

    return respond


def test_auto_iteration_walks_every_page_reusing_the_callers_options() -> None:
    recorder = Recorder(id_pages)
    client = sync_client(recorder)
    page = client.models.list(limit=3, extra_headers={"X-Trace": "t"}, extra_query={"tag": "x"})
    assert isinstance(page, SyncPage)
    assert [m.id for m in page] == IDS
    assert [dict(r.url.params) for r in recorder.requests] == [
        {"limit": "3", "tag": "x"},
        {"limit": "3", "tag": "x", "after_id": "m2"},
        {"limit": "3", "tag": "x", "after_id": "m5"},
    ]
    assert all(r.headers["x-trace"] == "t" for r in recorder.requests)


def test_page_methods() -> None:
    client = sync_client(Recorder(id_pages))
    first = client.models.list(limit=3)
    assert [m.id for m in first.data] == ["m0", "m1", "m2"]
    assert first.has_more is True and first.first_id == "m0" and first.last_id == "m2"
    assert first.has_next_page()
    info = first.next_page_info()
    assert info is not None and info.params == {"after_id": "m2"}
    second = first.get_next_page()
    assert [m.id for m in second.data] == ["m3", "m4", "m5"]
    pages = list(first.iter_pages())
    assert [len(p.data) for p in pages] == [3, 3, 1]
    assert not pages[-1].has_next_page()


def test_get_next_page_without_a_next_page_raises() -> None:
    body = {"data": [model("m0")], "has_more": True, "first_id": "m0", "last_id": None}
    page = sync_client(Recorder(lambda request: json_response(body))).models.list()
    assert page.next_page_info() is None and not page.has_next_page()
    with pytest.raises(RuntimeError, match="has_next_page"):
        page.get_next_page()


def test_id_pages_walk_backwards_when_the_first_request_used_before_id() -> None:
    recorder = Recorder(id_pages)
    client = sync_client(recorder)
    items = [m.id for m in client.models.list(before_id="m6", limit=2)]
    assert items == ["m4", "m5", "m2", "m3", "m0", "m1"]
    assert [r.url.params.get("before_id") for r in recorder.requests] == ["m6", "m4", "m2"]


def test_has_more_false_ends_the_walk() -> None:
    body = {"data": [model("m0")], "has_more": False, "first_id": "m0", "last_id": "m0"}
    recorder = Recorder(lambda request: json_response(body))
    page = sync_client(recorder).models.list()
    assert not page.has_next_page()
    assert [m.id for m in page] == ["m0"]
    assert len(recorder.requests) == 1


def test_an_empty_page_has_no_next_page() -> None:
    body = {"data": [], "has_more": True, "first_id": None, "last_id": None}
    page = sync_client(Recorder(lambda request: json_response(body))).models.list()
    assert not page.has_next_page() and list(page) == []


class Thing(BaseModel):
    id: str
    type: str


def test_token_pages() -> None:
    recorder = Recorder(token_pages("page_token"))
    client = sync_client(recorder)
    page = client.get_api_list("/v1/things", model=Thing, page=SyncTokenPage[Thing], options={"params": {"x": 1}})
    assert isinstance(page.data[0], Thing) and page.next_page == "3"
    assert [t.id for t in page] == IDS
    assert [r.url.params.get("page_token") for r in recorder.requests] == [None, "3", "6"]
    assert all(r.url.params["x"] == "1" for r in recorder.requests)


def test_cursor_pages_of_a_generated_list_method() -> None:
    recorder = Recorder(token_pages("page"))
    client = sync_client(recorder)
    page = client.beta.skills.list(limit=3)
    assert isinstance(page, SyncPageCursor)
    assert [s.id for s in page] == IDS
    assert [r.url.params.get("page") for r in recorder.requests] == [None, "3", "6"]
    assert recorder.last.url.params["limit"] == "3"


def test_page_requests_go_through_the_raw_response_wrapper_too() -> None:
    client = sync_client(Recorder(id_pages))
    raw = client.models.with_raw_response.list(limit=3)
    page = raw.parse()
    assert [m.id for m in page] == IDS


@pytest.mark.anyio
async def test_async_pages() -> None:
    recorder = Recorder(id_pages)
    client = async_client(recorder)
    assert [m.id async for m in client.models.list(limit=3)] == IDS

    first = await client.models.list(limit=3)
    assert first.has_next_page()
    second = await first.get_next_page()
    assert second.data[0].id == "m3"
    pages = [page async for page in first.iter_pages()]
    assert [len(p.data) for p in pages] == [3, 3, 1]
    assert [m.id async for m in first] == IDS

    backwards = [m.id async for m in client.models.list(before_id="m6", limit=2)]
    assert backwards == ["m4", "m5", "m2", "m3", "m0", "m1"]


@pytest.mark.anyio
async def test_async_token_and_cursor_pages() -> None:
    client = async_client(Recorder(token_pages("page_token")))
    paginator = client.get_api_list("/v1/things", model=Thing, page=AsyncTokenPage[Thing])
    assert [t.id async for t in paginator] == IDS

    client = async_client(Recorder(token_pages("page")))
    page = await client.beta.skills.list()
    assert isinstance(page, AsyncPageCursor)
    collected: list[str | None] = []
    async for item in page:
        collected.append(item.id)
    assert collected == IDS
