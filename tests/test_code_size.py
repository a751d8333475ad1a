"""CoreLog's modules and functions stay small enough to read in one sitting.

docs/architecture.md ("Small rooms") gives the limits: a module of at most 400 lines, a
function of at most 60 (a long constructor is split into builders, one per part the user
sees). A function that only returns a table (one ``return`` of a literal list, as the pages'
``page_specs``) is a declaration, not steps to read, and is left out; so are the generated
migration revisions: Alembic writes them, and they are never changed once released.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "corelog"
MODULE_LINES = 400
FUNCTION_LINES = 60


def _modules() -> list[Path]:
    return [p for p in sorted(PACKAGE.rglob("*.py")) if "versions" not in p.parts]


def _is_table(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """True for a function whose body is one return of a literal list, tuple or dict."""
    body = function.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]  # the docstring
    return (
        len(body) == 1
        and isinstance(body[0], ast.Return)
        and isinstance(body[0].value, ast.List | ast.Tuple | ast.Dict)
    )


def _too_long_functions(source: str) -> list[tuple[str, int]]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and not _is_table(node):
            length = node.end_lineno - node.lineno + 1
            if length > FUNCTION_LINES:
                found.append((f"{node.name} (line {node.lineno})", length))
    return found


def test_no_module_is_longer_than_the_limit():
    long = {
        p.relative_to(PACKAGE).as_posix(): n
        for p in _modules()
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MODULE_LINES
    }
    assert not long, f"split these modules along their seams (lines): {long}"


def test_no_function_is_longer_than_the_limit():
    long = {
        p.relative_to(PACKAGE).as_posix(): found
        for p in _modules()
        if (found := _too_long_functions(p.read_text(encoding="utf-8")))
    }
    assert not long, f"split these functions into smaller ones (lines): {long}"


@pytest.mark.parametrize(
    ("body_lines", "flagged"),
    [(FUNCTION_LINES - 1, False), (FUNCTION_LINES, True)],
)
def test_the_function_check_counts_a_function_from_def_to_its_last_line(body_lines, flagged):
    source = "def f():\n" + "    x = 1\n" * body_lines
    assert bool(_too_long_functions(source)) is flagged


def test_a_long_function_that_only_returns_a_table_is_a_declaration():
    rows = "".join(f"        ({n}, 'row {n}'),\n" for n in range(FUNCTION_LINES))
    table = f"def rows():\n    return [\n{rows}    ]\n"
    steps = f"def rows():\n    found = []\n    return [\n{rows}    ]\n"
    assert _too_long_functions(table) == []
    assert _too_long_functions(steps) == [("rows (line 1)", FUNCTION_LINES + 4)]
