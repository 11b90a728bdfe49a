"""Diagnostics as data: every problem the generator finds names a file, a location and a reason.

Stages collect `Diagnostic` values instead of raising on the first problem, so a user sees every
mistake in one run. A stage that cannot go on raises `GeneratorError` carrying what it collected;
the CLI prints them and exits non-zero before anything is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Diagnostic:
    file: str
    pointer: str
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        where = f"{self.file}#{self.pointer}" if self.pointer else self.file
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

    def _add(self, diagnostic: Diagnostic) -> None:
        # A problem found again (e.g. a schema reached by two routes) is reported once.
        if diagnostic not in self.diagnostics:
            self.diagnostics.append(diagnostic)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.ERROR]

    def raise_if_errors(self) -> None:
        if self.errors:
            raise GeneratorError(self.diagnostics)


def pointer_join(*parts: object) -> str:
    """Build an RFC 6901 JSON pointer from raw path parts (escaping '~' and '/')."""
    escaped = (str(p).replace("~", "~0").replace("/", "~1") for p in parts)
    return "/" + "/".join(escaped) if parts else ""
