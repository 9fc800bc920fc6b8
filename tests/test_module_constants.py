"""Each module constant is defined once: a second assignment of the same name silently
serves every place that reads it (stop 54 found three such pairs, each a rule reading the
other's set)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "flashgen"


def _redefined(path: Path, root: Path = PACKAGE.parent) -> list[str]:
    """Upper-case names a module assigns twice at its top level (as "path: NAME", the path
    from `root`); an assignment that reads the name it extends ("X = rf'…{X}'") is a
    deliberate extension, not a second value."""
    seen: set[str] = set()
    twice = []
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign):
            targets, value = [node.target], node.value
        else:
            continue
        for target in targets:
            if not isinstance(target, ast.Name) or not target.id.lstrip("_").isupper():
                continue
            reads_itself = value is not None and any(
                isinstance(n, ast.Name) and n.id == target.id for n in ast.walk(value)
            )
            if target.id in seen and not reads_itself:
                twice.append(f"{path.relative_to(root)}: {target.id}")
            seen.add(target.id)
    return twice


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: p.name)
def test_no_module_constant_is_assigned_twice(path: Path) -> None:
    assert _redefined(path) == []


def test_the_check_finds_a_constant_assigned_twice(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text('_WORDS = 3\nX = rf"a{1}"\nX = rf"(?:b){X}"\n_WORDS = 5\n')
    assert _redefined(module, tmp_path) == ["m.py: _WORDS"]
