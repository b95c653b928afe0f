"""Rules for the test suite itself: speed is the benchmark's business (scripts/bench.py)."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent
# The drills run apart from the default suite, on purpose against real time.
EXEMPT = {"test_drills.py", "test_replicas.py"}
CLOCKS = {"monotonic", "perf_counter", "time", "process_time"}


def _reads_a_clock(node: ast.AST, tainted: set[str]) -> bool:
    for sub in ast.walk(node):
        if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute):
            if sub.func.attr in CLOCKS and not sub.args:
                return True
        if isinstance(sub, ast.Name) and sub.id in tainted:
            return True
    return False


def wall_clock_upper_bounds(source: str) -> list[int]:
    """Line numbers of asserts that put a wall-clock reading (or a name made from one) below
    something: `elapsed < 2.5`, `time.monotonic() - t < 1`, `2 > elapsed`."""
    tree = ast.parse(source)
    tainted: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and _reads_a_clock(node.value, tainted):
            tainted |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            # timings.append(time.perf_counter() - began): the list holds clock readings.
            if node.func.attr == "append" and isinstance(node.func.value, ast.Name):
                if any(_reads_a_clock(arg, tainted) for arg in node.args):
                    tainted.add(node.func.value.id)
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Assert) and isinstance(node.test, ast.Compare)):
            continue
        operands = [node.test.left, *node.test.comparators]
        for op, smaller, larger in zip(node.test.ops, operands[:-1], operands[1:], strict=True):
            bounded = (
                smaller
                if isinstance(op, ast.Lt | ast.LtE)
                else larger
                if isinstance(op, ast.Gt | ast.GtE)
                else None
            )
            if bounded is not None and _reads_a_clock(bounded, tainted):
                found.append(node.lineno)
    return found


def test_the_default_suite_asserts_no_wall_clock_upper_bound():
    offenders = {
        path.name: lines
        for path in sorted(TESTS.glob("test_*.py"))
        if path.name not in EXEMPT
        and (lines := wall_clock_upper_bounds(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}


def test_the_rule_sees_the_usual_shapes():
    assert wall_clock_upper_bounds(
        "started = time.monotonic()\n"
        "elapsed = time.monotonic() - started\n"
        "assert 1.0 <= elapsed < 2.5\n"
        "assert time.perf_counter() - started < 0.01\n"
        "timings.append(time.perf_counter() - began)\n"
        "assert min(timings) < 0.3\n"
        "assert 3 > elapsed\n"
    ) == [3, 4, 6, 7]
    # Lower bounds (a wait that must last at least so long) and counts are fine.
    assert (
        wall_clock_upper_bounds(
            "started = time.monotonic()\n"
            "assert time.monotonic() - started >= 0.2\n"
            "assert len(texts) < 10\n"
        )
        == []
    )
