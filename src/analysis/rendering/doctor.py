"""Can this machine make briefings? One check per thing that fails late on an office PC.

Each check returns a `Check`: what was found and, when it is not usable, how to fix it
(catalogue keys, so the line reads in the user's language). Nothing here prints.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from analysis import paths
from analysis.i18n import t

KERNEL_NAME = "python3"  # the kernel papermill starts
KERNEL_DISPLAY = "Python 3 (analysis)"
#: Two titles of the same length: without a CJK font both draw as the same row of boxes.
FONT_PROBES = ("整改完成情况", "代表结构比例")
OK, FAIL, SKIP = "ok", "fail", "skip"


@dataclass(frozen=True)
class Check:
    """One finding: `key` says what was found, `fix` how to repair it (empty when usable)."""

    name: str
    status: str
    key: str
    fix: str = ""
    fields: Mapping[str, object] = field(default_factory=dict)

    def line(self, lang: str) -> str:
        """One line: status, what was checked, what was found, and the fix if any."""
        head = f"[{t(f'doctor_status_{self.status}', lang)}] {t(f'doctor_{self.name}', lang)}"
        text = f"{head}{t('colon', lang)}{t(self.key, lang, **self.fields)}"
        if self.fix:
            text += " — " + t("doctor_fix", lang, fix=t(self.fix, lang, **self.fields))
        return text


def check_python() -> Check:
    """The running Python against the package's Requires-Python."""
    from packaging.specifiers import SpecifierSet

    wanted = metadata.metadata("analysis")["Requires-Python"] or ""
    have = ".".join(map(str, sys.version_info[:3]))
    fields = {"version": have, "wanted": wanted or "any"}
    if SpecifierSet(wanted).contains(have):
        return Check("python", OK, "doctor_python_ok", fields=fields)
    return Check("python", FAIL, "doctor_python_bad", "doctor_python_fix", fields)


def locked_versions(lock: Path) -> dict[str, str]:
    """name -> version for every `name==version` line of a requirements lock."""
    pins = {}
    for line in lock.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^\s*([A-Za-z0-9._-]+)\s*==\s*([^\s;#]+)", line)
        if match:
            pins[canonical(match[1])] = match[2]
    return pins


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def check_packages(lock: Path = paths.REQUIREMENTS_LOCK) -> Check:
    """Every package the lock pins is installed at the pinned version."""
    if not lock.is_file():
        return Check("packages", SKIP, "doctor_packages_no_lock", fields={"lock": lock})
    wrong = []
    pins = locked_versions(lock)
    for name, pinned in sorted(pins.items()):
        try:
            have = metadata.version(name)
        except metadata.PackageNotFoundError:
            have = "—"
        if have != pinned:
            wrong.append(f"{name} {have} ≠ {pinned}")
    fields = {"n": len(pins), "lock": lock.name, "bad": len(wrong), "list": ", ".join(wrong[:5])}
    if wrong:
        return Check("packages", FAIL, "doctor_packages_bad", "doctor_packages_fix", fields)
    return Check("packages", OK, "doctor_packages_ok", fields=fields)


def check_browser() -> Check:
    """A Chrome/Chromium for kaleido; BROWSER_PATH, when set, must name it."""
    from analysis.export.images import find_browser

    override = os.environ.get("BROWSER_PATH")
    if override and not Path(override).is_file():
        fields = {"path": override}
        return Check(
            "browser", FAIL, "doctor_browser_env_missing", "doctor_browser_env_fix", fields
        )
    browser = override or find_browser()
    if browser is None:
        return Check("browser", FAIL, "doctor_browser_none", "doctor_browser_install")
    if not os.access(browser, os.X_OK):
        fields = {"path": browser}
        return Check(
            "browser", FAIL, "doctor_browser_not_executable", "doctor_browser_env_fix", fields
        )
    return Check("browser", OK, "doctor_browser_ok", fields={"path": browser})


def check_font(browser: Check | None = None) -> Check:
    """kaleido draws two different Chinese titles; identical images mean boxes, no CJK font.

    Drawn with the browser images will use: a BROWSER_PATH naming nothing falls back to the
    one on PATH (export.images.find_browser), so the font is checked there too.
    """
    from analysis.export.images import find_browser, write_images

    browser = browser or check_browser()
    if browser.status != OK and find_browser() is None:
        return Check("font", SKIP, "doctor_font_needs_browser")
    import plotly.graph_objects as go

    figures = {f"probe{i}": go.Figure(layout={"title": text}) for i, text in enumerate(FONT_PROBES)}
    with tempfile.TemporaryDirectory(prefix="analysis-doctor-") as folder:
        try:
            drawn = write_images(figures, Path(folder), ["png"])
        except Exception as exc:  # kaleido and the browser raise several types
            fields = {"path": find_browser(), "error": f"{type(exc).__name__}: {exc}"}
            return Check("font", FAIL, "doctor_kaleido_failed", "doctor_browser_env_fix", fields)
        first, second = (p.read_bytes() for p in drawn)
    if first == second:
        return Check("font", FAIL, "doctor_font_boxes", "doctor_font_fix")
    return Check("font", OK, "doctor_font_ok", fields={"titles": " / ".join(FONT_PROBES)})


def check_kernel() -> Check:
    """The kernel papermill starts is the project's, running this environment's Python."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    fields: dict[str, object] = {"name": KERNEL_DISPLAY, "python": sys.executable}
    try:
        spec = KernelSpecManager().get_kernel_spec(KERNEL_NAME)
    except NoSuchKernel:
        return Check("kernel", FAIL, "doctor_kernel_missing", "doctor_kernel_fix", fields)
    runs = Path(spec.argv[0])
    fields.update(found=spec.display_name, runs=runs, where=spec.resource_dir)
    if spec.display_name != KERNEL_DISPLAY:
        return Check("kernel", FAIL, "doctor_kernel_other", "doctor_kernel_fix", fields)
    if not runs.is_absolute() or Path(sys.prefix).absolute() not in runs.absolute().parents:
        return Check("kernel", FAIL, "doctor_kernel_elsewhere", "doctor_kernel_fix", fields)
    return Check("kernel", OK, "doctor_kernel_ok", fields=fields)


def check_outputs(folder: Path | None = None) -> Check:
    """The output folder (or the folder that would hold it) can be written."""
    folder = Path(folder) if folder else paths.outputs_dir()
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    fields = {"path": folder}
    if existing.exists() and not existing.is_dir():
        return Check("outputs", FAIL, "doctor_outputs_not_dir", "doctor_outputs_fix", fields)
    if not os.access(existing, os.W_OK | os.X_OK):
        return Check("outputs", FAIL, "doctor_outputs_readonly", "doctor_outputs_fix", fields)
    return Check("outputs", OK, "doctor_outputs_ok", fields=fields)


def check_history() -> Check:
    """The kept history of ledger versions, where this version of the package has one."""
    locate = getattr(paths, "history_db", None)
    if locate is None:
        return Check("history", SKIP, "doctor_history_none")
    store = Path(locate())
    fields = {"path": store}
    if store.exists():
        if store.is_file() and os.access(store, os.R_OK | os.W_OK):
            return Check("history", OK, "doctor_history_ok", fields=fields)
        return Check("history", FAIL, "doctor_history_unusable", "doctor_history_fix", fields)
    if check_outputs(store.parent).status == FAIL:
        return Check("history", FAIL, "doctor_history_unusable", "doctor_history_fix", fields)
    return Check("history", OK, "doctor_history_not_yet", fields=fields)


CHECKS: dict[str, Callable[[], Check]] = {
    "python": check_python,
    "packages": check_packages,
    "browser": check_browser,
    "font": check_font,
    "kernel": check_kernel,
    "outputs": check_outputs,
    "history": check_history,
}


def run_checks(names: list[str] | None = None, out: Path | None = None) -> list[Check]:
    """The named checks (default all), in CHECKS order; the font check reuses the browser's."""
    results: list[Check] = []
    browser = None
    for name in names or list(CHECKS):
        if name == "font":
            results.append(check_font(browser))
        elif name == "outputs":
            results.append(check_outputs(out))
        else:
            results.append(CHECKS[name]())
        if name == "browser":
            browser = results[-1]
    return results


def usable(results: list[Check]) -> bool:
    """Usable when no check failed (skipped ones do not count against it)."""
    return all(c.status != FAIL for c in results)
