"""Query string encoding of request parameters.

Scalars are written as text (`True` -> "true"); nested mappings as `a[b]=1` (or `a.b=1`);
lists as one comma-separated value (`ids=a,b`), as repeated keys (`ids=a&ids=b`), or
with brackets (`ids[]=a`) or indices (`ids[0]=a`), depending on `array_format`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, Tuple
from urllib.parse import parse_qs, urlencode

from typing_extensions import Literal

from ._types import NotGiven, Omit

__all__ = ["Querystring", "ArrayFormat", "NestedFormat"]

ArrayFormat = Literal["comma", "repeat", "indices", "brackets"]
NestedFormat = Literal["dots", "brackets"]


class Querystring:
    array_format: ArrayFormat
    nested_format: NestedFormat

    def __init__(self, *, array_format: ArrayFormat = "repeat", nested_format: NestedFormat = "brackets") -> None:
        self.array_format = array_format
        self.nested_format = nested_format

    def parse(self, query: str) -> Mapping[str, Any]:
        return parse_qs(query)

    def stringify(self, params: Mapping[str, Any]) -> str:
        return urlencode(self.stringify_items(params))

    def stringify_items(self, params: Mapping[str, Any]) -> List[Tuple[str, str]]:
        items: List[Tuple[str, str]] = []
        for key, value in params.items():
            self._add(key, value, items)
        return items

    def _add(self, key: str, value: Any, out: List[Tuple[str, str]]) -> None:
        if isinstance(value, (Omit, NotGiven)):
            return
        if isinstance(value, Mapping):
            for sub_key, item in value.items():
                name = f"{key}.{sub_key}" if self.nested_format == "dots" else f"{key}[{sub_key}]"
                self._add(name, item, out)
            return
        if isinstance(value, (list, tuple)):
            if self.array_format == "comma":
                texts = [_scalar(item) for item in value if not isinstance(item, (Omit, NotGiven))]
                out.append((key, ",".join(texts)))
            elif self.array_format == "repeat":
                for item in value:
                    self._add(key, item, out)
            elif self.array_format == "brackets":
                for item in value:
                    self._add(f"{key}[]", item, out)
            else:
                for index, item in enumerate(value):
                    self._add(f"{key}[{index}]", item, out)
            return
        out.append((key, _scalar(value)))


def _scalar(value: Any) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    return str(value)
