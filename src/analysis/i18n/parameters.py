"""Messages about briefing parameters, manifests and command options."""

from __future__ import annotations

TEXT: dict[str, tuple[str, str]] = {
    "param.bad_name": ("参数名“{name}”不是合法名称", "parameter {name!r} is not a valid name"),
    "param.reserved": (
        "参数“{name}”由渲染程序设置，不能指定",
        "parameter {name!r} is set by the renderer",
    ),
    "param.unknown": (
        "未知参数“{name}”；简报笔记本接受：{known}",
        "unknown parameter {name!r}; the notebook takes {known}",
    ),
    "param.not_int": (
        "参数“{name}”应为整数，而不是“{value}”",
        "parameter {name!r} must be a whole number, not {value!r}",
    ),
    "param.not_choice": (
        "参数“{name}”应为 {choices} 之一，而不是“{value}”",
        "parameter {name!r} must be one of {choices}, not {value!r}",
    ),
    "param.not_date": (
        "参数“{name}”应为日期（YYYY-MM-DD），而不是“{value}”",
        "parameter {name!r} must be an ISO date (YYYY-MM-DD), not {value!r}",
    ),
    "param.unknown_format": (
        "未知格式 {unknown}；可选 {choices}",
        "unknown format(s) {unknown}; choose from {choices}",
    ),
    "manifest.needs_ledger": ("缺少“ledger”列（台账文件）", "needs a 'ledger' column"),
    "manifest.bad_type": (
        "清单应为文本文件（{suffixes}）；Excel 中请另存为“CSV”或“Unicode 文本”",
        "a manifest is a text file ({suffixes}); in Excel save it as CSV or Unicode text",
    ),
    "manifest.empty": ("清单中没有任何一行台账", "the manifest lists no ledger"),
    "manifest.bad_yaml": ("不是有效的 YAML：{reason}", "not valid YAML: {reason}"),
    "manifest.not_a_list": (
        "YAML 清单应为列表，每个台账一项",
        "a YAML manifest is a list of mappings, one per ledger",
    ),
    "batch.same_folder": (
        "与第{first}行输出到同一文件夹（{folder}），请为本行指定不同的单位名称",
        "same output folder as row {first} ({folder}); give this row its own unit name",
    ),
    "batch.unexpected": ("意外错误：{kind}: {reason}", "unexpected error: {kind}: {reason}"),
    "batch.not_run": ("未渲染：批处理中途停止", "not rendered: the batch stopped"),
}
