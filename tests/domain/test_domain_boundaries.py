"""The domain layer is plain Python: the standard library and its own modules only."""

import ast
import doctest
import importlib
import sys
from pathlib import Path

import pytest

import corelog.domain

DOMAIN_DIR = Path(corelog.domain.__file__).parent
MODULES = sorted(path for path in DOMAIN_DIR.glob("*.py") if path.name != "__init__.py")


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            # A relative import stays inside the package; only absolute names need checking.
            names.add("corelog.domain" if node.level else node.module or "")
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda path: path.name)
def test_domain_imports_only_the_standard_library_and_itself(path):
    for name in imported_modules(path):
        top = name.split(".")[0]
        if top == "corelog":
            assert name.startswith("corelog.domain"), f"{path.name} imports {name}"
        else:
            assert top in sys.stdlib_module_names or top == "__future__", (
                f"{path.name} imports {name}"
            )


@pytest.mark.parametrize("path", MODULES, ids=lambda path: path.name)
def test_examples_in_docstrings_are_true(path):
    module = importlib.import_module(f"corelog.domain.{path.stem}")
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
