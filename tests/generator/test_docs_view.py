"""The documentation views: README section placement from docs.yaml (and its errors), the
example call, the status table read from the runtime, the API reference's links, and the
helpers read from a hand-written mixin."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from generator import ir
from generator.config import DocsConfig, load_configuration
from generator.diagnostics import GeneratorError
from generator.render import render_sdk
from generator.render.docs_view import GENERIC_SECTIONS, _status_table, api_view, readme_view
from tests.conftest import ROOT

from .helpers import TEMPLATES, empty_runtime
from .test_render import hand_sdk

RUNTIME = ROOT / "runtime"


def with_docs(sdk: ir.SDK, **docs: object) -> ir.SDK:
    return dataclasses.replace(sdk, docs=ir.Docs(**docs))  # type: ignore[arg-type]


def section(id: str, after: str) -> ir.DocSection:
    return ir.DocSection(id, id.title(), after, f"Body of {id}.")


def test_overlay_sections_go_after_their_anchor_in_the_given_order() -> None:
    sdk = with_docs(
        hand_sdk(), sections=(section("first", "async"), section("second", "async"), section("third", "first"))
    )
    ids = [item.id for item in readme_view(sdk, RUNTIME).items]
    assert ids[ids.index("async") + 1 : ids.index("async") + 4] == ["first", "third", "second"]
    assert [i for i in ids if i in GENERIC_SECTIONS] == list(GENERIC_SECTIONS)


def test_an_unknown_anchor_and_a_duplicate_id_name_their_place() -> None:
    sdk = with_docs(hand_sdk(), sections=(section("usage", "install"), section("extra", "nowhere")))
    with pytest.raises(GeneratorError) as raised:
        readme_view(sdk, RUNTIME, "overlays/docs.yaml")
    pointers = sorted(d.pointer for d in raised.value.diagnostics)
    assert pointers == ["/readme/sections/0/id", "/readme/sections/1/after"]
    assert all(d.file == "overlays/docs.yaml" for d in raised.value.diagnostics)


def test_the_example_call_comes_from_the_overlay_or_from_the_ir() -> None:
    configured = with_docs(hand_sdk(), example=ir.DocExample("messages.create(x=1)", "reply", "reply.id"))
    view = readme_view(configured, RUNTIME)
    assert view.example is not None and view.example.show == "reply.id"
    assert view.raw_call("with_raw_response") == "messages.with_raw_response.create(x=1)"
    picked = readme_view(hand_sdk(), RUNTIME).example
    # The first method needing no argument, else none at all.
    methods = hand_sdk().resources[0].methods
    free = [m for m in methods if not any(p.required for p in m.params)]
    assert (picked is None) == (not free)
    if picked is not None:
        assert picked.call == f"messages.{free[0].name}()"


def test_the_status_table_is_read_from_the_runtime() -> None:
    table = dict(_status_table(RUNTIME))
    assert table[404] == "NotFoundError" and table[429] == "RateLimitError"
    from runtime import _errors

    assert {status: cls.__name__ for status, cls in _errors.HTTP_STATUS_ERRORS.items()} == table


def test_benchmarks_need_their_source(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="source"):
        DocsConfig.model_validate({"readme": {"benchmarks": {"table": "a 1"}}})
    with pytest.raises(ValueError, match="slug"):
        DocsConfig.model_validate(
            {"readme": {"sections": [{"id": "Bad Id", "title": "t", "after": "usage", "body": ""}]}}
        )


def test_docs_yaml_is_optional_and_validated(tmp_path: Path) -> None:
    overlays = tmp_path / "overlays"
    overlays.mkdir()
    (overlays / "sdk.yaml").write_text((ROOT / "tests/foreign/fixture/overlays/sdk.yaml").read_text(), encoding="utf-8")
    assert load_configuration(overlays).docs == DocsConfig()
    (overlays / "docs.yaml").write_text("readme:\n  sections:\n    - {id: x, title: X, body: b}\n", encoding="utf-8")
    with pytest.raises(GeneratorError) as raised:
        load_configuration(overlays)
    assert raised.value.diagnostics[0].pointer == "/readme/sections/0/after"


def test_render_writes_both_documents_with_resolving_links(tmp_path: Path) -> None:
    from tests.docs._markdown import broken_links, code_blocks

    sdk = with_docs(hand_sdk(), sections=(section("extra", "usage"),), intro="Intro text.")
    (tmp_path / "modules").mkdir()
    (tmp_path / "modules" / "extra.py").write_text("X = 1\n", encoding="utf-8")
    files = render_sdk(sdk, TEMPLATES, tmp_path, empty_runtime(tmp_path / "runtime"))
    readme, api = files["README.md"], files["api.md"]
    assert "Intro text." in readme and '<a id="extra"></a>\n## Extra' in readme
    assert readme.index("## Usage") < readme.index("## Extra") < readme.index("## Client configuration")
    assert broken_links(readme) == [] and broken_links(api) == []
    for block in code_blocks(readme) + code_blocks(api):
        if block.language == "python":
            compile(block.code, "doc", "exec")
    assert "#### `client.messages." in api


def test_helpers_are_read_from_the_mixin_and_its_bases(tmp_path: Path) -> None:
    overlays = tmp_path / "overlays"
    (overlays / "modules").mkdir(parents=True)
    (overlays / "modules" / "base.py").write_text(
        "class Base:\n    def inherited(self, x: int) -> str:\n        '''From the base.'''\n        return ''\n",
        encoding="utf-8",
    )
    (overlays / "modules" / "helpers.py").write_text(
        "from typing import overload\nfrom .base import Base\n\n"
        "class Helpers(Base):\n"
        "    @overload\n    def shout(self, text: str) -> str: ...\n"
        "    @overload\n    def shout(self, text: bytes) -> bytes: ...\n"
        "    def shout(self, text):\n        '''Say it loudly.'''\n        return text\n"
        "    def _private(self) -> None: ...\n",
        encoding="utf-8",
    )
    sdk = hand_sdk()
    sdk.resources[0].mixin = ir.Mixin("lib.helpers", "Helpers", "AsyncHelpers")
    sdk = dataclasses.replace(sdk, copied_files=[ir.CopiedFile("modules", "lib")])
    helpers = {h.name: h for h in api_view(sdk, overlays).resources[0].helpers}
    assert sorted(helpers) == ["inherited", "shout"]
    assert helpers["shout"].signature.startswith("def shout(self, text: str) -> str:")
    assert helpers["shout"].doc == "Say it loudly." and helpers["inherited"].doc == "From the base."


def test_the_page_example_must_name_a_list_method() -> None:
    sdk = hand_sdk()
    paged = [m.name for m in sdk.resources[0].methods if isinstance(m.response, ir.PageResponse)]
    assert paged, "the hand SDK has a list method"
    good = with_docs(sdk, page_example=ir.DocExample(f"messages.{paged[0]}(limit=3)", "page"))
    view = readme_view(good, RUNTIME)
    assert view.page_example is not None and view.page_example.call == f"messages.{paged[0]}(limit=3)"
    bad = with_docs(sdk, page_example=ir.DocExample("messages.nothing()", "page"))
    with pytest.raises(GeneratorError) as raised:
        readme_view(bad, RUNTIME)
    assert raised.value.diagnostics[0].pointer == "/readme/page_example/call"
