"""The response validators built by `_schema` behave exactly as Pydantic's own.

`_schema.core_schema_for` builds core schemas for the response types without Pydantic's
schema generation. Every response model and every union of the generated package (found by
walking `anthropic.types`, as tests/test_unions.py does) is validated both ways, from JSON and
from Python data, on payloads built from the type's own fields: the minimal valid one, one with
every optional field set (and every variant of the unions inside), one with unknown fields, and
invalid ones (each field of the wrong type, each required field missing, an unknown tag). The
outcomes must be the same: the same objects (types, values, `model_fields_set`, extras,
`model_dump()`), or the same errors.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import typing
from collections.abc import Callable
from datetime import date, datetime
from types import SimpleNamespace
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import anthropic.types
import pydantic
import pytest
from anthropic import _models
from anthropic._models import BaseModel, FieldInfo, parse_json, parse_obj, set_request_id
from anthropic._schema import core_schema_for
from pydantic_core import SchemaValidator

UNION_TYPES = (Union, getattr(__import__("types"), "UnionType", Union))
FUTURE_TAG = "a_variant_from_the_future"

SIMPLE: dict[Any, Any] = {
    str: "x",
    int: 1,
    float: 1.5,
    bool: True,
    datetime: "2025-01-01T00:00:00Z",
    date: "2025-01-01",
    object: {"anything": [1, "two", None]},
    Any: {"anything": [1, "two", None]},
}

# --------------------------------------------------------------------------------------
# The response types of the package
# --------------------------------------------------------------------------------------


def _modules() -> list[Any]:
    return [
        importlib.import_module(info.name)
        for info in pkgutil.walk_packages(anthropic.types.__path__, "anthropic.types.")
    ]


def _is_generic(model: type) -> bool:
    return typing.Generic in model.__mro__


def _leaves(tp: Any) -> list[Any]:
    origin = get_origin(tp)
    args = get_args(tp)[:1] if origin is Annotated else get_args(tp)
    if origin is Literal or not args:
        return [tp]
    return [leaf for arg in args for leaf in _leaves(arg)]


def _is_response_leaf(tp: Any) -> bool:
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return not _is_generic(tp)
    return get_origin(tp) is Literal or tp is type(None) or tp in SIMPLE


def _unions_in(tp: Any) -> list[Any]:
    """Every union (discriminated or not) inside an annotation, outermost first."""
    origin = get_origin(tp)
    if origin is Literal:
        return []
    found = (
        [tp] if origin in UNION_TYPES or (origin is Annotated and get_origin(get_args(tp)[0]) in UNION_TYPES) else []
    )
    inner = get_args(tp)[:1] if origin is Annotated else get_args(tp)
    for arg in inner:
        found.extend(_unions_in(arg))
    return found


def _field_annotation(field: Any) -> Any:
    return Annotated[(field.annotation, *field.metadata)] if field.metadata else field.annotation


def _response_types() -> tuple[list[type[BaseModel]], dict[str, Any], list[type[BaseModel]]]:
    """(response models, {name: union}, generic models) of `anthropic.types`."""
    models: dict[str, type[BaseModel]] = {}
    unions: dict[str, Any] = {}
    seen: set[int] = set()
    for module in _modules():
        for name, value in vars(module).items():
            if isinstance(value, type) and issubclass(value, BaseModel) and value.__module__ == module.__name__:
                models[f"{module.__name__}.{value.__qualname__}"] = value
            elif (
                _unions_in(value)[:1] == [value]
                and all(_is_response_leaf(leaf) for leaf in _leaves(value))
                and id(value) not in seen
            ):
                seen.add(id(value))
                unions[f"{module.__name__}.{name}"] = value
    generic = [models[key] for key in sorted(models) if _is_generic(models[key])]
    plain = [models[key] for key in sorted(models) if not _is_generic(models[key])]
    for model in plain:
        for name, field in model.model_fields.items():
            for union in _unions_in(_field_annotation(field)):
                if id(union) not in seen:
                    seen.add(id(union))
                    unions[f"{model.__name__}.{name}:{len(unions)}"] = union
    return plain, unions, generic


MODELS, UNIONS, GENERIC_MODELS = _response_types()


def test_the_package_has_what_this_test_expects() -> None:
    assert len(MODELS) > 150 and len(UNIONS) > 50
    assert anthropic.types.Message in MODELS and "anthropic.types.content_block.ContentBlock" in UNIONS
    assert anthropic.types.ParsedMessage in GENERIC_MODELS


# --------------------------------------------------------------------------------------
# Payloads built from the annotations
# --------------------------------------------------------------------------------------

EXTRA = {"unknown_field": {"nested": [1, 2]}, "another_unknown": None}


def _variants(tp: Any) -> list[Any]:
    """The members of a union (None excluded; nested unions flattened)."""
    origin = get_origin(tp)
    if origin is Annotated:
        return _variants(get_args(tp)[0])
    if origin in UNION_TYPES:
        return [v for arg in get_args(tp) if arg is not type(None) for v in _variants(arg)]
    return [tp]


def sample(tp: Any, *, full: bool, extra: bool, depth: int = 0) -> Any:
    """A valid value of `tp`: required fields only, or (full) every field, every union variant
    in lists, and (extra) unknown fields in every object."""
    full = full and depth < 8
    variants = _variants(tp)
    if len(variants) > 1 or variants[0] is not tp:
        return sample(variants[0], full=full, extra=extra, depth=depth + 1)
    origin = get_origin(tp)
    if origin is Literal:
        return get_args(tp)[0]
    if origin is list:
        if not full:
            return []
        return [sample(v, full=full, extra=extra, depth=depth + 1) for v in _variants(get_args(tp)[0])]
    if origin is dict:
        return {"key": sample(get_args(tp)[1], full=full, extra=extra, depth=depth + 1)} if full else {}
    if isinstance(tp, type) and issubclass(tp, pydantic.BaseModel):
        data = {
            field.alias or name: sample(_field_annotation(field), full=full, extra=extra, depth=depth + 1)
            for name, field in tp.model_fields.items()
            if full or field.is_required()
        }
        return {**data, **EXTRA} if extra else data
    return SIMPLE[tp]


def valid_payloads(tp: Any) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for index, variant in enumerate(_variants(tp)):
        for kind, options in (("minimal", {}), ("full", {"full": True}), ("extra", {"full": True, "extra": True})):
            found[f"{kind}-{index}"] = sample(variant, **{"full": False, "extra": False, **options})
    return found


def invalid_payloads(tp: Any) -> dict[str, Any]:
    """Each field of the wrong type, each required field missing, an unknown tag, not an object."""
    found: dict[str, Any] = {"not-an-object": [["nested"]], "null": None}
    for index, variant in enumerate(_variants(tp)):
        if not (isinstance(variant, type) and issubclass(variant, pydantic.BaseModel)):
            continue
        base = sample(variant, full=True, extra=False)
        for name, field in variant.model_fields.items():
            key = field.alias or name
            found[f"{index}-wrong-{key}"] = {**base, key: [["wrong"]]}
            found[f"{index}-wrong-scalar-{key}"] = {**base, key: {"wrong": 1}}
            if field.is_required():
                found[f"{index}-missing-{key}"] = {k: v for k, v in base.items() if k != key}
        if "type" in base:
            found[f"{index}-unknown-tag"] = {**base, "type": FUTURE_TAG}
            found[f"{index}-no-tag"] = {k: v for k, v in base.items() if k != "type"}
    return found


# --------------------------------------------------------------------------------------
# Comparing outcomes
# --------------------------------------------------------------------------------------


def shape(value: Any) -> Any:
    """Everything observable about a parsed value: types, values, fields set and extras."""
    if isinstance(value, pydantic.BaseModel):
        return (
            type(value),
            sorted(value.model_fields_set),
            shape(value.model_extra),
            value.__pydantic_private__,
            {name: shape(item) for name, item in value.__dict__.items()},
        )
    if isinstance(value, list):
        return [shape(item) for item in value]
    if isinstance(value, dict):
        return {key: shape(item) for key, item in value.items()}
    return (type(value), value)


def outcome(validate: Callable[[Any], Any], data: Any) -> Any:
    try:
        value = validate(data)
    except pydantic.ValidationError as err:
        return ("error", err.title, err.errors(include_url=False))
    dumped = value.model_dump() if isinstance(value, pydantic.BaseModel) else None
    return ("ok", shape(value), dumped, value)


def assert_same(tp: Any, payloads: dict[str, Any]) -> None:
    schema = core_schema_for(tp)
    assert schema is not None, f"{tp} is not covered by the fast schema"
    ours = SchemaValidator(schema)
    theirs = pydantic.TypeAdapter(tp)
    for name, data in payloads.items():
        text = json.dumps(data)
        expected_json = outcome(theirs.validate_json, text)
        assert outcome(ours.validate_json, text) == expected_json, name
        expected_python = outcome(theirs.validate_python, data)
        assert outcome(ours.validate_python, data) == expected_python, name
        # Objects rather than dicts: models given back, and objects with attributes.
        others = [expected_python[-1]] if expected_python[0] == "ok" else []
        if isinstance(data, dict):
            others.append(SimpleNamespace(**data))
        for other in others:
            assert outcome(ours.validate_python, other) == outcome(theirs.validate_python, other), name


@pytest.mark.parametrize("model", MODELS, ids=lambda m: f"{m.__module__}.{m.__qualname__}")
def test_model_validates_as_with_pydantic(model: type[BaseModel]) -> None:
    payloads = valid_payloads(model)
    assert_same(model, payloads)
    assert_same(model, invalid_payloads(model))
    # The payloads are valid: the test compares real objects, not two errors.
    parsed = SchemaValidator(core_schema_for(model)).validate_python(payloads["extra-0"])  # type: ignore[arg-type]
    assert type(parsed) is model and parsed.model_extra == EXTRA


@pytest.mark.parametrize("name", sorted(UNIONS))
def test_union_validates_as_with_pydantic(name: str) -> None:
    union = UNIONS[name]
    assert_same(union, valid_payloads(union))
    assert_same(union, invalid_payloads(union))


# --------------------------------------------------------------------------------------
# What the rest of the runtime relies on
# --------------------------------------------------------------------------------------


class _Node(BaseModel):
    name: str = FieldInfo(alias="node-name")
    children: list[_Node] = []
    parent: _Node | None = None
    _seen: int = pydantic.PrivateAttr(default=3)


class _Tree(BaseModel):
    root: _Node
    other: _Node | None = None
    counts: dict[str, int] = {}


class _Small(BaseModel):
    a: int


class _Large(BaseModel):
    a: int
    b: str | None = None


def test_a_plain_union_picks_the_best_fit() -> None:
    # Both variants accept both payloads: which one wins is for Pydantic's "smart" mode to say
    # (since Pydantic 2.8, the one with more fields set).
    assert_same(_Small | _Large, {"small": {"a": 1}, "large": {"a": 1, "b": "x"}, "none": {}})


def test_recursion_aliases_defaults_and_private_attributes() -> None:
    assert core_schema_for(_Tree) is not None
    payloads = {
        "nested": {"root": {"node-name": "a", "children": [{"node-name": "b", "children": [{"name": "c"}]}]}},
        "by-name": {"root": {"name": "a", "parent": {"name": "p", "extra": 1}}, "other": {"node-name": "o"}},
        "wrong": {"root": {"children": [{"node-name": 3}]}},
    }
    assert_same(_Tree, payloads)
    tree = parse_obj(_Tree, payloads["nested"])
    assert tree.root.children[0]._seen == 3 and tree.root.children[0].children[0].name == "c"


def test_parsed_objects_behave_as_pydantic_ones() -> None:
    body = json.dumps(
        {
            "id": "msg_1",
            "type": "message",
            "role": "assistant",
            "model": "claude-sonnet-4-5",
            "content": [{"type": "text", "text": "Hi", "brand_new": 1}],
            "stop_reason": "end_turn",
            "usage": {"input_tokens": 1, "output_tokens": 2},
            "new_top_level": {"a": 1},
        }
    )
    message = parse_json(anthropic.types.Message, body)
    expected = anthropic.types.Message.model_validate_json(body)
    assert message == expected and type(message) is anthropic.types.Message
    assert message.model_fields_set == expected.model_fields_set
    assert message.model_extra == {"new_top_level": {"a": 1}}
    assert message.to_dict() == expected.to_dict() and message.to_json() == expected.to_json()
    assert message.content[0].to_dict() == {"type": "text", "text": "Hi", "brand_new": 1}
    set_request_id(message, "req_1")
    assert message._request_id == "req_1" and "_request_id" not in message.to_dict()
    assert message.model_copy(update={"id": "other"}).id == "other"


class _WithValidator(BaseModel):
    value: str

    @pydantic.field_validator("value")
    @classmethod
    def _upper(cls, value: str) -> str:
        return value.upper()


class _WithSet(BaseModel):
    values: set[int]


def test_what_the_builder_does_not_know_goes_to_pydantic() -> None:
    parsed_message = anthropic.types.ParsedMessage[_Tree]
    for tp in (
        parsed_message,
        anthropic.types.ParsedMessage,
        _WithValidator,
        _WithSet,
        list[_WithSet],
        typing.Sequence[int],
    ):
        assert core_schema_for(tp) is None, tp
    assert parse_obj(_WithValidator, {"value": "abc"}).value == "ABC"
    assert parse_obj(_WithSet, {"values": [1, 1, 2]}).values == {1, 2}
    body = {
        "id": "m",
        "type": "message",
        "role": "assistant",
        "model": "m",
        "content": [{"type": "text", "text": "t", "parsed_output": {"root": {"name": "n"}}}],
        "usage": {"input_tokens": 1, "output_tokens": 1},
    }
    parsed = parse_json(parsed_message, json.dumps(body))
    assert parsed == pydantic.TypeAdapter(parsed_message).validate_python(body)
    assert isinstance(parsed.content[0].parsed_output, _Tree)  # type: ignore[union-attr]


def test_a_validator_is_built_once_per_type(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[Any] = []
    real = _models.fast_validator

    def counting(tp: Any) -> Any:
        built.append(tp)
        return real(tp)

    monkeypatch.setattr(_models, "fast_validator", counting)
    tp = _Tree | _Node | None
    monkeypatch.delitem(_models._VALIDATORS, tp, raising=False)
    for _ in range(3):
        assert parse_obj(tp, {"root": {"name": "r"}}) == _Tree(root=_Node(name="r"))
        assert parse_json(tp, b"null") is None
    assert built == [tp]
