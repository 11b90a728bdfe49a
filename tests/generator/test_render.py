"""Stage 4: rendering hand-built IR with the project's templates."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest

from generator import ir
from generator.render import Renderer, docstring, render_sdk
from generator.render.package_view import pagination_view
from generator.render.pyexpr import Imports, TypePrinter, relative_module
from generator.render.resource_view import resource_view
from generator.render.types_view import type_module_view

from .helpers import TEMPLATES, empty_runtime

S = ir.PrimitiveType("str")
I = ir.PrimitiveType("int")  # noqa: E741


def tid(module: str, name: str) -> ir.TypeId:
    return ir.TypeId(module, name)


def named(module: str, name: str) -> ir.NamedType:
    return ir.NamedType(tid(module, name))


PACKAGE = ir.PackageSettings(
    name="handsdk",
    distribution="handsdk",
    version="1.2.3",
    title="handsdk",
    summary="Hand-built.",
    python_requires=">=3.9",
    dependencies=("httpx>=0.25",),
    extras=(("fast", ("jiter",)),),
)
CLIENT = ir.ClientSettings(
    sync_class="Hand",
    async_class="AsyncHand",
    default_base_url="https://hand.example.com",
    base_url_env="HAND_BASE_URL",
    credentials=(ir.Credential("api_key", "HAND_API_KEY", "X-Api-Key"),),
    default_headers=(("hand-version", "1"),),
    log_env="HAND_LOG",
    default_timeout=60.0,
    connect_timeout=5.0,
    max_retries=2,
    initial_retry_delay=0.5,
    max_retry_delay=8.0,
    error_base="HandError",
    user_agent_prefix="Hand/Python",
)

TEXT_BLOCK = ir.ModelDecl(
    tid("types.text_block", "TextBlock"),
    (
        ir.Field("type", "type", ir.LiteralType(("text",)), True),
        ir.Field("text", "text", S, True, doc="The text."),
        ir.Field("cache-hint", "cache_hint", ir.OptionalType(S), False, has_default=True),
    ),
    doc="A block of text.",
)
IMAGE_BLOCK = ir.ModelDecl(
    tid("types.text_block", "ImageBlock"),
    (ir.Field("type", "type", ir.LiteralType(("image",)), True), ir.Field("url", "url", S, True)),
)
BLOCK = ir.AliasDecl(
    tid("types.text_block", "Block"),
    ir.UnionType((named("types.text_block", "TextBlock"), named("types.text_block", "ImageBlock")), "type"),
    doc="Any block.",
)
MESSAGE = ir.ModelDecl(
    tid("types.message", "Message"),
    (
        ir.Field("id", "id", S, True),
        ir.Field("content", "content", ir.ListType(named("types.text_block", "Block")), True),
        ir.Field(
            "stop_reason", "stop_reason", ir.OptionalType(ir.LiteralType(("end", "max"))), False, has_default=True
        ),
        ir.Field("created_at", "created_at", ir.PrimitiveType("datetime"), True),
        ir.Field("meta", "meta", ir.MapType(ir.AnyType()), False, has_default=True),
    ),
)
CREATE_PARAMS = ir.ParamsDecl(
    tid("types.message_create_params", "MessageCreateParams"),
    (
        ir.Field("model", "model", S, True, doc="Which model."),
        ir.Field("tags", "tags", ir.ListType(S), False),
        ir.Field("blocks", "blocks", ir.ListType(named("types.text_block", "Block")), False),
        ir.Field("anthropic-beta", "betas", ir.ListType(S), False),
        ir.Field("upload", "upload", ir.FileType(), False),
    ),
)
TYPE_MODULES = [
    ir.TypeModule("types.message", [MESSAGE]),
    ir.TypeModule("types.message_create_params", [CREATE_PARAMS]),
    # Declared out of dependency order on purpose: the alias needs both models.
    ir.TypeModule("types.text_block", [BLOCK, TEXT_BLOCK, IMAGE_BLOCK]),
]

CREATE = ir.Method(
    name="create",
    http_method="post",
    path="/v1/messages",
    params=(
        ir.Param("model", "model", "body", S, True, doc="Which model."),
        ir.Param("stream", "stream", "body", ir.PrimitiveType("bool"), False),
        ir.Param("tags", "tags", "body", ir.ListType(S), False),
        ir.Param("betas", "anthropic-beta", "header", ir.ListType(S), False, joined_header=True),
    ),
    response=ir.ModelResponse(named("types.message", "Message")),
    body="json",
    params_type=tid("types.message_create_params", "MessageCreateParams"),
    streaming=ir.Streaming("stream", named("types.text_block", "Block")),
    default_headers=(("anthropic-beta", ("beta-1",)),),
    doc="Send a message.",
)
LIST = ir.Method(
    name="list",
    http_method="get",
    path="/v1/messages",
    params=(ir.Param("after_id", "after_id", "query", S, False), ir.Param("limit", "limit", "query", I, False)),
    response=ir.PageResponse("Page", named("types.message", "Message")),
)
RETRIEVE = ir.Method(
    name="retrieve",
    http_method="get",
    path="/v1/messages/{message_id}",
    params=(ir.Param("message_id", "message_id", "path", S, True, positional=True),),
    response=ir.ModelResponse(named("types.message", "Message")),
)
DOWNLOAD = ir.Method(
    name="download",
    http_method="get",
    path="/v1/files/{file_id}/content",
    params=(ir.Param("file_id", "file_id", "path", S, True, positional=True),),
    response=ir.BinaryResponse(),
)
UPLOAD = ir.Method(
    name="upload",
    http_method="post",
    path="/v1/files",
    params=(ir.Param("file", "file", "body", ir.FileType(), True),),
    response=ir.ModelResponse(named("types.message", "Message")),
    body="multipart",
)
RESULTS = ir.Method(
    name="results",
    http_method="get",
    path="/v1/results",
    params=(),
    response=ir.JSONLResponse(named("types.message", "Message")),
)
MESSAGES = ir.Resource(
    attr="messages",
    class_name="Messages",
    module="resources.messages",
    methods=[CREATE, LIST, RETRIEVE, DOWNLOAD, UPLOAD, RESULTS],
    doc="Messages resource.",
)
OPTIONAL_STR = ir.OptionalType(S)
PAGE = ir.PageScheme(
    name="Page",
    kind="id",
    items_field="data",
    response_fields=(
        ir.Field("first_id", "first_id", OPTIONAL_STR, False, has_default=True),
        ir.Field("has_more", "has_more", ir.OptionalType(ir.PrimitiveType("bool")), False, has_default=True),
        ir.Field("last_id", "last_id", OPTIONAL_STR, False, has_default=True),
    ),
    next_param="after_id",
    previous_param="before_id",
    first_id_field="first_id",
    last_id_field="last_id",
)


def hand_sdk() -> ir.SDK:
    return ir.SDK(
        package=PACKAGE,
        client=CLIENT,
        resources=[MESSAGES],
        type_modules=[ir.TypeModule(m.module, list(m.declarations)) for m in TYPE_MODULES],
        type_packages=[
            ir.TypePackage("types", (tid("types.message", "Message"), tid("types.text_block", "TextBlock")))
        ],
        resource_packages=[ir.ResourcePackage("resources", (("resources.messages", "Messages"),))],
        page_schemes=[PAGE],
        exports=[ir.Export("Hand", "_client", "Hand")],
        copied_files=[ir.CopiedFile("modules/extra.py", "lib/extra.py")],
    )


@pytest.fixture
def renderer(tmp_path: Path) -> Renderer:
    return Renderer(TEMPLATES, tmp_path)


def render_type_module(renderer: Renderer, module: ir.TypeModule) -> str:
    return renderer.render("sdk/types_module.py.jinja", view=type_module_view(module), package=PACKAGE, client=CLIENT)


def render_resource(renderer: Renderer, resource: ir.Resource) -> str:
    return renderer.render(
        "sdk/resource_module.py.jinja", view=resource_view(resource, CLIENT.error_base), package=PACKAGE, client=CLIENT
    )


def classes(text: str) -> dict[str, ast.ClassDef]:
    return {node.name: node for node in ast.parse(text).body if isinstance(node, ast.ClassDef)}


# --------------------------------------------------------------------------------------
# Type modules


def test_a_model_module_compiles_and_declares_the_model(renderer: Renderer) -> None:
    text = render_type_module(renderer, TYPE_MODULES[0])
    compile(text, "message.py", "exec")
    assert "class Message(BaseModel):" in text
    assert "from .._models import BaseModel" in text
    assert "from .text_block import Block" in text
    assert "content: List[Block]" in text
    assert 'stop_reason: Optional[Literal["end", "max"]] = None' in text
    assert "created_at: datetime" in text and "from datetime import datetime" in text
    assert "meta: Dict[str, object] = None" in text or "meta: Optional[Dict[str, object]] = None" in text
    assert '__all__ = ["Message"]' in text


def test_a_module_with_an_alias_orders_declarations_by_dependency(renderer: Renderer) -> None:
    text = render_type_module(renderer, TYPE_MODULES[2])
    compile(text, "text_block.py", "exec")
    tree = ast.parse(text)
    order = [
        n.name if isinstance(n, ast.ClassDef) else n.target.id
        for n in tree.body
        if isinstance(n, (ast.ClassDef, ast.AnnAssign))
    ]  # type: ignore[union-attr]
    assert order.index("Block") > order.index("TextBlock") and order.index("Block") > order.index("ImageBlock")
    assert 'Block: TypeAlias = Annotated[Union[TextBlock, ImageBlock], Discriminator("type")]' in text
    assert '"""Any block."""' in text
    # A wire name that is not an identifier is aliased.
    assert 'cache_hint: Optional[str] = FieldInfo(alias="cache-hint", default=None)' in text
    # Model and field docs.
    assert '    """A block of text."""' in text
    assert '    text: str\n    """The text."""' in text


def test_a_typeddict_module(renderer: Renderer) -> None:
    text = render_type_module(renderer, TYPE_MODULES[1])
    compile(text, "message_create_params.py", "exec")
    assert "class MessageCreateParams(TypedDict, total=False):" in text
    assert "model: Required[str]" in text
    # Request-side lists accept any iterable; lists of str reject a bare str.
    assert "tags: SequenceNotStr[str]" in text
    assert "blocks: Iterable[Block]" in text
    # Header lists keep their wire name as an alias.
    assert 'betas: Annotated[List[str], PropertyInfo(alias="anthropic-beta")]' in text
    assert "upload: FileTypes" in text


def test_typeddict_field_docs_follow_the_field(renderer: Renderer) -> None:
    text = render_type_module(renderer, TYPE_MODULES[1])
    assert '    model: Required[str]\n    """Which model."""' in text


def test_params_with_bases_and_an_empty_model(renderer: Renderer) -> None:
    base = ir.ParamsDecl(tid("types.go_params", "GoParamsBase"), (ir.Field("prompt", "prompt", S, True),))
    streaming = ir.ParamsDecl(
        tid("types.go_params", "GoParamsStreaming"),
        (ir.Field("stream", "stream", ir.LiteralType((True,)), True),),
        bases=(base.id,),
    )
    union = ir.AliasDecl(
        tid("types.go_params", "GoParams"),
        ir.UnionType((named("types.go_params", "GoParamsStreaming"),)),
        context="param",
    )
    empty = ir.ModelDecl(tid("types.go_params", "Empty"), ())
    text = render_type_module(renderer, ir.TypeModule("types.go_params", [union, streaming, base, empty]))
    compile(text, "go_params.py", "exec")
    found = classes(text)
    assert [b.id for b in found["GoParamsStreaming"].bases] == ["GoParamsBase"]  # type: ignore[attr-defined]
    assert "stream: Required[Literal[True]]" in text
    assert "class Empty(BaseModel):\n    pass" in text


def test_nested_module_imports_are_relative_to_the_package(renderer: Renderer) -> None:
    decl = ir.ModelDecl(
        tid("types.beta.deep.thing", "Thing"), (ir.Field("m", "m", named("types.message", "Message"), True),)
    )
    text = render_type_module(renderer, ir.TypeModule("types.beta.deep.thing", [decl]))
    compile(text, "thing.py", "exec")
    assert "from ...._models import BaseModel" in text
    assert "from ...message import Message" in text


# --------------------------------------------------------------------------------------
# Resource modules


def test_a_resource_module_compiles_and_has_every_method(renderer: Renderer) -> None:
    text = render_resource(renderer, MESSAGES)
    compile(text, "messages.py", "exec")
    found = classes(text)
    assert set(found) == {
        "Messages",
        "AsyncMessages",
        "MessagesWithRawResponse",
        "AsyncMessagesWithRawResponse",
        "MessagesWithStreamingResponse",
        "AsyncMessagesWithStreamingResponse",
    }
    methods = {n.name for n in found["Messages"].body if isinstance(n, ast.FunctionDef)}
    assert {"create", "list", "retrieve", "download", "upload", "results"} <= methods
    async_methods = {n.name for n in found["AsyncMessages"].body if isinstance(n, ast.AsyncFunctionDef)}
    # A page method is not a coroutine: it returns an async paginator.
    assert {"create", "retrieve", "download", "upload", "results"} <= async_methods
    assert "list" not in async_methods
    assert '"""Messages resource."""' in text


def test_resource_method_details(renderer: Renderer) -> None:
    # Before formatting, quotes are whatever the templates wrote: compare with one kind.
    text = render_resource(renderer, MESSAGES).replace("'", '"')
    # Streaming overloads.
    assert text.count("@overload") == 6
    assert "-> Stream[Block]" in text and "-> AsyncStream[Block]" in text
    assert 'joined_header("anthropic-beta", betas, ("beta-1",))' in text
    # Pagination.
    assert "page=SyncPage[Message]" in text and "AsyncPaginator[Message, AsyncPage[Message]]" in text
    assert 'query=compact({"after_id": after_id, "limit": limit})' in text
    # Path parameters are encoded.
    assert 'path_param("message_id", message_id)' in text
    # Binary responses and multipart uploads.
    assert "cast_to=BinaryAPIResponse" in text and "to_custom_raw_response_wrapper" in text
    assert 'extract_files(body, paths=[["file"]])' in text
    assert "JSONLDecoder[Message]" in text
    assert "Send a message." in text


def test_child_resources_and_mixins(renderer: Renderer) -> None:
    child = ir.Resource("batches", "Batches", "resources.messages.batches")
    parent = ir.Resource(
        "messages",
        "Messages",
        "resources.messages.messages",
        children=[child],
        mixin=ir.Mixin("lib.helpers", "Helpers", "AsyncHelpers"),
        constants={"TABLE": {"a": "b"}},
    )
    text = render_resource(renderer, parent)
    compile(text, "messages.py", "exec")
    assert "class Messages(Helpers, SyncAPIResource):" in text
    assert "class AsyncMessages(AsyncHelpers, AsyncAPIResource):" in text
    assert "def batches(self) -> Batches:" in text
    assert "from ...lib.helpers import AsyncHelpers, Helpers" in text
    assert "TABLE = {'a': 'b'}" in text or 'TABLE = {"a": "b"}' in text
    compile(render_resource(renderer, child), "batches.py", "exec")


# --------------------------------------------------------------------------------------
# The whole tree


def overlays_with_module(tmp_path: Path) -> Path:
    overlays = tmp_path / "overlays"
    (overlays / "modules").mkdir(parents=True)
    (overlays / "modules" / "extra.py").write_text("X = 1\n", encoding="utf-8")
    return overlays


def test_render_sdk_lays_out_the_package(tmp_path: Path) -> None:
    overlays = overlays_with_module(tmp_path)
    files = render_sdk(hand_sdk(), TEMPLATES, overlays, empty_runtime(tmp_path / "runtime"))
    src = "src/handsdk"
    assert {
        "pyproject.toml",
        "README.md",
        "api.md",
        f"{src}/py.typed",
        f"{src}/__init__.py",
        f"{src}/_client.py",
        f"{src}/_settings.py",
        f"{src}/_version.py",
        f"{src}/_exceptions.py",
        f"{src}/pagination.py",
        f"{src}/types/__init__.py",
        f"{src}/types/message.py",
        f"{src}/types/message_create_params.py",
        f"{src}/types/text_block.py",
        f"{src}/resources/__init__.py",
        f"{src}/resources/messages.py",
        f"{src}/lib/__init__.py",
        f"{src}/lib/extra.py",
    } == set(files)
    assert files[f"{src}/lib/extra.py"] == "X = 1\n"
    for name, text in files.items():
        if name.endswith(".py"):
            compile(text, name, "exec")
    assert '"Message": (".message", "Message")' in files[f"{src}/types/__init__.py"]
    assert '"Hand": ("._client", "Hand")' in files[f"{src}/__init__.py"]
    assert 'name = "handsdk"' in files["pyproject.toml"] and 'version = "1.2.3"' in files["pyproject.toml"]
    assert 'packages = ["src/handsdk"]' in files["pyproject.toml"]


def test_runtime_sources_are_copied_into_the_package_root(tmp_path: Path) -> None:
    runtime = empty_runtime(tmp_path / "runtime")
    (runtime / "__init__.py").write_text('"""The runtime package itself."""\n', encoding="utf-8")
    (runtime / "_settings.py").write_text("STAND_IN = True\n", encoding="utf-8")
    (runtime / "_core.py").write_text("from ._settings import PACKAGE_NAME\n", encoding="utf-8")
    (runtime / "_decoders").mkdir()
    (runtime / "_decoders" / "jsonl.py").write_text("X = 1\n", encoding="utf-8")
    (runtime / "README.md").write_text("not a module\n", encoding="utf-8")
    files = render_sdk(hand_sdk(), TEMPLATES, overlays_with_module(tmp_path), runtime)
    assert files["src/handsdk/_core.py"] == "from ._settings import PACKAGE_NAME\n"
    assert files["src/handsdk/_decoders/jsonl.py"] == "X = 1\n"
    assert files["src/handsdk/_decoders/__init__.py"] == ""
    # The stand-in settings module is replaced by the generated one; the runtime's own
    # package marker and its README are not copied.
    assert "STAND_IN" not in files["src/handsdk/_settings.py"]
    assert "PACKAGE_NAME = 'handsdk'" in files["src/handsdk/_settings.py"].replace('"', "'")
    assert "The runtime package itself" not in files["src/handsdk/__init__.py"]
    assert not any(name.endswith("README.md") and "handsdk" in name for name in files)


def test_template_errors_are_diagnostics(tmp_path: Path) -> None:
    from generator.diagnostics import GeneratorError

    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATES, templates)
    (templates / "sdk" / "version.py.jinja").write_text("{{ package.nope }}\n", encoding="utf-8")
    with pytest.raises(GeneratorError) as excinfo:
        render_sdk(hand_sdk(), templates, overlays_with_module(tmp_path), empty_runtime(tmp_path / "runtime"))
    (diagnostic,) = excinfo.value.diagnostics
    assert "version.py.jinja" in diagnostic.file
    assert "template error" in diagnostic.message and "nope" in diagnostic.message


def test_pagination_view() -> None:
    view = pagination_view(hand_sdk())
    (scheme,) = view.schemes
    assert (scheme.name, scheme.kind, scheme.items_field, scheme.next_param) == ("Page", "id", "data", "after_id")
    assert [(f.name, f.annotation, f.default) for f in scheme.fields] == [
        ("first_id", "Optional[str]", "None"),
        ("has_more", "Optional[bool]", "None"),
        ("last_id", "Optional[str]", "None"),
    ]


# --------------------------------------------------------------------------------------
# Helpers


@pytest.mark.parametrize(
    ("package", "target", "expected"),
    [
        ("", "_client", "._client"),
        ("types", "_models", ".._models"),
        ("types", "types.message", ".message"),
        ("types.beta", "types.message", "..message"),
        ("resources.beta", "types.beta.thing", "...types.beta.thing"),
    ],
)
def test_relative_module(package: str, target: str, expected: str) -> None:
    assert relative_module(package, target) == expected


def test_type_printer_records_imports() -> None:
    imports = Imports("types")
    printer = TypePrinter("types.a", "model", imports)
    assert printer.expr(ir.OptionalType(ir.ListType(named("types.b", "B")))) == "Optional[List[B]]"
    assert printer.expr(ir.UnionType((S, I))) == "Union[str, int]"
    assert printer.expr(ir.LiteralType(('say "hi"', 1, True))) == 'Literal["say \\"hi\\"", 1, True]'
    assert printer.expr(ir.AnyType()) == "object"
    assert imports.lines() == [
        "from typing import List, Optional, Union",
        "from typing_extensions import Literal",
        "from .b import B",
    ]


def test_docstring_filter() -> None:
    assert docstring(None) == ""
    assert docstring("One line.") == '    """One line."""'
    assert docstring('Has """quotes""" and \\ backslash', 0) == '"""Has \\"\\"\\"quotes\\"\\"\\" and \\\\ backslash"""'
    assert docstring("Two\n\nparagraphs.", 8) == '        """\n        Two\n\n        paragraphs.\n        """'
    long = "word " * 30
    assert docstring(long).startswith('    """\n')
