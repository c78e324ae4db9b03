"""The tree reads as the data's path, and its rules hold: checked, not just hoped for."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from analysis.paths import REPO_ROOT

PKG = REPO_ROOT / "src" / "analysis"
#: Each layer may import its own layer and the ones before it, never a later one.
LAYERS = {
    "i18n": 0,
    "paths": 0,
    "model": 1,
    "read": 2,
    "figures": 3,
    "present": 4,
    "export": 5,
    "history": 5,  # the kept ledger versions: reads through read/, used by rendering/ and cli/
    "rendering": 6,
    "cli": 7,
}


def _modules() -> list[Path]:
    return sorted(PKG.rglob("*.py"))


def _layer(path: Path) -> str:
    return path.relative_to(PKG).parts[0].removesuffix(".py")


def _imported(path: Path) -> set[str]:
    """First component under analysis of every module path imports (type-only imports aside)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("analysis."):
            names.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            names |= {a.name.split(".")[1] for a in node.names if a.name.startswith("analysis.")}
    return names


def test_top_level_is_a_few_modules_and_the_pipeline_subpackages():
    modules = [p.stem for p in PKG.glob("*.py") if p.stem not in ("__init__", "__main__")]
    packages = [p.name for p in PKG.iterdir() if (p / "__init__.py").exists()]
    assert len(modules) <= 6, modules
    assert len(packages) >= 4, packages
    assert {"read", "model", "figures", "present", "export", "rendering"} <= set(packages)


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PKG)))
def test_imports_run_one_way(path):
    if path == PKG / "__init__.py" or path == PKG / "__main__.py":
        return  # the public API re-exports every layer
    layer = _layer(path)
    assert layer in LAYERS, f"{layer}/ has no place in LAYERS: say where it sits in the pipeline"
    later = sorted(n for n in _imported(path) if LAYERS.get(n, -1) > LAYERS[layer])
    assert not later, f"{path.relative_to(PKG)} ({layer}) imports later layers: {later}"


def test_library_logs_instead_of_printing():
    printing = [
        str(p.relative_to(PKG))
        for p in _modules()
        if _layer(p) != "cli"
        and any(
            isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "print"
            for n in ast.walk(ast.parse(p.read_text(encoding="utf-8")))
        )
    ]
    assert not printing, f"print() in library modules: {printing}"


def test_no_private_plotly_imports():
    private = [
        str(p.relative_to(PKG))
        for p in _modules()
        if "plotly.io._" in p.read_text(encoding="utf-8")
    ]
    assert not private, private


def test_no_test_imports_another_test_module():
    tests = REPO_ROOT / "tests"
    bad = [
        f"{p.name} imports {name}"
        for p in tests.rglob("test_*.py")
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom | ast.Import)
        for name in (
            [node.module] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]
        )
        if name and name.split(".")[0].startswith("test_")
    ]
    assert not bad, bad


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PKG)))
def test_no_module_is_over_400_lines(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= 400, f"{path.relative_to(PKG)} has {lines} lines: split it by idea"
