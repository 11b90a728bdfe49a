"""Diagnostics as data: every problem the generator finds names a file, a location and a reason.

Stages collect `Diagnostic` values instead of raising on the first problem, so a user sees every
mistake in one run. A stage that cannot go on raises `GeneratorError` carrying what it collected;
the CLI prints them and exits non-zero before anything is written.

Two severities: an *error* stops the run; a *warning* says where the output is less than the
input asks for (a schema read as `Any`, an operation without a method, an overlay action that
no longer matches the spec, ...). Warnings are printed with a count after every run, and
`--strict` makes them errors (the committed inputs must produce none).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"  # what a run chose to do, on purpose (e.g. an operation skipped by configuration)


@dataclass(frozen=True)
class Diagnostic:
    file: str
    pointer: str
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        pointer = self.pointer.removeprefix("#")  # a `#/...` reference and a `/...` pointer read the same
        where = f"{self.file}#{pointer}" if pointer else self.file
        return f"{where}: {self.severity.value}: {self.message}"


class GeneratorError(Exception):
    """Raised when a stage found errors; carries every diagnostic collected so far."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        self.diagnostics = diagnostics
        super().__init__("\n".join(str(d) for d in diagnostics))


@dataclass
class DiagnosticSink:
    """Collects diagnostics for one stage; `raise_if_errors` ends the stage when needed."""

    diagnostics: list[Diagnostic] = field(default_factory=list)

    def error(self, file: str, pointer: str, message: str) -> None:
        self._add(Diagnostic(file, pointer, message, Severity.ERROR))

    def warning(self, file: str, pointer: str, message: str) -> None:
        self._add(Diagnostic(file, pointer, message, Severity.WARNING))

    def note(self, file: str, pointer: str, message: str) -> None:
        self._add(Diagnostic(file, pointer, message, Severity.NOTE))

    def add(self, diagnostic: Diagnostic) -> None:
        self._add(diagnostic)

    def _add(self, diagnostic: Diagnostic) -> None:
        # A problem found again (e.g. a schema reached by two routes) is reported once.
        if diagnostic not in self.diagnostics:
            self.diagnostics.append(diagnostic)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.WARNING]

    @property
    def notes(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.NOTE]

    def extend(self, diagnostics: list[Diagnostic]) -> None:
        for diagnostic in diagnostics:
            self._add(diagnostic)

    def raise_if_errors(self) -> None:
        if self.errors:
            raise GeneratorError([d for d in self.diagnostics if d.severity is not Severity.NOTE])


def escape_token(part: str) -> str:
    """One reference token of an RFC 6901 JSON pointer ('~' -> '~0', '/' -> '~1')."""
    return part.replace("~", "~0").replace("/", "~1")


def pointer_join(*parts: object) -> str:
    """Build an RFC 6901 JSON pointer from raw path parts (escaping '~' and '/')."""
    escaped = (escape_token(str(p)) for p in parts)
    return "/" + "/".join(escaped) if parts else ""


def as_errors(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """Warnings promoted to errors (`--strict`)."""
    return [Diagnostic(d.file, d.pointer, d.message, Severity.ERROR) for d in diagnostics]
