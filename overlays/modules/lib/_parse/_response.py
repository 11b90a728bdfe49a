"""Reading structured answers back: the requested type's schema, and text -> instance."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional, TypeVar

import pydantic

from ..._types import NotGiven, Omit
from ._transform import transform_schema

if TYPE_CHECKING:
    from ..._models import BaseModel

__all__ = [
    "ResponseFormatT",
    "is_given_format",
    "is_type_format",
    "format_schema",
    "output_config_with_format",
    "parse_text",
    "parse_message",
    "parsed_text_block",
]

ResponseFormatT = TypeVar("ResponseFormatT")

_ADAPTERS: dict[Any, pydantic.TypeAdapter[Any]] = {}


def is_given_format(value: object) -> bool:
    """Whether an `output_format` argument was given (not omitted and not None)."""
    return value is not None and not isinstance(value, (NotGiven, Omit))


def is_type_format(value: object) -> bool:
    """Whether an `output_format` names a type to parse into (rather than a raw format dict)."""
    return is_given_format(value) and not isinstance(value, dict)


def _adapter(tp: Any) -> pydantic.TypeAdapter[Any]:
    try:
        found = _ADAPTERS.get(tp)
    except TypeError:  # unhashable type expression
        return pydantic.TypeAdapter(tp)
    if found is None:
        found = _ADAPTERS[tp] = pydantic.TypeAdapter(tp)
    return found


def _type_name(tp: Any) -> str:
    return getattr(tp, "__name__", None) or repr(tp)


def format_schema(output_format: Any) -> dict[str, Any]:
    """The `{"type": "json_schema", "schema": ...}` format the API takes for `output_format`:
    a type's JSON schema (transformed with `transform_schema`), or a format dict as given."""
    if isinstance(output_format, dict):
        return output_format
    if isinstance(output_format, type) and issubclass(output_format, pydantic.BaseModel):
        schema = output_format.model_json_schema()
    else:
        try:
            schema = _adapter(output_format).json_schema()
        except pydantic.PydanticUserError as err:
            raise TypeError(f"output_format {_type_name(output_format)} has no JSON schema: {err}") from err
    return {"type": "json_schema", "schema": transform_schema(schema)}


DEPRECATED_OUTPUT_FORMAT = "`output_format` is deprecated: give the format as `output_config.format` instead."


def output_config_with_format(
    output_config: Any, output_format: Any, *, deprecated: bool = False, stacklevel: int = 3
) -> Any:
    """`output_config` with `format` set from `output_format` (when one was given).

    With `deprecated` (the beta Messages API, where `output_format` is the older spelling),
    a given `output_format` also warns; `stacklevel` points the warning at the user's call
    (the default: the caller of the helper that called this).
    """
    if not is_given_format(output_format):
        return output_config
    if isinstance(output_config, dict) and output_config.get("format") is not None:
        from ..._exceptions import AnthropicError

        raise AnthropicError(
            "The output format was given twice, as `output_format` and as `output_config.format`: "
            "give only `output_config.format`."
        )
    if deprecated:
        import warnings

        warnings.warn(DEPRECATED_OUTPUT_FORMAT, DeprecationWarning, stacklevel=stacklevel)
    config: dict[str, Any] = dict(output_config) if isinstance(output_config, dict) else {}
    config["format"] = format_schema(output_format)
    return config


def parse_text(text: str, output_format: Any) -> Any:
    """`text` (the model's JSON answer) as an instance of `output_format`.

    Raises `pydantic.ValidationError` (whose message names the type) when the text is not
    JSON or does not match the type.
    """
    if isinstance(output_format, type) and issubclass(output_format, pydantic.BaseModel):
        return output_format.model_validate_json(text)
    return _adapter(output_format).validate_json(text)


def parsed_text_block(block: Any, text_cls: type[BaseModel], output_format: Any) -> Any:
    """A copy of a text block as `text_cls` (a Parsed*TextBlock), with `parsed_output` set
    when `output_format` is a type."""
    values = dict(block.__dict__)
    fields_set = set(block.__pydantic_fields_set__)
    if is_type_format(output_format):
        values["parsed_output"] = parse_text(values.get("text") or "", output_format)
        fields_set.add("parsed_output")
    else:
        values.setdefault("parsed_output", None)
    return _build(text_cls, values, fields_set, block.__pydantic_extra__)


def parse_message(message: Any, output_format: Any, message_cls: type[BaseModel], text_cls: type[BaseModel]) -> Any:
    """`message` as `message_cls` (a Parsed*Message) whose text blocks are parsed."""
    values = dict(message.__dict__)
    values["content"] = [
        parsed_text_block(block, text_cls, output_format) if getattr(block, "type", None) == "text" else block
        for block in message.content
    ]
    return _build(message_cls, values, set(message.__pydantic_fields_set__), message.__pydantic_extra__)


def _build(cls: Any, values: dict[str, Any], fields_set: Any, extra: Optional[dict[str, Any]]) -> Any:
    obj = cls.__new__(cls)
    object.__setattr__(obj, "__dict__", values)
    object.__setattr__(obj, "__pydantic_fields_set__", fields_set)
    object.__setattr__(obj, "__pydantic_extra__", dict(extra) if extra is not None else {})
    object.__setattr__(obj, "__pydantic_private__", None)
    return obj
