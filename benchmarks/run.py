"""Benchmark harness: our generated `anthropic` package vs the official SDK vs raw httpx.

    python benchmarks/run.py [--ours-wheel PATH] [--official-version 0.79.0]
                             [--out benchmarks/results.json] [--quick]

Builds (or reuses) two venvs under <repo>/.bench/, starts the fake API server
(benchmarks/fake_server.py) on 127.0.0.1, runs every workload of
benchmarks/workloads.py in fresh child processes, alternating official / ours /
floor, and prints medians, ratios and target verdicts.  Standard library only.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

BENCH_SRC = Path(__file__).resolve().parent
REPO_ROOT = BENCH_SRC.parent
BENCH_HOME = REPO_ROOT / ".bench"
WORKLOADS_SCRIPT = BENCH_SRC / "workloads.py"
STAMP_NAME = "bench-stamp.json"
SHARED_DEPS = ("httpx", "pydantic")  # pinned to the same versions in both venvs

sys.path.insert(0, str(BENCH_SRC))
import fake_server  # noqa: E402  (sibling module; path set just above)

# ---------------------------------------------------------------- plan


@dataclass
class Workload:
    name: str
    reps: int
    quick_reps: int
    params: dict = field(default_factory=dict)
    quick_params: dict = field(default_factory=dict)
    variants: tuple = ("official", "ours", "floor")


def _stream_params(runs: int, warmup_runs: int = 1) -> dict:
    return {
        "runs": runs,
        "warmup_runs": warmup_runs,
        "seconds": 8,
        "events": fake_server.SSE_EVENT_COUNT,
        "text_length": fake_server.stream_text_length(),
    }


# Repetitions (fresh processes per variant) and in-process sizes, full vs --quick.
# Sized so a full run with the official SDK in both slots (the slow case) stays
# well under 5 minutes on 2 cores; every loop is also capped in seconds.
PLAN = [
    Workload("startup", 5, 2, variants=("floor",)),
    Workload("import", 7, 3),
    Workload("first_request", 5, 2),
    Workload("construct", 3, 1, {"n": 40, "seconds": 0.6}, {"n": 20, "seconds": 0.3}),
    Workload("sync_create", 5, 2, {"warmup": 50, "n": 500, "seconds": 6}, {"warmup": 20, "n": 200, "seconds": 2}),
    Workload("async_create", 3, 1, {"warmup": 64, "n": 1000, "seconds": 5}, {"warmup": 32, "n": 300, "seconds": 2}),
    Workload("stream_create", 3, 1, _stream_params(2), _stream_params(1)),
    Workload("stream_helper", 3, 1, _stream_params(1), _stream_params(1, warmup_runs=0)),
    Workload("batch_results", 3, 1, {"runs": 2, "seconds": 6}, {"runs": 1, "warmup_runs": 0}),
    Workload("parse_big", 3, 1, {"n": 30, "seconds": 4}, {"n": 10, "seconds": 1}),
    Workload("models_list", 3, 1, {"runs": 5, "seconds": 4}, {"runs": 2, "seconds": 1}),
]

CHILD_TIMEOUT_S = 120  # a single child never runs longer than this
# Seconds from the start of run.py after which no new repetition starts; a
# workload not begun by BUDGET + GRACE is skipped, so the whole run stays < 5 min.
FULL_BUDGET_S = 240
QUICK_BUDGET_S = 60
GRACE_S = 20

# ---------------------------------------------------------------- venvs


def log(message: str) -> None:
    print(message, flush=True)


def venv_python(venv_dir: Path) -> Path:
    return venv_dir / "bin" / "python"


def pip_install(venv_dir: Path, args: list[str], log_file: Path) -> None:
    """pip with output sent to a log file; shows the tail if it fails."""
    command = [str(venv_python(venv_dir)), "-m", "pip", "install", "--disable-pip-version-check", *args]
    with open(log_file, "a") as handle:
        handle.write(f"\n$ {' '.join(command)}\n")
        handle.flush()
        result = subprocess.run(command, stdout=handle, stderr=subprocess.STDOUT, env=install_env())
    if result.returncode != 0:
        tail = log_file.read_text().splitlines()[-20:]
        raise SystemExit("pip install failed:\n" + "\n".join(tail))


def install_env() -> dict:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # let pip and imports write .pyc files
    env.pop("PYTHONPATH", None)
    return env


def read_stamp(venv_dir: Path) -> dict:
    try:
        return json.loads((venv_dir / STAMP_NAME).read_text())
    except (OSError, ValueError):
        return {}


def write_stamp(venv_dir: Path, stamp: dict) -> None:
    (venv_dir / STAMP_NAME).write_text(json.dumps(stamp, indent=2))


def create_venv(venv_dir: Path) -> None:
    if venv_dir.exists():
        shutil.rmtree(venv_dir)
    log(f"  creating venv {venv_dir}")
    subprocess.run([sys.executable, "-m", "venv", str(venv_dir)], check=True)


def ensure_bench_home() -> None:
    """.bench/ ignores itself, so the repo's own .gitignore need not list it."""
    BENCH_HOME.mkdir(exist_ok=True)
    ignore = BENCH_HOME / ".gitignore"
    if not ignore.exists():
        ignore.write_text("*\n")


def ensure_official_venv(version: str) -> Path:
    venv_dir = BENCH_HOME / f"official-{version}"
    wanted = {"spec": f"anthropic=={version}", "python": sys.version, "deps": list(SHARED_DEPS)}
    if read_stamp(venv_dir) == wanted and venv_python(venv_dir).exists():
        log(f"  reusing {venv_dir}")
        return venv_dir
    create_venv(venv_dir)
    log(f"  installing anthropic=={version} {' '.join(SHARED_DEPS)}")
    pip_install(venv_dir, [f"anthropic=={version}", *SHARED_DEPS], venv_dir / "pip.log")
    write_stamp(venv_dir, wanted)
    return venv_dir


def installed_versions(venv_dir: Path, names: tuple) -> dict:
    code = (
        "import json, sys, importlib.metadata as m\n"
        "print(json.dumps({n: m.version(n) for n in sys.argv[1:]}))"
    )
    output = subprocess.run(
        [str(venv_python(venv_dir)), "-I", "-c", code, *names], check=True, capture_output=True, text=True
    ).stdout
    return json.loads(output)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def ensure_ours_venv(wheel: Path, pins: dict) -> Path:
    """Reinstalls only the wheel when its hash changed; rebuilds the venv if pins or Python changed."""
    venv_dir = BENCH_HOME / "ours"
    pin_args = [f"{name}=={version}" for name, version in sorted(pins.items())]
    wanted = {"wheel_sha256": file_sha256(wheel), "pins": pin_args, "python": sys.version}
    stamp = read_stamp(venv_dir)
    fresh = not venv_python(venv_dir).exists() or stamp.get("pins") != pin_args or stamp.get("python") != sys.version
    if not fresh and stamp == wanted:
        log(f"  reusing {venv_dir} (wheel unchanged)")
        return venv_dir
    if fresh:
        create_venv(venv_dir)
    else:
        log("  wheel changed: force-reinstalling it")
        pip_install(venv_dir, ["--force-reinstall", "--no-deps", str(wheel)], venv_dir / "pip.log")
    log(f"  installing {wheel.name} with {' '.join(pin_args)}")
    pip_install(venv_dir, [str(wheel), *pin_args], venv_dir / "pip.log")
    write_stamp(venv_dir, wanted)
    return venv_dir


# ---------------------------------------------------------------- children


def child_env() -> dict:
    """Environment for workload children: bytecode caching on, nothing leaking in."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "ANTHROPIC_", "VIRTUAL_ENV")) and "proxy" not in key.lower()
    }
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"  # loopback only, never via a proxy
    return env


@dataclass
class Runner:
    pythons: dict  # variant -> interpreter path
    url: str
    workdir: str  # neutral cwd, so no checkout can shadow the installed package
    env: dict

    def run(self, workload: str, variant: str, params: dict) -> dict:
        slot = "floor" if variant == "floor" else "sdk"
        command = [self.pythons[variant], "-I", str(WORKLOADS_SCRIPT), workload, slot, self.url]
        command += [f"{key}={value}" for key, value in params.items()]
        started = time.perf_counter()
        try:
            completed = subprocess.run(
                command, cwd=self.workdir, env=self.env, capture_output=True, text=True, timeout=CHILD_TIMEOUT_S
            )
        except subprocess.TimeoutExpired:
            return {"error": f"timed out after {CHILD_TIMEOUT_S}s"}
        wall_s = time.perf_counter() - started
        if completed.returncode != 0:
            return {"error": (completed.stderr.strip().splitlines() or ["exit %d" % completed.returncode])[-1]}
        result = json.loads(completed.stdout.strip().splitlines()[-1])
        result["wall_s"] = wall_s
        return result


def warm_up(runner: Runner) -> None:
    """One import per interpreter first, so .pyc files exist before anything is timed."""
    for variant in dict.fromkeys(("official", "ours", "floor")):
        result = runner.run("import", variant, {})
        if "error" in result:
            raise SystemExit(f"warm-up import failed for {variant}: {result['error']}")


def run_plan(runner: Runner, plan: list, quick: bool, deadline: float) -> dict:
    """Alternates variants within each repetition; rotates the order to spread drift evenly."""
    samples: dict = {}
    for workload in plan:
        reps = workload.quick_reps if quick else workload.reps
        params = workload.quick_params if quick else workload.params
        per_variant = samples.setdefault(workload.name, {v: [] for v in workload.variants})
        started = time.monotonic()
        for rep in range(reps):
            now = time.monotonic()
            if now > deadline + GRACE_S or (now > deadline and rep > 0):
                log(f"  {workload.name}: time budget reached after {rep} repetition(s)")
                break
            order = workload.variants[rep % len(workload.variants) :] + workload.variants[: rep % len(workload.variants)]
            for variant in order:
                result = runner.run(workload.name, variant, params)
                if "error" in result:
                    log(f"  {workload.name}/{variant}: ERROR {result['error']}")
                per_variant[variant].append(result)
        log(f"  {workload.name:<14} {time.monotonic() - started:6.1f}s")
    return samples


def summarize(samples: dict) -> dict:
    """Median of every numeric field over the successful repetitions of each variant."""
    summary: dict = {}
    for workload, per_variant in samples.items():
        for variant, results in per_variant.items():
            good = [r for r in results if "error" not in r]
            medians = {}
            for key in sorted({k for r in good for k in r}):
                values = [r[key] for r in good if isinstance(r.get(key), (int, float)) and not isinstance(r[key], bool)]
                if values:
                    medians[key] = statistics.median(values)
                else:  # flags and labels: keep them only when every run agrees
                    distinct = {json.dumps(r.get(key)) for r in good}
                    medians[key] = good[0].get(key) if len(distinct) == 1 else "mixed"
            summary.setdefault(workload, {})[variant] = medians
    return summary


# ---------------------------------------------------------------- report


def value(summary: dict, workload: str, variant: str, key: str):
    found = summary.get(workload, {}).get(variant, {}).get(key)
    return found if isinstance(found, (int, float)) and not isinstance(found, bool) else None


def ratio(numerator, denominator):
    if numerator is None or denominator in (None, 0):
        return None
    return numerator / denominator


@dataclass
class Metric:
    label: str
    workload: str
    key: str
    unit: str
    scale: float = 1.0  # multiply raw value by this for display
    higher_is_better: bool = False


METRICS = [
    Metric("python startup (process wall)", "startup", "wall_s", "ms", 1e3),
    Metric("import: in-process", "import", "import_s", "ms", 1e3),
    Metric("import: process wall", "import", "wall_s", "ms", 1e3),
    Metric("import: modules loaded", "import", "modules", "count"),
    Metric("import: peak RSS", "import", "rss_kib", "MiB", 1 / 1024),
    Metric("import+client+1st request (in-proc)", "first_request", "total_s", "ms", 1e3),
    Metric("import+client+1st request (wall)", "first_request", "wall_s", "ms", 1e3),
    Metric("peak RSS after 1st request", "first_request", "rss_kib", "MiB", 1 / 1024),
    Metric("client construction", "construct", "construct_s", "us", 1e6),
    Metric("sync create, per request", "sync_create", "per_request_s", "us", 1e6),
    Metric("async create x32, per request", "async_create", "per_request_s", "us", 1e6),
    Metric("create(stream=True) events/s", "stream_create", "events_per_s", "ev/s", 1, True),
    Metric("messages.stream text_stream ev/s", "stream_helper", "events_per_s", "ev/s", 1, True),
    Metric("batches.results lines/s", "batch_results", "lines_per_s", "lines/s", 1, True),
    Metric("500-block parse / json.loads", "parse_big", "parse_s", "us", 1e6),
    Metric("500-block json.loads (same proc)", "parse_big", "json_loads_s", "us", 1e6),
    Metric("models.list per item", "models_list", "per_item_s", "us", 1e6),
]


def overhead(summary: dict, workload: str, variant: str):
    sdk, floor = value(summary, workload, variant, "per_request_s"), value(summary, workload, "floor", "per_request_s")
    return None if sdk is None or floor is None else sdk - floor


@dataclass
class Target:
    label: str
    limit: float
    higher_is_better: bool
    compute: object  # (summary, variant) -> ratio or None

    def verdict(self, measured) -> str:
        if measured is None:
            return "n/a"
        passed = measured >= self.limit if self.higher_is_better else measured <= self.limit
        return "PASS" if passed else "MISS"


def _vs_floor(workload: str, key: str, floor_key: str | None = None):
    return lambda s, v: ratio(value(s, workload, v, key), value(s, workload, "floor", floor_key or key))


def _vs_official(workload: str, key: str):
    return lambda s, v: ratio(value(s, workload, v, key), value(s, workload, "official", key))


TARGETS = [
    Target("import <= 1.3x httpx+pydantic import", 1.3, False, _vs_floor("import", "import_s")),
    Target("import+client+1st request <= 0.4x official", 0.4, False, _vs_official("first_request", "total_s")),
    Target("RSS after import <= 0.7x official", 0.7, False, _vs_official("import", "rss_kib")),
    Target(
        "sync overhead above floor <= 0.35x official's",
        0.35,
        False,
        lambda s, v: ratio(overhead(s, "sync_create", v), overhead(s, "sync_create", "official")),
    ),
    Target(
        "async overhead above floor <= 0.35x official's",
        0.35,
        False,
        lambda s, v: ratio(overhead(s, "async_create", v), overhead(s, "async_create", "official")),
    ),
    Target("create(stream=True) >= 0.8x floor event rate", 0.8, True, _vs_floor("stream_create", "events_per_s")),
    Target("messages.stream text_stream >= 0.6x floor", 0.6, True, _vs_floor("stream_helper", "events_per_s")),
    Target("batches.results JSONL >= 0.5x floor", 0.5, True, _vs_floor("batch_results", "lines_per_s")),
    Target("500-block parse <= 3x json.loads", 3.0, False, _vs_floor("parse_big", "parse_s", "json_loads_s")),
    Target("models.list <= 3x floor per item", 3.0, False, _vs_floor("models_list", "per_item_s")),
]


def fmt_number(number, unit: str = "") -> str:
    if number is None:
        return "-"
    if unit == "count" or abs(number) >= 10000:
        return f"{number:,.0f}"
    if abs(number) >= 100:
        return f"{number:.0f}"
    if abs(number) >= 10:
        return f"{number:.1f}"
    return f"{number:.2f}"


def fmt_ratio(number) -> str:
    return "-" if number is None else f"{number:.2f}x"


def metric_rows(summary: dict) -> list[dict]:
    rows = []
    for metric in METRICS:
        shown = {v: value(summary, metric.workload, v, metric.key) for v in ("official", "ours", "floor")}
        if metric.workload == "parse_big" and metric.key == "parse_s":
            shown["floor"] = value(summary, "parse_big", "floor", "json_loads_s")  # the floor of a parse
        scaled = {v: (x * metric.scale if x is not None else None) for v, x in shown.items()}
        rows.append(
            {
                "metric": metric.label,
                "unit": metric.unit,
                **scaled,
                "ours/official": ratio(shown["ours"], shown["official"]),
                "official/floor": ratio(shown["official"], shown["floor"]),
                "ours/floor": ratio(shown["ours"], shown["floor"]),
            }
        )
    for workload, label in (("sync_create", "sync overhead above floor"), ("async_create", "async overhead above floor")):
        official, ours = overhead(summary, workload, "official"), overhead(summary, workload, "ours")
        rows.append(
            {
                "metric": label,
                "unit": "us",
                "official": None if official is None else official * 1e6,
                "ours": None if ours is None else ours * 1e6,
                "floor": 0.0,
                "ours/official": ratio(ours, official),
                "official/floor": None,
                "ours/floor": None,
            }
        )
    return rows


def target_rows(summary: dict) -> list[dict]:
    rows = []
    for target in TARGETS:
        ours, official = target.compute(summary, "ours"), target.compute(summary, "official")
        rows.append(
            {
                "target": target.label,
                "ours": ours,
                "official": official,
                "verdict": target.verdict(ours),
                "official_verdict": target.verdict(official),
            }
        )
    return rows


def print_table(headers: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows)]
    line = "  ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(headers, widths)))
    print(line)
    print("-" * len(line))
    for row in rows:
        print("  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(row, widths))))


def print_report(metrics: list[dict], targets: list[dict], ours_label: str) -> None:
    print()
    print(f"Medians (ours = {ours_label}; floor = raw httpx + json in the official venv)")
    print_table(
        ["metric", "unit", "official", "ours", "floor", "ours/off", "off/floor", "ours/floor"],
        [
            [
                row["metric"],
                row["unit"],
                fmt_number(row["official"], row["unit"]),
                fmt_number(row["ours"], row["unit"]),
                fmt_number(row["floor"], row["unit"]),
                fmt_ratio(row["ours/official"]),
                fmt_ratio(row["official/floor"]),
                fmt_ratio(row["ours/floor"]),
            ]
            for row in metrics
        ],
    )
    print()
    print("Targets (ratio as defined by each target; 'official' column shows where the official SDK stands)")
    print_table(
        ["target", "ours", "verdict", "official", "official verdict"],
        [
            [row["target"], fmt_ratio(row["ours"]), row["verdict"], fmt_ratio(row["official"]), row["official_verdict"]]
            for row in targets
        ],
    )


def print_warnings(summary: dict) -> list[str]:
    """Correctness checks the workloads report; a fast but wrong SDK must not look good."""
    warnings = []
    for variant in ("official", "ours"):
        parse = summary.get("parse_big", {}).get(variant, {})
        if parse and parse.get("ok") is not True:
            warnings.append(
                f"{variant}: parsed 500-block response is {parse.get('message_type')} with content[0] "
                f"{parse.get('block_type')}, expected Message with a TextBlock model"
            )
        helper = summary.get("stream_helper", {}).get(variant, {})
        if helper and helper.get("ok") is not True:
            warnings.append(f"{variant}: text_stream text length {helper.get('text_length')} is not the expected one")
        for workload, key, expected in (
            ("stream_create", "events", fake_server.SSE_EVENT_COUNT),
            ("batch_results", "lines", fake_server.JSONL_LINE_COUNT),
            ("models_list", "items", fake_server.MODEL_COUNT),
        ):
            got = summary.get(workload, {}).get(variant, {}).get(key)
            if got is not None and got != expected:
                warnings.append(f"{variant}: {workload} saw {got} {key}, expected {expected}")
    for warning in warnings:
        print(f"WARNING: {warning}")
    return warnings


# ---------------------------------------------------------------- main


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ours-wheel", type=Path, help="wheel of our generated package (default: official in both)")
    parser.add_argument("--official-version", default="0.79.0")
    parser.add_argument("--out", type=Path, default=BENCH_SRC / "results.json")
    parser.add_argument("--quick", action="store_true", help="about one minute smoke run")
    return parser.parse_args(argv)


def prepare_pythons(args: argparse.Namespace) -> tuple[dict, str, dict]:
    log("venvs:")
    ensure_bench_home()
    official_dir = ensure_official_venv(args.official_version)
    pins = installed_versions(official_dir, SHARED_DEPS)
    if args.ours_wheel:
        ours_dir = ensure_ours_venv(args.ours_wheel.resolve(), pins)
        ours_label = f"{args.ours_wheel.name} ({file_sha256(args.ours_wheel)[:12]})"
    else:
        ours_dir = official_dir
        ours_label = f"OFFICIAL anthropic=={args.official_version} (no --ours-wheel given)"
        log("  no --ours-wheel: the 'ours' slot runs the OFFICIAL SDK too")
    official_python = str(venv_python(official_dir))
    pythons = {"official": official_python, "ours": str(venv_python(ours_dir)), "floor": official_python}
    versions = {"official": installed_versions(official_dir, ("anthropic", *SHARED_DEPS))}
    versions["ours"] = installed_versions(ours_dir, ("anthropic", *SHARED_DEPS))
    return pythons, ours_label, versions


def write_results(path: Path, payload: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(payload, indent=2) + "\n")
    log(f"\nwrote {path}")


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    if sys.version_info[:2] != (3, 11):
        log(f"note: running on Python {platform.python_version()}, the project targets 3.11")
    if args.ours_wheel and not args.ours_wheel.is_file():
        raise SystemExit(f"--ours-wheel {args.ours_wheel} does not exist (run `make generate` first?)")
    run_started = time.monotonic()
    pythons, ours_label, versions = prepare_pythons(args)
    budget = QUICK_BUDGET_S if args.quick else FULL_BUDGET_S
    # SIGTERM becomes KeyboardInterrupt so the finally below always stops the server.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    server = fake_server.ServerProcess(max_seconds=budget + 300)
    try:
        url = server.start()
        log(f"fake server: {url}")
        with tempfile.TemporaryDirectory(prefix="bench-cwd-") as workdir:
            runner = Runner(pythons, url, workdir, child_env())
            bench_started = time.monotonic()
            warm_up(runner)
            log("workloads (seconds per workload):")
            samples = run_plan(runner, PLAN, args.quick, run_started + budget)
            bench_seconds = time.monotonic() - bench_started
    except KeyboardInterrupt:
        log("interrupted")
        return 130
    finally:
        server.stop()
    summary = summarize(samples)
    metrics, targets = metric_rows(summary), target_rows(summary)
    print_report(metrics, targets, ours_label)
    warnings = print_warnings(summary)
    total_seconds = time.monotonic() - run_started
    log(f"\nbenchmark time {bench_seconds:.0f}s, total {total_seconds:.0f}s")
    write_results(
        args.out,
        {
            "meta": {
                "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
                "quick": args.quick,
                "ours": ours_label,
                "ours_is_official": not args.ours_wheel,
                "versions": versions,
                "python": platform.python_version(),
                "machine": f"{platform.machine()} {os.cpu_count()} cpus, {platform.platform()}",
                "bench_seconds": round(bench_seconds, 1),
                "total_seconds": round(total_seconds, 1),
            },
            "metrics": metrics,
            "targets": targets,
            "warnings": warnings,
            "summary": summary,
            "samples": samples,
        },
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
