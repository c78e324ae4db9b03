"""`analysis doctor`: one line per check with its fix, exit 0 when usable and 2 otherwise."""

from __future__ import annotations

from types import SimpleNamespace

from conftest import needs_browser

from analysis import paths
from analysis.cli import main
from analysis.rendering import doctor

CHECKS = ("python", "packages", "browser", "font", "kernel", "outputs", "history")


@needs_browser
def test_doctor_passes_on_this_machine(capsys):
    assert main(["doctor", "--lang", "en"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(CHECKS) + 1 and lines[-1] == "Usable."
    assert all(line.startswith(("[ok]", "[skip]")) for line in lines[:-1])
    assert "[ok] Chinese font: two different Chinese titles" in lines[3]


def test_doctor_names_the_fix_when_the_browser_path_points_nowhere(capsys, monkeypatch):
    monkeypatch.setenv("BROWSER_PATH", "/nonexistent")
    assert main(["doctor", "--lang", "en", "--only", "browser", "--only", "font"]) == 2
    browser, font, verdict = capsys.readouterr().out.splitlines()
    assert browser.startswith("[FAIL] browser: BROWSER_PATH=/nonexistent does not exist")
    assert "fix: unset BROWSER_PATH, or set it to the full path of Chrome/Chromium" in browser
    # images fall back to the browser on PATH, so the font is checked with it
    assert font.startswith("[ok] Chinese font") and "need fixing" in verdict
    assert main(["doctor", "--only", "browser"]) == 2
    assert "修复：取消 BROWSER_PATH" in capsys.readouterr().out


def test_boxes_instead_of_chinese_are_caught(monkeypatch, tmp_path):
    def same_image(figures, out_dir, formats):
        written = [out_dir / f"{name}.png" for name in figures]
        for path in written:
            path.write_bytes(b"\x89PNG same boxes")
        return written

    monkeypatch.setattr("analysis.export.images.write_images", same_image)
    ok_browser = doctor.Check("browser", doctor.OK, "doctor_browser_ok", fields={"path": "x"})
    check = doctor.check_font(ok_browser)
    assert check.status == doctor.FAIL
    assert "apt-get install fonts-noto-cjk" in check.line("en")
    assert "中文会显示成方框" in check.line("zh")


def test_a_kernel_from_another_environment_is_named(monkeypatch):
    from jupyter_client.kernelspec import KernelSpecManager

    other = SimpleNamespace(
        display_name="Python 3 (ipykernel)", argv=["/usr/bin/python3"], resource_dir="/x"
    )
    monkeypatch.setattr(KernelSpecManager, "get_kernel_spec", lambda self, name: other)
    check = doctor.check_kernel()
    assert check.status == doctor.FAIL and "Python 3 (ipykernel)" in check.line("en")
    assert "ipykernel install --sys-prefix --name python3" in check.line("en")
    other.display_name = doctor.KERNEL_DISPLAY
    check = doctor.check_kernel()
    assert check.status == doctor.FAIL and "runs /usr/bin/python3" in check.line("en")


def test_package_versions_against_the_lock(tmp_path):
    lock = tmp_path / "requirements.lock"
    lock.write_text("pandas==0.0.1\n# a comment\n", encoding="utf-8")
    check = doctor.check_packages(lock)
    assert (
        check.status == doctor.FAIL
        and "pandas" in check.line("en")
        and "≠ 0.0.1" in check.line("en")
    )
    assert doctor.check_packages(tmp_path / "none.lock").status == doctor.SKIP


def test_output_folder_and_history_store(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert doctor.check_outputs(tmp_path / "new" / "outputs").status == doctor.OK
    assert doctor.check_outputs(blocker).status == doctor.FAIL
    monkeypatch.delattr(paths, "history_db", raising=False)
    assert doctor.check_history().status == doctor.SKIP
    store = tmp_path / "history.duckdb"
    monkeypatch.setattr(paths, "history_db", lambda path=None: store, raising=False)
    assert doctor.check_history().key == "doctor_history_not_yet"
    store.write_bytes(b"")
    assert doctor.check_history().status == doctor.OK
