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
# Children import workloads.py (from its cached bytecode) rather than run it as a script: a
# script is compiled on every run, and compiling 800 lines raises the peak RSS of every
# variant by ~2.5 MiB, which is not what the RSS rows are about.
CHILD_CODE = (
    "import time; started = time.perf_counter(); import sys; "
    f"sys.path.insert(0, {str(BENCH_SRC)!r}); import workloads; "
    "sys.exit(workloads.main(sys.argv[1:], started))"
)
STAMP_NAME = "bench-stamp.json"
SHARED_DEPS = ("httpx", "pydantic")  # pinned to the same versions in every venv
AIOHTTP_DEPS = ("aiohttp", "httpx-aiohttp")  # pinned too, between the venvs that have them

sys.path.insert(0, str(BENCH_SRC))
import fake_server  # noqa: E402  (sibling module; path set just above)

# ---------------------------------------------------------------- plan


SDKS = ("official", "ours")
ALL = ("official", "ours", "floor")


@dataclass
class Workload:
    """`variants` are the child processes per repetition.  Workloads run by the SDK
    variants only measure their floor inside the same process (paired rounds)."""

    name: str
    reps: int
    quick_reps: int
    params: dict = field(default_factory=dict)
    quick_params: dict = field(default_factory=dict)
    variants: tuple = ALL
    venv_tag: str | None = None  # "aiohttp": the official SDK runs from its aiohttp venv


def _stream_params(rounds: int) -> dict:
    return {
        "rounds": rounds,
        "seconds": 8,
        "warmup_events": 500,
        "events": fake_server.SSE_EVENT_COUNT,
        "text_length": fake_server.stream_text_length(),
    }


def _concurrent_params(rounds: int) -> dict:
    return {
        "rounds": rounds,
        "seconds": 6,
        "streams": CONCURRENT_STREAMS,
        "events": fake_server.CONCURRENT_SSE_EVENT_COUNT,
        "warmup_streams": 8,
    }


CONCURRENT_STREAMS = 64
# The 1,000-request workload passes when, against the raw floor measured alongside, the last
# 100 requests cost at most this much more than the first 100 (median per-pair time ratios), and
# the memory after the last one is this close to the memory after request 100 (RSS, after a full
# collection; the process also runs the floor's requests): a leak of 1 KiB per request shows.
DRIFT_LIMIT = 1.15
RSS_GROWTH_LIMIT_MIB = 0.75
# The 100 MiB JSONL stream passes when the reader's resident memory grows by at most this much.
JSONL_GROWTH_LIMIT_MIB = 8.0

# Repetitions (fresh processes per variant) and in-process sizes, full vs --quick.
# Sized so a full run with the official SDK in both slots (the slow case) stays
# within the 6 minutes `make bench` may take on 2 cores; every in-process loop is also capped in seconds.
PLAN = [
    Workload("startup", 5, 2, variants=("floor",)),
    Workload("import", 7, 3),
    Workload("first_request", 5, 2),
    Workload("construct", 3, 1, {"n": 40, "seconds": 0.6}, {"n": 20, "seconds": 0.3}),
    Workload(
        "sync_create", 5, 2,
        {"warmup": 50, "per_round": 100, "rounds": 5, "seconds": 6},
        {"warmup": 20, "per_round": 100, "rounds": 2, "seconds": 2},
        SDKS,
    ),
    Workload(
        "async_create", 3, 1,
        {"warmup": 64, "per_round": 100, "rounds": 4, "seconds": 8},
        {"warmup": 32, "per_round": 100, "rounds": 2, "seconds": 3},
        SDKS,
    ),
    Workload("stream_create", 3, 1, _stream_params(2), _stream_params(1), SDKS),
    Workload("stream_helper", 3, 1, _stream_params(2), _stream_params(1), SDKS),
    Workload("batch_results", 3, 1, {"rounds": 2, "seconds": 6}, {"rounds": 1, "seconds": 3}, SDKS),
    Workload("parse_big", 3, 1, {"n": 30, "seconds": 4}, {"n": 10, "seconds": 1}, SDKS),
    Workload("models_list", 3, 1, {"rounds": 5, "seconds": 4}, {"rounds": 2, "seconds": 1}, SDKS),
    Workload("streams64_httpx", 2, 1, _concurrent_params(2), _concurrent_params(1), SDKS),
    Workload("streams64_aiohttp", 2, 1, _concurrent_params(2), _concurrent_params(1), SDKS, "aiohttp"),
    Workload("sequential", 3, 1, {"n": 1000, "window": 100}, {"n": 1000, "window": 100}, SDKS),
    Workload("big_jsonl", 2, 1, {"sample_every": 100}, {"sample_every": 100}),
]  # fmt: skip

CHILD_TIMEOUT_S = 120  # a single child never runs longer than this
# Seconds from the start of run.py after which no new repetition starts; a
# workload not begun by BUDGET + GRACE is skipped, so `make bench` stays < 6 min.
FULL_BUDGET_S = 285
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


def ensure_official_venv(version: str, extra: str | None = None, pins: dict | None = None) -> Path:
    """The official SDK from PyPI; with `extra`, in a venv of its own (`official-<v>-<extra>`):
    the official package imports aiohttp at `import anthropic` whenever it is installed, which
    would make every other row slower and heavier than a plain install is."""
    venv_dir = BENCH_HOME / (f"official-{version}-{extra}" if extra else f"official-{version}")
    spec = f"anthropic[{extra}]=={version}" if extra else f"anthropic=={version}"
    deps = [f"{n}=={v}" for n, v in sorted(pins.items())] if pins else list(SHARED_DEPS)
    wanted = {"spec": spec, "python": sys.version, "deps": deps}
    if read_stamp(venv_dir) == wanted and venv_python(venv_dir).exists():
        log(f"  reusing {venv_dir}")
        return venv_dir
    create_venv(venv_dir)
    log(f"  installing {spec} {' '.join(deps)}")
    pip_install(venv_dir, [spec, *deps], venv_dir / "pip.log")
    write_stamp(venv_dir, wanted)
    return venv_dir


def installed_versions(venv_dir: Path, names: tuple) -> dict:
    code = "import json, sys, importlib.metadata as m\nprint(json.dumps({n: m.version(n) for n in sys.argv[1:]}))"
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


def wheel_requirements(wheel: Path) -> list[str]:
    """Requires-Dist lines of a wheel: a changed dependency list gets a clean venv."""
    import zipfile

    with zipfile.ZipFile(wheel) as archive:
        names = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        metadata = archive.read(names[0]).decode() if names else ""
    return sorted(line for line in metadata.splitlines() if line.startswith("Requires-Dist:"))


def ensure_ours_venv(wheel: Path, pins: dict) -> Path:
    """Reinstalls only the wheel when its hash changed; rebuilds the venv when the pins,
    the wheel's dependencies or Python changed (so no stale package lingers)."""
    venv_dir = BENCH_HOME / "ours"
    pin_args = [f"{name}=={version}" for name, version in sorted(pins.items())]
    extra = "aiohttp"  # for the aiohttp workloads; `import anthropic` never loads it
    wanted = {
        "extra": extra,
        "wheel_sha256": file_sha256(wheel),
        "requires": wheel_requirements(wheel),
        "pins": pin_args,
        "python": sys.version,
    }
    stamp = read_stamp(venv_dir)
    fresh = not venv_python(venv_dir).exists() or any(
        stamp.get(key) != wanted[key] for key in ("requires", "pins", "python", "extra")
    )
    if not fresh and stamp == wanted:
        log(f"  reusing {venv_dir} (wheel unchanged)")
        return venv_dir
    if fresh:
        create_venv(venv_dir)
    else:
        log("  wheel changed: force-reinstalling it")
        pip_install(venv_dir, ["--force-reinstall", "--no-deps", str(wheel)], venv_dir / "pip.log")
    log(f"  installing {wheel.name} with {' '.join(pin_args)}")
    pip_install(venv_dir, [f"{wheel}[{extra}]", *pin_args], venv_dir / "pip.log")
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

    def run(self, workload: str, variant: str, params: dict, venv_tag: str | None = None) -> dict:
        slot = "floor" if variant == "floor" else "sdk"
        python = self.pythons.get(f"{variant}@{venv_tag}", self.pythons[variant]) if venv_tag else self.pythons[variant]
        command = [python, "-I", "-c", CHILD_CODE, workload, slot, self.url]
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
            return {"error": (completed.stderr.strip().splitlines() or [f"exit {completed.returncode}"])[-1]}
        try:
            result = json.loads(completed.stdout.strip().splitlines()[-1])
        except (IndexError, ValueError):
            return {"error": f"no JSON result on stdout: {completed.stdout[-200:]!r}"}
        result["wall_s"] = wall_s
        return result


def warm_up(runner: Runner) -> None:
    """One import per interpreter first, so .pyc files exist before anything is timed."""
    for variant in dict.fromkeys(("official", "ours", "floor")):
        result = runner.run("import", variant, {})
        if "error" in result:
            raise SystemExit(f"warm-up import failed for {variant}: {result['error']}")


def run_repetition(runner: Runner, workload: Workload, params: dict, rep: int, per_variant: dict) -> None:
    """One fresh child per variant; the order rotates each repetition to spread drift evenly."""
    shift = rep % len(workload.variants)
    for variant in workload.variants[shift:] + workload.variants[:shift]:
        result = runner.run(workload.name, variant, params, workload.venv_tag)
        if "error" in result:
            log(f"  {workload.name}/{variant}: ERROR {result['error']}")
        per_variant[variant].append(result)


def run_plan(runner: Runner, plan: list, quick: bool, deadline: float) -> dict:
    """Runs the plan in passes (repetition k of every workload, then k+1, ...), so a busy
    machine that hits the time budget leaves every workload with the same repetitions.
    Pass 1 always completes unless the grace period is also exhausted."""
    samples = {w.name: {v: [] for v in w.variants} for w in plan}
    spent = dict.fromkeys(samples, 0.0)
    passes = max(w.quick_reps if quick else w.reps for w in plan)
    for rep in range(passes):
        pass_started = time.monotonic()
        for workload in plan:
            if rep >= (workload.quick_reps if quick else workload.reps):
                continue
            now = time.monotonic()
            if now > deadline + GRACE_S or (now > deadline and rep > 0):
                log(f"  time budget reached during pass {rep + 1}: stopping (medians use the passes done)")
                break
            params = workload.quick_params if quick else workload.params
            run_repetition(runner, workload, params, rep, samples[workload.name])
            spent[workload.name] += time.monotonic() - now
        else:
            log(f"  pass {rep + 1}/{passes} done in {time.monotonic() - pass_started:5.1f}s")
            continue
        break  # the budget ran out inside this pass
    log("  seconds per workload: " + ", ".join(f"{name} {seconds:.0f}" for name, seconds in spent.items()))
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
            if len(good) < len(results):
                medians["errors"] = len(results) - len(good)
            summary.setdefault(workload, {})[variant] = medians
    return summary


class ForeignLoad:
    """Estimates CPU used by processes other than this harness and its children
    while the benchmark ran: on a shared 2-core box that is the main noise source."""

    def __init__(self) -> None:
        self.started_wall = time.monotonic()
        self.started_busy = self._machine_busy_s()
        self.started_ours = self._own_cpu_s()

    @staticmethod
    def _machine_busy_s():
        try:
            with open("/proc/stat") as handle:
                fields = [int(x) for x in handle.readline().split()[1:]]
        except (OSError, ValueError):
            return None
        idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
        return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")

    @staticmethod
    def _own_cpu_s() -> float:
        import resource

        total = 0.0
        for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):  # children: reaped ones only
            usage = resource.getrusage(who)
            total += usage.ru_utime + usage.ru_stime
        return total

    def cores(self):
        """Average cores busy with foreign work; call after every child has been reaped."""
        busy = self._machine_busy_s()
        if busy is None or self.started_busy is None:
            return None
        elapsed = time.monotonic() - self.started_wall
        foreign = (busy - self.started_busy) - (self._own_cpu_s() - self.started_ours)
        return max(0.0, foreign / elapsed) if elapsed > 0 else None


# ---------------------------------------------------------------- report


def value(summary: dict, workload: str, variant: str, key: str):
    found = summary.get(workload, {}).get(variant, {}).get(key)
    return found if isinstance(found, (int, float)) and not isinstance(found, bool) else None


def ratio(numerator, denominator):
    if numerator is None or denominator in (None, 0):
        return None
    return numerator / denominator


def inverse(number):
    return None if number in (None, 0) else 1 / number


@dataclass
class Metric:
    """One table row.  `floor_key` None: the floor is the separate floor process
    (same key); a string: the floor measured in the SDK processes under that key
    (paired, median over both SDKs' processes); "zero" for overhead rows."""

    label: str
    workload: str
    key: str
    unit: str
    scale: float = 1.0  # multiply the raw value by this for display
    floor_key: str | None = None
    is_rate: bool = False  # higher is better; paired ratios are inverted time ratios


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
    Metric("sync create, per request", "sync_create", "per_unit_s", "us", 1e6, "floor_per_unit_s"),
    Metric("sync overhead above floor (wall)", "sync_create", "overhead_s", "us", 1e6, "zero"),
    Metric("sync overhead above floor (CPU)", "sync_create", "cpu_overhead_s", "us", 1e6, "zero"),
    Metric("async create x32, per request", "async_create", "per_unit_s", "us", 1e6, "floor_per_unit_s"),
    Metric("async overhead above floor (wall)", "async_create", "overhead_s", "us", 1e6, "zero"),
    Metric("async overhead above floor (CPU)", "async_create", "cpu_overhead_s", "us", 1e6, "zero"),
    Metric("create(stream=True)", "stream_create", "rate", "ev/s", 1, "floor_rate", True),
    Metric("messages.stream + text_stream", "stream_helper", "rate", "ev/s", 1, "floor_rate", True),
    Metric("batches.results JSONL", "batch_results", "rate", "lines/s", 1, "floor_rate", True),
    Metric("500-block parse (floor: json.loads)", "parse_big", "parse_s", "us", 1e6, "json_loads_s"),
    Metric("models.list, per item", "models_list", "per_unit_s", "us", 1e6, "floor_per_unit_s"),
    Metric("64 streams x 500 events, httpx", "streams64_httpx", "rate", "ev/s", 1, "floor_rate", True),
    Metric(
        "64 streams: fewest events in a stream",
        "streams64_httpx",
        "min_stream_events",
        "count",
        1,
        "floor_min_stream_events",
    ),
    Metric("64 streams x 500 events, aiohttp", "streams64_aiohttp", "rate", "ev/s", 1, "floor_rate", True),
    Metric(
        "64 streams: fewest events in a stream",
        "streams64_aiohttp",
        "min_stream_events",
        "count",
        1,
        "floor_min_stream_events",
    ),
    Metric("1,000 requests: first 100, per request", "sequential", "first_s", "us", 1e6, "floor_first_s"),
    Metric("1,000 requests: last 100, per request", "sequential", "last_s", "us", 1e6, "floor_last_s"),
    Metric("1,000 requests: x/floor, last / first 100", "sequential", "drift", "x"),
    Metric("1,000 requests: RSS growth 100->1000", "sequential", "rss_growth_kib", "KiB"),
    Metric("1,000 requests: live objects growth", "sequential", "object_growth", "count"),
    Metric("100 MiB JSONL results", "big_jsonl", "rate", "lines/s", 1),
    Metric("100 MiB JSONL: RSS growth while reading", "big_jsonl", "rss_growth_kib", "MiB", 1 / 1024),
]


def floor_value(summary: dict, metric: Metric):
    if metric.floor_key is None:
        return value(summary, metric.workload, "floor", metric.key)
    if metric.floor_key == "zero":
        return 0.0
    found = [value(summary, metric.workload, v, metric.floor_key) for v in SDKS]
    found = [x for x in found if x is not None]
    return statistics.median(found) if found else None


def vs_floor(summary: dict, metric: Metric, variant: str):
    """x/floor for the table: paired per-round ratio when measured in-process, else ratio of medians."""
    if metric.floor_key == "zero":
        return None
    if metric.floor_key is None:
        return ratio(value(summary, metric.workload, variant, metric.key), floor_value(summary, metric))
    time_ratio = value(summary, metric.workload, variant, "vs_floor")
    return inverse(time_ratio) if metric.is_rate else time_ratio


@dataclass
class Target:
    label: str
    limit: float
    higher_is_better: bool
    compute: object  # (summary, variant) -> ratio or None
    unit: str = "x"  # how the measured value is shown: a ratio ("x") or an amount ("MiB")

    def show(self, measured) -> str:
        if self.unit == "x":
            return fmt_ratio(measured)
        return "-" if measured is None else f"{measured:.2f} {self.unit}"

    def verdict(self, measured) -> str:
        if measured is None:
            return "n/a"
        passed = measured >= self.limit if self.higher_is_better else measured <= self.limit
        return "PASS" if passed else "MISS"


def _vs_floor_process(workload: str, key: str):
    return lambda s, v: ratio(value(s, workload, v, key), value(s, workload, "floor", key))


def _vs_official(workload: str, key: str):
    return lambda s, v: ratio(value(s, workload, v, key), value(s, workload, "official", key))


def _scaled(workload: str, key: str, scale: float):
    return lambda s, v: None if value(s, workload, v, key) is None else value(s, workload, v, key) * scale


def _paired_time_ratio(workload: str):
    return lambda s, v: value(s, workload, v, "vs_floor")


def _paired_rate_ratio(workload: str):
    return lambda s, v: inverse(value(s, workload, v, "vs_floor"))


TARGETS = [
    Target("import <= 1.3x httpx+pydantic import", 1.3, False, _vs_floor_process("import", "import_s")),
    Target("import+client+1st request <= 0.4x official", 0.4, False, _vs_official("first_request", "total_s")),
    Target("RSS after import <= 0.7x official", 0.7, False, _vs_official("import", "rss_kib")),
    # Client CPU time: a difference of two wall-clock numbers is too noisy on a shared box
    # (the wall-clock overhead rows are in the table next to it).
    Target("sync overhead above floor <= 0.35x official's", 0.35, False, _vs_official("sync_create", "cpu_overhead_s")),
    Target(
        "async overhead above floor <= 0.35x official's", 0.35, False, _vs_official("async_create", "cpu_overhead_s")
    ),
    Target("create(stream=True) >= 0.8x floor event rate", 0.8, True, _paired_rate_ratio("stream_create")),
    Target("messages.stream text_stream >= 0.6x floor", 0.6, True, _paired_rate_ratio("stream_helper")),
    Target("batches.results JSONL >= 0.5x floor", 0.5, True, _paired_rate_ratio("batch_results")),
    Target("500-block parse <= 3x json.loads", 3.0, False, _paired_time_ratio("parse_big")),
    Target("models.list <= 3x floor per item", 3.0, False, _paired_time_ratio("models_list")),
    Target("64 streams (httpx) >= 0.9x floor events/s", 0.9, True, _paired_rate_ratio("streams64_httpx")),
    Target("64 streams (aiohttp) >= 0.9x floor events/s", 0.9, True, _paired_rate_ratio("streams64_aiohttp")),
    Target(
        f"1,000 requests: x/floor, last/first 100 <= {DRIFT_LIMIT}x",
        DRIFT_LIMIT,
        False,
        _scaled("sequential", "drift", 1),
    ),
    Target(
        f"1,000 requests: RSS growth <= {RSS_GROWTH_LIMIT_MIB} MiB",
        RSS_GROWTH_LIMIT_MIB,
        False,
        _scaled("sequential", "rss_growth_kib", 1 / 1024),
        "MiB",
    ),
    Target(
        f"100 MiB JSONL: RSS growth <= {JSONL_GROWTH_LIMIT_MIB:g} MiB",
        JSONL_GROWTH_LIMIT_MIB,
        False,
        _scaled("big_jsonl", "rss_growth_kib", 1 / 1024),
        "MiB",
    ),
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
        official = value(summary, metric.workload, "official", metric.key)
        ours = value(summary, metric.workload, "ours", metric.key)
        floor = floor_value(summary, metric)
        rows.append(
            {
                "metric": metric.label,
                "unit": metric.unit,
                "official": None if official is None else official * metric.scale,
                "ours": None if ours is None else ours * metric.scale,
                "floor": None if floor is None else floor * metric.scale,
                "ours/official": ratio(ours, official),
                "official/floor": vs_floor(summary, metric, "official"),
                "ours/floor": vs_floor(summary, metric, "ours"),
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
                "ours_shown": target.show(ours),
                "official_shown": target.show(official),
                "verdict": target.verdict(ours),
                "official_verdict": target.verdict(official),
            }
        )
    return rows


def print_table(headers: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows, strict=True)]
    line = "  ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(headers, widths, strict=True)))
    print(line)
    print("-" * len(line))
    for row in rows:
        print(
            "  ".join(
                str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))
            )
        )


def print_report(metrics: list[dict], targets: list[dict], ours_label: str) -> None:
    print()
    print(f"Medians over repetitions. ours = {ours_label}")
    print("floor = raw httpx + json: its own process (import/startup/construct rows) or paired rounds")
    print("inside the SDK processes (other rows; x/floor there is the median per-round ratio).")
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
            [row["target"], row["ours_shown"], row["verdict"], row["official_shown"], row["official_verdict"]]
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
        for workload, expected in (
            ("stream_create", fake_server.SSE_EVENT_COUNT),
            ("batch_results", fake_server.JSONL_LINE_COUNT),
            ("models_list", fake_server.MODEL_COUNT),
        ):
            results = summary.get(workload, {}).get(variant, {})
            for key in ("units", "floor_units"):
                if results.get(key) is not None and results[key] != expected:
                    warnings.append(f"{variant}: {workload} {key} = {results[key]}, expected {expected}")
        for workload in ("streams64_httpx", "streams64_aiohttp"):
            results = summary.get(workload, {}).get(variant, {})
            if results and results.get("ok") is not True:
                warnings.append(
                    f"{variant}: {workload}: a stream did not get all {fake_server.CONCURRENT_SSE_EVENT_COUNT} events "
                    f"(fewest {results.get('min_stream_events')}, floor {results.get('floor_min_stream_events')})"
                )
        for check in ("sequential", "big_jsonl"):
            for name in (variant, "floor") if variant == "ours" and check == "big_jsonl" else (variant,):
                results = summary.get(check, {}).get(name, {})
                if not results:
                    continue
                if check == "sequential" and results.get("ok") is not True:
                    warnings.append(f"{name}: sequential requests returned an empty message")
                if check == "sequential" and results.get("rss_growth_kib", 0) > RSS_GROWTH_LIMIT_MIB * 1024:
                    warnings.append(f"{name}: RSS grew {results['rss_growth_kib']} KiB over 900 request pairs (leak?)")
                if check == "big_jsonl" and results.get("lines") != fake_server.big_jsonl_line_count():
                    warnings.append(
                        f"{name}: big_jsonl read {results.get('lines')} lines, "
                        f"expected {fake_server.big_jsonl_line_count()}"
                    )
                if check == "big_jsonl" and results.get("rss_growth_kib", 0) > JSONL_GROWTH_LIMIT_MIB * 1024:
                    warnings.append(f"{name}: RSS grew {results['rss_growth_kib']} KiB reading the 100 MiB JSONL")
        for workload, results in summary.items():
            errors = results.get(variant, {}).get("errors")
            if errors:
                warnings.append(f"{variant}: {workload} failed in {errors} run(s), see results.json samples")
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
    aiohttp_dir = ensure_official_venv(args.official_version, "aiohttp", pins)
    pins.update(installed_versions(aiohttp_dir, AIOHTTP_DEPS))
    if args.ours_wheel:
        ours_dir = ensure_ours_venv(args.ours_wheel.resolve(), pins)
        ours_label = f"{args.ours_wheel.name} ({file_sha256(args.ours_wheel)[:12]})"
    else:
        ours_dir = official_dir
        ours_label = f"OFFICIAL anthropic=={args.official_version} (no --ours-wheel given)"
        log("  no --ours-wheel: the 'ours' slot runs the OFFICIAL SDK too")
    official_python = str(venv_python(official_dir))
    pythons = {"official": official_python, "ours": str(venv_python(ours_dir)), "floor": official_python}
    # The aiohttp workloads run the official SDK from its aiohttp venv. Ours has the extra
    # installed everywhere: it imports aiohttp only when DefaultAioHttpClient is first used.
    pythons["official@aiohttp"] = str(venv_python(aiohttp_dir))
    if not args.ours_wheel:
        pythons["ours@aiohttp"] = pythons["official@aiohttp"]
    versions = {"official": installed_versions(official_dir, ("anthropic", *SHARED_DEPS))}
    versions["official@aiohttp"] = installed_versions(aiohttp_dir, ("anthropic", *SHARED_DEPS, *AIOHTTP_DEPS))
    versions["ours"] = installed_versions(ours_dir, ("anthropic", *SHARED_DEPS, *AIOHTTP_DEPS))
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
            foreign_load = ForeignLoad()
            warm_up(runner)
            log("workloads, in passes over the plan:")
            samples = run_plan(runner, PLAN, args.quick, run_started + budget)
            bench_seconds = time.monotonic() - bench_started
    except KeyboardInterrupt:
        log("interrupted")
        return 130
    finally:
        server.stop()
    foreign_cores = foreign_load.cores()  # after server.stop(): its CPU time is then counted as ours
    summary = summarize(samples)
    metrics, targets = metric_rows(summary), target_rows(summary)
    print_report(metrics, targets, ours_label)
    warnings = print_warnings(summary)
    if foreign_cores is not None:
        log(f"\nother processes used {foreign_cores:.2f} cores on average during the benchmark")
        if foreign_cores > 0.15:
            log("WARNING: the machine was busy with other work; expect noisy numbers (re-run when idle)")
    total_seconds = time.monotonic() - run_started
    log(f"\nbenchmark time {bench_seconds:.0f}s, total {total_seconds:.0f}s")
    write_results(
        args.out,
        {
            "meta": {
                "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
                "quick": args.quick,
                "ours": ours_label,
                "ours_is_official": not args.ours_wheel,
                "versions": versions,
                "python": platform.python_version(),
                "machine": f"{platform.machine()} {os.cpu_count()} cpus, {platform.platform()}",
                "bench_seconds": round(bench_seconds, 1),
                "foreign_load_cores": None if foreign_cores is None else round(foreign_cores, 3),
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
