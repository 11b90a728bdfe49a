"""Event models whose snapshot fields are computed on first read.

A helper event such as `TextEvent` carries the block's text so far (`snapshot`). Building
that string for every event would copy the whole text each time (quadratic in the length of
the answer), so the stream builds events with a reference to its accumulator and the
position the event was emitted at; the snapshot is joined (or parsed) the first time it is
read, and then stored as an ordinary field value. Everything that reads the fields as a
whole (`model_dump`, `to_json`, `repr`, `==`, copies, pickling) fills them in first.
"""

from __future__ import annotations

from typing import Any, ClassVar, Optional

import pydantic

from ..._models import BaseModel

__all__ = ["LazySnapshotModel", "build_model", "fields_of"]

_set = object.__setattr__
# The slots every Pydantic model instance has, set through their descriptors (the fastest way
# to build an instance without running validation).
_slots = pydantic.BaseModel.__dict__
_set_fields_set = _slots["__pydantic_fields_set__"].__set__
_set_extra = _slots["__pydantic_extra__"].__set__
_set_private = _slots["__pydantic_private__"].__set__

# Field names per class, shared by the instances built here (they always have every field).
_FIELDS: dict[type, set[str]] = {}


def fields_of(cls: Any) -> set[str]:
    found = _FIELDS.get(cls)
    if found is None:
        found = _FIELDS[cls] = set(cls.model_fields)
    return found


def build_model(cls: Any, values: dict[str, Any], fields_set: set[str]) -> Any:
    """An instance of `cls` from values already of the right types (no validation)."""
    obj = cls.__new__(cls)
    _set(obj, "__dict__", values)
    _set_fields_set(obj, fields_set)
    _set_extra(obj, {})
    _set_private(obj, None)
    return obj


class LazySnapshotModel(BaseModel):
    """Base of events with a `snapshot` field that may still have to be computed."""

    # Fields a pending source fills in.
    _lazy_fields: ClassVar[tuple[str, ...]] = ("snapshot",)

    @classmethod
    def _pending(cls, values: dict[str, Any], source: Any, position: int) -> Any:
        """An event whose lazy fields come from `source.value_at(position)` on first read."""
        obj = cls.__new__(cls)
        _set(obj, "__dict__", values)
        _set_fields_set(obj, _FIELDS.get(cls) or fields_of(cls))
        _set_extra(obj, {})
        _set_private(obj, {"_source": (source, position)})
        return obj

    def _fill(self) -> None:
        private: Optional[dict[str, Any]] = self.__pydantic_private__
        if private:
            pending = private.pop("_source", None)
            if pending is not None:
                value = pending[0].value_at(pending[1])
                for name in self._lazy_fields:
                    self.__dict__[name] = value
            if not private:
                _set(self, "__pydantic_private__", None)

    def __getattr__(self, name: str) -> Any:
        if name in type(self)._lazy_fields:
            self._fill()
            try:
                return self.__dict__[name]
            except KeyError:
                pass
        return super().__getattr__(name)  # type: ignore[misc]

    # Whole-model operations see every field.

    def model_dump(self, **kwargs: Any) -> dict[str, Any]:
        self._fill()
        return super().model_dump(**kwargs)

    def model_dump_json(self, **kwargs: Any) -> str:
        self._fill()
        return super().model_dump_json(**kwargs)

    def model_copy(self, *args: Any, **kwargs: Any) -> Any:
        self._fill()
        return super().model_copy(*args, **kwargs)

    def __repr_args__(self) -> Any:
        self._fill()
        return super().__repr_args__()

    def __eq__(self, other: object) -> bool:
        self._fill()
        if isinstance(other, LazySnapshotModel):
            other._fill()
        return super().__eq__(other)

    __hash__ = None  # type: ignore[assignment]

    def __iter__(self) -> Any:
        self._fill()
        return super().__iter__()

    def __copy__(self) -> Any:
        self._fill()
        return super().__copy__()

    def __deepcopy__(self, memo: Optional[dict[int, Any]] = None) -> Any:
        self._fill()
        return super().__deepcopy__(memo)

    def __getstate__(self) -> dict[Any, Any]:
        self._fill()
        return super().__getstate__()
