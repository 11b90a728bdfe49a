"""What differs between the Python and Pydantic versions we support, in one place."""

from __future__ import annotations

import sys
import typing
from functools import cached_property
from typing import Any

import typing_extensions
from typing_extensions import get_args, get_origin

__all__ = [
    "cached_property",
    "get_args",
    "get_origin",
    "is_annotated",
    "is_annotated_origin",
    "is_literal",
    "is_literal_origin",
    "is_union",
    "PY310",
]

PY310 = sys.version_info >= (3, 10)

if PY310:
    import types as _types

    _UNION_ORIGINS: tuple[Any, ...] = (typing.Union, _types.UnionType)
else:  # pragma: no cover - exercised on 3.9 only
    _UNION_ORIGINS = (typing.Union,)


def is_union(origin: Any) -> bool:
    """True for the origin of `Union[...]`/`Optional[...]` (and `X | Y` on 3.10+)."""
    return origin in _UNION_ORIGINS


# On older Pythons typing_extensions has its own `Literal` (and `Annotated`), distinct from
# typing's: a type may use either.
_LITERAL_ORIGINS = frozenset({typing.Literal, typing_extensions.Literal})
_ANNOTATED_ORIGINS = frozenset({typing.Annotated, typing_extensions.Annotated})


def is_annotated_origin(origin: Any) -> bool:
    return origin in _ANNOTATED_ORIGINS


def is_literal_origin(origin: Any) -> bool:
    return origin in _LITERAL_ORIGINS


def is_annotated(tp: Any) -> bool:
    return get_origin(tp) in _ANNOTATED_ORIGINS


def is_literal(tp: Any) -> bool:
    return get_origin(tp) in _LITERAL_ORIGINS
