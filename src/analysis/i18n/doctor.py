"""What `analysis doctor` says about this machine, and how to fix it.

Each entry: key -> (Chinese, English); str.format fields in braces.
"""

from __future__ import annotations

TEXT: dict[str, tuple[str, str]] = {
    "doctor_summary_ok": ("可以使用。", "Usable."),
    "doctor_summary_bad": (
        "有 {n} 项需要修复（见上面的“修复”）。",
        "{n} check(s) need fixing (see “fix” above).",
    ),
    "doctor_status_ok": ("正常", "ok"),
    "doctor_status_fail": ("失败", "FAIL"),
    "doctor_status_skip": ("跳过", "skip"),
    "doctor_fix": ("修复：{fix}", "fix: {fix}"),
    "doctor_python": ("Python", "Python"),
    "doctor_packages": ("依赖包", "packages"),
    "doctor_browser": ("浏览器", "browser"),
    "doctor_font": ("中文字体", "Chinese font"),
    "doctor_kernel": ("Jupyter 内核", "Jupyter kernel"),
    "doctor_outputs": ("输出文件夹", "output folder"),
    "doctor_history": ("历史库", "history store"),
    "doctor_python_ok": ("{version}（要求 {wanted}）", "{version} (needs {wanted})"),
    "doctor_python_bad": ("{version} 不符合要求 {wanted}", "{version} does not meet {wanted}"),
    "doctor_python_fix": (
        "安装 Python 3.11，再在项目文件夹运行 make install",
        "install Python 3.11, then run make install in the project folder",
    ),
    "doctor_packages_ok": (
        "{n} 个包的版本与 {lock} 一致",
        "{n} packages match {lock}",
    ),
    "doctor_packages_bad": (
        "{bad} 个包与 {lock} 不一致：{list}",
        "{bad} package(s) differ from {lock}: {list}",
    ),
    "doctor_packages_fix": (
        "在项目文件夹运行 make install（或 pip install -c requirements.lock -e .）",
        "run make install in the project folder (or pip install -c requirements.lock -e .)",
    ),
    "doctor_packages_no_lock": (
        "没有 {lock}（不是从项目文件夹安装的），未比对版本",
        "no {lock} (not installed from the project folder); versions not compared",
    ),
    "doctor_browser_ok": ("{path}", "{path}"),
    "doctor_browser_env_missing": (
        "BROWSER_PATH={path} 不存在（图片改用系统中找到的 Chrome/Chromium；没有时不能生成 PNG/SVG）",
        "BROWSER_PATH={path} does not exist (images use the Chrome/Chromium found on PATH "
        "instead; without one there are no PNG/SVG images)",
    ),
    "doctor_browser_not_executable": ("{path} 不能运行", "{path} cannot be run"),
    "doctor_browser_env_fix": (
        "取消 BROWSER_PATH（unset BROWSER_PATH），或把它设为 Chrome/Chromium 的完整路径，"
        "如 /usr/bin/chromium",
        "unset BROWSER_PATH, or set it to the full path of Chrome/Chromium, e.g. /usr/bin/chromium",
    ),
    "doctor_browser_none": (
        "找不到 Chrome/Chromium，PNG/SVG 图片会被跳过",
        "no Chrome/Chromium found, so PNG/SVG images are skipped",
    ),
    "doctor_browser_install": (
        "安装 Chromium 和中文字体（Debian/Ubuntu：apt-get install chromium fonts-noto-cjk；"
        "Windows：安装 Chrome），或把 BROWSER_PATH 设为浏览器路径",
        "install Chromium and CJK fonts (Debian/Ubuntu: apt-get install chromium "
        "fonts-noto-cjk; Windows: install Chrome), or set BROWSER_PATH to the browser",
    ),
    "doctor_font_ok": (
        "两个不同的中文标题（{titles}）画出的图片不同，中文可以正常显示",
        "two different Chinese titles ({titles}) draw differently: Chinese shows as text",
    ),
    "doctor_font_boxes": (
        "两个不同的中文标题画出的图片完全一样：中文会显示成方框",
        "two different Chinese titles draw the same image: Chinese shows as boxes",
    ),
    "doctor_font_fix": (
        "安装中文字体（Debian/Ubuntu：apt-get install fonts-noto-cjk；"
        "Windows：安装“思源黑体 / Noto Sans CJK SC”），然后重试",
        "install a CJK font (Debian/Ubuntu: apt-get install fonts-noto-cjk; "
        "Windows: install Noto Sans CJK SC), then retry",
    ),
    "doctor_font_needs_browser": (
        "需要先有可用的浏览器才能检查",
        "needs a working browser to be checked",
    ),
    "doctor_kaleido_failed": (
        "kaleido 无法驱动 {path} 画图：{error}",
        "kaleido could not draw with {path}: {error}",
    ),
    "doctor_kernel_ok": (
        "“{name}”使用本环境的 {runs}",
        "“{name}” runs this environment's {runs}",
    ),
    "doctor_kernel_missing": (
        "没有名为 python3 的 Jupyter 内核，简报无法生成",
        "no Jupyter kernel named python3, so briefings cannot render",
    ),
    "doctor_kernel_other": (
        "python3 内核是“{found}”（{where}），不是本项目的“{name}”",
        "the python3 kernel is “{found}” ({where}), not the project's “{name}”",
    ),
    "doctor_kernel_elsewhere": (
        "“{found}”运行的是 {runs}（{where}），不是本环境的 {python}",
        "“{found}” runs {runs} ({where}), not this environment's {python}",
    ),
    "doctor_kernel_fix": (
        "在项目文件夹运行 make install，或 {python} -m ipykernel install --sys-prefix "
        '--name python3 --display-name "Python 3 (analysis)"；用户目录里同名的内核会覆盖它，'
        "可用 jupyter kernelspec list 查看",
        "run make install in the project folder, or {python} -m ipykernel install "
        '--sys-prefix --name python3 --display-name "Python 3 (analysis)"; a kernel of '
        "the same name in your user folder overrides it (see jupyter kernelspec list)",
    ),
    "doctor_outputs_ok": ("{path} 可以写入", "{path} is writable"),
    "doctor_outputs_not_dir": ("{path} 不是文件夹", "{path} is not a folder"),
    "doctor_outputs_readonly": ("{path} 不能写入", "{path} cannot be written"),
    "doctor_outputs_fix": (
        "用 --out 指定一个可以写入的文件夹，或设置 ANALYSIS_OUTPUTS_DIR，或换到可写的文件夹再运行",
        "give --out a folder you can write, set ANALYSIS_OUTPUTS_DIR, or run from a "
        "writable folder",
    ),
    "doctor_history_none": (
        "此版本还没有历史库",
        "this version has no history store",
    ),
    "doctor_history_ok": ("{path}", "{path}"),
    "doctor_history_not_yet": (
        "尚未建立（将写在 {path}）",
        "not created yet (it will be {path})",
    ),
    "doctor_history_unusable": (
        "{path} 无法读写",
        "{path} cannot be read and written",
    ),
    "doctor_history_fix": (
        "修正 {path} 的权限，或用 ANALYSIS_HISTORY_DB 指向一个可写的文件",
        "fix the permissions of {path}, or point ANALYSIS_HISTORY_DB at a writable file",
    ),
}
