"""Command line: `python -m generator {generate,check,status,import-spec}`.

Errors are reported as `file#pointer: error: reason` lines and a non-zero exit status;
nothing is written when any stage fails.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from . import unasync
from .diagnostics import Diagnostic, GeneratorError, Severity
from .pipeline import DEFAULT_RUNTIME, Generation, Inputs, generate, generate_files
from .write import MANIFEST, is_source, sha256_text

SPEC_DIR = "spec"


def default_spec(root: Path) -> str:
    """The project's spec: the one `*.openapi.yaml` / `*.openapi.json` file in `spec/`."""
    found = sorted(p for p in (root / SPEC_DIR).glob("*.openapi.*") if p.suffix in (".yaml", ".yml", ".json"))
    if len(found) != 1:
        listed = ", ".join(p.name for p in found) or "none"
        raise GeneratorError(
            [
                Diagnostic(
                    str(root / SPEC_DIR), "", f"expected one *.openapi.yaml spec here (found: {listed}): pass --spec"
                )
            ]
        )
    return found[0].relative_to(root).as_posix()


def _inputs(args: argparse.Namespace) -> Inputs:
    root = Path(args.root)
    return Inputs(
        spec=root / (args.spec or default_spec(root)),
        overlays=root / args.overlays,
        templates=root / args.templates,
        root=root,
        runtime=Path(args.runtime) if args.runtime else DEFAULT_RUNTIME,
    )


def _add_input_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--root", default=".", help="project root (default: current directory)")
    parser.add_argument(
        "--spec", default=None, help="the OpenAPI spec, relative to the root (default: the one in spec/)"
    )
    parser.add_argument("--overlays", default="overlays", help="overlay directory, relative to the root")
    parser.add_argument("--templates", default="templates", help="template directory, relative to the root")
    parser.add_argument(
        "--runtime", default=None, help="the runtime core package to copy (default: the generator's own runtime/)"
    )
    parser.add_argument("--out", default="generated", help="output directory, relative to the root")
    parser.add_argument(
        "--strict", action="store_true", help="treat warnings as errors (CI runs the committed inputs with it)"
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="also list the notes (skipped operations, ...)")


def report(generation: Generation, *, verbose: bool = False) -> None:
    """Warnings, each on its line with a count; notes (choices the configuration made) as a
    count, each on its line with --verbose."""
    for warning in generation.warnings:
        print(str(warning), file=sys.stderr)
    if generation.warnings:
        print(f"{len(generation.warnings)} warning(s); run with --strict to make them errors", file=sys.stderr)
    if verbose:
        for note in generation.notes:
            print(str(note), file=sys.stderr)
    if generation.notes:
        kinds = Counter(_note_kind(note.message) for note in generation.notes)
        summary = ", ".join(f"{count} {kind}" for kind, count in sorted(kinds.items()))
        print(f"{len(generation.notes)} note(s): {summary} (--verbose lists them)")


def _note_kind(message: str) -> str:
    if message.endswith("(inferred)"):
        return "method(s) placed by the inference rules"
    if "by configuration" in message:
        return "operation(s) skipped by configuration"
    return "other"


def cmd_generate(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    inputs = _inputs(args)
    generation = generate(inputs, inputs.root / args.out, strict=args.strict)
    elapsed = time.perf_counter() - started
    report(generation, verbose=args.verbose)
    print(f"generated {len(generation.files)} files into {args.out}/ in {elapsed:.1f}s")
    return 0


def read_existing(root: Path) -> dict[str, str]:
    if not root.is_dir():
        return {}
    found = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and is_source(path.relative_to(root)):
            found[path.relative_to(root).as_posix()] = path.read_text(encoding="utf-8", errors="replace")
    return found


def cmd_check(args: argparse.Namespace) -> int:
    """Regenerate in memory and compare with the committed tree."""
    inputs = _inputs(args)
    generation = generate_files(inputs, strict=args.strict)
    report(generation, verbose=args.verbose)
    expected = generation.files
    actual = read_existing(inputs.root / args.out)
    differences = []
    for name in sorted(set(expected) | set(actual)):
        if expected.get(name) == actual.get(name):
            continue
        diff = difflib.unified_diff(
            actual.get(name, "").splitlines(keepends=True),
            expected.get(name, "").splitlines(keepends=True),
            fromfile=f"{args.out}/{name} (committed)" if name in actual else "/dev/null",
            tofile=f"{args.out}/{name} (regenerated)" if name in expected else "/dev/null",
        )
        differences.append("".join(diff))
    if not differences:
        print(f"{args.out}/ is up to date ({len(expected)} files)")
        return 0
    shown = "\n".join(differences)
    lines = shown.splitlines()
    limit = 400
    print("\n".join(lines[:limit]))
    if len(lines) > limit:
        print(f"... {len(lines) - limit} more diff lines")
    print(
        f"\n{args.out}/ differs from what the generator produces ({len(differences)} file(s)). "
        "Change the generator, templates, spec or overlays, then run `make generate`; never edit it by hand.",
        file=sys.stderr,
    )
    return 1


def cmd_status(args: argparse.Namespace) -> int:
    """Fast staleness check from the manifest, without regenerating."""
    inputs = _inputs(args)
    out = inputs.root / args.out
    manifest_path = out / MANIFEST
    if not manifest_path.exists():
        print(f"{args.out}/ has no {MANIFEST}: run `make generate`", file=sys.stderr)
        return 1
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    current = inputs.hashes()
    stale = sorted(k for k in set(current) | set(manifest["inputs"]) if current.get(k) != manifest["inputs"].get(k))
    existing = read_existing(out)
    existing.pop(MANIFEST, None)
    edited = sorted(
        name
        for name in set(existing) | set(manifest["files"])
        if name != MANIFEST and (name not in existing or sha256_text(existing[name]) != manifest["files"].get(name))
    )
    for name in stale:
        print(f"input changed since the last generation: {name}")
    for name in edited:
        print(f"generated file differs from the manifest: {args.out}/{name}")
    if stale or edited:
        return 1
    print(f"{args.out}/ matches its inputs")
    return 0


def cmd_import_spec(args: argparse.Namespace) -> int:
    """Import an upstream spec: canonical YAML, no prose. Its flaws are reported (file, JSON
    pointer, reason) and imported anyway: `overlays/openapi/00-spec-fixes.yaml` repairs them,
    and the generator validates the patched spec. A broken `$ref` stops the import."""
    from .diagnostics import DiagnosticSink
    from .load import check_openapi, check_refs
    from .spec_import import import_spec
    from .yamlio import load_document

    root = Path(args.root)
    if args.spec:
        relative = args.spec
    else:
        existing = sorted((root / SPEC_DIR).glob("*.openapi.*"))
        relative = existing[0].relative_to(root).as_posix() if len(existing) == 1 else f"{SPEC_DIR}/api.openapi.yaml"
    source, destination = Path(args.source), root / relative
    scratch = destination.with_suffix(".tmp")
    text = import_spec(source, scratch)
    try:
        imported = load_document(scratch)
        sink = DiagnosticSink()
        check_refs(imported, str(source), sink)
        sink.raise_if_errors()
        check_openapi(imported, str(source), sink, Severity.WARNING)
    except GeneratorError:
        scratch.unlink()
        raise
    scratch.replace(destination)
    for warning in sink.warnings:
        print(str(warning), file=sys.stderr)
    if sink.warnings:
        print(
            f"{len(sink.warnings)} problem(s) in the upstream spec, imported as they are: repair them in "
            "overlays/openapi/00-spec-fixes.yaml (the generator validates the patched spec)",
            file=sys.stderr,
        )
    print(f"imported {source} -> {destination} ({len(text.splitlines())} lines)")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__.splitlines()[0])
    parser.add_argument("--debug", action="store_true", help="show tracebacks for internal errors")
    commands = parser.add_subparsers(dest="command", required=True)
    for name, handler, helptext in (
        ("generate", cmd_generate, "regenerate the SDK distribution"),
        ("check", cmd_check, "fail with a diff when the committed tree is not what the generator produces"),
        ("status", cmd_status, "compare the output's manifest with the current inputs"),
    ):
        sub = commands.add_parser(name, help=helptext)
        _add_input_options(sub)
        sub.set_defaults(handler=handler)
    importer = commands.add_parser("import-spec", help="import an upstream OpenAPI document into spec/")
    importer.add_argument("source", help="path of the upstream OpenAPI document (JSON or YAML)")
    importer.add_argument("--root", default=".")
    importer.add_argument("--spec", default=None, help="where to write it (default: the spec in spec/)")
    importer.set_defaults(handler=cmd_import_spec)
    differ = commands.add_parser(
        "diff", help="what changed between two specs for the SDK's users (each change breaking or not)"
    )
    differ.add_argument("old", help="the spec before (JSON or YAML)")
    differ.add_argument("new", help="the spec after")
    differ.add_argument("--root", default=".", help="project root (default: current directory)")
    differ.add_argument("--overlays", default="overlays", help="overlay directory, relative to the root")
    differ.add_argument("--templates", default="templates", help="template directory, relative to the root")
    differ.add_argument("--json", action="store_true", help="print the report as JSON")
    differ.add_argument("--fail-on-breaking", action="store_true", help="exit 3 when a change is breaking")
    differ.set_defaults(handler=cmd_diff)
    twins = commands.add_parser(
        "unasync", help="regenerate the sync twins of the async code (runtime, overlay modules)"
    )
    twins.add_argument("paths", nargs="*", help="files or directories (default: runtime/ and overlays/modules/)")
    twins.add_argument("--root", default=".")
    twins.add_argument("--check", action="store_true", help="only report twins that are not current (exit 1)")
    twins.set_defaults(handler=cmd_unasync)
    return parser


def cmd_diff(args: argparse.Namespace) -> int:
    from .diff import diff_specs

    root = Path(args.root)
    report = diff_specs(Path(args.old), Path(args.new), root / args.overlays, root / args.templates, root)
    print(report.as_json() if args.json else report.as_text())
    return 3 if args.fail_on_breaking and report.breaking else 0


UNASYNC_ROOTS = ("runtime", "overlays/modules")


def cmd_unasync(args: argparse.Namespace) -> int:
    root = Path(args.root)
    paths = [Path(p) for p in args.paths] or [root / p for p in UNASYNC_ROOTS if (root / p).is_dir()]
    try:
        stale = unasync.refresh(paths, check=args.check)
    except unasync.UnasyncError as exc:
        print(f"{exc.path}: error: {exc.message}", file=sys.stderr)
        return 1
    for path in stale:
        if args.check:
            print(
                f"{path}: error: a sync twin is not what its async source produces (edited by hand?)", file=sys.stderr
            )
        else:
            print(f"rewrote the sync twins of {path}")
    if args.check and stale:
        print("run `python -m generator unasync` (or `make generate`) to regenerate them", file=sys.stderr)
        return 1
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except GeneratorError as exc:
        errors = [d for d in exc.diagnostics if d.severity is Severity.ERROR]
        warnings = sum(d.severity is Severity.WARNING for d in exc.diagnostics)
        for diagnostic in exc.diagnostics:
            print(str(diagnostic), file=sys.stderr)
        also = f" (and {warnings} warning(s))" if warnings else ""
        print(f"generation failed: {len(errors)} error(s){also}; nothing was written", file=sys.stderr)
        return 1
    except Exception as exc:  # an internal error must still be one readable line
        if args.debug:
            raise
        print(f"internal error: {type(exc).__name__}: {exc} (re-run with --debug for a traceback)", file=sys.stderr)
        return 2
