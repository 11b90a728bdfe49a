"""`@beta_tool` / `@beta_async_tool`: schemas from signatures and docstrings, input
validation, calls; the builtin and memory tool base classes; lazy import."""

from __future__ import annotations

import enum
import subprocess
import sys
from typing import Annotated, Any, Dict, Literal, Optional  # noqa: UP035

import pydantic
import pytest

from tests.conftest import SDK_SRC

from anthropic import beta_async_tool, beta_tool  # isort: skip
from anthropic.lib.tools import (  # isort: skip
    BetaAbstractMemoryTool,
    BetaAsyncAbstractMemoryTool,
    BetaAsyncFunctionTool,
    BetaBuiltinFunctionTool,
    BetaFunctionTool,
)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


# --------------------------------------------------------------------------------------
# Schemas
# --------------------------------------------------------------------------------------


def titled(properties: dict[str, Any]) -> dict[str, Any]:
    """Property schemas with the titles Pydantic derives from their names (kept in tool schemas,
    as the official package sends them)."""
    return {name: {**schema, "title": name.replace("_", " ").title()} for name, schema in properties.items()}


def test_weather_example_tool_definition() -> None:
    @beta_tool
    def get_weather(location: str) -> str:
        """Lookup the weather for a given city in either celsius or fahrenheit

        Args:
            location: The city and state, e.g. San Francisco, CA
        Returns:
            A dictionary containing the location, temperature, and weather condition.
        """
        return location

    assert isinstance(get_weather, BetaFunctionTool)
    assert get_weather.to_dict() == {
        "name": "get_weather",
        "description": "Lookup the weather for a given city in either celsius or fahrenheit",
        "input_schema": {
            "type": "object",
            "properties": titled(
                {"location": {"type": "string", "description": "The city and state, e.g. San Francisco, CA"}}
            ),
            "required": ["location"],
            "additionalProperties": False,
        },
    }


def test_google_docstring_with_long_description_and_defaults() -> None:
    @beta_tool
    def search(query: str, limit: int = 10, exact: bool = False) -> str:
        """Search the catalogue.

        Looks through titles and summaries; results are ranked by relevance.

        Args:
            query: Words to look for.
            limit: The most results to return.
            exact: Match the whole phrase only.
        """
        return query

    definition = search.to_dict()
    assert definition["description"] == (
        "Search the catalogue.\n\nLooks through titles and summaries; results are ranked by relevance."
    )
    assert definition["input_schema"] == {
        "type": "object",
        "properties": titled(
            {
                "query": {"type": "string", "description": "Words to look for."},
                "limit": {"type": "integer", "default": 10, "description": "The most results to return."},
                "exact": {"type": "boolean", "default": False, "description": "Match the whole phrase only."},
            }
        ),
        "required": ["query"],
        "additionalProperties": False,
    }


def test_numpy_docstring() -> None:
    @beta_tool
    def convert(amount: float, currency: str) -> str:
        """Convert an amount of money to euros.

        Parameters
        ----------
        amount : float
            How much money.
        currency : str
            ISO 4217 code of the currency, e.g. USD.

        Returns
        -------
        str
            The amount in euros.
        """
        return ""

    schema = convert.input_schema
    assert convert.description == "Convert an amount of money to euros."
    assert schema["properties"] == titled(
        {
            "amount": {"type": "number", "description": "How much money."},
            "currency": {"type": "string", "description": "ISO 4217 code of the currency, e.g. USD."},
        }
    )
    assert schema["required"] == ["amount", "currency"]


def test_rest_docstring() -> None:
    @beta_tool
    def translate(text: str, target: str = "fr") -> str:
        """Translate text.

        :param text: What to translate.
        :param target: Language code to translate into.
        :returns: The translation.
        """
        return text

    assert translate.description == "Translate text."
    assert translate.input_schema["properties"] == titled(
        {
            "text": {"type": "string", "description": "What to translate."},
            "target": {"type": "string", "default": "fr", "description": "Language code to translate into."},
        }
    )


def test_no_docstring_and_unannotated_parameter() -> None:
    @beta_tool
    def echo(value, times: int = 1):  # type: ignore[no-untyped-def]
        return str(value) * times

    definition = echo.to_dict()
    assert definition["description"] == ""  # as the official package sends it
    assert definition["input_schema"] == {
        "type": "object",
        "properties": titled({"value": {}, "times": {"type": "integer", "default": 1}}),
        "required": ["value"],
        "additionalProperties": False,
    }


class Unit(str, enum.Enum):  # noqa: UP042 (the tests also run on Python 3.9)
    CELSIUS = "celsius"
    FAHRENHEIT = "fahrenheit"


class Address(pydantic.BaseModel):
    street: str
    city: str
    postcode: Optional[str] = None  # noqa: UP045


def test_optional_literal_enum_nested_models_and_lists() -> None:
    @beta_tool
    def plan(
        stops: list[Address],
        mode: Literal["walk", "drive"] = "walk",
        unit: Unit = Unit.CELSIUS,
        note: Optional[str] = None,  # noqa: UP045
        tags: Optional[Dict[str, int]] = None,  # noqa: UP006, UP045
        speed: Annotated[float, pydantic.Field(gt=0, description="km/h")] = 5.0,
    ) -> str:
        """Plan a route.

        Args:
            stops: Where to stop, in order.
            mode: How to travel.
        """
        return ""

    schema = plan.input_schema
    assert schema["required"] == ["stops"]
    assert schema["additionalProperties"] is False
    props = schema["properties"]
    assert props["stops"] == {
        "type": "array",
        "items": {"$ref": "#/$defs/Address"},
        "description": "Where to stop, in order.",
        "title": "Stops",
    }
    assert props["mode"] == {
        "enum": ["walk", "drive"],
        "type": "string",
        "default": "walk",
        "description": "How to travel.",
        "title": "Mode",
    }
    # Pydantic < 2.9 wraps a reference that has siblings in `allOf`.
    assert props["unit"] in (
        {"$ref": "#/$defs/Unit", "default": "celsius"},
        {"allOf": [{"$ref": "#/$defs/Unit"}], "default": "celsius"},
    )
    assert props["note"] == {"anyOf": [{"type": "string"}, {"type": "null"}], "default": None, "title": "Note"}
    assert props["tags"] == {
        "anyOf": [{"type": "object", "additionalProperties": {"type": "integer"}}, {"type": "null"}],
        "default": None,
        "title": "Tags",
    }
    assert props["speed"] == {
        "type": "number",
        "exclusiveMinimum": 0,
        "default": 5.0,
        "description": "km/h",
        "title": "Speed",
    }
    assert schema["$defs"] == {
        "Address": {
            "type": "object",
            "title": "Address",
            "properties": titled(
                {
                    "street": {"type": "string"},
                    "city": {"type": "string"},
                    "postcode": {"anyOf": [{"type": "string"}, {"type": "null"}], "default": None},
                }
            ),
            "required": ["street", "city"],
        },
        "Unit": {"type": "string", "enum": ["celsius", "fahrenheit"], "title": "Unit"},
    }


def test_a_property_named_title_is_kept() -> None:
    @beta_tool
    def add_book(title: str, author: str) -> str:
        return title

    assert set(add_book.input_schema["properties"]) == {"title", "author"}
    assert add_book.input_schema["properties"]["title"] == {"type": "string", "title": "Title"}


def test_parameter_names_that_clash_with_pydantic_attributes() -> None:
    @beta_tool
    def odd(json: str, model_config: int, copy: bool = False) -> str:
        return f"{json}-{model_config}-{copy}"

    assert list(odd.input_schema["properties"]) == ["json", "model_config", "copy"]
    assert odd.call({"json": "a", "model_config": 2}) == "a-2-False"


def test_decorator_arguments() -> None:
    @beta_tool(name="lookup", description="Find a record.", defer_loading=True)
    def find(record_id: int) -> str:
        """Ignored description."""
        return str(record_id)

    assert find.name == "lookup"
    assert find.to_dict() == {
        "name": "lookup",
        "description": "Find a record.",
        "input_schema": {
            "type": "object",
            "properties": {"record_id": {"type": "integer", "title": "Record Id"}},
            "required": ["record_id"],
            "additionalProperties": False,
        },
        "defer_loading": True,
    }


def test_input_schema_given_as_a_dict() -> None:
    schema = {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}

    @beta_tool(input_schema=schema)
    def weather(city: str) -> str:
        return f"sunny in {city}"

    assert weather.to_dict()["input_schema"] == schema
    assert weather.call({"city": "Oslo"}) == "sunny in Oslo"


class Query(pydantic.BaseModel):
    """Search parameters."""

    text: str = pydantic.Field(description="What to look for.")
    limit: int = 5


def test_input_schema_given_as_a_model() -> None:
    @beta_tool(input_schema=Query)
    def search(query: Query) -> str:
        """Search."""
        assert isinstance(query, Query)
        return f"{query.text}:{query.limit}"

    @beta_tool(input_schema=Query)
    def search_fields(text: str, limit: int) -> str:
        return f"{text}/{limit}"

    assert search.input_schema == {
        "type": "object",
        "title": "Query",  # a model given as the schema is sent as Pydantic writes it
        "description": "Search parameters.",
        "properties": titled(
            {"text": {"type": "string", "description": "What to look for."}, "limit": {"type": "integer", "default": 5}}
        ),
        "required": ["text"],
    }
    assert search.call({"text": "cats"}) == "cats:5"
    assert search_fields.call({"text": "dogs", "limit": 2}) == "dogs/2"


def test_bare_decorator_form_with_arguments_and_direct_call() -> None:
    def double(x: int) -> int:
        return x * 2

    tool = beta_tool(double, name="twice")
    assert tool.name == "twice"
    assert tool(4) == 8  # still callable as the function
    assert tool.__name__ == "double"
    assert tool.__wrapped__ is double


def test_callable_object_and_partial() -> None:
    import functools

    class Greeter:
        """Greets people."""

        def __call__(self, name: str, punctuation: str = "!") -> str:
            return f"Hello, {name}{punctuation}"

    greeter = beta_tool(Greeter())
    assert greeter.name == "Greeter"
    assert greeter.description == "Greets people."
    assert greeter.input_schema["required"] == ["name"]
    assert greeter.call({"name": "Ada"}) == "Hello, Ada!"

    def scale(value: float, factor: float) -> float:
        """Multiply a value."""
        return value * factor

    assert beta_tool(functools.partial(scale, factor=3.0)).name == "scale"
    double = beta_tool(functools.partial(scale, factor=2.0), name="double")
    assert list(double.input_schema["properties"]) == ["value", "factor"]
    assert double.description == "Multiply a value."
    assert double.call({"value": 4}) == 8.0


def test_unresolvable_annotation_is_reported() -> None:
    def broken(x: NoSuchType) -> str:  # type: ignore[name-defined]  # noqa: F821
        return ""

    with pytest.raises(TypeError, match="cannot read the type annotations"):
        beta_tool(broken)


# --------------------------------------------------------------------------------------
# Calls
# --------------------------------------------------------------------------------------


def test_call_validates_and_converts_input() -> None:
    seen: list[Any] = []

    @beta_tool
    def deliver(stops: list[Address], unit: Unit = Unit.CELSIUS, count: int = 1) -> str:
        seen.append((stops, unit, count))
        return "ok"

    assert (
        deliver.call({"stops": [{"street": "1 Main St", "city": "Oslo"}], "unit": "fahrenheit", "count": "3"}) == "ok"
    )
    stops, unit, count = seen[0]
    assert isinstance(stops[0], Address) and stops[0].city == "Oslo"
    assert unit is Unit.FAHRENHEIT
    assert count == 3


def test_call_leaves_omitted_parameters_to_the_function_defaults() -> None:
    @beta_tool
    def greet(name: str, greeting: str = "Hello") -> str:
        return f"{greeting}, {name}"

    assert greet.call({"name": "Ada"}) == "Hello, Ada"


def test_invalid_input_raises_value_error_with_details() -> None:
    @beta_tool
    def get_weather(location: str, days: int = 1) -> str:
        return location

    with pytest.raises(ValueError) as missing:
        get_weather.call({})
    assert str(missing.value) == "Invalid input for tool 'get_weather': location: Field required"

    with pytest.raises(ValueError) as wrong:
        get_weather.call({"location": "SF", "days": "many", "extra": 1})
    assert str(wrong.value) == (
        "Invalid input for tool 'get_weather': days: Input should be a valid integer, unable to parse string as an "
        "integer; extra: Extra inputs are not permitted"
    )

    with pytest.raises(ValueError, match="expected a JSON object, got list"):
        get_weather.call(["SF"])


def test_positional_only_and_var_keyword_parameters() -> None:
    @beta_tool
    def build(kind: str, /, size: int = 1, **options: Any) -> str:
        return f"{kind}:{size}:{sorted(options.items())}"

    assert build.input_schema["additionalProperties"] is True or "additionalProperties" not in build.input_schema
    assert build.call({"kind": "box", "colour": "red"}) == "box:1:[('colour', 'red')]"


def test_tool_returning_content_blocks() -> None:
    @beta_tool
    def picture() -> list[dict[str, Any]]:
        return [{"type": "text", "text": "a cat"}]

    assert picture.call({}) == [{"type": "text", "text": "a cat"}]


def test_beta_tool_rejects_coroutine_functions() -> None:
    async def fetch(url: str) -> str:
        return url

    with pytest.raises(TypeError, match="beta_async_tool"):
        beta_tool(fetch)


@pytest.mark.anyio
async def test_async_tool() -> None:
    @beta_async_tool
    async def fetch(url: str, retries: int = 0) -> str:
        """Fetch a page.

        Args:
            url: Address of the page.
        """
        return f"{url}#{retries}"

    assert isinstance(fetch, BetaAsyncFunctionTool)
    assert fetch.to_dict() == {
        "name": "fetch",
        "description": "Fetch a page.",
        "input_schema": {
            "type": "object",
            "properties": {
                "url": {"type": "string", "description": "Address of the page.", "title": "Url"},
                "retries": {"type": "integer", "default": 0, "title": "Retries"},
            },
            "required": ["url"],
            "additionalProperties": False,
        },
    }
    assert await fetch.call({"url": "https://example.com", "retries": 2}) == "https://example.com#2"
    with pytest.raises(ValueError, match="url: Field required"):
        await fetch.call({})


@pytest.mark.anyio
async def test_async_tool_with_arguments() -> None:
    @beta_async_tool(name="fetch_page", defer_loading=False)
    async def fetch(url: str) -> str:
        return url

    assert fetch.name == "fetch_page"
    assert fetch.to_dict()["defer_loading"] is False
    assert await fetch.call({"url": "x"}) == "x"


# --------------------------------------------------------------------------------------
# Builtin and memory tools
# --------------------------------------------------------------------------------------


class DictMemory(BetaAbstractMemoryTool):
    """A memory store in a dict, for the tests."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.files: dict[str, str] = {}

    def view(self, command: Any) -> str:
        if command.path in self.files:
            return self.files[command.path]
        return "\n".join(sorted(self.files))

    def create(self, command: Any) -> str:
        self.files[command.path] = command.file_text
        return f"created {command.path}"

    def str_replace(self, command: Any) -> str:
        self.files[command.path] = self.files[command.path].replace(command.old_str, command.new_str)
        return "replaced"

    def insert(self, command: Any) -> str:
        lines = self.files[command.path].split("\n")
        lines.insert(command.insert_line, command.insert_text)
        self.files[command.path] = "\n".join(lines)
        return "inserted"

    def delete(self, command: Any) -> str:
        del self.files[command.path]
        return "deleted"

    def rename(self, command: Any) -> str:
        self.files[command.new_path] = self.files.pop(command.old_path)
        return "renamed"


def test_memory_tool_definition() -> None:
    assert DictMemory().to_dict() == {"type": "memory_20250818", "name": "memory"}
    assert DictMemory(cache_control={"type": "ephemeral"}).to_dict() == {
        "type": "memory_20250818",
        "name": "memory",
        "cache_control": {"type": "ephemeral"},
    }
    assert DictMemory().name == "memory"


def test_memory_tool_dispatches_commands() -> None:
    from anthropic.types.beta import BetaMemoryTool20250818ViewCommand

    memory = DictMemory()
    assert (
        memory.call({"command": "create", "path": "/memories/a.txt", "file_text": "one\nthree"})
        == "created /memories/a.txt"
    )
    assert (
        memory.call({"command": "insert", "path": "/memories/a.txt", "insert_line": 1, "insert_text": "two"})
        == "inserted"
    )
    assert (
        memory.call({"command": "str_replace", "path": "/memories/a.txt", "old_str": "three", "new_str": "3"})
        == "replaced"
    )
    assert memory.call({"command": "view", "path": "/memories/a.txt"}) == "one\ntwo\n3"
    assert memory.call({"command": "rename", "old_path": "/memories/a.txt", "new_path": "/memories/b.txt"}) == "renamed"
    assert memory.execute(BetaMemoryTool20250818ViewCommand(command="view", path="/memories")) == "/memories/b.txt"
    assert memory.call({"command": "delete", "path": "/memories/b.txt"}) == "deleted"
    assert memory.files == {}

    with pytest.raises(ValueError, match="Invalid memory tool command"):
        memory.call({"command": "explode", "path": "/"})
    with pytest.raises(ValueError, match="Invalid memory tool command"):
        memory.call({"command": "view"})
    with pytest.raises(NotImplementedError):
        memory.clear_all_memory()


def test_memory_tool_requires_every_command() -> None:
    class Partial(BetaAbstractMemoryTool):
        def view(self, command: Any) -> str:
            return ""

    with pytest.raises(TypeError):
        Partial()  # type: ignore[abstract]


@pytest.mark.anyio
async def test_async_memory_tool() -> None:
    class AsyncMemory(BetaAsyncAbstractMemoryTool):
        def __init__(self) -> None:
            super().__init__()
            self.log: list[str] = []

        async def view(self, command: Any) -> str:
            self.log.append(f"view {command.path}")
            return "(empty)"

        async def create(self, command: Any) -> str:
            self.log.append(f"create {command.path}")
            return "ok"

        async def str_replace(self, command: Any) -> str:
            return "ok"

        async def insert(self, command: Any) -> str:
            return "ok"

        async def delete(self, command: Any) -> str:
            return "ok"

        async def rename(self, command: Any) -> str:
            return "ok"

    memory = AsyncMemory()
    assert memory.to_dict() == {"type": "memory_20250818", "name": "memory"}
    assert await memory.call({"command": "view", "path": "/memories"}) == "(empty)"
    assert await memory.call({"command": "create", "path": "/memories/x", "file_text": "1"}) == "ok"
    assert memory.log == ["view /memories", "create /memories/x"]
    with pytest.raises(NotImplementedError):
        await memory.clear_all_memory()


def test_custom_builtin_tool() -> None:
    class Bash(BetaBuiltinFunctionTool):
        def to_dict(self) -> Any:
            return {"type": "bash_20250124", "name": "bash"}

        def call(self, input: object) -> str:
            return f"ran {input['command']}"  # type: ignore[index]

    tool = Bash()
    assert tool.name == "bash"
    assert tool.call({"command": "ls"}) == "ran ls"


# --------------------------------------------------------------------------------------
# Import cost
# --------------------------------------------------------------------------------------


def test_importing_anthropic_does_not_import_the_tools_package() -> None:
    code = (
        "import sys, anthropic\n"
        "client = anthropic.Anthropic(api_key='k')\n"
        "client.beta.messages\n"
        "assert 'anthropic.lib.tools' not in sys.modules, 'imported too early'\n"
        "assert 'docstring_parser' not in sys.modules\n"
        "anthropic.beta_tool\n"
        "assert 'anthropic.lib.tools' in sys.modules\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env={"PYTHONPATH": str(SDK_SRC)}, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
