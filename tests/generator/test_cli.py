"""The command line: exit codes, `file#pointer: error: reason` messages, `check` and
`status`; and every error case of the issue leaves the output directory untouched."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import cli, pipeline
from generator.write import MANIFEST

from .helpers import GOLDEN_FIXTURE, ROOT, TEMPLATES, empty_runtime, snapshot

SPEC = "spec/golden.openapi.yaml"
OUT = "out"


class Project:
    """A copy of the golden fixture in a temporary directory (the current directory while
    the test runs), generated with the project's templates and no runtime core."""

    def __init__(self, root: Path, runtime: Path) -> None:
        self.root = root
        self.runtime = runtime

    def args(self, command: str) -> list[str]:
        return [command, "--spec", SPEC, "--templates", str(TEMPLATES), "--runtime", str(self.runtime), "--out", OUT]

    def edit_yaml(self, relative: str, change: Callable[[Any], None]) -> None:
        path = self.root / relative
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        change(data)
        path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")

    @property
    def out(self) -> Path:
        return self.root / OUT


@pytest.fixture(scope="module")
def runtime(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return empty_runtime(tmp_path_factory.mktemp("runtime") / "runtime")


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runtime: Path) -> Project:
    root = tmp_path / "project"
    shutil.copytree(GOLDEN_FIXTURE, root, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.chdir(root)
    return Project(root, runtime)


@pytest.fixture(scope="module")
def generated_once(tmp_path_factory: pytest.TempPathFactory, runtime: Path) -> Path:
    """The fixture project generated once per module (a generation takes about a second)."""
    root = tmp_path_factory.mktemp("generated") / "project"
    shutil.copytree(GOLDEN_FIXTURE, root, ignore=shutil.ignore_patterns("__pycache__"))
    code = cli.main([*Project(root, runtime).args("generate"), "--root", str(root)])
    assert code == 0
    return root


@pytest.fixture
def generated(project: Project, generated_once: Path, capsys: pytest.CaptureFixture[str]) -> Project:
    """A freshly copied project with its output tree (manifest paths are relative to the root)."""
    shutil.copytree(generated_once / OUT, project.out)
    capsys.readouterr()
    return project


def run(capsys: pytest.CaptureFixture[str], args: list[str]) -> tuple[int, str, str]:
    code = cli.main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# --------------------------------------------------------------------------------------
# generate


def test_generate_writes_the_tree_and_a_manifest(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, project.args("generate"))
    assert (code, err) == (0, "")
    assert re.fullmatch(r"generated \d+ files into out/ in \d+\.\d+s\n", out)
    files = snapshot(project.out)
    assert "src/goldensdk/types/message.py" in files and MANIFEST in files
    manifest = json.loads(files[MANIFEST])
    assert set(manifest["files"]) == set(files) - {MANIFEST}
    assert f"{SPEC}" in manifest["inputs"] and "overlays/sdk.yaml" in manifest["inputs"]


def test_generate_twice_gives_the_same_tree(generated: Project, capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot(generated.out)
    assert run(capsys, generated.args("generate"))[0] == 0
    assert snapshot(generated.out) == before


# --------------------------------------------------------------------------------------
# check


def test_check_passes_when_current(generated: Project, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, generated.args("check"))
    assert code == 0, out + err
    assert re.fullmatch(r"out/ is up to date \(\d+ files\)\n", out)


def test_check_shows_a_diff_of_an_edited_file(generated: Project, capsys: pytest.CaptureFixture[str]) -> None:
    usage = generated.out / "src/goldensdk/types/usage.py"
    original = usage.read_text(encoding="utf-8")
    usage.write_text(original.replace("input_tokens: int", "input_tokens: str  # edited by hand"), encoding="utf-8")
    before = snapshot(generated.out)
    code, out, err = run(capsys, generated.args("check"))
    assert code == 1
    assert "--- out/src/goldensdk/types/usage.py (committed)\n" in out
    assert "+++ out/src/goldensdk/types/usage.py (regenerated)\n" in out
    assert "-    input_tokens: str  # edited by hand\n" in out
    assert "+    input_tokens: int\n" in out
    assert "@@ " in out
    assert "differs from what the generator produces (1 file(s))" in err
    assert "never edit it by hand" in err
    # `check` never writes.
    assert snapshot(generated.out) == before


def test_check_reports_extra_and_missing_files(generated: Project, capsys: pytest.CaptureFixture[str]) -> None:
    (generated.out / "src/goldensdk/stray.py").write_text("x = 1\n", encoding="utf-8")
    (generated.out / "src/goldensdk/types/usage.py").unlink()
    code, out, err = run(capsys, generated.args("check"))
    assert code == 1
    assert "--- out/src/goldensdk/stray.py (committed)\n+++ /dev/null\n" in out
    assert "--- /dev/null\n+++ out/src/goldensdk/types/usage.py (regenerated)\n" in out
    assert "(2 file(s))" in err


def test_check_on_a_missing_output_directory(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, project.args("check"))
    assert code == 1 and "--- /dev/null\n+++ out/MANIFEST.json (regenerated)\n" in out
    # Long diffs are cut short.
    assert re.search(r"\n\.\.\. \d+ more diff lines\n$", out)
    assert not project.out.exists()


# --------------------------------------------------------------------------------------
# status


def test_status_when_current(generated: Project, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, generated.args("status")) == (0, "out/ matches its inputs\n", "")


def test_status_detects_a_changed_input(generated: Project, capsys: pytest.CaptureFixture[str]) -> None:
    generated.edit_yaml("overlays/sdk.yaml", lambda d: d["package"].update(version="9.9.9"))
    code, out, _ = run(capsys, generated.args("status"))
    assert (code, out) == (1, "input changed since the last generation: overlays/sdk.yaml\n")


def test_status_detects_a_new_input(generated: Project, capsys: pytest.CaptureFixture[str]) -> None:
    (generated.root / "overlays/openapi/20-more.yaml").write_text("x: 1\n", encoding="utf-8")
    code, out, _ = run(capsys, generated.args("status"))
    assert (code, out) == (1, "input changed since the last generation: overlays/openapi/20-more.yaml\n")


def test_status_detects_a_hand_edited_file(generated: Project, capsys: pytest.CaptureFixture[str]) -> None:
    path = generated.out / "src/goldensdk/types/usage.py"
    path.write_text(path.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    (generated.out / "src/goldensdk/extra.py").write_text("", encoding="utf-8")
    code, out, _ = run(capsys, generated.args("status"))
    assert code == 1
    assert out.splitlines() == [
        "generated file differs from the manifest: out/src/goldensdk/extra.py",
        "generated file differs from the manifest: out/src/goldensdk/types/usage.py",
    ]


def test_status_detects_a_deleted_empty_file(generated: Project, capsys: pytest.CaptureFixture[str]) -> None:
    (generated.out / "src/goldensdk/py.typed").unlink()
    code, out, _ = run(capsys, generated.args("status"))
    assert code == 1
    assert "out/src/goldensdk/py.typed" in out


def test_status_without_a_manifest(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, project.args("status"))
    assert (code, out) == (1, "")
    assert "has no MANIFEST.json" in err


# --------------------------------------------------------------------------------------
# Errors: file, pointer or key, reason; non-zero exit; the output directory untouched


def _drop_info_version(project: Project) -> None:
    project.edit_yaml(SPEC, lambda d: d["info"].pop("version"))


def _break_a_ref(project: Project) -> None:
    project.edit_yaml(
        SPEC,
        lambda d: d["components"]["schemas"]["Message"]["properties"]["usage"].update(
            {"$ref": "#/components/schemas/Usag"}
        ),
    )


def _overlay_breaks_a_ref(project: Project) -> None:
    action = {"target": "$.components.schemas.Usage", "remove": True}
    project.edit_yaml("overlays/openapi/10-descriptions.yaml", lambda d: d["actions"].append(action))


def _overlay_matches_nothing(project: Project) -> None:
    action = {"target": "$.components.schemas.Nope", "update": {"description": "Nothing."}}
    project.edit_yaml("overlays/openapi/10-descriptions.yaml", lambda d: d["actions"].append(action))


def _unknown_schema_in_types(project: Project) -> None:
    project.edit_yaml("overlays/types.yaml", lambda d: d["types"].update({"Mesage": {"model": "types.mesage.Mesage"}}))


def _name_collision(project: Project) -> None:
    project.edit_yaml("overlays/types.yaml", lambda d: d["types"].update({"Usage": {"model": "types.message.Message"}}))


def _unknown_key_in_sdk_yaml(project: Project) -> None:
    project.edit_yaml("overlays/sdk.yaml", lambda d: d["client"]["retries"].update(max_retry=3))


def _unknown_operation_in_sdk_yaml(project: Project) -> None:
    project.edit_yaml(
        "overlays/sdk.yaml", lambda d: d["resources"]["models"]["methods"]["list"].update(operation="get /v1/modles")
    )


ERROR_CASES = {
    # The upstream spec's flaws are notes (import-spec warned); the same flaw in the patched spec is the error.
    "invalid-spec": (
        _drop_info_version,
        [
            r"spec/golden\.openapi\.yaml#/info: note: invalid OpenAPI: 'version' is a required property",
            r"spec/golden\.openapi\.yaml \(after overlays\)#/info: error: invalid OpenAPI: "
            r"'version' is a required property",
        ],
    ),
    "broken-ref": (
        _break_a_ref,
        [
            r"spec/golden\.openapi\.yaml#/components/schemas/Message/properties/usage/\$ref: error: "
            r"broken \$ref: '#/components/schemas/Usag' does not exist in the document"
        ],
    ),
    "broken-ref-after-overlays": (
        _overlay_breaks_a_ref,
        [
            r"spec/golden\.openapi\.yaml \(after overlays\)#/components/schemas/Message/properties/usage/\$ref: "
            r"error: broken \$ref: '#/components/schemas/Usage' does not exist in the document"
        ],
    ),
    "name-collision": (
        _name_collision,
        [
            r"overlays/types\.yaml#/types/(Usage|Message): error: name collision: types\.message\.Message is "
            r"generated for both '#/components/schemas/(Message|Usage)' and '#/components/schemas/(Usage|Message)'"
        ],
    ),
    "unknown-key-in-sdk-yaml": (
        _unknown_key_in_sdk_yaml,
        [r"overlays/sdk\.yaml#/client/retries/max_retry: error: Extra inputs are not permitted"],
    ),
}

# Inputs that no longer match the spec: warnings (the run goes on and says so), errors with --strict.
WARNING_CASES = {
    "overlay-matches-nothing": (
        _overlay_matches_nothing,
        [
            r"overlays/openapi/10-descriptions\.yaml#/actions/\d+: warning: "
            r"target '\$\.components\.schemas\.Nope' matches nothing in the spec \(the action is not applied\)"
        ],
    ),
    "unknown-schema-in-types-yaml": (
        _unknown_schema_in_types,
        [
            r"overlays/types\.yaml#/types/Mesage: warning: '#/components/schemas/Mesage' is not in the spec "
            r"\(any more\): this naming is not used"
        ],
    ),
    "unknown-operation-in-sdk-yaml": (
        _unknown_operation_in_sdk_yaml,
        [
            r"overlays/sdk\.yaml#/resources/models/methods/list/operation: warning: "
            r"no operation 'get /v1/modles' in the spec: the method is left out",
            # The operation it meant is then placed by the rules, where the name is taken.
            r"spec/golden\.openapi\.yaml#/paths/~1v1~1models/get: warning: 'get /v1/models' would be the method "
            r"models\.list, which another operation already is: it becomes list_get \(name it in overlays/sdk\.yaml\)",
        ],
    ),
}


def _matches(lines: list[str], expected: list[str]) -> None:
    assert len(lines) == len(expected), lines
    for line, pattern in zip(lines, expected, strict=True):
        assert re.fullmatch(pattern, line), line


@pytest.mark.parametrize("case", ERROR_CASES.values(), ids=ERROR_CASES.keys())
def test_errors_name_the_place_exit_non_zero_and_write_nothing(
    generated: Project, capsys: pytest.CaptureFixture[str], case: tuple[Callable[[Project], None], list[str]]
) -> None:
    breaks, expected = case
    before = snapshot(generated.out)
    breaks(generated)
    # `check` runs the same stages: once is enough to see it fails the same way.
    for command in ("generate", "check") if case is ERROR_CASES["broken-ref"] else ("generate",):
        code, out, err = run(capsys, generated.args(command))
        assert code == 1, (command, out, err)
        lines = err.splitlines()
        errors = sum(" error: " in line for line in lines[:-1])
        warnings = sum(" warning: " in line for line in lines[:-1])
        also = f" (and {warnings} warning(s))" if warnings else ""
        assert lines[-1] == f"generation failed: {errors} error(s){also}; nothing was written"
        _matches(lines[:-1], expected)
        assert "Traceback" not in err + out
    assert snapshot(generated.out) == before
    assert sorted(p.name for p in generated.root.iterdir()) == ["out", "overlays", "spec"]


@pytest.mark.parametrize("case", WARNING_CASES.values(), ids=WARNING_CASES.keys())
def test_stale_inputs_are_warnings_and_errors_with_strict(
    generated: Project, capsys: pytest.CaptureFixture[str], case: tuple[Callable[[Project], None], list[str]]
) -> None:
    breaks, expected = case
    before = snapshot(generated.out)
    breaks(generated)
    code, out, err = run(capsys, [*generated.args("generate"), "--strict"])
    assert code == 1
    lines = err.splitlines()
    assert lines[-1] == f"generation failed: {len(expected)} error(s); nothing was written"
    _matches(lines[:-1], [pattern.replace(": warning: ", ": error: ") for pattern in expected])
    assert snapshot(generated.out) == before

    code, out, err = run(capsys, generated.args("generate"))
    assert code == 0 and out.splitlines()[-1].startswith("generated ")
    lines = err.splitlines()
    assert lines[-1] == f"{len(expected)} warning(s); run with --strict to make them errors"
    _matches(lines[:-1], expected)


def test_every_problem_is_reported_in_one_run(generated: Project, capsys: pytest.CaptureFixture[str]) -> None:
    _overlay_matches_nothing(generated)
    generated.edit_yaml(
        "overlays/openapi/10-descriptions.yaml",
        lambda d: d["actions"].append({"target": "$.components.schemas.Nope2", "update": {"x": 1}}),
    )
    _unknown_schema_in_types(generated)
    code, _, err = run(capsys, [*generated.args("generate"), "--strict"])
    assert code == 1
    assert err.count("matches nothing in the spec") == 2 and err.count("is not in the spec (any more)") == 1
    assert err.splitlines()[-1] == "generation failed: 3 error(s); nothing was written"


def test_an_optional_overlay_action_may_match_nothing(generated: Project, capsys: pytest.CaptureFixture[str]) -> None:
    action = {"target": "$.components.schemas.Nope", "update": {"description": "x"}, "x-optional": True}
    generated.edit_yaml("overlays/openapi/10-descriptions.yaml", lambda d: d["actions"].append(action))
    code, _, err = run(capsys, [*generated.args("generate"), "--strict"])
    assert (code, err) == (0, "")


def test_an_internal_error_is_one_line_and_exit_2(
    project: Project, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(cli, "generate", explode)
    code, out, err = run(capsys, project.args("generate"))
    assert (code, out) == (2, "")
    assert err == "internal error: RuntimeError: boom (re-run with --debug for a traceback)\n"
    with pytest.raises(RuntimeError, match="boom"):
        cli.main(["--debug", *project.args("generate")])
    assert not project.out.exists()


def test_a_failure_after_rendering_leaves_the_tree_untouched(
    generated: Project, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.diagnostics import Diagnostic, GeneratorError

    def failing_format(files: dict[str, str]) -> dict[str, str]:
        raise GeneratorError([Diagnostic("<generated code>", "", "ruff failed")])

    before = snapshot(generated.out)
    monkeypatch.setattr(pipeline, "format_tree", failing_format)
    code, _, err = run(capsys, generated.args("generate"))
    assert code == 1 and "<generated code>: error: ruff failed" in err
    assert snapshot(generated.out) == before


def test_the_module_entry_point(project: Project) -> None:
    _unknown_schema_in_types(project)
    result = subprocess.run(
        [sys.executable, "-m", "generator", *project.args("generate"), "--strict"],
        cwd=project.root,
        env={"PYTHONPATH": str(ROOT), "PATH": ""},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert "overlays/types.yaml#/types/Mesage: error: '#/components/schemas/Mesage' is not in the spec" in result.stderr
    assert "Traceback" not in result.stderr
    assert not project.out.exists()


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as excinfo:
        cli.main(["frobnicate"])
    assert excinfo.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


# --------------------------------------------------------------------------------------
# import-spec


def test_import_spec(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    upstream = project.root / "upstream.json"
    document = yaml.safe_load((project.root / SPEC).read_text(encoding="utf-8"))
    document["components"]["schemas"]["Usage"]["description"] = "Upstream prose."
    upstream.write_text(json.dumps(document), encoding="utf-8")
    code, out, _ = run(capsys, ["import-spec", str(upstream), "--spec", "spec/imported.yaml"])
    assert code == 0 and out.startswith(f"imported {upstream} -> spec/imported.yaml (")
    imported = yaml.safe_load((project.root / "spec/imported.yaml").read_text(encoding="utf-8"))
    assert "description" not in imported["components"]["schemas"]["Usage"]
    assert not (project.root / "spec/imported.tmp").exists()


def test_import_spec_of_an_invalid_document_keeps_the_old_spec(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    upstream = project.root / "upstream.json"
    document = yaml.safe_load((project.root / SPEC).read_text(encoding="utf-8"))
    document["components"]["schemas"]["Message"]["properties"]["usage"]["$ref"] = "#/components/schemas/Gone"
    upstream.write_text(json.dumps(document), encoding="utf-8")
    before = (project.root / SPEC).read_bytes()
    code, _, err = run(capsys, ["import-spec", str(upstream), "--spec", SPEC])
    assert code == 1
    assert f"{upstream}#/components/schemas/Message/properties/usage/$ref: error: broken $ref" in err
    assert (project.root / SPEC).read_bytes() == before
    assert sorted(p.name for p in (project.root / "spec").iterdir()) == ["golden.openapi.yaml"]


def test_an_upstream_spec_that_is_not_strictly_valid_is_imported_with_its_problems_listed(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    upstream = project.root / "upstream.json"
    document = yaml.safe_load((project.root / SPEC).read_text(encoding="utf-8"))
    document["components"]["schemas"]["Usage"]["properties"]["input_tokens"]["type"] = "unknown"
    upstream.write_text(json.dumps(document), encoding="utf-8")
    code, out, err = run(capsys, ["import-spec", str(upstream)])  # into the project's one spec
    assert code == 0 and f"-> {SPEC} (" in out
    lines = err.splitlines()
    assert lines[0].startswith(f"{upstream}#/components/schemas/Usage/properties/input_tokens/type: warning: ")
    assert "1 problem(s) in the upstream spec" in lines[-1] and "00-spec-fixes.yaml" in lines[-1]
    imported = yaml.safe_load((project.root / SPEC).read_text(encoding="utf-8"))
    assert imported["components"]["schemas"]["Usage"]["properties"]["input_tokens"]["type"] == "unknown"
    # Generating from it: the flaw is an error because the overlay does not repair it (and the
    # upstream's flaw a note beside it).
    code, _, err = run(capsys, project.args("generate"))
    assert code == 1
    assert "spec/golden.openapi.yaml#/components/schemas/Usage/properties/input_tokens/type: note" in err
    assert "(after overlays)#/components/schemas/Usage/properties/input_tokens/type: error" in err
    # Once a spec-fixes action repairs it, the spec generates strictly.
    fixes = project.root / "overlays/openapi/00-spec-fixes.yaml"
    fixes.write_text(
        yaml.safe_dump(
            {
                "overlay": "1.0.0",
                "info": {"title": "repairs", "version": "1"},
                "actions": [{"target": "$..[?@.type == 'unknown']", "update": {"type": "integer"}}],
            }
        ),
        encoding="utf-8",
    )
    code, _, err = run(capsys, [*project.args("generate"), "--strict"])
    assert code == 0, err
