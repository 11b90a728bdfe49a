"""The stages, in order: load + validate -> overlay -> re-validate -> IR -> render ->
format -> write. Each stage only consumes the previous stage's result."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from . import ir
from .build import build_sdk
from .config import load_configuration
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


def _build(inputs: Inputs, validation: BackgroundValidation) -> ir.SDK:
    spec = load_spec(inputs.spec)
    validation.submit(spec, str(inputs.spec))
    actions = load_overlay_documents(inputs.overlays / OVERLAY_ACTIONS_DIR)
    patched = apply_overlays(spec, actions)
    validation.submit(patched, f"{inputs.spec} (after overlays)")
    config = load_configuration(inputs.overlays)
    return build_sdk(patched, config, str(inputs.spec))


def _validated(validation: BackgroundValidation, step: Callable[[], T]) -> T:
    """Run a later stage while the spec is still being validated. Validation problems
    come first: a stage may well trip over a spec the validator would have rejected."""
    try:
        result = step()
    except BaseException:
        validation.wait()
        raise
    validation.wait()
    return result


def build_ir(inputs: Inputs) -> ir.SDK:
    with BackgroundValidation() as validation:
        return _validated(validation, lambda: _build(inputs, validation))


def generate_files(inputs: Inputs) -> dict[str, str]:
    with BackgroundValidation() as validation:

        def later_stages() -> dict[str, str]:
            sdk = _build(inputs, validation)
            return format_tree(render_sdk(sdk, inputs.templates, inputs.overlays, inputs.runtime))

        files = _validated(validation, later_stages)
    files[MANIFEST] = manifest_text(files, inputs.hashes())
    return files


def generate(inputs: Inputs, output: Path) -> dict[str, str]:
    files = generate_files(inputs)
    replace_directory(files, output)
    return files
