"""One source for sync and async code: the sync twin of an async region, by token rewriting.

Hand-written modules (the runtime core, the overlay modules) keep their async code between
markers; the sync code is generated from it, into a second marked region of the same file,
so that every public name stays in the module it has always been in:

    # unasync: source <name>
    class AsyncThing: ...            (written by hand)
    # unasync: end
    # unasync: twin <name>
    class Thing: ...                 (generated: never edit)
    # unasync: end

The rewriting works on Python tokens, so string literals are left alone and only code,
comments and docstrings change: `async def` / `async for` / `async with` lose `async`,
`await` disappears, and each name goes through the rename rules (an explicit table first,
then the generic ones: `AsyncX` -> `X`, `async_x` -> `x`, `aclose` -> `close`,
`__aiter__` -> `__iter__`, ...). A file adds its own pairs with `# unasync: rename A=B, C=D`
lines (for names the rules cannot know, e.g. `AsyncAPIClient=SyncAPIClient`). A line ending
in `# unasync: keep` is copied as it is.

`python -m generator unasync` rewrites every twin region; `--check` fails (and names the
file and region) when a twin is not what its source produces, which is how a hand edit of
a twin is caught.
"""

from __future__ import annotations

import io
import re
import tokenize
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["UnasyncRules", "Region", "rewrite", "twin_regions", "unasync_file", "UnasyncError"]

RENAME_MARK = re.compile(r"^[ \t]*# unasync: rename (?P<pairs>.+?)\s*$")
SOURCE_MARK = re.compile(r"^(?P<indent>[ \t]*)# unasync: source (?P<name>[\w.-]+)\s*$")
TWIN_MARK = re.compile(r"^(?P<indent>[ \t]*)# unasync: twin (?P<name>[\w.-]+)\s*$")
END_MARK = re.compile(r"^[ \t]*# unasync: end\s*$")
KEEP_MARK = "# unasync: keep"

# Names whose sync spelling is not derived by the generic rules below.
DEFAULT_NAMES: dict[str, str] = {
    "__aenter__": "__enter__",
    "__aexit__": "__exit__",
    "__aiter__": "__iter__",
    "__anext__": "__next__",
    "aclose": "close",
    "aread": "read",
    "aiter_bytes": "iter_bytes",
    "aiter_raw": "iter_raw",
    "aiter_lines": "iter_lines",
    "aiter_text": "iter_text",
    "StopAsyncIteration": "StopIteration",
    "AsyncIterator": "Iterator",
    "AsyncIterable": "Iterable",
    "AsyncGenerator": "Generator",
    "AsyncContextManager": "ContextManager",
    "asynccontextmanager": "contextmanager",
    "AsyncExitStack": "ExitStack",
    "AsyncClient": "Client",
    "AsyncByteStream": "SyncByteStream",
    "AsyncBaseTransport": "BaseTransport",
    "AsyncHTTPTransport": "HTTPTransport",
}
# Words of prose (comments, docstrings): only these change there.
PROSE_WORDS: dict[str, str] = {
    "asynchronous": "synchronous",
    "Asynchronous": "Synchronous",
    "async": "sync",
    "Async": "Sync",
    "awaits": "calls",
    "await": "call",
}


class UnasyncError(Exception):
    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


@dataclass(frozen=True)
class UnasyncRules:
    """How names are rewritten: `names` (exact, checked first) over the generic rules."""

    names: Mapping[str, str] = field(default_factory=dict)

    def name(self, word: str) -> str:
        if word in self.names:
            return self.names[word]
        if word in DEFAULT_NAMES:
            return DEFAULT_NAMES[word]
        # AsyncStream -> Stream, BetaAsyncMessageStream -> BetaMessageStream
        renamed = re.sub(r"(?<![A-Za-z])Async(?=[A-Z_])|(?<=[a-z0-9])Async(?=[A-Z])", "", word)
        # async_to_raw_response_wrapper -> to_raw_response_wrapper, _async_client -> _client
        renamed = re.sub(r"(?:(?<=^)|(?<=_))async_", "", renamed)  # beta_async_tool -> beta_tool
        renamed = re.sub(r"_async(?=$|_)", "", renamed)
        return renamed

    def prose(self, text: str) -> str:
        def word(match: re.Match[str]) -> str:
            token = match.group(0)
            if token in PROSE_WORDS:
                return PROSE_WORDS[token]
            if "Async" in token or "async_" in token or token.startswith("__a"):
                return self.name(token)
            return token

        return re.sub(r"[A-Za-z_][A-Za-z0-9_]*", word, text)


@dataclass(frozen=True)
class Region:
    name: str
    start: int  # index of the first line after the opening marker
    end: int  # index of the closing marker line


def rewrite(source: str, rules: UnasyncRules, path: str = "<source>") -> str:
    """The sync twin of `source` (a sequence of whole statements, at any indentation)."""
    lines = source.splitlines(keepends=True)
    edits: dict[int, list[tuple[int, int, str]]] = {}  # line index -> (start col, end col, text)

    def edit(row: int, start: int, end: int, text: str) -> None:
        edits.setdefault(row - 1, []).append((start, end, text))

    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(_dedented(source)).readline))
    except (tokenize.TokenError, SyntaxError) as exc:
        raise UnasyncError(path, f"the async region does not tokenize: {exc}") from None
    offset = _indent_width(source)
    previous_significant: tokenize.TokenInfo | None = None
    for index, token in enumerate(tokens):
        (row, col), (end_row, end_col) = token.start, token.end
        line = lines[row - 1] if row - 1 < len(lines) else ""
        if line.rstrip().endswith(KEEP_MARK):
            continue
        start, end = col + offset, end_col + offset
        if token.type == tokenize.NAME:
            following = _next_significant(tokens, index)
            if (
                token.string == "async"
                and following is not None
                and following.string in ("def", "for", "with")
                or token.string == "await"
            ):
                edit(row, start, _skip_space(line, end), "")
            else:
                renamed = rules.name(token.string)
                if renamed != token.string:
                    edit(row, start, end, renamed)
        elif (
            token.type == tokenize.COMMENT
            and not token.string.startswith("# unasync:")
            or token.type == tokenize.STRING
            and _is_docstring(previous_significant)
            and row == end_row
        ):
            renamed = rules.prose(token.string)
            if renamed != token.string:
                edit(row, start, end, renamed)
        elif token.type == tokenize.STRING and _is_docstring(previous_significant):
            # A docstring over several lines: rewrite the prose of each of its lines.
            for line_index in range(row - 1, end_row):
                text = lines[line_index]
                renamed = rules.prose(text)
                if renamed != text:
                    edits.setdefault(line_index, []).append((0, len(text), renamed))
        if token.type not in (tokenize.NL, tokenize.COMMENT, tokenize.INDENT, tokenize.DEDENT):
            previous_significant = token

    out = []
    for index, line in enumerate(lines):
        for start, end, text in sorted(edits.get(index, []), reverse=True):
            line = line[:start] + text + line[end:]
        out.append(line)
    return "".join(out)


def _dedented(source: str) -> str:
    width = _indent_width(source)
    out = []
    for line in source.splitlines(keepends=True):
        leading = len(line) - len(line.lstrip(" \t"))
        # Lines inside a string may be indented less: only whitespace is ever removed.
        out.append(line[min(width, leading) :])
    return "".join(out)


def _indent_width(source: str) -> int:
    widths = [len(line) - len(line.lstrip(" \t")) for line in source.splitlines() if line.strip()]
    return min(widths) if widths else 0


def _skip_space(line: str, index: int) -> int:
    while index < len(line) and line[index] in " \t":
        index += 1
    return index


def _next_significant(tokens: list[tokenize.TokenInfo], index: int) -> tokenize.TokenInfo | None:
    for token in tokens[index + 1 :]:
        if token.type not in (tokenize.NL, tokenize.NEWLINE, tokenize.COMMENT):
            return token
    return None


def _is_docstring(previous: tokenize.TokenInfo | None) -> bool:
    """A string that opens a module, class or function body (after a NEWLINE + INDENT, or at
    the start) is a docstring: prose, rewritten as such."""
    return previous is None or previous.type in (tokenize.INDENT, tokenize.NEWLINE)


def twin_regions(text: str, path: str = "<file>") -> tuple[dict[str, Region], dict[str, Region]]:
    """The source and twin regions of a file, by name."""
    lines = text.splitlines()
    sources: dict[str, Region] = {}
    twins: dict[str, Region] = {}
    open_region: tuple[str, str, int] | None = None
    for index, line in enumerate(lines):
        source, twin = SOURCE_MARK.match(line), TWIN_MARK.match(line)
        if source or twin:
            if open_region is not None:
                raise UnasyncError(path, f"line {index + 1}: region '{open_region[1]}' is not closed")
            match = source or twin
            assert match is not None
            open_region = ("source" if source else "twin", match.group("name"), index + 1)
        elif END_MARK.match(line):
            if open_region is None:
                raise UnasyncError(path, f"line {index + 1}: '# unasync: end' without an open region")
            kind, name, start = open_region
            table = sources if kind == "source" else twins
            if name in table:
                raise UnasyncError(path, f"line {start}: a second {kind} region named '{name}'")
            table[name] = Region(name, start, index)
            open_region = None
    if open_region is not None:
        raise UnasyncError(path, f"line {open_region[2]}: region '{open_region[1]}' is not closed")
    for name in sources.keys() ^ twins.keys():
        kind = "twin" if name in sources else "source"
        raise UnasyncError(path, f"region '{name}' has no {kind} region")
    return sources, twins


def file_rules(text: str, path: str = "<file>") -> UnasyncRules:
    """The rename pairs a file declares (`# unasync: rename A=B, C=D`)."""
    names: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        match = RENAME_MARK.match(line)
        if match is None:
            continue
        for pair in match.group("pairs").split(","):
            old, sep, new = (part.strip() for part in pair.partition("="))
            if not sep or not old.isidentifier() or not new.isidentifier():
                raise UnasyncError(path, f"line {number}: '{pair.strip()}' is not a rename pair 'Old=New'")
            names[old] = new
    return UnasyncRules(names)


def unasync_file(text: str, path: str = "<file>") -> str:
    """`text` with every twin region regenerated from its source region (unformatted)."""
    sources, twins = twin_regions(text, path)
    if not sources:
        return text
    rules = file_rules(text, path)
    lines = text.splitlines(keepends=True)
    generated = {
        name: rewrite("".join(lines[region.start : region.end]), rules, f"{path} (region {name})")
        for name, region in sources.items()
    }
    out: list[str] = []
    index = 0
    for region in sorted(twins.values(), key=lambda r: r.start):
        out.extend(lines[index : region.start])
        out.append(generated[region.name])
        index = region.end
    out.extend(lines[index:])
    return "".join(out)


def files_with_regions(roots: Iterable[Path]) -> list[Path]:
    found = []
    for root in roots:
        for path in [root] if root.is_file() else sorted(root.rglob("*.py")):
            if "__pycache__" in path.parts:
                continue
            if "# unasync: source" in path.read_text(encoding="utf-8"):
                found.append(path)
    return found


def formatted(text: str, path: Path) -> str:
    """`text` as `ruff format` leaves it for `path` (with the ruff settings that apply there)."""
    import subprocess

    from .format import _ruff

    result = subprocess.run(
        [*_ruff(), "format", "--stdin-filename", str(path.resolve()), "-"],
        input=text,
        capture_output=True,
        text=True,
        cwd=path.parent,
    )
    if result.returncode != 0:
        raise UnasyncError(str(path), f"the generated twin does not format: {result.stderr.strip()[:500]}")
    return result.stdout


def refresh(paths: Iterable[Path], *, check: bool) -> list[Path]:
    """Regenerate the twin regions of every file under `paths`; returns the files whose
    twins were not current (with `check`, nothing is written)."""
    stale = []
    for path in files_with_regions(paths):
        text = path.read_text(encoding="utf-8")
        expected = formatted(unasync_file(text, str(path)), path)
        if expected != text:
            stale.append(path)
            if not check:
                path.write_text(expected, encoding="utf-8")
    return stale
