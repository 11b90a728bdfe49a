"""Everything about one request before it is sent: its options, its body, its path.

Generated resource methods use the small helpers here (`compact`, `merge_headers`,
`joined_header`, `path_param`, `extract_files`, `make_request_options`); the client turns the options into an `httpx.Request`.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import (
    IO,
    Any,
    Callable,
    Dict,
    List,
    Optional,
    Tuple,
    Union,
)
from urllib.parse import quote

import httpx
import pydantic
import pydantic_core
from pydantic import ConfigDict

from ._types import Body, FileTypes, Headers, NotGiven, Query, RequestOptions, not_given, omit

__all__ = [
    "FinalRequestOptions",
    "make_request_options",
    "compact",
    "merge_headers",
    "joined_header",
    "cookie_header",
    "path_param",
    "extract_files",
    "encode_json",
    "multipart_fields",
]

_SENTINELS = (omit, not_given)


class FinalRequestOptions(pydantic.BaseModel):
    """One request as the client will send it (before headers and the URL are resolved).

    A Pydantic model for compatibility with code that builds or inspects it, but the client
    never validates it: `FinalRequestOptions.build(...)` fills the instance directly.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True, defer_build=True)

    method: str
    url: str
    params: Mapping[str, object] = {}
    headers: Union[Headers, NotGiven] = not_given
    max_retries: Union[int, NotGiven] = not_given
    timeout: Union[float, httpx.Timeout, None, NotGiven] = not_given
    files: Optional[Any] = None
    idempotency_key: Optional[str] = None
    post_parser: Union[Callable[[Any], Any], NotGiven] = not_given
    follow_redirects: Optional[bool] = None
    content: Union[bytes, bytearray, IO[bytes], Iterable[bytes], AsyncIterable[bytes], None] = None
    json_data: Optional[Any] = None
    extra_json: Optional[Mapping[str, object]] = None

    @classmethod
    def build(
        cls,
        method: str,
        url: str,
        *,
        params: Optional[Mapping[str, object]] = None,
        headers: Union[Headers, NotGiven, None] = not_given,
        max_retries: Union[int, NotGiven] = not_given,
        timeout: Any = not_given,
        files: Optional[Any] = None,
        idempotency_key: Optional[str] = None,
        post_parser: Any = not_given,
        follow_redirects: Optional[bool] = None,
        content: Any = None,
        json_data: Optional[Any] = None,
        extra_json: Optional[Mapping[str, object]] = None,
    ) -> FinalRequestOptions:
        """Create the options without validation (the cheap way the client uses)."""
        obj = cls.__new__(cls)
        values = {
            "method": method,
            "url": url,
            "params": params if params is not None else {},
            "headers": headers if headers is not None else not_given,
            "max_retries": max_retries,
            "timeout": timeout,
            "files": files,
            "idempotency_key": idempotency_key,
            "post_parser": post_parser,
            "follow_redirects": follow_redirects,
            "content": content,
            "json_data": json_data,
            "extra_json": extra_json,
        }
        object.__setattr__(obj, "__dict__", values)
        object.__setattr__(obj, "__pydantic_fields_set__", {"method", "url"})
        object.__setattr__(obj, "__pydantic_extra__", None)
        object.__setattr__(obj, "__pydantic_private__", None)
        return obj

    def copy_with(self, **changes: Any) -> FinalRequestOptions:
        """A shallow copy with some fields replaced (the original is left untouched)."""
        obj = type(self).__new__(type(self))
        values = dict(self.__dict__)
        values.update(changes)
        object.__setattr__(obj, "__dict__", values)
        object.__setattr__(obj, "__pydantic_fields_set__", set(self.__pydantic_fields_set__) | set(changes))
        object.__setattr__(obj, "__pydantic_extra__", None)
        object.__setattr__(obj, "__pydantic_private__", None)
        return obj

    def get_max_retries(self, default: int) -> int:
        value = self.max_retries
        return default if value is not_given else value  # type: ignore[return-value]

    def __repr__(self) -> str:
        from ._logs import redact_headers

        parts = []
        for key, value in self.__dict__.items():
            if key == "headers" and isinstance(value, Mapping):
                value = redact_headers(value)
            parts.append(f"{key}={value!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    __str__ = __repr__


def make_request_options(
    *,
    query: Optional[Query] = None,
    extra_headers: Optional[Headers] = None,
    extra_query: Optional[Query] = None,
    extra_body: Optional[Body] = None,
    idempotency_key: Optional[str] = None,
    timeout: Any = not_given,
    post_parser: Any = not_given,
) -> RequestOptions:
    """The `options=` dict of a generated method call, from its `extra_*` parameters."""
    options: Dict[str, Any] = {}
    if extra_headers is not None:
        options["headers"] = extra_headers
    if extra_body is not None:
        options["extra_json"] = extra_body
    if query is not None:
        options["params"] = query if extra_query is None else {**query, **extra_query}
    elif extra_query is not None:
        options["params"] = extra_query
    if timeout is not not_given:
        options["timeout"] = timeout
    if idempotency_key is not None:
        options["idempotency_key"] = idempotency_key
    if post_parser is not not_given:
        options["post_parser"] = post_parser
    return options  # type: ignore[return-value]


def compact(values: Mapping[str, Any]) -> Dict[str, Any]:
    """`values` without the entries left out by the caller (`omit` / `not_given`)."""
    return {key: value for key, value in values.items() if value is not omit and value is not not_given}


def merge_headers(*sources: Optional[Headers]) -> Dict[str, Any]:
    """Header maps merged left to right: a later map wins. `None` maps are skipped."""
    merged: Dict[str, Any] = {}
    for source in sources:
        if source:
            merged.update(source)
    return merged


def joined_header(name: str, values: Any, defaults: Sequence[str] = ()) -> Dict[str, str]:
    """A header carrying a list as comma-separated values (e.g. the optional features a call uses).

    The method's built-in values (`defaults`) are appended to the caller's.
    """
    if values is omit or values is not_given or values is None:
        return {name: ",".join(defaults)} if defaults else {}
    items = [str(value) for value in values]
    items.extend(default for default in defaults if default not in items)
    return {name: ",".join(items)}


def cookie_header(values: Mapping[str, Any]) -> Dict[str, str]:
    """The `Cookie` header of a call's cookie parameters (omitted ones left out), each value
    percent-encoded where a cookie may not hold it; `{}` when none is given."""
    pairs = [
        f"{name}={quote(str(value), safe='!#$&()*+-./:<=>?@[]^_`{|}~')}"
        for name, value in values.items()
        if value is not omit and value is not not_given and value is not None
    ]
    return {"Cookie": "; ".join(pairs)} if pairs else {}


def path_param(name: str, value: Any) -> str:
    """`value` ready to be placed in a URL path as one segment.

    Empty values are refused (they would address a different endpoint), and every character
    that could change the path (`/`, `?`, `#`, `%`, and `.`/`..` segments) is percent-encoded.
    """
    if value is None or value is omit or value is not_given or (isinstance(value, str) and not value):
        raise ValueError(f"Expected a non-empty value for `{name}` but received {value!r}")
    text = value if isinstance(value, str) else str(value)
    encoded = quote(text, safe="")
    if encoded in (".", ".."):
        encoded = encoded.replace(".", "%2E")
    return encoded


def extract_files(body: Dict[str, Any], *, paths: Sequence[Sequence[str]]) -> List[Tuple[str, FileTypes]]:
    """Move the file values named by `paths` out of a multipart `body` (it is modified).

    A path is a list of keys; `"<array>"` stands for every item of a list, and adds `[]` to
    the form field name: `[["file"]]` takes `body["file"]`; `[["files", "<array>"]]` takes
    every item of `body["files"]` as a `files[]` field.
    """
    files: List[Tuple[str, FileTypes]] = []
    for path in paths:
        _extract(body, list(path), "", files)
    return files


def _extract(node: Any, path: List[str], field: str, out: List[Tuple[str, FileTypes]]) -> None:
    if not path:
        if node is not None and node is not omit and node is not not_given:
            out.append((field, node))
        return
    key, rest = path[0], path[1:]
    if key == "<array>":
        if _is_array(node):
            for item in node:
                _extract(item, rest, field + "[]", out)
        return
    if not isinstance(node, dict) or key not in node:
        return
    name = key if not field else f"{field}[{key}]"
    if all(part == "<array>" for part in rest):
        # The files themselves live under this key: take them out of the body.
        _extract(node.pop(key), rest, name, out)
    else:
        _extract(node[key], rest, name, out)


def _is_array(value: Any) -> bool:
    """A list of files (any iterable, generators included), as opposed to one file value."""
    if isinstance(value, (list, tuple)):
        return True
    return (
        isinstance(value, Iterable)
        and not isinstance(value, (str, bytes, bytearray, Mapping))
        and not hasattr(value, "read")
    )


# --------------------------------------------------------------------------------------
# JSON and form bodies
# --------------------------------------------------------------------------------------

_SCALARS = (str, int, float, bool)


def _is_plain(value: Any) -> bool:
    """True when `value` is made only of dicts, lists and JSON scalars (nothing to convert)."""
    kind = type(value)
    if kind is str or kind is int or kind is float or kind is bool or value is None:
        return True
    if kind is dict:
        for item in value.values():
            if not _is_plain(item):
                return False
        return True
    if kind is list:
        for item in value:
            if not _is_plain(item):
                return False
        return True
    return False


def _to_plain(value: Any) -> Any:
    """`value` with everything JSON cannot hold converted (see `encode_json`)."""
    if value is None or isinstance(value, _SCALARS):
        return value
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, Mapping):
        return {key: _to_plain(item) for key, item in value.items() if item is not omit and item is not not_given}
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray)):
        return value
    if isinstance(value, Iterable):
        return [_to_plain(item) for item in value if item is not omit and item is not not_given]
    return value


def encode_json(data: Any) -> bytes:
    """The JSON body of a request.

    Plain data (dicts, lists, scalars: what TypedDict params are) is serialized as it is.
    Anything else is converted first: models passed back (e.g. the content blocks of a
    response sent again in `messages`) become the fields the API sent, iterables and
    generators become lists, dates become ISO 8601, and `omit`/`not_given` values vanish.
    """
    if not _is_plain(data):
        data = _to_plain(data)
    try:
        return pydantic_core.to_json(data)
    except pydantic_core.PydanticSerializationError:
        where, value = _unserializable(data, "") or ("", data)
        raise TypeError(
            f"The request body cannot be sent as JSON: `{where or 'body'}` is a {type(value).__name__}"
            f" ({value!r:.80}), which JSON cannot represent."
        ) from None


def _unserializable(data: Any, path: str) -> Optional[Tuple[str, Any]]:
    """The first value JSON cannot hold, with its path (like `output_config.format`)."""
    if isinstance(data, Mapping):
        items: Any = ((f"{path}.{key}" if path else str(key), value) for key, value in data.items())
    elif isinstance(data, (list, tuple)):
        items = ((f"{path}[{index}]", value) for index, value in enumerate(data))
    else:
        try:
            pydantic_core.to_json(data)
        except pydantic_core.PydanticSerializationError:
            return path, data
        return None
    for where, value in items:
        found = _unserializable(value, where)
        if found is not None:
            return found
    return None


def multipart_fields(body: Mapping[str, Any]) -> List[Tuple[str, str]]:
    """The non-file parts of a multipart body: nested keys as `a[b]`, list items as `a[]`."""
    fields: List[Tuple[str, str]] = []
    for key, value in body.items():
        _flatten_form(key, value, fields)
    return fields


def _flatten_form(key: str, value: Any, out: List[Tuple[str, str]]) -> None:
    if value is omit or value is not_given or value is None:
        return
    if isinstance(value, bool):
        out.append((key, "true" if value else "false"))
    elif isinstance(value, Mapping):
        for sub_key, item in value.items():
            _flatten_form(f"{key}[{sub_key}]", item, out)
    elif isinstance(value, (list, tuple)):
        for item in value:
            _flatten_form(f"{key}[]", item, out)
    elif isinstance(value, pydantic.BaseModel):
        _flatten_form(key, value.model_dump(mode="json", by_alias=True, exclude_unset=True), out)
    else:
        out.append((key, str(value)))
