"""Validators for response types, without Pydantic's schema generation.

The first time a type is validated, Pydantic generates its core schema by walking every
annotation through machinery built for far more than response models use. For a `Message`
(about 17 models) that costs tens of milliseconds, paid on the first response and on the first
event of a stream; compiling the finished core schema takes a fraction of a millisecond.

The generated models use a handful of annotations, so `fast_validator` builds the same core
schema straight from their already-evaluated `model_fields`. It translates exactly that
handful and models configured like the generated ones. Anything else (generic models, custom
validators, annotations it does not know) gives `None`, and the caller uses Pydantic's
`TypeAdapter`: this module never guesses.

Only validation changes: the instances are the model classes' own, built by pydantic-core as
Pydantic builds them, and the classes keep their own Pydantic validators and serializers.
"""

from __future__ import annotations

import typing
from datetime import date, datetime
from typing import Any, Dict, List, Optional, Tuple, Type, cast

import pydantic
import pydantic_core
from pydantic import Discriminator
from pydantic.fields import FieldInfo
from pydantic_core import CoreSchema, core_schema as cs

from ._compat import get_args, get_origin, is_annotated_origin, is_literal_origin, is_union

__all__ = ["fast_validator", "core_schema_for"]


def fast_validator(tp: Any) -> Optional[pydantic_core.SchemaValidator]:
    """A compiled validator for `tp`, or `None` when `tp` needs Pydantic's own schema."""
    try:
        schema = core_schema_for(tp)
        return None if schema is None else pydantic_core.SchemaValidator(schema)
    except Exception:  # e.g. a pydantic-core older or newer than this module expects
        return None


def core_schema_for(tp: Any) -> Optional[CoreSchema]:
    """The core schema Pydantic would build for `tp`, or `None` outside the known subset."""
    builder = _Builder()
    try:
        root = builder.annotation(tp)
    except _Unsupported:
        return None
    return builder.finish(root)


class _Unsupported(Exception):
    """Something this module does not translate."""


# Shared by every schema built here: pydantic-core only reads them.
_SCALARS: Dict[Any, CoreSchema] = {
    str: cs.str_schema(),
    int: cs.int_schema(),
    float: cs.float_schema(),
    bool: cs.bool_schema(),
    type(None): cs.none_schema(),
    object: cs.any_schema(),
    Any: cs.any_schema(),
    datetime: cs.datetime_schema(),
    date: cs.date_schema(),
}

# Model settings that only matter to schema generation or serialization.
_NOT_VALIDATION_SETTINGS = frozenset({"defer_build", "protected_namespaces", "arbitrary_types_allowed"})

# pydantic-core 2.30 replaced `populate_by_name` with these two.
if "validate_by_name" in cs.CoreConfig.__annotations__:
    _BY_NAME: Dict[str, Any] = {"validate_by_alias": True, "validate_by_name": True}
else:  # pragma: no cover - older pydantic-core
    _BY_NAME = {"populate_by_name": True}


class _Builder:
    """One type's schema. Every model is first a definition reference; `finish` inlines the
    models used once (as Pydantic does, so validating them needs no definition lookup) and
    keeps the rest, recursive ones included, as shared definitions."""

    def __init__(self) -> None:
        self._models: Dict[type, cs.ModelSchema] = {}
        self._uses: Dict[type, List[Dict[str, Any]]] = {}  # the references to each model

    def annotation(self, tp: Any) -> CoreSchema:
        if _is_model(tp):
            return self._model(tp)
        origin = get_origin(tp)
        args = get_args(tp)
        if origin is None:
            try:
                return _SCALARS[tp]
            except (KeyError, TypeError):  # TypeError: unhashable
                raise _Unsupported(tp) from None
        if is_literal_origin(origin) and all(type(v) in (str, int, bool) for v in args):
            return cs.literal_schema(list(args))
        if is_union(origin):
            return self._union(args, None)
        if is_annotated_origin(origin):
            return self._annotated(args[0], args[1:])
        if origin is list and len(args) == 1:
            return cs.list_schema(self.annotation(args[0]))
        if origin is dict and len(args) == 2 and args[0] is str:
            return cs.dict_schema(_SCALARS[str], self.annotation(args[1]))
        raise _Unsupported(tp)

    def finish(self, root: CoreSchema) -> CoreSchema:
        definitions: List[CoreSchema] = []
        for model, uses in self._uses.items():
            schema = self._models[model]
            if len(uses) == 1:
                uses[0].clear()
                uses[0].update(schema)
            else:
                schema["ref"] = uses[0]["schema_ref"]
                definitions.append(schema)
        return cs.definitions_schema(root, definitions) if definitions else root

    def _annotated(self, inner: Any, metadata: Tuple[Any, ...]) -> CoreSchema:
        # The only metadata response types carry: a discriminator on a union.
        if len(metadata) != 1 or not is_union(get_origin(inner)):
            raise _Unsupported(inner, metadata)
        return self._union(get_args(inner), metadata[0])

    def _union(self, members: Tuple[Any, ...], discriminator: Any) -> CoreSchema:
        choices = [m for m in members if m is not type(None)]
        if discriminator is not None:
            schema = self._tagged_union(choices, discriminator)
        elif len(choices) == 1:
            schema = self.annotation(choices[0])
        else:
            schema = cs.union_schema([self.annotation(m) for m in choices])
        return cs.nullable_schema(schema) if len(choices) < len(members) else schema

    def _tagged_union(self, variants: List[Any], discriminator: Any) -> CoreSchema:
        if not (isinstance(discriminator, Discriminator) and isinstance(discriminator.discriminator, str)):
            raise _Unsupported(discriminator)
        tag = discriminator.discriminator
        choices: Dict[Any, CoreSchema] = {}
        for variant in variants:
            field = variant.model_fields.get(tag) if _is_model(variant) else None
            if field is None or not field.is_required() or field.alias not in (None, tag) or field.metadata:
                raise _Unsupported(variant, tag)
            if not is_literal_origin(get_origin(field.annotation)):
                raise _Unsupported(variant, tag)
            schema = self._model(variant)
            for value in get_args(field.annotation):
                if value in choices:  # Pydantic rejects such a union: let it say so
                    raise _Unsupported(variant, value)
                choices[value] = schema
        if len(variants) < 2:
            raise _Unsupported(variants)
        return cs.tagged_union_schema(
            choices,
            tag,
            custom_error_type=discriminator.custom_error_type,
            custom_error_message=discriminator.custom_error_message,
            custom_error_context=discriminator.custom_error_context,
            strict=False,
            from_attributes=True,
        )

    def _model(self, cls: Type[pydantic.BaseModel]) -> CoreSchema:
        use = cast(Dict[str, Any], cs.definition_reference_schema(f"{cls.__module__}.{cls.__qualname__}:{id(cls)}"))
        first = cls not in self._uses
        self._uses.setdefault(cls, []).append(use)
        if first:  # later uses, a recursive one included, only refer to it
            _check_model(cls)
            fields = {name: self._field(field) for name, field in cls.model_fields.items()}
            self._models[cls] = cs.model_schema(
                cls,
                cs.model_fields_schema(fields, model_name=cls.__name__),
                custom_init=False,
                root_model=False,
                post_init=getattr(cls, "__pydantic_post_init__", None),  # set up private attributes
                config=_core_config(cls),
            )
        return cast(CoreSchema, use)

    def _field(self, field: FieldInfo) -> cs.ModelField:
        metadata = tuple(field.metadata)
        if field.discriminator is not None:
            metadata += (_as_discriminator(field.discriminator),)
        schema = self._annotated(field.annotation, metadata) if metadata else self.annotation(field.annotation)
        if field.validation_alias != field.alias or field.validate_default:
            raise _Unsupported(field)
        if not field.is_required():
            if field.default_factory is not None:
                raise _Unsupported(field)
            schema = cs.with_default_schema(schema, default=field.default)
        return cs.model_field(schema, validation_alias=field.alias)


def _as_discriminator(value: Any) -> Any:
    return Discriminator(value) if isinstance(value, str) else value


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, pydantic.BaseModel)


def _check_model(cls: Type[pydantic.BaseModel]) -> None:
    """Raise `_Unsupported` when the model validates in ways not translated here."""
    decorators = cls.__pydantic_decorators__
    if (
        typing.Generic in cls.__mro__  # type parameters: Pydantic substitutes them
        or decorators.validators
        or decorators.field_validators
        or decorators.root_validators
        or decorators.model_validators
        or cls.__pydantic_custom_init__
        or cls.__pydantic_root_model__
        or not getattr(cls, "__pydantic_fields_complete__", True)
        or _defines_core_schema(cls)
        or any("__pydantic_extra__" in getattr(c, "__annotations__", {}) for c in cls.__mro__)
    ):
        raise _Unsupported(cls)


def _defines_core_schema(cls: type) -> bool:
    ours = getattr(pydantic.BaseModel.__get_pydantic_core_schema__, "__func__", None)
    return getattr(getattr(cls, "__get_pydantic_core_schema__", None), "__func__", None) is not ours


def _core_config(cls: Type[pydantic.BaseModel]) -> cs.CoreConfig:
    settings = {k: v for k, v in cls.model_config.items() if k not in _NOT_VALIDATION_SETTINGS}
    extra = settings.pop("extra", None)
    populate_by_name = settings.pop("populate_by_name", False)
    validate_by_name = settings.pop("validate_by_name", False)
    if (
        settings.pop("validate_by_alias", True) is not True
        or settings
        or extra not in (None, "allow", "ignore", "forbid")
    ):
        raise _Unsupported(cls)
    config: Dict[str, Any] = {"title": cls.__name__}
    if extra is not None:
        config["extra_fields_behavior"] = extra
    if populate_by_name or validate_by_name:
        config.update(_BY_NAME)
    return config  # type: ignore[return-value]
