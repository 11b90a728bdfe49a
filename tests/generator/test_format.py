"""Stage 5: ruff formats the rendered tree in a scratch directory; the result is stable."""

from __future__ import annotations

import pytest

from generator.diagnostics import GeneratorError
from generator.format import format_tree

PYPROJECT = """\
[tool.ruff]
line-length = 120
target-version = "py39"

[tool.ruff.lint]
select = ["E", "F", "W", "I", "B"]

[tool.ruff.lint.isort]
combine-as-imports = true
"""

MESSY = """\
from __future__ import annotations
from .b import B
import os
from typing import List,  Optional
from .a import A
x = {'a':1,
   'b':[1,2]}
def f(a:List[A], b:Optional[B]=None)->int:
    return  len(a)
"""


def test_imports_are_sorted_unused_ones_removed_and_code_formatted() -> None:
    files = format_tree({"pyproject.toml": PYPROJECT, "src/pkg/mod.py": MESSY, "README.md": "# Title  \n"})
    assert files["src/pkg/mod.py"] == (
        "from __future__ import annotations\n"
        "\n"
        "from typing import List, Optional\n"
        "\n"
        "from .a import A\n"
        "from .b import B\n"
        "\n"
        'x = {"a": 1, "b": [1, 2]}\n'
        "\n"
        "\n"
        "def f(a: List[A], b: Optional[B] = None) -> int:\n"
        "    return len(a)\n"
    )
    # Only Python files are touched; every file comes back, nothing else.
    assert files["README.md"] == "# Title  \n"
    assert files["pyproject.toml"] == PYPROJECT
    assert set(files) == {"pyproject.toml", "src/pkg/mod.py", "README.md"}


def test_formatting_is_stable() -> None:
    once = format_tree({"pyproject.toml": PYPROJECT, "m.py": MESSY})
    twice = format_tree(once)
    assert once == twice
    assert format_tree({"pyproject.toml": PYPROJECT, "m.py": MESSY}) == once


def test_the_generated_pyproject_settings_apply() -> None:
    long_call = "value = some_function_name(argument_one, argument_two, argument_three, argument_four, argument_five)\n"
    assert 100 < len(long_call) <= 120
    files = format_tree({"pyproject.toml": PYPROJECT, "m.py": "def some_function_name(*a): ...\n" + long_call})
    assert long_call in files["m.py"]


def test_only_import_fixes_are_applied() -> None:
    # Other lint findings (an unused variable, a bare except) are left to the templates.
    source = "def f():\n    unused = 1\n    try:\n        pass\n    except:\n        pass\n"
    files = format_tree({"pyproject.toml": PYPROJECT, "m.py": source})
    assert "unused = 1" in files["m.py"] and "except:" in files["m.py"]


def test_a_syntax_error_is_a_diagnostic() -> None:
    with pytest.raises(GeneratorError) as excinfo:
        format_tree({"pyproject.toml": PYPROJECT, "bad.py": "def f(:\n"})
    (diagnostic,) = excinfo.value.diagnostics
    assert diagnostic.file == "<generated code>"
    assert diagnostic.message.startswith("ruff failed")
    # Ruff's own message says which file and where.
    assert "bad.py:1:7" in diagnostic.message


def test_no_python_files() -> None:
    assert format_tree({"a.txt": "x"}) == {"a.txt": "x"}
    assert format_tree({}) == {}
