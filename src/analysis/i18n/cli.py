"""The command line's help and messages.

Each entry: key -> (Chinese, English); str.format fields in braces. Help follows the
user's locale (`help_lang`); what commands print stays Chinese unless `--lang en`.
"""

from __future__ import annotations

from collections.abc import Sequence

#: Locale variables in the order POSIX consults them for messages.


def help_lang(argv: Sequence[str]) -> str:
    """The command line's language, for its help and argparse's messages: `--lang` on the
    command line, else Chinese, the language every command prints in, whatever the locale
    (an en_US server prints Chinese output, so its usage errors are Chinese too)."""
    for i, arg in enumerate(argv):
        value = argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else ""
        if arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        if value in ("zh", "en"):
            return value
    return "zh"


TEXT: dict[str, tuple[str, str]] = {
    # argparse's own words
    "cli_usage": ("用法：", "usage: "),
    "cli_positionals": ("位置参数", "positional arguments"),
    "cli_options": ("选项", "options"),
    "cli_commands": ("命令", "commands"),
    "cli_command_metavar": ("命令", "COMMAND"),
    "cli_commands_help": (
        "要执行的命令；analysis 命令 --help 显示其选项与示例",
        "the command to run; analysis COMMAND --help shows its options and an example",
    ),
    "cli_help_opt": ("显示本帮助并退出", "show this help and exit"),
    "cli_verbose_opt": ("显示更多信息（调试信息）", "say more (debug messages)"),
    "cli_quiet_opt": ("只显示错误，不显示警告", "errors only, no warnings"),
    "cli_version_opt": ("显示版本号并退出", "show the version and exit"),
    "cli_error": ("{prog}：错误：{message}", "{prog}: error: {message}"),
    "cli_ap_argument": ("参数 {name}：{message}", "argument {name}: {message}"),
    "cli_ap_required": ("缺少必需的参数：{names}", "the following arguments are required: {names}"),
    "cli_ap_unrecognized": ("无法识别的参数：{args}", "unrecognized arguments: {args}"),
    "cli_ap_choice": (
        "没有 {value} 这一项（可选：{choices}）",
        "invalid choice: {value} (choose from {choices})",
    ),
    "cli_ap_one": ("需要一个取值", "expected one argument"),
    "cli_ap_n": ("需要 {n} 个取值", "expected {n} arguments"),
    "cli_ap_at_most_one": ("最多一个取值", "expected at most one argument"),
    "cli_ap_at_least_one": ("至少需要一个取值", "expected at least one argument"),
    "cli_ap_ambiguous": (
        "选项 {option} 不明确，可能是：{matches}",
        "ambiguous option: {option} could match {matches}",
    ),
    "cli_ap_ignored": ("此选项不带取值，却给了 {value}", "ignored explicit argument {value}"),
    "cli_ap_type": ("取值 {value} 无效", "invalid {type} value: {value}"),
    "cli_ap_one_of": ("须给出其中之一：{names}", "one of the arguments {names} is required"),
    "cli_ap_not_with": ("不能与 {other} 同时使用", "not allowed with argument {other}"),
    "cli_bad_date": (
        "“{value}”不是有效日期，应写作 2024-12-31、2024/12/31、2024.12.31 或 2024年12月31日",
        "{value!r} is not a valid date; write it as YYYY-MM-DD, e.g. 2024-12-31 "
        "(2024/12/31 and 2024.12.31 are read too)",
    ),
    "cli_bad_count": (
        "“{value}”应为不小于 1 的整数",
        "{value!r} must be a whole number, 1 or more",
    ),
    # log lines on stderr (-v shows DEBUG and INFO)
    "cli_log_line": ("{level}：{message}", "{level}: {message}"),
    "cli_log_DEBUG": ("调试", "DEBUG"),
    "cli_log_INFO": ("信息", "INFO"),
    "cli_log_WARNING": ("警告", "WARNING"),
    "cli_log_ERROR": ("错误", "ERROR"),
    "cli_log_CRITICAL": ("严重错误", "CRITICAL"),
    # placeholders in usage lines (metavars), by the English placeholder they stand for
    "cli_mv_LEDGER": ("台账", "LEDGER"),
    "cli_mv_ROSTER": ("名册", "ROSTER"),
    "cli_mv_YYYY-MM-DD": ("日期", "YYYY-MM-DD"),
    "cli_mv_DIR": ("文件夹", "DIR"),
    "cli_mv_FILE": ("文件", "FILE"),
    "cli_mv_MANIFEST": ("清单", "MANIFEST"),
    "cli_mv_N": ("个数", "N"),
    "cli_mv_NAME": ("参数名", "NAME"),
    "cli_mv_VALUE": ("取值", "VALUE"),
    "cli_mv_NOTICE": ("通报", "NOTICE"),
    "cli_mv_LEDGER.xlsx": ("台账.xlsx", "LEDGER.xlsx"),
    "cli_mv_OUT.xlsx": ("输出.xlsx", "OUT.xlsx"),
    "cli_mv_INPUT": ("输入", "INPUT"),
    "cli_mv_CHECK": ("检查项", "CHECK"),
    "cli_mv_UNIT": ("单位", "UNIT"),
    "cli_mv_HEADER=MEANING": ("表头=含义", "HEADER=MEANING"),
    "cli_mv_SECONDS": ("秒数", "SECONDS"),
    "cli_mv_ID": ("编号", "ID"),
    "cli_mv_FORMATS": ("格式", "FORMATS"),
    # the top level
    "cli_description": (
        "巡察整改台账分析：读取台账或整改通报，计算数据，生成图表与领导简报。",
        "Rectification ledger analysis: read a ledger or a published notice,\n"
        "compute its figures, draw charts and render the leadership briefing.",
    ),
    "cli_top_lang": (
        "帮助、提示与输出的语言（默认：中文；系统语言为英文时，帮助与参数错误提示用英文）",
        "language of help, messages and output (default: Chinese; with an English locale, "
        "help and argument errors are English)",
    ),
    "cli_epilog": (
        "每个命令都有示例：analysis 命令 --help\n"
        "输出位置：当前文件夹下的 outputs/（在项目内即项目的 outputs/），或 --out 指定的位置。\n"
        "退出码：0 成功；2 输入有误（台账、通报、参数），并逐条说明；1 程序内部错误（附 Traceback）。",
        "Every command has an example: analysis COMMAND --help\n"
        "Outputs go to ./outputs/ in the current folder (inside the project: the project's "
        "outputs/), or to --out.\n"
        "Exit codes: 0 ok; 2 bad input (ledger, notice, options), every problem listed; "
        "1 internal error (with a traceback).",
    ),
    "cli_guide_head": (
        "analysis {version}：巡察整改台账分析。常用命令：",
        "analysis {version}: rectification ledger analysis. The most common commands:",
    ),
    "cli_guide_tail": (
        "全部命令：analysis --help；某个命令的用法与示例：analysis 命令 --help",
        "All commands: analysis --help; one command's options and example: analysis COMMAND --help",
    ),
    # shared arguments
    "cli_arg_ledger": (
        "台账文件（.xlsx/.csv，或整改通报 .txt/.html/.docx；默认：自带台账）",
        "ledger file (.xlsx/.csv, or a notice .txt/.html/.docx; default: the bundled ledger)",
    ),
    "cli_arg_ledger_opt": ("同 台账，以选项形式给出", "the same as LEDGER, given as an option"),
    "cli_arg_lang": ("输出语言：zh 中文（默认）或 en 英文", "output language: zh (default) or en"),
    "cli_arg_as_of": (
        "数据截止日期 YYYY-MM-DD，用于判断逾期（默认：通报的公布日期，台账所写的日期，否则今天）",
        "date the figures are as of, YYYY-MM-DD; decides what is overdue (default: a notice's "
        "publication date, the date a ledger states, else today)",
    ),
    "cli_arg_roster": (
        "代表名册（.xlsx/.csv）；只显示汇总数据，不显示个人信息",
        "delegate roster (.xlsx/.csv); only aggregates are shown, never a person",
    ),
    "cli_arg_json": ("以 JSON 打印到屏幕（不写文件）", "print as JSON (writes no file)"),
    # ingest
    "cli_ingest_help": (
        "把整改通报读成台账工作簿",
        "read a published notice into a ledger workbook",
    ),
    "cli_ingest_example": (
        "示例：\n  analysis ingest 通报.txt                 写出 outputs/通报.xlsx\n"
        "  analysis ingest 通报.txt --out 台账.xlsx\n"
        "  analysis ingest 通报.docx --json          只打印，不写文件",
        "examples:\n  analysis ingest notice.txt                writes outputs/notice.xlsx\n"
        "  analysis ingest notice.txt --out ledger.xlsx\n"
        "  analysis ingest notice.docx --json        prints only, writes nothing",
    ),
    "cli_arg_notice": (
        "整改通报（.txt、另存的网页 .html 或 .docx）",
        "published notice (.txt, a saved web page .html, or .docx)",
    ),
    "cli_arg_ingest_out": (
        "要写出的台账 .xlsx（默认：outputs/通报文件名.xlsx；与 --json 同用时默认不写）",
        "ledger .xlsx to write (default: outputs/NOTICE.xlsx; with --json: none)",
    ),
    "cli_arg_annotations": (
        "YAML 文件：通报正文未写明、需人工标注的事实",
        "YAML of labelled facts the text does not state",
    ),
    "cli_arg_no_write": ("只读取，不写台账", "read only, write no workbook"),
    # check
    "cli_check_help": (
        "校验台账；有问题时逐条列出并以 2 退出",
        "validate a ledger; exit 2 listing every problem",
    ),
    "cli_check_example": (
        "示例：\n  analysis check 我的台账.xlsx\n  analysis check --ledger 台账.csv --lang en",
        "examples:\n  analysis check my_ledger.xlsx\n  analysis check --ledger ledger.csv --lang en",
    ),
    "cli_arg_check_ledger": ("要校验的台账（.xlsx/.csv）", "ledger to validate (.xlsx/.csv)"),
    # template
    "cli_template_help": ("写出一份待填写的空台账", "write an empty ledger to fill in"),
    "cli_template_example": (
        "示例：\n  analysis template                  写出 outputs/整改台账模板.xlsx\n"
        "  analysis template --out 台账.xlsx",
        "examples:\n  analysis template                  writes outputs/整改台账模板.xlsx\n"
        "  analysis template --out ledger.xlsx",
    ),
    "cli_arg_template_path": (
        "要写出的 .xlsx（同 --out）",
        "the .xlsx to write (the same as --out)",
    ),
    "cli_arg_template_out": (
        "要写出的 .xlsx（默认：outputs/整改台账模板.xlsx）",
        "the .xlsx to write (default: outputs/整改台账模板.xlsx)",
    ),
    "cli_template_name": ("整改台账模板.xlsx", "整改台账模板.xlsx"),
    # summary
    "cli_summary_help": ("台账的关键数据", "the key figures of a ledger"),
    "cli_summary_example": (
        "示例：\n  analysis summary\n  analysis summary 我的台账.xlsx --as-of 2024-12-31\n"
        "  analysis summary --lang en --json",
        "examples:\n  analysis summary\n  analysis summary my_ledger.xlsx --as-of 2024-12-31\n"
        "  analysis summary --lang en --json",
    ),
    # rollup
    "cli_rollup_help": (
        "把多份通报和台账汇总成一张对比表",
        "read many notices and ledgers into one comparison table",
    ),
    "cli_rollup_example": (
        "示例：\n  analysis rollup 通报文件夹/\n  analysis rollup a.txt b.xlsx --out outputs/rollup",
        "examples:\n  analysis rollup notices/\n  analysis rollup a.txt b.xlsx --out outputs/rollup",
    ),
    "cli_arg_inputs": (
        "通报（.txt/.html/.docx）、台账（.xlsx/.csv）或包含它们的文件夹",
        "notices (.txt/.html/.docx), ledgers (.xlsx/.csv) or folders of them",
    ),
    "cli_arg_rollup_out": (
        "写出 rollup.xlsx 和 rollup.csv 的文件夹（默认：不写文件）",
        "folder for rollup.xlsx and rollup.csv (default: write no file)",
    ),
    # charts
    "cli_charts_help": (
        "导出简报图表（png、svg、pptx、xlsx）",
        "export the briefing charts (png, svg, pptx, xlsx)",
    ),
    "cli_charts_example": (
        "示例：\n  analysis charts                     写到 outputs/charts/\n"
        "  analysis charts 台账.xlsx --formats png,pptx --out 图表 --lang en",
        "examples:\n  analysis charts                     writes outputs/charts/\n"
        "  analysis charts ledger.xlsx --formats png,pptx --out charts --lang en",
    ),
    "cli_arg_charts_out": (
        "写入的文件夹（默认：outputs/charts）",
        "folder to write into (default: outputs/charts)",
    ),
    "cli_arg_formats": (
        "逗号分隔的格式：png,svg,pptx,xlsx（默认全部）",
        "comma-separated formats: png,svg,pptx,xlsx (default: all)",
    ),
    # render
    "cli_render_help": (
        "生成领导简报：网页（HTML）、Word、PDF、图表、幻灯片和汇总表",
        "render the leadership briefing: HTML, Word, PDF, charts, a slide deck and a summary "
        "workbook",
    ),
    "cli_render_example": (
        "示例：\n  analysis render                     写到 outputs/单位/日期/\n"
        "  analysis render 台账.xlsx --as-of 2024-12-31 --lang en\n"
        "  analysis render -p unit 某单位 --out 简报\n"
        "  analysis render --batch 单位清单.csv --workers 2",
        "examples:\n  analysis render                     writes outputs/UNIT/DATE/\n"
        "  analysis render ledger.xlsx --as-of 2024-12-31 --lang en\n"
        "  analysis render -p unit 某单位 --out briefings\n"
        "  analysis render --batch units.csv --workers 2",
    ),
    "cli_arg_param": (
        "其他笔记本参数，如 -p unit 某单位（-p lang en 同 --lang en，-p as_of 同 --as-of）",
        "other notebook parameters, e.g. -p unit 某单位 (-p lang en is --lang en, "
        "-p as_of is --as-of)",
    ),
    "cli_arg_render_out": (
        "输出根文件夹（默认：outputs/），简报写在其下 单位/日期/",
        "output root (default: outputs/); the briefing goes to UNIT/DATE/ under it",
    ),
    "cli_arg_batch": (
        "清单（.csv 或 .yaml）：每行一个台账及其参数；--lang、--as-of 用于未填写的行",
        "manifest (.csv or .yaml): one row per ledger and its parameters; --lang and --as-of "
        "fill rows that leave them empty",
    ),
    "cli_arg_workers": (
        "--batch 并行生成的进程数（默认：CPU 核数）",
        "parallel renders for --batch (default: number of cores)",
    ),
    "cli_arg_force": ("即使没有变化也重新生成", "render even if nothing changed"),
    # messages
    "cli_msg_warning": ("警告：{text}", "warning: {text}"),
    "cli_msg_wrote": ("已写出 {path}", "wrote {path}"),
    "cli_msg_ingested": ("已写出 {path}：{counts}", "wrote {path}: {counts}"),
    "cli_table_count": ("{label}（{table}）{n} 行", "{table} {n}"),
    "cli_table_findings": ("具体问题", "findings"),
    "cli_table_measures": ("整改措施", "measures"),
    "cli_table_plan": ("整改方案与下步计划", "plan"),
    "cli_table_declared": ("通报所述数字", "declared"),
    "cli_table_events": ("日期", "events"),
    "cli_table_delegates": ("代表结构", "delegates"),
    "cli_table_organisations": ("新建组织", "organisations"),
    "cli_table_pilots": ("试点", "pilots"),
    "cli_table_awards": ("荣誉", "awards"),
    "cli_table_tallies": ("计数", "tallies"),
    "cli_msg_problems": ("共 {n} 个问题", "{n} problem(s) found"),
    "cli_msg_strict_unread": (
        "未通过（--strict）：有未识别的整改状态或无法识别的日期，见上方警告",
        "failed (--strict): status words or dates not recognised, see the warnings above",
    ),
    "cli_arg_strict": (
        "有未识别的整改状态或日期时以状态码 2 退出（供自动流程使用）",
        "exit 2 when a status word or date is not recognised (for pipelines)",
    ),
    "cli_msg_check_ok": ("通过：{path}：{details}", "ok: {path}: {details}"),
    "cli_detail_sep": ("；", "; "),
    "cli_msg_rows_read": ("读取 {n} 行", "{n} rows read"),
    "cli_msg_findings_measures": (
        "{findings} 个问题，{measures} 条措施",
        "{findings} findings, {measures} measures",
    ),
    "cli_msg_blank_rows": ("{n} 个空行", "{n} blank rows"),
    "cli_msg_charts_done": (
        "{n} 张图表；{formats}；{seconds:.1f} 秒 -> {out}",
        "{n} charts; {formats}; {seconds:.1f} s -> {out}",
    ),
    "cli_msg_not_drawn": ("  未绘制：{reason}", "  not drawn: {reason}"),
    "cli_msg_rendered": ("已生成：{path}", "rendered: {path}"),
    "cli_msg_unchanged": (
        "无变化，已跳过（用 --force 重新生成）：{path}",
        "unchanged, skipped (use --force): {path}",
    ),
    "cli_msg_batch_ok": ("成功", "ok"),
    "cli_msg_batch_failed": ("失败", "FAILED"),
    "cli_msg_batch_done": (
        "{ok} 份已生成，{failed} 份失败；索引：{index}",
        "{ok} rendered, {failed} failed; index: {index}",
    ),
    "cli_msg_two_ledgers": (
        "台账给了两次且不同：{a} 与 --ledger {b}",
        "the ledger is given twice, differently: {a} and --ledger {b}",
    ),
    "cli_msg_ledger_required": (
        "请给出台账：analysis check 台账.xlsx",
        "name the ledger: analysis check LEDGER.xlsx",
    ),
    "cli_msg_two_outs": (
        "输出给了两次且不同：{a} 与 --out {b}",
        "the output is given twice, differently: {a} and --out {b}",
    ),
    "cli_msg_param_twice": (
        "{flag} {a} 与 -p {name} {b} 不一致",
        "{flag} {a} disagrees with -p {name} {b}",
    ),
    # doctor
    "cli_doctor_help": (
        "检查本机能否生成简报，并说明如何修复",
        "check that this machine can make briefings, and say how to fix what cannot",
    ),
    "cli_doctor_example": (
        "示例：\n  analysis doctor\n  analysis doctor --only browser --only font\n"
        "  BROWSER_PATH=/opt/chrome/chrome analysis doctor --lang en",
        "examples:\n  analysis doctor\n  analysis doctor --only browser --only font\n"
        "  BROWSER_PATH=/opt/chrome/chrome analysis doctor --lang en",
    ),
    "cli_arg_doctor_only": (
        "只做这一项检查（可重复）：{names}",
        "run only this check (repeatable): {names}",
    ),
    "cli_arg_doctor_out": (
        "要检查能否写入的输出文件夹（默认：outputs/）",
        "output folder to check for writing (default: outputs/)",
    ),
}
