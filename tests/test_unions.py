"""Every discriminated union in the response models picks its variant by the tag.

The unions are found by introspecting the generated package (every model field whose
annotation is a union carrying a discriminator), so a union added to the spec is covered
without touching this file. For each variant a minimal valid payload is built from the
variant's own fields; parsing it through the union must give an instance of that variant,
both with Pydantic's validation and through the SDK's response parsing. An unknown tag must
not crash the SDK's parsing.
"""

from __future__ import annotations

import importlib
import pkgutil
import typing
from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import anthropic.types
import pydantic
import pytest
from anthropic import BaseModel
from anthropic._models import parse_obj

UNION_TYPES = (Union, getattr(__import__("types"), "UnionType", Union))


@dataclass(frozen=True)
class Case:
    owner: str  # Model.field where the union was found
    union: Any  # the Annotated[Union[...], discriminator] annotation
    tag: str
    variant: type[BaseModel]

    @property
    def id(self) -> str:
        return f"{self.owner}->{self.variant.__name__}"


def _discriminator(metadata: tuple[Any, ...]) -> str | None:
    for item in metadata:
        found = getattr(item, "discriminator", None)
        if isinstance(found, str):
            return found
        inner = getattr(found, "discriminator", None)
        if isinstance(inner, str):
            return inner
    return None


def _discriminated_unions(annotation: Any) -> list[tuple[Any, str]]:
    """(annotation, tag) for every discriminated union inside a field annotation."""
    found: list[tuple[Any, str]] = []
    origin = get_origin(annotation)
    if origin is Annotated:
        inner, *metadata = get_args(annotation)
        tag = _discriminator(tuple(metadata))
        if tag is not None and get_origin(inner) in UNION_TYPES:
            found.append((annotation, tag))
        found.extend(_discriminated_unions(inner))
        return found
    for arg in get_args(annotation):
        found.extend(_discriminated_unions(arg))
    return found


def _models() -> list[type[BaseModel]]:
    models: dict[str, type[BaseModel]] = {}
    for info in pkgutil.walk_packages(anthropic.types.__path__, "anthropic.types."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, BaseModel) and value.__module__ == module.__name__:
                models[f"{value.__module__}.{value.__qualname__}"] = value
    return [models[key] for key in sorted(models)]


def _cases() -> list[Case]:
    cases: dict[str, Case] = {}
    for model in _models():
        for name, field in model.model_fields.items():
            annotation = field.annotation
            if field.metadata:
                annotation = Annotated[(annotation, *field.metadata)]  # type: ignore[valid-type]
            for union, tag in _discriminated_unions(annotation):
                members = get_args(get_args(union)[0])
                for variant in members:
                    if isinstance(variant, type) and issubclass(variant, BaseModel):
                        case = Case(f"{model.__name__}.{name}", union, tag, variant)
                        cases.setdefault(case.id, case)
    return [cases[key] for key in sorted(cases)]


def minimal(annotation: Any, depth: int = 0) -> Any:
    """A small valid value for an annotation (required model fields only)."""
    if depth > 12:
        raise RecursionError(annotation)
    origin = get_origin(annotation)
    if origin is Annotated:
        return minimal(get_args(annotation)[0], depth + 1)
    if origin is Literal:
        return get_args(annotation)[0]
    if origin in UNION_TYPES:
        options = [a for a in get_args(annotation) if a is not type(None)]
        return minimal(options[0], depth + 1)
    if origin in (list, list, typing.Sequence, typing.Iterable):
        return []
    if origin in (dict, dict, typing.Mapping):
        return {}
    if isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel):
        return {
            field.alias or name: minimal(field.annotation, depth + 1)
            for name, field in annotation.model_fields.items()
            if field.is_required()
        }
    simple = {str: "x", int: 1, float: 1.5, bool: True, datetime: "2025-01-01T00:00:00Z", date: "2025-01-01"}
    if annotation in simple:
        return simple[annotation]
    return {}


CASES = _cases()


def test_the_response_models_have_discriminated_unions() -> None:
    # Content blocks, stream events, deltas, batch results, citations... at least these.
    owners = {case.owner for case in CASES}
    for expected in ("Message.content", "RawContentBlockDeltaEvent.delta", "MessageBatchIndividualResponse.result"):
        assert expected in owners
    assert len({case.union for case in CASES}) >= 20


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_each_variant_is_picked_by_its_tag(case: Case) -> None:
    payload = minimal(case.variant)
    assert isinstance(payload, dict) and case.tag in payload
    strict = pydantic.TypeAdapter(case.union).validate_python(payload)
    assert type(strict) is case.variant
    parsed = parse_obj(case.union, payload)
    assert type(parsed) is case.variant
    assert getattr(parsed, case.tag) == payload[case.tag]


@pytest.mark.parametrize("case", CASES[:: max(1, len(CASES) // 25)], ids=lambda c: c.id)
def test_an_unknown_tag_does_not_crash_parsing(case: Case) -> None:
    payload = {case.tag: "a_variant_from_the_future", "extra": {"nested": [1, 2]}}
    parsed = parse_obj(case.union, payload)
    assert getattr(parsed, case.tag) == "a_variant_from_the_future"
    assert parsed.to_dict()["extra"] == {"nested": [1, 2]}
