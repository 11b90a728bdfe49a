"""Structured outputs: messages.parse(), beta.messages.parse(), stream(output_format=...)."""

# The models below are evaluated at run time, and these tests also run on Python 3.9.
# ruff: noqa: UP007, UP045

from __future__ import annotations

import enum
import json
from typing import Any, Optional, Union

import httpx
import pydantic
import pytest
import respx
from typing_extensions import TypedDict

from tests.lib.fixtures.expected import STRUCTURED, sse
from tests.lib.scripted_server import ScriptedServer

from anthropic import AsyncAnthropic, Anthropic, AnthropicError, transform_schema  # isort: skip
from anthropic.types import Message, ParsedMessage, ParsedTextBlock  # isort: skip
from anthropic.types.beta.parsed_beta_message import ParsedBetaMessage, ParsedBetaTextBlock  # isort: skip

BASE_URL = "http://parse.test"
PARAMS: dict[str, Any] = {
    "max_tokens": 1024,
    "messages": [{"role": "user", "content": "Who wrote the first program?"}],
    "model": "claude-sonnet-4-5-20250929",
}


class Role(enum.Enum):
    ENGINEER = "engineer"
    POET = "poet"


class Address(pydantic.BaseModel):
    city: str
    zip: Optional[str] = None


class Person(pydantic.BaseModel):
    name: str
    role: Role
    address: Address
    languages: list[str]
    nickname: Optional[str] = None


class Pair(TypedDict):
    left: int
    right: int


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def message_json(text: str, *, message_id: str = "msg_parse_01", extra_blocks: tuple = ()) -> dict[str, Any]:
    return {
        "id": message_id,
        "type": "message",
        "role": "assistant",
        "model": "claude-sonnet-4-5-20250929",
        "content": [*extra_blocks, {"type": "text", "text": text}],
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": {"input_tokens": 20, "output_tokens": 30},
    }


ANSWER = json.dumps(STRUCTURED)


def sent_format(request: httpx.Request) -> Any:
    return json.loads(request.content)["output_config"]["format"]


# --------------------------------------------------------------------------------------
# messages.parse()
# --------------------------------------------------------------------------------------


@respx.mock(base_url=BASE_URL)
def test_parse_returns_the_model_instance(respx_mock: respx.MockRouter) -> None:
    route = respx_mock.post("/v1/messages").mock(
        return_value=httpx.Response(200, json=message_json(ANSWER), headers={"request-id": "req_parse_1"})
    )
    client = Anthropic(api_key="test-key", base_url=BASE_URL, max_retries=0)
    message = client.messages.parse(**PARAMS, output_format=Person)

    assert isinstance(message, ParsedMessage) and isinstance(message, Message)
    person = message.parsed_output
    assert isinstance(person, Person)
    assert person == Person(
        name="Ada Lovelace", role=Role.ENGINEER, address=Address(city="London"), languages=["en", "fr"]
    )
    assert person.role is Role.ENGINEER and person.nickname is None and person.address.zip is None
    block = message.content[0]
    assert isinstance(block, ParsedTextBlock) and block.parsed_output is person and block.text == ANSWER
    assert message._request_id == "req_parse_1"
    assert message.usage.output_tokens == 30

    body = json.loads(route.calls.last.request.content)
    assert body["output_config"] == {"format": {"type": "json_schema", "schema": transform_schema(Person)}}
    assert "stream" not in body and "output_format" not in body


@respx.mock(base_url=BASE_URL)
def test_parse_other_blocks_are_kept(respx_mock: respx.MockRouter) -> None:
    thinking = {"type": "thinking", "thinking": "Ada.", "signature": "sig"}
    respx_mock.post("/v1/messages").mock(
        return_value=httpx.Response(200, json=message_json(ANSWER, extra_blocks=(thinking,)))
    )
    client = Anthropic(api_key="test-key", base_url=BASE_URL, max_retries=0)
    message = client.messages.parse(**PARAMS, output_format=Person)
    assert message.content[0].type == "thinking" and message.content[0].thinking == "Ada."
    assert message.parsed_output is not None and message.parsed_output.name == "Ada Lovelace"
    assert json.loads(message.to_json())["content"][1]["parsed_output"]["role"] == "engineer"


@respx.mock(base_url=BASE_URL)
def test_parse_failure_names_the_model(respx_mock: respx.MockRouter) -> None:
    respx_mock.post("/v1/messages").mock(
        return_value=httpx.Response(200, json=message_json('{"name": "Ada", "role": "astronaut"}'))
    )
    client = Anthropic(api_key="test-key", base_url=BASE_URL, max_retries=0)
    with pytest.raises(pydantic.ValidationError) as caught:
        client.messages.parse(**PARAMS, output_format=Person)
    text = str(caught.value)
    assert "Person" in text
    assert "role" in text and "address" in text


@respx.mock(base_url=BASE_URL)
def test_parse_of_text_that_is_not_json(respx_mock: respx.MockRouter) -> None:
    respx_mock.post("/v1/messages").mock(return_value=httpx.Response(200, json=message_json("Sorry, I can't.")))
    client = Anthropic(api_key="test-key", base_url=BASE_URL, max_retries=0)
    with pytest.raises(pydantic.ValidationError, match="Person"):
        client.messages.parse(**PARAMS, output_format=Person)


@respx.mock(base_url=BASE_URL)
def test_parse_a_typeddict(respx_mock: respx.MockRouter) -> None:
    route = respx_mock.post("/v1/messages").mock(
        return_value=httpx.Response(200, json=message_json('{"left": 1, "right": 2}'))
    )
    client = Anthropic(api_key="test-key", base_url=BASE_URL, max_retries=0)
    message = client.messages.parse(**PARAMS, output_format=Pair)
    assert message.parsed_output == {"left": 1, "right": 2}
    schema = sent_format(route.calls.last.request)["schema"]
    assert schema["additionalProperties"] is False and set(schema["required"]) == {"left", "right"}


@respx.mock(base_url=BASE_URL)
def test_parse_keeps_the_rest_of_output_config(respx_mock: respx.MockRouter) -> None:
    route = respx_mock.post("/v1/messages").mock(return_value=httpx.Response(200, json=message_json(ANSWER)))
    client = Anthropic(api_key="test-key", base_url=BASE_URL, max_retries=0)
    client.messages.parse(**PARAMS, output_format=Person, output_config={"effort": "low"})
    config = json.loads(route.calls.last.request.content)["output_config"]
    assert config["effort"] == "low" and config["format"]["type"] == "json_schema"


def test_parse_rejects_two_formats_and_streaming() -> None:
    client = Anthropic(api_key="test-key", base_url=BASE_URL, max_retries=0)
    with pytest.raises(AnthropicError, match="given twice"):
        client.messages.parse(
            **PARAMS, output_format=Person, output_config={"format": {"type": "json_schema", "schema": {}}}
        )
    with pytest.raises(TypeError, match=r"\.stream\("):
        client.messages.parse(**PARAMS, output_format=Person, stream=True)


@respx.mock(base_url=BASE_URL)
def test_parse_without_a_format(respx_mock: respx.MockRouter) -> None:
    route = respx_mock.post("/v1/messages").mock(return_value=httpx.Response(200, json=message_json("Hi")))
    client = Anthropic(api_key="test-key", base_url=BASE_URL, max_retries=0)
    message = client.messages.parse(**PARAMS)
    assert isinstance(message, ParsedMessage) and message.parsed_output is None
    assert "output_config" not in json.loads(route.calls.last.request.content)


@pytest.mark.anyio
async def test_async_parse(scripted_server: ScriptedServer) -> None:
    scripted_server.add_json(message_json(ANSWER))
    async with AsyncAnthropic(api_key="test-key", base_url=scripted_server.base_url, max_retries=0) as client:
        message = await client.messages.parse(**PARAMS, output_format=Person)
    assert isinstance(message.parsed_output, Person) and message.parsed_output.languages == ["en", "fr"]
    assert scripted_server.requests[0].json()["output_config"]["format"]["schema"] == transform_schema(Person)


# --------------------------------------------------------------------------------------
# beta.messages.parse()
# --------------------------------------------------------------------------------------


def test_beta_parse(scripted_server: ScriptedServer) -> None:
    scripted_server.add_json(message_json(ANSWER))
    client = Anthropic(api_key="test-key", base_url=scripted_server.base_url, max_retries=0)
    with pytest.warns(DeprecationWarning, match="output_config.format"):  # the beta API's older spelling
        message = client.beta.messages.parse(**PARAMS, output_format=Person, betas=["context-management-2025-06-27"])
    assert isinstance(message, ParsedBetaMessage)
    assert isinstance(message.content[0], ParsedBetaTextBlock)
    assert isinstance(message.parsed_output, Person)
    request = scripted_server.requests[0]
    assert request.path == "/v1/messages" and request.query == {"beta": "true"}
    assert request.headers["anthropic-beta"] == "context-management-2025-06-27"
    body = request.json()
    assert body["output_config"]["format"] == {"type": "json_schema", "schema": transform_schema(Person)}
    assert "output_format" not in body


@pytest.mark.anyio
async def test_async_beta_parse_failure(scripted_server: ScriptedServer) -> None:
    scripted_server.add_json(message_json('{"name": 3}'))
    async with AsyncAnthropic(api_key="test-key", base_url=scripted_server.base_url, max_retries=0) as client:
        with pytest.raises(pydantic.ValidationError, match="Person"), pytest.warns(DeprecationWarning):
            await client.beta.messages.parse(**PARAMS, output_format=Person)


# --------------------------------------------------------------------------------------
# stream(output_format=...)
# --------------------------------------------------------------------------------------


def test_stream_with_output_format_parses_at_the_end(scripted_server: ScriptedServer) -> None:
    scripted_server.add_sse(sse("structured"), chunk_size=9)
    client = Anthropic(api_key="test-key", base_url=scripted_server.base_url, max_retries=0)
    with client.messages.stream(**PARAMS, output_format=Person) as stream:
        events = list(stream)
        message = stream.get_final_message()
    stop = next(event for event in events if event.type == "content_block_stop")
    assert isinstance(stop.content_block.parsed_output, Person)
    assert isinstance(message.parsed_output, Person) and message.parsed_output.address.city == "London"
    assert message.parsed_output is stop.content_block.parsed_output
    body = scripted_server.requests[0].json()
    assert body["stream"] is True
    assert body["output_config"]["format"] == {"type": "json_schema", "schema": transform_schema(Person)}


@pytest.mark.anyio
async def test_async_stream_with_output_format(scripted_server: ScriptedServer) -> None:
    scripted_server.add_sse(sse("structured"))
    client = AsyncAnthropic(api_key="test-key", base_url=scripted_server.base_url, max_retries=0)
    async with client, client.messages.stream(**PARAMS, output_format=Person) as stream:
        pieces = [text async for text in stream.text_stream]
        message = await stream.get_final_message()
    assert "".join(pieces) == message.content[0].text
    assert message.parsed_output == Person.model_validate(STRUCTURED)


def test_stream_with_a_format_dict_sends_it_and_parses_nothing(scripted_server: ScriptedServer) -> None:
    scripted_server.add_sse(sse("structured"))
    fmt = {"type": "json_schema", "schema": {"type": "object", "additionalProperties": False, "properties": {}}}
    client = Anthropic(api_key="test-key", base_url=scripted_server.base_url, max_retries=0)
    with client.messages.stream(**PARAMS, output_format=fmt) as stream:
        message = stream.get_final_message()
    assert message.parsed_output is None
    assert scripted_server.requests[0].json()["output_config"] == {"format": fmt}


def test_stream_with_output_format_that_does_not_match(scripted_server: ScriptedServer) -> None:
    scripted_server.add_sse(sse("text"))
    client = Anthropic(api_key="test-key", base_url=scripted_server.base_url, max_retries=0)
    with (
        client.messages.stream(**PARAMS, output_format=Person) as stream,
        pytest.raises(pydantic.ValidationError, match="Person"),
    ):
        stream.get_final_message()


def test_beta_stream_with_output_format(scripted_server: ScriptedServer) -> None:
    scripted_server.add_sse(sse("structured"))
    client = Anthropic(api_key="test-key", base_url=scripted_server.base_url, max_retries=0)
    with pytest.warns(DeprecationWarning), client.beta.messages.stream(**PARAMS, output_format=Person) as stream:
        message = stream.get_final_message()
    assert isinstance(message, ParsedBetaMessage) and isinstance(message.parsed_output, Person)
    request = scripted_server.requests[0]
    assert request.query == {"beta": "true"}
    assert request.json()["output_config"]["format"]["schema"] == transform_schema(Person)


# --------------------------------------------------------------------------------------
# transform_schema
# --------------------------------------------------------------------------------------


def test_transform_nested_models_enum_optional() -> None:
    schema = transform_schema(Person)
    assert list(schema) == ["$defs", "type", "title", "properties", "additionalProperties", "required"]
    assert schema["additionalProperties"] is False
    assert schema["properties"]["address"] == {"$ref": "#/$defs/Address"}
    address = schema["$defs"]["Address"]
    assert address["additionalProperties"] is False and address["required"] == ["city"]
    # A default is a constraint the API does not read: it moves into the description.
    assert address["properties"]["zip"] == {
        "anyOf": [{"type": "string"}, {"type": "null"}],
        "title": "Zip",
        "description": "{default: None}",
    }
    # So do enum values (the official rule): the model reads them there.
    assert schema["$defs"]["Role"] == {"type": "string", "title": "Role", "description": "{enum: ['engineer', 'poet']}"}
    assert schema["properties"]["languages"] == {"type": "array", "title": "Languages", "items": {"type": "string"}}
    assert set(schema["required"]) == {"name", "role", "address", "languages"}


def test_transform_moves_unsupported_constraints_into_the_description() -> None:
    class Limits(pydantic.BaseModel):
        """Some limits."""

        code: str = pydantic.Field(min_length=2, max_length=8, pattern=r"^[A-Z]+$", description="A code.")
        count: int = pydantic.Field(ge=1, le=10)
        ratio: float = pydantic.Field(gt=0, lt=1, multiple_of=0.5)
        tags: list[str] = pydantic.Field(min_length=3, max_length=5)
        one_or_more: list[int] = pydantic.Field(min_length=1)

    schema = transform_schema(Limits)
    props = schema["properties"]
    # Constraints keep the order the schema gave them, after the existing description.
    assert props["code"] == {
        "type": "string",
        "description": "A code.\n\n{maxLength: 8, minLength: 2, pattern: ^[A-Z]+$}",
        "title": "Code",
    }
    assert props["count"]["description"] == "{maximum: 10, minimum: 1}"
    assert "minimum" not in props["count"] and "maximum" not in props["count"]
    assert props["ratio"]["description"] == "{exclusiveMaximum: 1, exclusiveMinimum: 0, multipleOf: 0.5}"
    assert props["tags"]["description"] == "{maxItems: 5, minItems: 3}"
    assert "minItems" not in props["tags"]
    assert props["one_or_more"]["minItems"] == 1 and "description" not in props["one_or_more"]
    assert schema["description"] == "Some limits."


def test_transform_formats_and_patterns() -> None:
    schema = transform_schema(
        {
            "type": "object",
            "properties": {
                "when": {"type": "string", "format": "date-time"},
                "site": {"type": "string", "format": "uri"},
                "color": {"type": "string", "format": "hex-color", "description": "A color."},
                "word": {"type": "string", "pattern": r"\bword\b"},
            },
        }
    )
    props = schema["properties"]
    assert props["when"] == {"type": "string", "format": "date-time"}
    assert props["site"]["format"] == "uri"
    assert props["color"] == {"type": "string", "description": "A color.\n\n{format: hex-color}"}
    assert props["word"] == {"type": "string", "description": "{pattern: \\bword\\b}"}


def test_transform_unions_dicts_and_keywords() -> None:
    class Cat(pydantic.BaseModel):
        kind: str = "cat"
        lives: int

    class Dog(pydantic.BaseModel):
        kind: str = "dog"
        good: bool

    class Home(pydantic.BaseModel):
        pet: Union[Cat, Dog]
        scores: dict[str, int]
        maybe: Optional[Cat] = None

    schema = transform_schema(Home)
    props = schema["properties"]
    assert props["pet"]["anyOf"] == [{"$ref": "#/$defs/Cat"}, {"$ref": "#/$defs/Dog"}]
    assert props["maybe"] == {"anyOf": [{"$ref": "#/$defs/Cat"}, {"type": "null"}], "description": "{default: None}"}
    # A free-form mapping becomes an object that admits nothing beyond its (no) properties.
    assert props["scores"] == {"type": "object", "title": "Scores", "properties": {}, "additionalProperties": False}
    for name in ("Cat", "Dog"):
        assert schema["$defs"][name]["additionalProperties"] is False

    raw = {
        "oneOf": [{"type": "string"}, {"type": "object", "properties": {"a": {"type": "integer"}}}],
        "examples": ["x"],
        "deprecated": True,
    }
    assert transform_schema(raw) == {
        "anyOf": [
            {"type": "string"},
            {"type": "object", "properties": {"a": {"type": "integer"}}, "additionalProperties": False},
        ],
        "description": "{examples: ['x'], deprecated: True}",
    }
    # A reference stands alone; a one-item allOf is kept as it is.
    assert transform_schema({"$ref": "#/$defs/A", "description": "The A."}) == {"$ref": "#/$defs/A"}
    wrapped = {"allOf": [{"$ref": "#/$defs/A"}], "description": "The A."}
    assert transform_schema(wrapped) == {"allOf": [{"$ref": "#/$defs/A"}], "description": "The A."}


def test_transform_refuses_a_node_without_a_type() -> None:
    for node in ({}, {"enum": ["a", 1]}, {"not": {"type": "string"}}):
        with pytest.raises(ValueError, match="needs a `type`"):
            transform_schema({"type": "object", "properties": {"x": node}})


def test_transform_does_not_change_its_input() -> None:
    raw = {"type": "object", "properties": {"n": {"type": "integer", "maximum": 3}}, "additionalProperties": True}
    copy = json.loads(json.dumps(raw))
    out = transform_schema(raw)
    assert raw == copy
    assert out == {
        "type": "object",
        "properties": {"n": {"type": "integer", "description": "{maximum: 3}"}},
        "additionalProperties": False,
    }


def test_transform_rejects_other_values() -> None:
    with pytest.raises(TypeError, match="Pydantic model class"):
        transform_schema(["not", "a", "schema"])  # type: ignore[arg-type]
