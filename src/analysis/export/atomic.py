"""Atomic file writes: a failed run never leaves a half-written or clobbered file.

mkstemp/mkdtemp create 0600 files and 0700 folders whatever the umask; outputs are meant
to be shared, so each one gets the mode the umask allows (0644/0755 under umask 022)
before it takes its final name. Temporary names carry the writer's process id, so the
leftovers of an interrupted run are recognised and removed by the next one.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from analysis.model.errors import AccessError, Problem

TMP_MARK = ".tmp-"


def umask() -> int:
    """This process's umask (read without changing it where the OS allows)."""
    with contextlib.suppress(OSError, ValueError), open("/proc/self/status") as f:
        for line in f:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def shareable(path: Path, folder: bool = False) -> None:
    """Give path the mode a plain open()/mkdir() would have given it under the umask."""
    os.chmod(path, (0o777 if folder else 0o666) & ~umask())


def _prefix(name: str) -> str:
    return f".{name}{TMP_MARK}{os.getpid()}-"


@contextlib.contextmanager
def writing(target: Path) -> Iterator[None]:
    """A target that cannot be written (a folder, no permission, a file where a folder
    should be) is the user's to fix: an AccessError naming the target, not the temp file."""
    try:
        yield
    except OSError as exc:
        raise AccessError.of_os(exc, target) from exc


@contextlib.contextmanager
def atomic_path(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside target; on success it replaces target in one step."""
    target = Path(target)
    if target.is_dir():
        raise AccessError([Problem(str(target), code="os.EISDIR")])
    with writing(target):
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(
            prefix=_prefix(target.name), suffix=target.suffix, dir=target.parent
        )
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        shareable(tmp_path)
        with writing(target):
            os.replace(tmp_path, target)
    finally:
        tmp_path.unlink(missing_ok=True)


def write_text(target: Path | str, text: str) -> None:
    """Write text to target atomically, as UTF-8."""
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8")


def write_bytes(target: Path | str, data: bytes) -> None:
    """Write bytes to target atomically."""
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)


@contextlib.contextmanager
def atomic_dir(target: Path | str) -> Iterator[Path]:
    """Yield a fresh temporary folder; on success it replaces target as a whole."""
    target = Path(target)
    if target.exists() and not target.is_dir():
        raise AccessError([Problem(str(target), code="os.ENOTDIR")])
    with writing(target):
        target.parent.mkdir(parents=True, exist_ok=True)
        remove_leftovers(target)
        tmp = Path(tempfile.mkdtemp(prefix=_prefix(target.name), dir=target.parent))
    shareable(tmp, folder=True)
    old = target.with_name(f".{target.name}.old-{os.getpid()}")
    try:
        yield tmp
        if target.exists():
            os.replace(target, old)
        os.replace(tmp, target)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def remove_leftovers(target: Path) -> list[Path]:
    """Remove the temporary files and folders beside target left by runs that have ended."""
    pattern = re.compile(rf"^\.{re.escape(target.name)}(?:{re.escape(TMP_MARK)}|\.old-)(\d+)")
    return remove_ended(target.parent, pattern)


def remove_ended(folder: Path, pattern: re.Pattern) -> list[Path]:
    """Remove the entries of folder whose name matches pattern and whose owning process (the
    pattern's first group, a PID) has ended; a folder that cannot be listed removes nothing."""
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for path in entries:
        match = pattern.match(path.name)
        if match is None or _running(int(match[1])):
            continue
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
        removed.append(path)
    return removed


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
