"""Messages about faults and odd files: what a file really is, a password, no permission, a
dead worker, an interrupted or failed render (issue 23).

Each entry: key -> (Chinese, English); str.format fields in braces.
"""

from __future__ import annotations

TEXT: dict[str, tuple[str, str]] = {
    "file_encrypted": (
        "文件有密码保护，无法读取；请在 Excel 中打开，取消密码（文件→信息→保护工作簿→用密码进行加密，"
        "清空密码）后保存，再试",
        "the file is password-protected; open it in Excel/WPS, remove the password (File → Info →"
        " Protect → Encrypt with password, clear it), save, and retry",
    ),
    "file_no_read": (
        "没有读取权限；请让文件所有者开放读取权限，或把文件复制到自己能读取的位置后再试",
        "no permission to read the file; ask its owner for read access, or copy it somewhere"
        " you can read and retry",
    ),
    "file_zip_without_document": (
        "这是一个压缩包，里面没有 Excel 工作簿或 Word 文档；请解压后选择其中的台账或通报文件",
        "a zip archive holding no Excel workbook or Word document; unpack it and choose the"
        " ledger or notice inside",
    ),
    "file_damaged_zip": (
        "这是一个已损坏的压缩包（Excel 或 Word 文件），无法读取，扩展名是 {suffix}；请重新导出或保存一份完好的文件",
        "a damaged zip archive (an Excel or Word file) that cannot be read, named {suffix};"
        " export or save an intact copy",
    ),
    "file_is_workbook": (
        "这是 Excel 工作簿，扩展名却是 {suffix}；请把扩展名改为 .xlsx 后再试",
        "this is an Excel workbook, but its extension is {suffix}; rename it to .xlsx and retry",
    ),
    "file_is_old_office": (
        "这是旧版 Excel 或 Word 文件（.xls 或 .doc），扩展名却是 {suffix}；请在 Excel 或 Word 中打开，"
        "另存为 .xlsx（台账）或 .docx（通报）后再试",
        "this is an old-format Office file (.xls or .doc), but its extension is {suffix}; open it"
        " in Excel/WPS and save it as .xlsx (ledger) or .docx (notice)",
    ),
    "file_is_docx": (
        "这是 Word 文档，扩展名却是 {suffix}；请把扩展名改为 .docx 后再试",
        "this is a Word document, but its extension is {suffix}; rename it to .docx and retry",
    ),
    "file_is_ods": (
        "这是 .ods 电子表格，扩展名却是 {suffix}；请把扩展名改为 .ods 后再试",
        "this is an OpenDocument spreadsheet, but its extension is {suffix}; rename it to .ods",
    ),
    "file_is_web_page": (
        "这是网页导出的表格（HTML），扩展名却是 {suffix}；请把扩展名改为 .xls 或 .html，"
        "或在 Excel 中打开并另存为 .xlsx 后再试",
        "this is a table exported as a web page (HTML), but its extension is {suffix}; rename it"
        " to .xls or .html, or open it in Excel and save it as .xlsx",
    ),
    "file_is_text": (
        "这是纯文本文件（如 CSV 表格或文本通报），扩展名却是 {suffix}；请按内容把扩展名改为 .csv 或"
        " .txt 后再试",
        "this is a plain-text file (a CSV table or a text notice), but its extension is {suffix};"
        " rename it to .csv or .txt as it holds",
    ),
    "file_web_page_no_table": (
        "这是网页文件，其中没有表格",
        "a web page holding no table",
    ),
    "os.ELOOP": (
        "符号链接循环指向自身，找不到真正的文件；请让链接指向实际的文件",
        "a symbolic-link loop: the links point at each other and never at a file; point the link"
        " at the real file",
    ),
    "manifest.bad_quote": (
        "这一行的引号没有配对，从这里到文件末尾都会被读成一个值；请补上缺少的引号",
        "this line opens a quote that is never closed, so everything to the end of the file would"
        " read as one value; add the missing quote",
    ),
    "history_not_a_store": (
        "{db} 不是历史库文件（可能是别的文件，或已损坏）；请用 --db 指定正确的历史库，"
        "或把这个文件移走后重新添加",
        "{db} is not a DuckDB history store (another file, or damaged); give the right store"
        " with --db, or move this file away and add the versions again",
    ),
    "batch.worker_died": (
        "生成这份简报的工作进程意外退出（内存不足或被系统终止），重试一次仍未成功",
        "the worker process rendering this briefing died (out of memory or killed by the"
        " system), and a retry failed too",
    ),
    "cli_interrupted": ("已中断", "interrupted"),
    "render.disk_full": (
        "磁盘空间已满，简报未能写入输出文件夹 {folder}；请清理磁盘空间后重试（已有的简报未被改动）",
        "the disk is full: the briefing could not be written to the output folder {folder};"
        " free some space and retry (earlier briefings are untouched)",
    ),
    "render.write_failed": (
        "简报未能写入输出文件夹 {folder}：{reason}；已有的简报未被改动",
        "the briefing could not be written to the output folder {folder}: {reason}; earlier"
        " briefings are untouched",
    ),
    "render.images_failed": (
        "绘制图表图片失败（{kind}）；请运行 analysis doctor 检查浏览器和字体后重试",
        "drawing the chart images failed ({kind}); run analysis doctor to check the browser and"
        " fonts, then retry",
    ),
    "render.browser_closed": (
        "绘制图表图片时浏览器（Chromium）意外关闭，简报未写入输出文件夹 {folder}；请关闭其他占用内存的程序后重试，"
        "或运行 analysis doctor 检查浏览器",
        "the browser (Chromium) closed while drawing the chart images; nothing was written to"
        " the output folder {folder}; close other programs using memory and retry, or run"
        " analysis doctor to check the browser",
    ),
}
