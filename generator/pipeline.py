"""The stages, in order: load + validate -> overlay -> re-validate -> IR -> render ->
format -> write. Each stage only consumes the previous stage's result."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import ir
from .build import build_sdk
from .config import load_configuration
from .format import format_tree
from .load import load_spec, validate_document
from .overlay import apply_overlays, load_overlay_documents
from .render import render_sdk
from .write import MANIFEST, input_hashes, manifest_text, replace_directory

OVERLAY_ACTIONS_DIR = "openapi"


@dataclass(frozen=True)
class Inputs:
    spec: Path
    overlays: Path
    templates: Path
    root: Path  # the project root (manifest paths are relative to it)

    @property
    def generator(self) -> Path:
        return Path(__file__).parent


def build_ir(inputs: Inputs) -> ir.SDK:
    spec = load_spec(inputs.spec)
    validate_document(spec, str(inputs.spec))
    actions = load_overlay_documents(inputs.overlays / OVERLAY_ACTIONS_DIR)
    patched = apply_overlays(spec, actions)
    validate_document(patched, f"{inputs.spec} (after overlays)")
    config = load_configuration(inputs.overlays)
    return build_sdk(patched, config, str(inputs.spec))


def generate_files(inputs: Inputs) -> dict[str, str]:
    sdk = build_ir(inputs)
    files = format_tree(render_sdk(sdk, inputs.templates, inputs.overlays))
    hashes = input_hashes(inputs.spec, inputs.overlays, inputs.templates, inputs.generator, inputs.root)
    files[MANIFEST] = manifest_text(files, hashes)
    return files


def generate(inputs: Inputs, output: Path) -> dict[str, str]:
    files = generate_files(inputs)
    replace_directory(files, output)
    return files
