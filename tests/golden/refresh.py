"""Regenerate the golden test's expected tree: `.venv/bin/python -m tests.golden.refresh`.

Review the resulting diff (`git diff tests/golden/expected`) before committing it.
"""

from __future__ import annotations

import sys

from generator.diagnostics import GeneratorError

from .golden import EXPECTED, differences, generate_golden, read_expected, write_expected


def main() -> int:
    try:
        files = generate_golden()
    except GeneratorError as exc:
        print(exc, file=sys.stderr)
        return 1
    changed = differences(read_expected(), files)
    write_expected(files)
    count = sum(1 for line in changed.splitlines() if line.startswith("+++ "))
    print(f"wrote {len(files)} files to {EXPECTED} ({count} changed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
