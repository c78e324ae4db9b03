"""The three dependency files agree: pyproject ranges, the exact lock, and conda's environment."""

from __future__ import annotations

import re
import tomllib

import yaml
from packaging.requirements import Requirement

from analysis.paths import REPO_ROOT

#: conda-forge names that differ from PyPI's
CONDA_TO_PYPI = {"python-kaleido": "kaleido", "pyyaml": "PyYAML", "types-pyyaml": "types-PyYAML"}


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _lock() -> dict[str, str]:
    pins = {}
    for line in (REPO_ROOT / "requirements.lock").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, version = line.split("==")
            pins[_norm(name)] = version.strip()
    return pins


def _environment() -> dict[str, str]:
    env = yaml.safe_load((REPO_ROOT / "environment.yml").read_text())
    pins = {}
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            for line in dep.get("pip", []):
                if "==" in line:
                    name, version = line.split("==")
                    pins[_norm(name)] = version
        elif "=" in dep and not dep.startswith("python="):
            name, version = dep.split("=")
            pins[_norm(CONDA_TO_PYPI.get(name, name))] = version
    return pins


def _direct() -> list[Requirement]:
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())["project"]
    reqs = project["dependencies"] + [
        r for extra in project["optional-dependencies"].values() for r in extra
    ]
    return [Requirement(r) for r in reqs]


def test_environment_pins_the_locked_versions():
    lock, env = _lock(), _environment()
    assert env, "environment.yml lists no pinned packages"
    differ = {
        name: (version, lock.get(name))
        for name, version in env.items()
        if lock.get(name) != version
    }
    assert not differ, f"environment.yml vs requirements.lock (env, lock): {differ}"


def test_every_direct_dependency_is_locked_in_range_and_in_the_environment():
    lock, env = _lock(), _environment()
    for req in _direct():
        name = _norm(req.name)
        assert name in lock, f"{req.name} is not in requirements.lock"
        assert req.specifier.contains(lock[name]), (
            f"lock pins {req.name}=={lock[name]}, outside {req}"
        )
        assert name in env, f"{req.name} is not in environment.yml"


def test_ranges_are_compatible_not_exact():
    exact = [str(r) for r in _direct() if any(s.operator == "==" for s in r.specifier)]
    assert not exact, f"pyproject.toml should state ranges (~=), the lock pins: {exact}"
