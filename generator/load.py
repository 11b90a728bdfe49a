"""Stage 1: load the spec and check it: every local `$ref` resolves, and the document is
valid OpenAPI. Runs again after the overlay is applied (`validate_document`)."""

from __future__ import annotations

import concurrent.futures
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .diagnostics import Diagnostic, DiagnosticSink, GeneratorError, Severity, pointer_join
from .yamlio import DocumentError, load_document


def load_spec(path: Path) -> dict[str, Any]:
    try:
        document = load_document(path)
    except DocumentError as exc:
        raise GeneratorError([Diagnostic(exc.file, "", exc.reason)]) from None
    if not isinstance(document, dict) or "openapi" not in document:
        raise GeneratorError([Diagnostic(str(path), "", "not an OpenAPI document (no 'openapi' key)")])
    return document


def iter_refs(node: Any, parts: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], str]]:
    """Yield (location, target) for every `$ref` in the document."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield parts, ref
        for key, value in node.items():
            if key != "$ref":
                yield from iter_refs(value, (*parts, str(key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from iter_refs(value, (*parts, str(index)))


def resolve_pointer(document: Any, pointer: str) -> Any:
    """Resolve a local JSON pointer ('#/a/b'); raises KeyError when it leads nowhere."""
    if not pointer.startswith("#"):
        raise KeyError(pointer)
    node = document
    for raw in pointer[1:].split("/")[1:]:
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            raise KeyError(pointer)
    return node


def check_refs(document: dict[str, Any], file: str, sink: DiagnosticSink) -> None:
    for parts, ref in iter_refs(document):
        if not ref.startswith("#/"):
            sink.error(file, pointer_join(*parts, "$ref"), f"only local references are supported, got '{ref}'")
            continue
        try:
            resolve_pointer(document, ref)
        except KeyError:
            sink.error(file, pointer_join(*parts, "$ref"), f"broken $ref: '{ref}' does not exist in the document")


def check_openapi(
    document: dict[str, Any], file: str, sink: DiagnosticSink, severity: Severity = Severity.ERROR
) -> None:
    # Imported lazily: the validator's import is slow and only needed here.
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    version = str(document.get("openapi", ""))
    validator_class = OpenAPIV31SpecValidator if version.startswith("3.1") else OpenAPIV30SpecValidator
    for error in validator_class(document).iter_errors():
        location = pointer_join(*(str(p) for p in _absolute_path(document, list(error.path), error.instance)))
        message = str(getattr(error, "message", error)).splitlines()[0]
        sink.add(Diagnostic(file, location, f"invalid OpenAPI: {message}", severity))


def _absolute_path(document: Any, relative: list[Any], leaf: Any) -> list[Any]:
    """Where an error is in the document. The validator reports an error inside a schema
    relative to that schema; the schema is found as the first node (in document order) from
    which the relative path leads to the offending value."""
    if not relative:
        return relative

    def follows(node: Any) -> bool:
        for part in relative:
            if (
                isinstance(node, dict)
                and part in node
                or isinstance(node, list)
                and isinstance(part, int)
                and part < len(node)
            ):
                node = node[part]
            else:
                return False
        return bool(node == leaf)

    def walk(node: Any, parts: list[Any]) -> list[Any] | None:
        if follows(node):
            return parts + relative
        children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, child in children:
            found = walk(child, [*parts, key])
            if found is not None:
                return found
        return None

    return walk(document, []) or relative


def validate_document(document: dict[str, Any], file: str) -> None:
    """References first: the OpenAPI validator cannot report a broken `$ref` cleanly."""
    sink = DiagnosticSink()
    check_refs(document, file, sink)
    sink.raise_if_errors()
    check_openapi(document, file, sink)
    sink.raise_if_errors()


def _openapi_diagnostics(document: dict[str, Any], file: str, severity: Severity) -> list[Diagnostic]:
    sink = DiagnosticSink()
    check_openapi(document, file, sink, severity)
    return sink.diagnostics


class BackgroundValidation:
    """Validates documents against the OpenAPI schema in worker processes.

    The `$ref` check is quick and runs at once; the schema validation takes seconds per
    document, so it runs beside the later stages. `wait()` must be called before anything
    is written: it raises what the validation found. Used as a context manager.
    """

    def __init__(self) -> None:
        self._executor: concurrent.futures.ProcessPoolExecutor | None = None
        self._pending: list[concurrent.futures.Future[list[Diagnostic]]] = []

    def __enter__(self) -> BackgroundValidation:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)

    def submit(self, document: dict[str, Any], file: str, severity: Severity = Severity.ERROR) -> None:
        """Validate `document`; what is wrong with it is reported with `severity` (an upstream
        spec's flaws are warnings, as long as the overlay repairs them)."""
        sink = DiagnosticSink()
        check_refs(document, file, sink)
        sink.raise_if_errors()
        if self._executor is None:
            self._executor = concurrent.futures.ProcessPoolExecutor(max_workers=2)
        self._pending.append(self._executor.submit(_openapi_diagnostics, document, file, severity))

    def wait(self) -> list[Diagnostic]:
        """The warnings found; raises the first document's errors (a later document derived
        from an invalid one would only repeat them), with the warnings found before them."""
        pending, self._pending = self._pending, []
        warnings: list[Diagnostic] = []
        for future in pending:
            found = future.result()
            if any(d.severity is Severity.ERROR for d in found):
                for rest in pending:
                    rest.cancel()
                raise GeneratorError(warnings + found)
            warnings.extend(found)
        return warnings
