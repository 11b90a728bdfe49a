"""The base class of response models, and how responses become models.

Parsing has two paths:

* **fast**: Pydantic's compiled validator, in lax mode, straight from the response bytes
  (`parse_json`) or from already-decoded data (`parse_obj`). Unknown fields are kept. Its
  core schema comes from `_schema` (cheap to build) when the type allows, else from Pydantic.
* **lenient**: used only when the fast path rejects the data. It builds the declared types
  field by field without validating (`construct_value`): unknown fields are kept, an object
  whose discriminator names a variant we do not know becomes a plain `BaseModel`, a missing
  field reads as `None`, and a value of an unexpected type is kept as it came.

A client built with `_strict_response_validation=True` skips the lenient path: data that
does not match its type raises `APIResponseValidationError` instead.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Annotated, Any, Callable, ClassVar, Dict, Optional, Set, Tuple, Type, TypeVar, Union, cast

import pydantic
import pydantic_core
from pydantic import ConfigDict, Discriminator, TypeAdapter
from typing_extensions import Literal

from ._compat import get_args, get_origin, is_annotated_origin, is_literal_origin, is_union
from ._schema import fast_validator

__all__ = [
    "BaseModel",
    "Discriminator",
    "FieldInfo",
    "parse_json",
    "parse_obj",
    "construct_value",
    "construct_type",
    "validate_type",
    "json_validator",
]

_T = TypeVar("_T")
_ModelT = TypeVar("_ModelT", bound=pydantic.BaseModel)


class BaseModel(pydantic.BaseModel):
    """Base of every response object.

    Fields the API sends that this version of the package does not declare are kept and
    readable as attributes (`model.new_field`) and appear in `to_dict()`.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
        protected_namespaces=(),
        arbitrary_types_allowed=True,
    )

    # The request id (`_settings.REQUEST_ID_HEADER`) of the response this object was parsed
    # from (top-level objects only). Kept outside Pydantic's private attributes so building
    # nested models costs nothing extra.
    _request_id: ClassVar[Optional[str]] = None

    def __str__(self) -> str:
        # `ClassName(field=value, ...)`, as `repr()`: printing a response shows what it is.
        return self.__repr__()

    @classmethod
    def model_construct(cls: Type[_ModelT], _fields_set: Optional[Set[str]] = None, **values: Any) -> _ModelT:
        """Build an instance from plain data without validating it.

        Nested data becomes the declared types as far as it fits (models, lists and maps of
        them, union variants chosen by their tag); keys the class does not declare are kept
        as extra fields. `_fields_set` overrides which fields count as given.
        """
        obj = _construct_model(cls, values)
        if _fields_set is not None:
            object.__setattr__(obj, "__pydantic_fields_set__", set(_fields_set))
        return obj

    @classmethod
    def construct(cls: Type[_ModelT], _fields_set: Optional[Set[str]] = None, **values: Any) -> _ModelT:
        """The same as `model_construct` (the name older code uses); no deprecation warning."""
        return cls.model_construct(_fields_set, **values)

    def to_dict(
        self,
        *,
        mode: Literal["json", "python"] = "python",
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool = True,
    ) -> Dict[str, object]:
        """This object as a dictionary.

        Args:
            mode: "json" gives only JSON-compatible values (datetimes become strings);
                "python" keeps Python objects.
            use_api_names: key by the names the API uses rather than the attribute names.
            exclude_unset: leave out fields the API did not send.
            exclude_defaults: leave out fields whose value equals their default.
            exclude_none: leave out fields whose value is `None`.
            warnings: warn when a value does not match its declared type.
        """
        return self.model_dump(
            mode=mode,
            by_alias=use_api_names,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
            warnings=warnings,
        )

    def to_json(
        self,
        *,
        indent: Optional[int] = 2,
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool = True,
    ) -> str:
        """This object as a JSON string (options as in `to_dict`; `indent=None` for one line)."""
        return self.model_dump_json(
            indent=indent,
            by_alias=use_api_names,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
            warnings=warnings,
        )


def FieldInfo(*, alias: Optional[str] = None, default: Any = pydantic_core.PydanticUndefined, **kwargs: Any) -> Any:
    """A model field whose name on the wire (`alias`) differs from its attribute name."""
    return pydantic.Field(default, alias=alias, **kwargs)


def set_request_id(obj: object, request_id: Optional[str]) -> None:
    """Record the response's request id on a parsed top-level model."""
    if request_id is not None and isinstance(obj, BaseModel):
        # Straight into the instance dict: not a field, so never serialized.
        object.__setattr__(obj, "_request_id", request_id)


# --------------------------------------------------------------------------------------
# Fast path: compiled validators, cached per type
# --------------------------------------------------------------------------------------

_Validator = Tuple[Callable[..., Any], Callable[..., Any]]  # (validate_json, validate_python)
_VALIDATORS: Dict[Any, _Validator] = {}


def _build_validator(tp: Any) -> _Validator:
    fast = fast_validator(tp)  # the same validator, without Pydantic's costly schema generation
    if fast is not None:
        return fast.validate_json, fast.validate_python
    adapter: TypeAdapter[Any] = TypeAdapter(tp)
    core = getattr(adapter, "validator", None)
    if isinstance(core, pydantic_core.SchemaValidator):
        return core.validate_json, core.validate_python
    return adapter.validate_json, adapter.validate_python


def _validator(tp: Any) -> _Validator:
    try:
        return _VALIDATORS[tp]
    except KeyError:
        found = _VALIDATORS[tp] = _build_validator(tp)
        return found
    except TypeError:  # an unhashable type expression: build it every time
        return _build_validator(tp)


def json_validator(tp: Any) -> Callable[[Union[str, bytes, bytearray]], Any]:
    """The cached `validate_json` of a type: bytes in, validated objects out."""
    return _validator(tp)[0]


def parse_json(tp: Type[_T], data: Union[str, bytes, bytearray], *, strict: bool = False) -> _T:
    """Build `tp` from JSON text: fast path first, lenient fallback unless `strict`.

    Raises `pydantic.ValidationError` in strict mode; raises `ValueError` when `data` is not
    JSON at all.
    """
    try:
        return cast(_T, _validator(tp)[0](data))
    except pydantic.ValidationError:
        if strict:
            raise
    return cast(_T, construct_value(tp, json.loads(data)))


def parse_obj(tp: Type[_T], value: object, *, strict: bool = False) -> _T:
    """Build `tp` from decoded JSON data (dicts, lists, scalars), like `parse_json`."""
    try:
        return cast(_T, _validator(tp)[1](value))
    except pydantic.ValidationError:
        if strict:
            raise
    return cast(_T, construct_value(tp, value))


def validate_type(*, type_: Type[_T], value: object) -> _T:
    """Validate `value` as `type_`, raising `pydantic.ValidationError` when it does not fit."""
    return cast(_T, _validator(type_)[1](value))


def construct_type(*, type_: Any, value: object) -> Any:
    """Build `type_` from decoded data without validating it (the lenient path)."""
    return construct_value(type_, value)


# --------------------------------------------------------------------------------------
# Lenient path: build the declared types without validation
# --------------------------------------------------------------------------------------

_SEQUENCE_ORIGINS = (list, tuple, set, frozenset)
_MAPPING_ORIGINS = (dict,)


def construct_value(tp: Any, value: Any) -> Any:
    """`value` (decoded JSON) shaped as `tp` as far as it fits; never raises."""
    if value is None:
        return None
    origin = get_origin(tp)
    if is_annotated_origin(origin):
        args = get_args(tp)
        tag = _discriminator_field(args[1:])
        inner = args[0]
        if tag is not None and is_union(get_origin(inner)):
            return _construct_union(get_args(inner), value, tag)
        return construct_value(inner, value)
    if is_union(origin):
        return _construct_union(get_args(tp), value, None)
    if origin is not None:
        if isinstance(origin, type) and issubclass(origin, pydantic.BaseModel):
            # A parametrized generic model given as `Model[T]` without its own class.
            return _construct_model(tp, value) if isinstance(value, dict) else value
        if is_literal_origin(origin):
            return value
        args = get_args(tp)
        if isinstance(origin, type) and issubclass(origin, _SEQUENCE_ORIGINS) or _is_abc_sequence(origin):
            if not isinstance(value, list):
                return value
            item = args[0] if args else Any
            return [construct_value(item, v) for v in value]
        if isinstance(origin, type) and issubclass(origin, _MAPPING_ORIGINS) or _is_abc_mapping(origin):
            if not isinstance(value, dict):
                return value
            item = args[1] if len(args) == 2 else Any
            return {k: construct_value(item, v) for k, v in value.items()}
        return value
    if isinstance(tp, type):
        if issubclass(tp, pydantic.BaseModel):
            return _construct_model(tp, value) if isinstance(value, dict) else value
        if tp in (datetime, date):
            try:
                return _validator(tp)[1](value)
            except (pydantic.ValidationError, TypeError):
                return value
    return value


def _is_abc_sequence(origin: Any) -> bool:
    import collections.abc as abc

    return origin in (abc.Sequence, abc.MutableSequence, abc.Iterable, abc.Collection)


def _is_abc_mapping(origin: Any) -> bool:
    import collections.abc as abc

    return origin in (abc.Mapping, abc.MutableMapping)


def _discriminator_field(metadata: Tuple[Any, ...]) -> Optional[str]:
    for item in metadata:
        if isinstance(item, Discriminator) and isinstance(item.discriminator, str):
            return item.discriminator
        found = getattr(item, "discriminator", None)  # PropertyInfo / FieldInfo
        if isinstance(found, str):
            return found
    return None


def _construct_union(variants: Tuple[Any, ...], value: Any, tag: Optional[str]) -> Any:
    variants = tuple(v for v in variants if v is not type(None))
    if not variants:
        return value
    if len(variants) == 1:
        return construct_value(variants[0], value)
    if isinstance(value, dict):
        if tag is None:
            tag = _implicit_tag(variants)
        if tag is not None:
            chosen = _tag_map(variants, tag).get(value.get(tag)) if isinstance(value.get(tag), str) else None
            if chosen is not None:
                return construct_value(chosen, value)
            if value.get(tag) is not None:
                # A variant this version does not know yet: keep every field readable.
                return _construct_unknown(value)
    for variant in variants:  # the first variant the data fully fits
        try:
            return _validator(variant)[1](value)
        except (pydantic.ValidationError, TypeError):
            continue
    if isinstance(value, dict):
        models = [v for v in variants if isinstance(v, type) and issubclass(v, pydantic.BaseModel)]
        if models:
            best = max(models, key=lambda m: len(_wire_fields(m).keys() & value.keys()))
            return construct_value(best, value)
        return value
    return value


def _ensure_built(cls: Type[pydantic.BaseModel]) -> None:
    """Build a deferred model's validator and serializer, which objects built without
    validation need too (to be dumped)."""
    if cls.__pydantic_complete__ and isinstance(
        cls.__dict__.get("__pydantic_serializer__"), pydantic_core.SchemaSerializer
    ):
        return
    try:
        cls.model_rebuild(force=True)
    except Exception:  # unresolved names: use the annotations as they are
        pass


def _construct_unknown(value: Dict[str, Any]) -> BaseModel:
    if BaseModel not in _WIRE_FIELDS:
        _wire_fields(BaseModel)
    obj = BaseModel.__new__(BaseModel)
    object.__setattr__(obj, "__dict__", {})
    object.__setattr__(obj, "__pydantic_fields_set__", set())
    object.__setattr__(obj, "__pydantic_extra__", dict(value))
    object.__setattr__(obj, "__pydantic_private__", None)
    return obj


_TAG_MAPS: Dict[Tuple[Any, ...], Dict[Any, Any]] = {}


def _tag_map(variants: Tuple[Any, ...], tag: str) -> Dict[Any, Any]:
    """{discriminator value: variant} for the model variants of a union."""
    key = (variants, tag)
    found = _TAG_MAPS.get(key)
    if found is None:
        found = {}
        for variant in variants:
            if not (isinstance(variant, type) and issubclass(variant, pydantic.BaseModel)):
                continue
            entry = _wire_fields(variant).get(tag)
            if entry is None:
                continue
            for literal in _literal_values(entry[1]):
                found.setdefault(literal, variant)
        _TAG_MAPS[key] = found
    return found


def _implicit_tag(variants: Tuple[Any, ...]) -> Optional[str]:
    """`type` when every variant is a model with a literal `type` field."""
    for variant in variants:
        if not (isinstance(variant, type) and issubclass(variant, pydantic.BaseModel)):
            return None
        entry = _wire_fields(variant).get("type")
        if entry is None or not _literal_values(entry[1]):
            return None
    return "type"


def _literal_values(tp: Any) -> Tuple[Any, ...]:
    origin = get_origin(tp)
    if is_literal_origin(origin):
        return get_args(tp)
    if is_annotated_origin(origin):
        return _literal_values(get_args(tp)[0])
    if is_union(origin):
        return tuple(v for arg in get_args(tp) for v in _literal_values(arg))
    return ()


# Per model class: {wire name: (attribute name, annotation, default factory or marker)}
_WIRE_FIELDS: Dict[type, Dict[str, Tuple[str, Any, Any]]] = {}
_REQUIRED = object()


def _wire_fields(cls: Type[pydantic.BaseModel]) -> Dict[str, Tuple[str, Any, Any]]:
    found = _WIRE_FIELDS.get(cls)
    if found is None:
        _ensure_built(cls)
        found = {}
        for name, field in cls.model_fields.items():
            annotation: Any = field.annotation
            declared = field.discriminator
            discriminator = declared.discriminator if isinstance(declared, Discriminator) else declared
            if isinstance(discriminator, str):
                annotation = Annotated[annotation, Discriminator(discriminator)]
            default = _REQUIRED if field.is_required() else field
            found[field.alias or name] = (name, annotation, default)
        _WIRE_FIELDS[cls] = found
    return found


def _construct_model(cls: Type[_ModelT], data: Dict[str, Any]) -> _ModelT:
    fields = _wire_fields(cls)
    given: Dict[str, Any] = {}
    extra: Dict[str, Any] = {}
    by_name = None
    for key, raw in data.items():
        entry = fields.get(key)
        if entry is None:
            if by_name is None:
                by_name = {e[0]: e for e in fields.values()}
            entry = by_name.get(key)
            if entry is None:
                extra[key] = raw
                continue
        given[entry[0]] = construct_value(entry[1], raw)
    # In the order the class declares its fields (the order of dumps and of the repr),
    # whatever the order of the data.
    values: Dict[str, Any] = {}
    for name, _annotation, default in fields.values():
        if name in given:
            values[name] = given[name]
        else:
            # A field the data lacks: its default, or None when it has none.
            values[name] = None if default is _REQUIRED else default.get_default(call_default_factory=True)
    fields_set = set(given)
    obj = cls.__new__(cls)
    object.__setattr__(obj, "__dict__", values)
    object.__setattr__(obj, "__pydantic_fields_set__", fields_set)
    object.__setattr__(obj, "__pydantic_extra__", extra if cls.model_config.get("extra") == "allow" else None)
    object.__setattr__(obj, "__pydantic_private__", None)
    if cls.__private_attributes__:
        object.__setattr__(
            obj,
            "__pydantic_private__",
            {
                k: v.get_default()
                for k, v in cls.__private_attributes__.items()
                if v.get_default() is not pydantic_core.PydanticUndefined
            },
        )
    return obj


def __getattr__(name: str) -> Any:
    # `FinalRequestOptions` used to live here; it is defined with the other request helpers.
    if name in ("FinalRequestOptions", "FinalRequestOptionsInput"):
        from . import _request

        return getattr(_request, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
