"""Python functions as tools the model can call: `@beta_tool` / `@beta_async_tool`.

A decorated function keeps working as a plain function and also knows how to describe
itself to the API (`to_dict()`: name, description, JSON schema of its input) and how to
run a call the model made (`call(input)`: validate the input, then call the function).

The schema comes from the signature: each parameter becomes a property (its annotation
gives the type, its default makes it optional), and the docstring gives the description
of the tool and of each parameter (Google, NumPy, reST and Epydoc styles are understood).
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import typing
from abc import ABC, abstractmethod
from collections.abc import Awaitable, Iterable, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Callable,
    Generic,
    Optional,
    TypeVar,
    Union,
    cast,
    overload,
)

import pydantic
from typing_extensions import TypeAlias

from ...types.beta.beta_image_block_param import BetaImageBlockParam
from ...types.beta.beta_request_document_block_param import BetaRequestDocumentBlockParam
from ...types.beta.beta_search_result_block_param import BetaSearchResultBlockParam
from ...types.beta.beta_text_block_param import BetaTextBlockParam
from ...types.beta.beta_tool_reference_block_param import BetaToolReferenceBlockParam

if TYPE_CHECKING:
    from ...types.beta.beta_tool_param import BetaToolParam, InputSchema
    from ...types.beta.beta_tool_union_param import BetaToolUnionParam

__all__ = [
    "BetaFunctionToolResultType",
    "BetaFunctionTool",
    "BetaAsyncFunctionTool",
    "BetaBuiltinFunctionTool",
    "BetaAsyncBuiltinFunctionTool",
    "BetaRunnableTool",
    "BetaAsyncRunnableTool",
    "beta_tool",
    "beta_async_tool",
]

BetaFunctionToolResultType: TypeAlias = Union[
    str,
    Iterable[
        Union[
            BetaTextBlockParam,
            BetaImageBlockParam,
            BetaSearchResultBlockParam,
            BetaRequestDocumentBlockParam,
            BetaToolReferenceBlockParam,
        ]
    ],
]
"""What a tool returns: text, or a list of content blocks (text, images, documents, ...)."""

CallableT = TypeVar("CallableT", bound=Callable[..., Any])
FunctionT = TypeVar("FunctionT", bound=Callable[..., Any])
AsyncFunctionT = TypeVar("AsyncFunctionT", bound=Callable[..., Awaitable[Any]])


# --------------------------------------------------------------------------------------
# Reading a function: docstring and signature
# --------------------------------------------------------------------------------------


def _unwrap_partial(func: Callable[..., Any]) -> Callable[..., Any]:
    while isinstance(func, functools.partial):
        func = func.func
    return func


def _default_name(func: Callable[..., Any]) -> str:
    """The function's name (of the wrapped function for a partial, of the class for a
    callable object)."""
    func = _unwrap_partial(func)
    return cast(str, getattr(func, "__name__", None) or type(func).__name__)


def _read_docstring(func: Callable[..., Any]) -> tuple[str, dict[str, str]]:
    """The description of `func` (summary and body, without the parameter sections) and
    the description of each documented parameter."""
    doc = inspect.getdoc(_unwrap_partial(func))
    if not doc:
        return "", {}
    import docstring_parser

    parsed = docstring_parser.parse(doc)
    parts = [part.strip() for part in (parsed.short_description, parsed.long_description) if part and part.strip()]
    params = {
        param.arg_name: param.description.strip()
        for param in parsed.params
        if param.description and param.description.strip()
    }
    return "\n\n".join(parts), params


class _Parameter:
    """One parameter of the function: how it is passed and the name of its model field."""

    __slots__ = ("name", "field", "positional")

    def __init__(self, name: str, field: str, positional: bool) -> None:
        self.name = name
        self.field = field
        self.positional = positional


def _type_hints(func: Callable[..., Any]) -> dict[str, Any]:
    """The resolved annotations of `func` (of its `__call__` for a callable object, of the
    wrapped function for a `functools.partial`)."""
    target: Any = func
    if not (inspect.isfunction(func) or inspect.ismethod(func)):
        target = getattr(func, "func", None) or type(func).__call__
    try:
        return typing.get_type_hints(target, include_extras=True)
    except Exception as exc:  # an annotation that cannot be resolved from the function's module
        raise TypeError(
            f"cannot read the type annotations of {func!r} to build the tool's input schema: {exc}"
        ) from exc


def _signature_model(
    func: Callable[..., Any], tool_name: str, param_docs: Mapping[str, str]
) -> tuple[type[pydantic.BaseModel], list[_Parameter], bool]:
    """A Pydantic model of the function's parameters (keyed by the parameter names through
    aliases, so no name can clash with the model's own attributes), the parameters in
    order, and whether the function takes `**kwargs` (extra input is then passed on)."""
    signature = inspect.signature(func)
    hints = _type_hints(func)

    fields: dict[str, Any] = {}
    parameters: list[_Parameter] = []
    takes_kwargs = False
    for index, param in enumerate(signature.parameters.values()):
        if param.kind is inspect.Parameter.VAR_KEYWORD:
            takes_kwargs = True
            continue
        if param.kind is inspect.Parameter.VAR_POSITIONAL:
            continue  # nothing the model could fill in by name
        annotation = hints.get(param.name, Any)
        default = ... if param.default is inspect.Parameter.empty else param.default
        field = f"p{index}"
        extra: dict[str, Any] = {}
        if param.name in param_docs:  # else keep a description given with `Annotated[..., Field(...)]`
            extra["description"] = param_docs[param.name]
        fields[field] = (annotation, pydantic.Field(default, alias=param.name, **extra))
        parameters.append(_Parameter(param.name, field, param.kind is inspect.Parameter.POSITIONAL_ONLY))

    config = pydantic.ConfigDict(extra="allow" if takes_kwargs else "forbid", protected_namespaces=())
    try:
        model = pydantic.create_model(f"{tool_name}_input", __config__=config, **fields)
    except Exception as exc:
        raise TypeError(f"cannot build an input schema from the signature of {func!r}: {exc}") from exc
    return model, parameters, takes_kwargs


def _model_schema(model: type[pydantic.BaseModel], *, generated: bool) -> dict[str, Any]:
    """The input schema of a tool: the model's JSON schema as Pydantic writes it (property
    and definition titles included); the title of a model built from the function's
    signature (`generated`) is left out, it only repeats the tool's name."""
    schema = model.model_json_schema(by_alias=True)
    if generated:
        schema.pop("title", None)
    schema.setdefault("type", "object")
    schema.setdefault("properties", {})
    return schema


def _is_model_type(value: object) -> bool:
    return isinstance(value, type) and issubclass(value, pydantic.BaseModel)


def _format_validation_error(tool_name: str, error: pydantic.ValidationError) -> str:
    problems = []
    for item in error.errors(include_url=False):
        location = ".".join(str(part) for part in item.get("loc", ())) or "input"
        problems.append(f"{location}: {item.get('msg', 'invalid')}")
    return f"Invalid input for tool {tool_name!r}: " + "; ".join(problems)


# --------------------------------------------------------------------------------------
# Function tools
# --------------------------------------------------------------------------------------


class _BaseFunctionTool(Generic[CallableT]):
    """What the sync and async function tools share: reading the function, the tool
    definition, and turning the model's input into the function's arguments."""

    func: CallableT
    """The decorated function."""
    name: str
    """The tool's name as the model sees it (the function's name unless given)."""
    description: str
    """The tool's description (the function's docstring without its parameter sections)."""
    input_schema: InputSchema
    """JSON schema of the tool's input."""
    defer_loading: Optional[bool]
    """Sent as the tool's `defer_loading` when set."""

    def __init__(
        self,
        func: CallableT,
        *,
        name: Optional[str] = None,
        description: Optional[str] = None,
        input_schema: Union[InputSchema, type[pydantic.BaseModel], None] = None,
        defer_loading: Optional[bool] = None,
    ) -> None:
        if not callable(func):
            raise TypeError(f"a tool needs a function, got {func!r}")
        self.func = func
        self.name = name if name is not None else _default_name(func)
        doc_description, param_docs = _read_docstring(func)
        self.description = description if description is not None else doc_description
        self.defer_loading = defer_loading

        self._input_model: Optional[type[pydantic.BaseModel]] = None
        self._parameters: list[_Parameter] = []
        self._takes_kwargs = False
        self._pass_model_instance = False
        if _is_model_type(input_schema):
            model = cast(type[pydantic.BaseModel], input_schema)
            self._input_model = model
            self.input_schema = cast("InputSchema", _model_schema(model, generated=False))
            self._pass_model_instance = self._takes_single_model(func, model)
        else:
            model, self._parameters, self._takes_kwargs = _signature_model(func, self.name, param_docs)
            self._input_model = model
            self.input_schema = cast(
                "InputSchema",
                dict(cast(Any, input_schema)) if input_schema is not None else _model_schema(model, generated=True),
            )

        # Look like the function to introspection (help(), inspect.signature, ...).
        for attribute in ("__module__", "__name__", "__qualname__", "__doc__"):
            with contextlib.suppress(AttributeError):
                setattr(self, attribute, getattr(func, attribute))
        self.__wrapped__ = func

    @staticmethod
    def _takes_single_model(func: Callable[..., Any], model: type[pydantic.BaseModel]) -> bool:
        """True when the function's only parameter is annotated with `model` itself."""
        params = list(inspect.signature(func).parameters.values())
        if len(params) != 1:
            return False
        try:
            hints = _type_hints(func)
        except TypeError:
            return False
        return hints.get(params[0].name) is model

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """Call the function directly, as if it were not decorated."""
        return self.func(*args, **kwargs)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r}, func={self.func!r})"

    def to_dict(self) -> BetaToolParam:
        """The tool's definition, for the `tools` of a request."""
        definition: dict[str, Any] = {"name": self.name, "description": self.description or ""}
        definition["input_schema"] = self.input_schema
        if self.defer_loading is not None:
            definition["defer_loading"] = self.defer_loading
        return cast("BetaToolParam", definition)

    def _arguments(self, input: object) -> tuple[list[Any], dict[str, Any]]:
        """Validate the model's input; the positional and keyword arguments of the call.

        Raises `ValueError` (with what is wrong, in words the model can act on) when the
        input does not fit the schema.
        """
        if isinstance(input, pydantic.BaseModel):
            input = input.model_dump(by_alias=True)
        if not isinstance(input, Mapping):
            raise ValueError(
                f"Invalid input for tool {self.name!r}: expected a JSON object, got {type(input).__name__}"
            )
        model = cast(type[pydantic.BaseModel], self._input_model)
        try:
            validated = model.model_validate(dict(input))
        except pydantic.ValidationError as exc:
            raise ValueError(_format_validation_error(self.name, exc)) from exc

        if not self._parameters:  # a model given as `input_schema`
            if self._pass_model_instance:
                return [validated], {}
            return [], {name: getattr(validated, name) for name in type(validated).model_fields}

        args: list[Any] = []
        kwargs: dict[str, Any] = {}
        given = validated.model_fields_set
        for param in self._parameters:
            if param.positional:
                args.append(getattr(validated, param.field))
            elif param.field in given:
                kwargs[param.name] = getattr(validated, param.field)
        if self._takes_kwargs and validated.model_extra:
            kwargs.update(validated.model_extra)
        return args, kwargs


class BetaFunctionTool(_BaseFunctionTool[FunctionT]):
    """A Python function the model can call; made by `@beta_tool`."""

    def __init__(
        self,
        func: FunctionT,
        *,
        name: Optional[str] = None,
        description: Optional[str] = None,
        input_schema: Union[InputSchema, type[pydantic.BaseModel], None] = None,
        defer_loading: Optional[bool] = None,
    ) -> None:
        if inspect.iscoroutinefunction(func):
            raise TypeError(f"{func!r} is a coroutine function: make it a tool with `beta_async_tool`")
        super().__init__(
            func, name=name, description=description, input_schema=input_schema, defer_loading=defer_loading
        )

    def call(self, input: object) -> BetaFunctionToolResultType:
        """Run the function with the input the model gave (validated against the schema
        first: a `ValueError` says what does not fit)."""
        args, kwargs = self._arguments(input)
        return cast(BetaFunctionToolResultType, self.func(*args, **kwargs))


class BetaAsyncFunctionTool(_BaseFunctionTool[AsyncFunctionT]):
    """An async Python function the model can call; made by `@beta_async_tool`."""

    def __init__(
        self,
        func: AsyncFunctionT,
        *,
        name: Optional[str] = None,
        description: Optional[str] = None,
        input_schema: Union[InputSchema, type[pydantic.BaseModel], None] = None,
        defer_loading: Optional[bool] = None,
    ) -> None:
        super().__init__(
            func, name=name, description=description, input_schema=input_schema, defer_loading=defer_loading
        )

    async def call(self, input: object) -> BetaFunctionToolResultType:
        """Run the function with the input the model gave (validated against the schema
        first: a `ValueError` says what does not fit)."""
        args, kwargs = self._arguments(input)
        result = self.func(*args, **kwargs)
        if inspect.isawaitable(result):
            result = await result
        return cast(BetaFunctionToolResultType, result)


# --------------------------------------------------------------------------------------
# Decorators
# --------------------------------------------------------------------------------------


@overload
def beta_tool(func: FunctionT) -> BetaFunctionTool[FunctionT]: ...


@overload
def beta_tool(
    func: FunctionT,
    *,
    name: Optional[str] = None,
    description: Optional[str] = None,
    input_schema: Union[InputSchema, type[pydantic.BaseModel], None] = None,
    defer_loading: Optional[bool] = None,
) -> BetaFunctionTool[FunctionT]: ...


@overload
def beta_tool(
    *,
    name: Optional[str] = None,
    description: Optional[str] = None,
    input_schema: Union[InputSchema, type[pydantic.BaseModel], None] = None,
    defer_loading: Optional[bool] = None,
) -> Callable[[FunctionT], BetaFunctionTool[FunctionT]]: ...


def beta_tool(
    func: Optional[FunctionT] = None,
    *,
    name: Optional[str] = None,
    description: Optional[str] = None,
    input_schema: Union[InputSchema, type[pydantic.BaseModel], None] = None,
    defer_loading: Optional[bool] = None,
) -> Union[BetaFunctionTool[FunctionT], Callable[[FunctionT], BetaFunctionTool[FunctionT]]]:
    """Make a function a tool for `client.beta.messages.tool_runner()`.

    Use it bare (`@beta_tool`) or with settings (`@beta_tool(name=..., description=...)`).
    By default the name is the function's, the description comes from its docstring, and
    the input schema from its signature; `input_schema` may instead be a JSON schema or a
    Pydantic model (the function then receives the model's fields as keyword arguments, or
    the model itself when that is its only parameter).
    """

    def make(function: FunctionT) -> BetaFunctionTool[FunctionT]:
        return BetaFunctionTool(
            function, name=name, description=description, input_schema=input_schema, defer_loading=defer_loading
        )

    if func is not None:
        return make(func)
    return make


@overload
def beta_async_tool(func: AsyncFunctionT) -> BetaAsyncFunctionTool[AsyncFunctionT]: ...


@overload
def beta_async_tool(
    func: AsyncFunctionT,
    *,
    name: Optional[str] = None,
    description: Optional[str] = None,
    input_schema: Union[InputSchema, type[pydantic.BaseModel], None] = None,
    defer_loading: Optional[bool] = None,
) -> BetaAsyncFunctionTool[AsyncFunctionT]: ...


@overload
def beta_async_tool(
    *,
    name: Optional[str] = None,
    description: Optional[str] = None,
    input_schema: Union[InputSchema, type[pydantic.BaseModel], None] = None,
    defer_loading: Optional[bool] = None,
) -> Callable[[AsyncFunctionT], BetaAsyncFunctionTool[AsyncFunctionT]]: ...


def beta_async_tool(
    func: Optional[AsyncFunctionT] = None,
    *,
    name: Optional[str] = None,
    description: Optional[str] = None,
    input_schema: Union[InputSchema, type[pydantic.BaseModel], None] = None,
    defer_loading: Optional[bool] = None,
) -> Union[BetaAsyncFunctionTool[AsyncFunctionT], Callable[[AsyncFunctionT], BetaAsyncFunctionTool[AsyncFunctionT]]]:
    """Make an async function a tool for the async client's `tool_runner()`; settings as
    for `beta_tool`."""

    def make(function: AsyncFunctionT) -> BetaAsyncFunctionTool[AsyncFunctionT]:
        return BetaAsyncFunctionTool(
            function, name=name, description=description, input_schema=input_schema, defer_loading=defer_loading
        )

    if func is not None:
        return make(func)
    return make


# --------------------------------------------------------------------------------------
# Tools defined by Anthropic whose calls run in your code (e.g. the memory tool)
# --------------------------------------------------------------------------------------


class BetaBuiltinFunctionTool(ABC):
    """Base of a tool whose definition is Anthropic's (`to_dict()` gives its typed param,
    e.g. `{"type": "memory_20250818", "name": "memory"}`) and whose calls your code runs."""

    @abstractmethod
    def to_dict(self) -> BetaToolUnionParam:
        """The tool's definition, for the `tools` of a request."""

    @abstractmethod
    def call(self, input: object) -> BetaFunctionToolResultType:
        """Run one call of the tool with the input the model gave."""

    @property
    def name(self) -> str:
        """The name the model calls the tool by."""
        return cast(str, cast(dict[str, Any], self.to_dict())["name"])


class BetaAsyncBuiltinFunctionTool(ABC):
    """Async variant of `BetaBuiltinFunctionTool`: `call()` is a coroutine."""

    @abstractmethod
    def to_dict(self) -> BetaToolUnionParam:
        """The tool's definition, for the `tools` of a request."""

    @abstractmethod
    async def call(self, input: object) -> BetaFunctionToolResultType:
        """Run one call of the tool with the input the model gave."""

    @property
    def name(self) -> str:
        """The name the model calls the tool by."""
        return cast(str, cast(dict[str, Any], self.to_dict())["name"])


BetaRunnableTool: TypeAlias = Union[BetaFunctionTool[Any], BetaBuiltinFunctionTool]
"""A tool the sync tool runner can run: a `@beta_tool` function or a builtin tool."""

BetaAsyncRunnableTool: TypeAlias = Union[BetaAsyncFunctionTool[Any], BetaAsyncBuiltinFunctionTool]
"""A tool the async tool runner can run: a `@beta_async_tool` function or a builtin tool."""
