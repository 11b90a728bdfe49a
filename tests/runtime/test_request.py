"""Request-side helpers: options, body encoding, headers, paths, files, query strings."""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

import anthropic
import pytest
from anthropic._models import BaseModel, parse_obj
from anthropic._qs import Querystring
from anthropic._request import (
    FinalRequestOptions,
    compact,
    encode_json,
    extract_files,
    joined_header,
    make_request_options,
    merge_headers,
    path_param,
)
from anthropic._types import NOT_GIVEN, is_given, not_given, omit

from .conftest import MESSAGE, Recorder, create_message, json_response, sync_client


def test_sentinels() -> None:
    assert not not_given and not omit
    assert NOT_GIVEN is not_given and anthropic.NotGiven() is not_given and anthropic.Omit() is omit
    assert repr(not_given) == "NOT_GIVEN" and repr(omit) == "omit"
    assert is_given(0) and is_given(None) and not is_given(omit) and not is_given(not_given)
    import copy
    import pickle

    assert copy.deepcopy(omit) is omit and pickle.loads(pickle.dumps(not_given)) is not_given


def test_make_request_options() -> None:
    assert make_request_options() == {}
    options = make_request_options(
        query={"limit": 1},
        extra_headers={"X": "1"},
        extra_query={"q": 2},
        extra_body={"b": 3},
        timeout=5.0,
    )
    assert options == {"headers": {"X": "1"}, "params": {"limit": 1, "q": 2}, "extra_json": {"b": 3}, "timeout": 5.0}
    assert make_request_options(timeout=None) == {"timeout": None}


def test_compact_and_merge_headers() -> None:
    assert compact({"a": 1, "b": omit, "c": not_given, "d": None}) == {"a": 1, "d": None}
    assert merge_headers({"a": "1", "b": "1"}, None, {"b": "2"}) == {"a": "1", "b": "2"}


def test_joined_header() -> None:
    assert joined_header("anthropic-beta", omit, ()) == {}
    assert joined_header("anthropic-beta", omit, ("x",)) == {"anthropic-beta": "x"}
    assert joined_header("anthropic-beta", ["a", "b"], ("x",)) == {"anthropic-beta": "a,b,x"}
    assert joined_header("anthropic-beta", ["x", "a"], ("x",)) == {"anthropic-beta": "x,a"}
    assert joined_header("anthropic-beta", [], ()) == {"anthropic-beta": ""}


def test_path_param() -> None:
    assert path_param("id", "msg_01") == "msg_01"
    assert path_param("id", "a/b") == "a%2Fb"
    assert path_param("id", "../x") == "..%2Fx"
    assert path_param("id", ".") == "%2E"
    assert path_param("id", 12) == "12"
    for empty in ("", None):
        with pytest.raises(ValueError, match="`id`"):
            path_param("id", empty)


def test_extract_files() -> None:
    body = {"purpose": "x", "file": b"data", "nested": {"keep": 1}}
    assert extract_files(body, paths=[["file"]]) == [("file", b"data")]
    assert body == {"purpose": "x", "nested": {"keep": 1}}

    body = {"files": [b"a", ("b.txt", b"b")], "title": "t"}
    assert extract_files(body, paths=[["files", "<array>"]]) == [("files[]", b"a"), ("files[]", ("b.txt", b"b"))]
    assert body == {"title": "t"}
    assert extract_files({"other": 1}, paths=[["file"]]) == []


def test_warn_deprecated_model_hook() -> None:
    from anthropic.lib._helpers.request_hooks import warn_deprecated_model

    table = {"old-model": "January 1st, 2020"}
    with pytest.warns(DeprecationWarning, match="old-model"):
        assert warn_deprecated_model(None, 30, model="old-model", table=table) == 30
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert warn_deprecated_model(None, 30, model="new-model", table=table) == 30


def test_deprecated_model_warns_through_the_client() -> None:
    client = sync_client(Recorder(lambda request: json_response(MESSAGE)))
    with pytest.warns(DeprecationWarning, match="claude-2.1"):
        create_message(client, model="claude-2.1")


def test_final_request_options_are_cheap_copies() -> None:
    options = FinalRequestOptions.build("post", "/v1/x", json_data={"a": 1}, max_retries=3)
    assert options.method == "post" and options.params == {} and options.get_max_retries(2) == 3
    assert FinalRequestOptions.build("get", "/").get_max_retries(2) == 2
    copied = options.copy_with(url="/v1/y")
    assert copied.url == "/v1/y" and options.url == "/v1/x" and copied.json_data is options.json_data
    # still constructible like a Pydantic model by code that does so
    assert FinalRequestOptions.model_construct(method="get", url="/").url == "/"
    from anthropic._models import FinalRequestOptions as from_models

    assert from_models is FinalRequestOptions


# ---------------------------------------------------------------- JSON bodies


class Block(BaseModel):
    type: str
    text: str
    citations: Any = None


def test_plain_bodies_are_serialized_as_they_are() -> None:
    body = {"a": [1, 2.5, True, None, "é"], "b": {"c": "d"}}
    assert json.loads(encode_json(body)) == body


def test_response_models_are_sent_back_as_the_fields_the_api_sent() -> None:
    block = parse_obj(Block, {"type": "text", "text": "hi"})
    body = {"messages": [{"role": "assistant", "content": [block]}]}
    assert json.loads(encode_json(body)) == {
        "messages": [{"role": "assistant", "content": [{"type": "text", "text": "hi"}]}]
    }


def test_generators_dates_and_nested_omits() -> None:
    def items() -> Iterator[Any]:
        yield {"x": 1, "gone": omit}
        yield omit
        yield (1, 2)

    body = {
        "items": items(),
        "when": datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC),
        "day": date(2025, 1, 2),
        "skip": not_given,
        "tags": {"b"},
    }
    assert json.loads(encode_json(body)) == {
        "items": [{"x": 1}, [1, 2]],
        "when": "2025-01-02T03:04:05+00:00",
        "day": "2025-01-02",
        "tags": ["b"],
    }


def test_message_content_from_a_response_can_be_sent_again() -> None:
    recorder = Recorder(lambda request: json_response(MESSAGE))
    client = sync_client(recorder)
    reply = create_message(client)
    create_message(
        client,
        messages=[
            {"role": "user", "content": "Hi"},
            {"role": "assistant", "content": reply.content},
            {"role": "user", "content": (part for part in [{"type": "text", "text": "More"}])},
        ],
    )
    sent = recorder.json()["messages"]
    assert sent[1] == {"role": "assistant", "content": [{"type": "text", "text": "Hello!", "citations": None}]}
    assert sent[2]["content"] == [{"type": "text", "text": "More"}]


def test_extra_body_is_merged_into_the_json_body() -> None:
    recorder = Recorder(lambda request: json_response(MESSAGE))
    create_message(sync_client(recorder), extra_body={"top_k": 3, "custom": {"a": 1}})
    sent = recorder.json()
    assert sent["top_k"] == 3 and sent["custom"] == {"a": 1} and sent["max_tokens"] == 16


# ---------------------------------------------------------------- query strings


def test_querystring_formats() -> None:
    params = {"a": [1, 2], "b": True, "c": {"d": "e"}, "f": omit, "g": None}
    assert Querystring(array_format="comma").stringify(params) == "a=1%2C2&b=true&c%5Bd%5D=e&g="
    assert Querystring(array_format="repeat").stringify({"a": [1, 2]}) == "a=1&a=2"
    assert Querystring(array_format="brackets").stringify({"a": [1]}) == "a%5B%5D=1"
    assert Querystring(array_format="indices").stringify({"a": [1]}) == "a%5B0%5D=1"
    assert Querystring(nested_format="dots").stringify({"c": {"d": 1}}) == "c.d=1"


def test_the_client_sends_list_query_parameters_comma_separated() -> None:
    recorder = Recorder(lambda request: json_response({"data": [], "has_more": False}))
    client = sync_client(recorder)
    assert client.qs.array_format == "comma"
    client.models.list(extra_query={"ids": ["a", "b"]})
    assert recorder.last.url.params["ids"] == "a,b"
