"""Building response models: fast validation, the lenient fallback, strict mode, dumping."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Annotated, Literal

import anthropic
import pytest
from anthropic._models import BaseModel, Discriminator, FieldInfo, construct_type, parse_json, parse_obj

from .conftest import MESSAGE, Recorder, create_message, json_response, sync_client


class Text(BaseModel):
    type: Literal["text"]
    text: str


class Tool(BaseModel):
    type: Literal["tool_use"]
    id: str
    input: dict[str, object]


class Usage(BaseModel):
    input_tokens: int
    output_tokens: int
    cache_read: int | None = FieldInfo(alias="cache-read", default=None)


class Reply(BaseModel):
    id: str
    content: list[Annotated[Text | Tool, Discriminator("type")]]
    usage: Usage
    created_at: datetime | None = None
    stop_reason: str | None = None


GOOD = {
    "id": "r1",
    "content": [{"type": "text", "text": "hi"}, {"type": "tool_use", "id": "t1", "input": {"a": 1}}],
    "usage": {"input_tokens": 1, "output_tokens": 2, "cache-read": 3},
    "created_at": "2025-01-02T03:04:05Z",
}


def test_fast_path_builds_typed_models_from_bytes() -> None:
    reply = parse_json(Reply, json.dumps(GOOD).encode())
    assert isinstance(reply.content[0], Text) and isinstance(reply.content[1], Tool)
    assert reply.usage.cache_read == 3
    assert reply.created_at == datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert parse_obj(Reply, GOOD) == reply


def test_unknown_fields_are_kept() -> None:
    data = {**GOOD, "brand_new": {"x": 1}}
    reply = parse_obj(Reply, data)
    assert reply.brand_new == {"x": 1}
    assert reply.to_dict()["brand_new"] == {"x": 1}


def test_unknown_union_variant_is_tolerated() -> None:
    data = {**GOOD, "content": [{"type": "hologram", "depth": 3}, {"type": "text", "text": "ok"}]}
    reply = parse_obj(Reply, data)
    unknown, text = reply.content
    assert unknown.type == "hologram" and unknown.depth == 3
    assert isinstance(unknown, BaseModel) and not isinstance(unknown, (Text, Tool))
    assert isinstance(text, Text) and text.text == "ok"
    # the rest of the object is still typed
    assert isinstance(reply.usage, Usage)


def test_missing_fields_never_crash() -> None:
    data = {"id": "r1", "content": [{"type": "text"}]}
    reply = parse_obj(Reply, data)
    assert reply.usage is None
    assert isinstance(reply.content[0], Text) and reply.content[0].text is None
    assert reply.stop_reason is None
    assert reply.to_dict() == {"id": "r1", "content": [{"type": "text"}]}


def test_wrong_scalar_types_are_kept_as_given() -> None:
    data = {**GOOD, "usage": {"input_tokens": "many", "output_tokens": 2}, "created_at": "yesterday"}
    with pytest.warns(UserWarning):  # dumping a mistyped value warns, as Pydantic does
        reply = parse_obj(Reply, data)
        dumped = reply.to_dict()
    assert reply.usage.input_tokens == "many" and reply.usage.output_tokens == 2
    assert reply.created_at == "yesterday"
    assert isinstance(reply.content[1], Tool)
    assert dumped["usage"]["input_tokens"] == "many"


def test_lenient_path_still_parses_dates_it_can() -> None:
    data = {**GOOD, "usage": {"input_tokens": "many", "output_tokens": 2}}
    reply = parse_obj(Reply, data)
    assert reply.created_at == datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)


def test_strict_parsing_raises() -> None:
    import pydantic

    with pytest.raises(pydantic.ValidationError):
        parse_obj(Reply, {"id": "r1"}, strict=True)
    with pytest.raises(pydantic.ValidationError):
        parse_json(Reply, b'{"id": 1}', strict=True)


def test_construct_type_builds_without_validating() -> None:
    reply = construct_type(type_=Reply, value={"id": 5, "content": []})
    assert isinstance(reply, Reply) and reply.id == 5


def test_strict_client_raises_api_response_validation_error() -> None:
    broken = {**MESSAGE, "content": "not a list"}
    client = sync_client(Recorder(lambda request: json_response(broken)), _strict_response_validation=True)
    with pytest.raises(anthropic.APIResponseValidationError) as info:
        create_message(client)
    assert info.value.status_code == 200 and info.value.body == broken

    lenient = sync_client(Recorder(lambda request: json_response(broken)))
    assert create_message(lenient).content == "not a list"


def test_client_parses_unknown_content_blocks_leniently() -> None:
    data = {**MESSAGE, "content": [{"type": "future_block", "payload": 1}, *MESSAGE["content"]]}
    client = sync_client(Recorder(lambda request: json_response(data, headers={"request-id": "req_7"})))
    message = create_message(client)
    assert message.content[0].type == "future_block" and message.content[0].payload == 1
    assert message.content[1].text == "Hello!"
    assert message._request_id == "req_7"


def test_to_dict_and_to_json_options() -> None:
    reply = parse_obj(Reply, GOOD)
    assert reply.to_dict()["usage"] == {"input_tokens": 1, "output_tokens": 2, "cache-read": 3}
    assert reply.to_dict(use_api_names=False)["usage"]["cache_read"] == 3
    assert "stop_reason" not in reply.to_dict()  # not sent: unset
    assert reply.to_dict(exclude_unset=False)["stop_reason"] is None
    assert "stop_reason" not in reply.to_dict(exclude_unset=False, exclude_none=True)
    assert isinstance(reply.to_dict()["created_at"], datetime)
    assert reply.to_dict(mode="json")["created_at"] == "2025-01-02T03:04:05Z"

    usage = Usage(input_tokens=0, output_tokens=2)
    assert usage.to_dict(exclude_unset=False, exclude_defaults=True) == {"input_tokens": 0, "output_tokens": 2}

    text = reply.to_json()
    assert text.startswith("{\n  ") and json.loads(text)["usage"]["cache-read"] == 3
    assert "\n" not in reply.to_json(indent=None)
    assert json.loads(reply.to_json(use_api_names=False))["usage"]["cache_read"] == 3


def test_models_accept_attribute_names_and_the_request_id_is_not_a_field() -> None:
    usage = Usage(input_tokens=1, output_tokens=2, cache_read=4)
    assert usage.cache_read == 4
    reply = parse_obj(Reply, GOOD)
    assert reply._request_id is None
    object.__setattr__(reply, "_request_id", "req_1")
    assert reply._request_id == "req_1" and "_request_id" not in reply.to_dict()


# ---------------------------------------------------------------- construct(), str(), field order

RAW_MESSAGE = {
    "usage": {"output_tokens": 2, "input_tokens": 1},
    "type": "message",
    "stop_sequence": None,
    "content": [
        {"type": "text", "text": "hi", "citations": None, "later_field": 1},
        {"type": "tool_use", "id": "t1", "name": "f", "input": {"a": 1}},
    ],
    "id": "msg_1",
    "role": "assistant",
    "model": "m",
    "stop_reason": "end_turn",
    "unknown_key": {"kept": True},
}
OFFICIAL_ORDER = ["id", "content", "model", "role", "stop_reason", "stop_sequence", "type", "usage"]


@pytest.mark.parametrize("name", ["construct", "model_construct"])
def test_construct_builds_nested_models_without_validation_or_warning(name: str) -> None:
    import warnings

    from anthropic.types import Message, TextBlock, ToolUseBlock

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        message = getattr(Message, name)(**RAW_MESSAGE)
    assert isinstance(message.content[0], TextBlock) and message.content[0].type == "text"
    assert isinstance(message.content[1], ToolUseBlock) and message.content[1].input == {"a": 1}
    assert message.content[0].later_field == 1  # type: ignore[attr-defined]
    assert message.unknown_key == {"kept": True}  # type: ignore[attr-defined]
    assert message.usage.output_tokens == 2
    # No validation: a value of the wrong type is kept as it came.
    wrong = Message.construct(**{**RAW_MESSAGE, "usage": "not usage"})
    assert wrong.usage == "not usage"  # type: ignore[comparison-overlap]
    # construct() and model_construct() agree, and agree with validation on valid data.
    assert Message.construct(**RAW_MESSAGE) == Message.model_construct(**RAW_MESSAGE)
    assert Message.construct(**RAW_MESSAGE) == Message.model_validate(RAW_MESSAGE)


def test_construct_accepts_an_explicit_fields_set() -> None:
    from anthropic.types import Usage

    usage = Usage.model_construct({"input_tokens"}, input_tokens=1, output_tokens=2)
    assert usage.model_fields_set == {"input_tokens"}
    assert usage.model_dump(exclude_unset=True) == {"input_tokens": 1}


@pytest.mark.filterwarnings("ignore:Pydantic serializer warnings")  # the lenient case keeps a wrong value
def test_dumps_and_repr_follow_the_declared_order_whatever_the_data_order() -> None:
    from anthropic._models import parse_obj
    from anthropic.types import Message

    built = {
        "validated": Message.model_validate(RAW_MESSAGE),
        "constructed": Message.construct(**RAW_MESSAGE),
        "lenient": parse_obj(Message, {**RAW_MESSAGE, "usage": {"output_tokens": "x"}}),
    }
    for how, message in built.items():
        assert list(message.model_dump())[:8] == OFFICIAL_ORDER, how
        assert list(message.model_dump(exclude_unset=True))[:8] == OFFICIAL_ORDER, how
        assert list(message.to_dict(exclude_none=True))[:6] == [k for k in OFFICIAL_ORDER if k != "stop_sequence"][:6]
        assert list(json.loads(message.to_json()))[:8] == OFFICIAL_ORDER, how
        assert repr(message).startswith("Message(id='msg_1', content=[TextBlock(citations=None, text='hi'"), how


def test_str_reads_like_repr() -> None:
    from anthropic.types import TextBlock

    block = TextBlock(type="text", text="hello", citations=None)
    assert str(block) == repr(block) == "TextBlock(citations=None, text='hello', type='text')"
