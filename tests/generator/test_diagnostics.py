"""Diagnostics: `file#pointer: error: reason`, collected per stage."""

from __future__ import annotations

import pytest

from generator.diagnostics import Diagnostic, DiagnosticSink, GeneratorError, Severity, pointer_join


def test_diagnostic_text() -> None:
    assert str(Diagnostic("spec.yaml", "/info", "bad")) == "spec.yaml#/info: error: bad"
    assert str(Diagnostic("spec.yaml", "", "bad")) == "spec.yaml: error: bad"
    assert str(Diagnostic("a.yaml", "/x", "hm", Severity.WARNING)) == "a.yaml#/x: warning: hm"


def test_pointer_join_escapes() -> None:
    assert pointer_join() == ""
    assert pointer_join("paths", "/v1/a~b", "get", 0) == "/paths/~1v1~1a~0b/get/0"


def test_sink_collects_and_raises_everything() -> None:
    sink = DiagnosticSink()
    sink.raise_if_errors()
    sink.warning("a", "", "only a warning")
    sink.raise_if_errors()
    sink.error("a", "/1", "one")
    sink.error("b", "/2", "two")
    with pytest.raises(GeneratorError) as excinfo:
        sink.raise_if_errors()
    assert [d.message for d in excinfo.value.diagnostics] == ["only a warning", "one", "two"]
    assert str(excinfo.value) == "a: warning: only a warning\na#/1: error: one\nb#/2: error: two"
    assert [d.message for d in sink.errors] == ["one", "two"]


def test_the_same_problem_is_reported_once() -> None:
    sink = DiagnosticSink()
    sink.error("a", "/1", "one")
    sink.error("a", "/1", "one")
    sink.error("a", "/2", "one")
    assert len(sink.diagnostics) == 2
