"""The sync twins of async code: token rewriting, regions, the check."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from generator import cli
from generator.unasync import UnasyncError, UnasyncRules, file_rules, refresh, rewrite, twin_regions, unasync_file


def test_keywords_go_and_names_follow_the_rules() -> None:
    source = textwrap.dedent(
        """\
        class AsyncStream(_Core):
            async def __anext__(self) -> Item:
                async for chunk in self.response.aiter_bytes():
                    await self._handle(chunk)
                raise StopAsyncIteration

            async def __aenter__(self) -> AsyncStream:
                return self

            async def aclose(self) -> None:
                async with self._lock:
                    await self.response.aclose()
        """
    )
    assert rewrite(source, UnasyncRules()) == textwrap.dedent(
        """\
        class Stream(_Core):
            def __next__(self) -> Item:
                for chunk in self.response.iter_bytes():
                    self._handle(chunk)
                raise StopIteration

            def __enter__(self) -> Stream:
                return self

            def close(self) -> None:
                with self._lock:
                    self.response.close()
        """
    )


def test_generic_name_rules() -> None:
    rules = UnasyncRules({"AsyncAPIClient": "SyncAPIClient"})
    assert rules.name("AsyncAPIClient") == "SyncAPIClient"
    assert rules.name("BetaAsyncMessageStream") == "BetaMessageStream"
    assert rules.name("async_to_raw_response_wrapper") == "to_raw_response_wrapper"
    assert rules.name("_async_client") == "_client"
    assert rules.name("async_sleep") == "sleep"
    assert rules.name("AsyncIterator") == "Iterator"
    # Names that only contain the letters are left alone.
    assert rules.name("asyncio") == "asyncio"
    assert rules.name("Asyncable") == "Asyncable"
    assert rules.name("make_async") == "make"  # a suffix `_async` is dropped too


def test_strings_are_left_alone_but_prose_changes() -> None:
    source = textwrap.dedent(
        '''\
        async def run(self) -> str:
            """Wait for the asynchronous answer of the AsyncStream."""
            # await the async result
            await self.flush()
            return "async:" + self.label
        '''
    )
    assert rewrite(source, UnasyncRules()) == textwrap.dedent(
        '''\
        def run(self) -> str:
            """Wait for the synchronous answer of the Stream."""
            # call the sync result
            self.flush()
            return "async:" + self.label
        '''
    )


def test_a_kept_line_is_copied_verbatim() -> None:
    source = "async def f() -> None:\n    await anyio.sleep(1)  # unasync: keep\n"
    assert rewrite(source, UnasyncRules()) == "def f() -> None:\n    await anyio.sleep(1)  # unasync: keep\n"


FILE = textwrap.dedent(
    """\
    # unasync: rename AsyncAPIClient=SyncAPIClient
    import anyio

    # unasync: twin client
    class Old:
        pass
    # unasync: end


    # unasync: source client
    class AsyncAPIClient:
        async def send(self) -> int:
            await async_sleep(0)
            return 1
    # unasync: end
    """
)


def test_twin_regions_are_regenerated_in_place() -> None:
    out = unasync_file(FILE, "f.py")
    assert "class Old" not in out
    twin = out.split("# unasync: twin client\n")[1].split("# unasync: end")[0]
    assert twin == "class SyncAPIClient:\n    def send(self) -> int:\n        sleep(0)\n        return 1\n"
    # The source region is untouched, and regenerating again changes nothing.
    assert "class AsyncAPIClient:" in out and unasync_file(out, "f.py") == out


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("# unasync: source a\nx = 1\n", "not closed"),
        ("# unasync: end\n", "without an open region"),
        ("# unasync: source a\nx = 1\n# unasync: end\n", "has no twin region"),
        ("# unasync: twin a\n# unasync: end\n", "has no source region"),
        ("# unasync: source a\n# unasync: end\n# unasync: source a\n# unasync: end\n", "second source region"),
    ],
)
def test_malformed_regions_are_errors(text: str, message: str) -> None:
    with pytest.raises(UnasyncError) as info:
        twin_regions(text, "bad.py")
    assert message in str(info.value) and "bad.py" in str(info.value)


def test_rename_pairs_must_be_identifiers() -> None:
    assert file_rules("# unasync: rename A=B, AsyncX = X\n").names == {"A": "B", "AsyncX": "X"}
    with pytest.raises(UnasyncError, match="not a rename pair"):
        file_rules("# unasync: rename A-B\n", "r.py")


def test_check_fails_on_a_hand_edited_twin(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    module = tmp_path / "pkg" / "mod.py"
    module.parent.mkdir()
    module.write_text(FILE, encoding="utf-8")
    assert cli.main(["unasync", "--check", str(tmp_path / "pkg")]) == 1
    assert "mod.py" in capsys.readouterr().err
    assert cli.main(["unasync", str(tmp_path / "pkg")]) == 0
    assert cli.main(["unasync", "--check", str(tmp_path / "pkg")]) == 0
    text = module.read_text(encoding="utf-8")
    assert text.index("        sleep(0)") < text.index("await async_sleep(0)")  # the twin comes first
    module.write_text(text.replace("        sleep(0)", "        sleep(1)", 1), encoding="utf-8")
    assert refresh([tmp_path / "pkg"], check=True) == [module]
