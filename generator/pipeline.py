"""The stages, in order: load + validate -> overlay -> re-validate -> IR -> render ->
format -> write. Each stage only consumes the previous stage's result."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from . import ir
from .build import build_sdk
from .config import load_configuration
from .diagnostics import Diagnostic, DiagnosticSink, GeneratorError, Severity, as_errors
from .format import format_tree
from .load import BackgroundValidation, load_spec
from .overlay import apply_overlays, load_overlay_documents
from .render import render_sdk
from .write import MANIFEST, input_hashes, manifest_text, replace_directory

OVERLAY_ACTIONS_DIR = "openapi"
T = TypeVar("T")


# The runtime core every generated package gets (a real Python package beside the generator).
DEFAULT_RUNTIME = Path(__file__).resolve().parent.parent / "runtime"


@dataclass(frozen=True)
class Inputs:
    spec: Path
    overlays: Path
    templates: Path
    root: Path  # the project root (manifest paths are relative to it)
    runtime: Path = DEFAULT_RUNTIME

    @property
    def generator(self) -> Path:
        return Path(__file__).parent

    def hashes(self) -> dict[str, str]:
        return input_hashes(self.spec, (self.overlays, self.templates, self.runtime, self.generator), self.root)


@dataclass
class Generation:
    """The generated tree and the warnings met on the way (file, pointer, reason)."""

    files: dict[str, str]
    warnings: list[Diagnostic] = field(default_factory=list)
    notes: list[Diagnostic] = field(default_factory=list)  # choices made on purpose (skipped operations)


def _build(inputs: Inputs, validation: BackgroundValidation, sink: DiagnosticSink) -> ir.SDK:
    spec = load_spec(inputs.spec)
    # The imported spec may have flaws of its upstream: `import-spec` warned about them, and
    # the overlay must repair them (the patched spec has to be valid), so here they are notes.
    validation.submit(spec, str(inputs.spec), Severity.NOTE)
    actions = load_overlay_documents(inputs.overlays / OVERLAY_ACTIONS_DIR)
    patched = apply_overlays(spec, actions, sink)
    validation.submit(patched, f"{inputs.spec} (after overlays)")
    config = load_configuration(inputs.overlays)
    return build_sdk(patched, config, str(inputs.spec), sink)


def _validated(validation: BackgroundValidation, sink: DiagnosticSink, step: Callable[[], T]) -> T:
    """Run a later stage while the spec is still being validated. Validation problems
    come first: a stage may well trip over a spec the validator would have rejected."""
    try:
        result = step()
    except BaseException:
        validation.wait()
        raise
    sink.extend(validation.wait())
    return result


def _checked(sink: DiagnosticSink, strict: bool) -> list[Diagnostic]:
    """The warnings collected, sorted; with `strict`, any warning ends the run as an error."""
    warnings = sorted(sink.warnings, key=lambda d: (d.file, d.pointer, d.message))
    if strict and warnings:
        raise GeneratorError(as_errors(warnings))
    return warnings


def build_ir(inputs: Inputs, *, strict: bool = False) -> ir.SDK:
    sink = DiagnosticSink()
    with BackgroundValidation() as validation:
        sdk = _validated(validation, sink, lambda: _build(inputs, validation, sink))
    _checked(sink, strict)
    return sdk


def generate_files(inputs: Inputs, *, strict: bool = False) -> Generation:
    sink = DiagnosticSink()
    with BackgroundValidation() as validation:

        def later_stages() -> dict[str, str]:
            sdk = _build(inputs, validation, sink)
            return format_tree(render_sdk(sdk, inputs.templates, inputs.overlays, inputs.runtime))

        files = _validated(validation, sink, later_stages)
    warnings = _checked(sink, strict)
    files[MANIFEST] = manifest_text(files, inputs.hashes())
    return Generation(files, warnings, sink.notes)


def generate(inputs: Inputs, output: Path, *, strict: bool = False) -> Generation:
    generation = generate_files(inputs, strict=strict)
    replace_directory(generation.files, output)
    return generation
