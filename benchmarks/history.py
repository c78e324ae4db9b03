"""The history store at scale: units × monthly snapshots × 30 findings, built in SQL, then the
report for all units between their last two snapshots, and one more 30-finding add.

Beside each wall time, the process's CPU time (DuckDB's threads included): on a shared
machine the wall time also counts the time spent waiting for a core."""

from __future__ import annotations

import random
import subprocess
import sys
import time
from pathlib import Path

FINDINGS = 30

#: Each finding completes in some month (some never), one in 50 is reopened the month after,
#: deadlines spread over the year; findings 29 and 30 arrive later in the year (added).
FILL = """
INSERT INTO units SELECT u, '第' || u || '单位' FROM range(1, $units + 1) t(u);
INSERT INTO snapshots
SELECT (u - 1) * $months + m, u, last_day(DATE '2024-01-01' + to_months(m - 1)), 'ledger',
       'unit_' || u || '_' || m || '.xlsx', sha256(u || '-' || m), now()::TIMESTAMP, 0
FROM range(1, $units + 1) a(u), range(1, $months + 1) b(m);
INSERT INTO findings
SELECT (u - 1) * $months + m, n, n::VARCHAR, '第' || n || '项问题：制度建设不够规范（单位' || u || '）',
       CASE WHEN m = done + 1 AND hash(u, n, 'back') % 50 = 0 THEN 'in_progress'
            WHEN m >= done THEN 'completed'
            WHEN hash(u, n, 'lt') % 10 = 0 THEN 'long_term'
            ELSE 'in_progress' END,
       DATE '2024-01-15' + (hash(u, n, 'due') % 330)::INTEGER,
       hash(u, n, 'lt') % 10 = 0,
       NULL, '办公室', '张主席'
FROM (SELECT u, m, n, (hash(u, n) % 16 + 1)::INTEGER AS done
      FROM range(1, $units + 1) a(u), range(1, $months + 1) b(m), range(1, $findings + 1) c(n))
WHERE n <= $findings - 2 OR m >= (u % $months) + 1;
UPDATE snapshots SET findings = (SELECT count(*) FROM findings f
                                 WHERE f.snapshot_id = snapshots.snapshot_id);
"""

MEMORY = """
import resource, sys
from analysis.history.compare import report
from analysis.history.store import open_store
with open_store(sys.argv[1], read_only=True) as con:
    out = report(con)
assert len(out["units"]) > 0
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def build_store(path: Path, units: int, months: int = 12) -> int:
    """A store of units × months snapshots of about 30 findings; returns the findings rows."""
    from analysis.history.store import open_store, transaction

    with open_store(path) as con, transaction(con):
        params = {"units": units, "months": months, "findings": FINDINGS}
        for statement in FILL.split(";"):
            if statement.strip():
                names = {k: v for k, v in params.items() if f"${k}" in statement}
                con.execute(statement, names)
        return con.execute("SELECT count(*) FROM findings").fetchone()[0]


def bench_history(workdir: Path, units: int, reps: int, out) -> None:
    """history_report_s (all units, last two snapshots), history_add_s (one 30-finding add),
    and the report's peak memory in a fresh process."""
    from analysis.history.compare import report
    from analysis.history.snapshots import add_snapshot
    from analysis.history.store import open_store
    from analysis.read.load import load_ledger

    from .generate import finding_rows, write_ledger_xlsx
    from .run import ROOT, median_time

    db = workdir / "history.duckdb"
    start = time.perf_counter()
    rows = build_store(db, units)
    built = time.perf_counter() - start

    def one_report() -> dict:
        with open_store(db, read_only=True) as con:
            return report(con)

    result = one_report()
    report_s = median_time(one_report, max(reps, 3))
    cpu = time.process_time()
    one_report()
    report_cpu = time.process_time() - cpu
    ledgers = [
        write_ledger_xlsx(
            workdir / f"new_{i}.xlsx",
            finding_rows(random.Random(i), FINDINGS),
            f"新单位{i}整改台账",
        )
        for i in range(max(reps, 3))
    ]
    loaded = iter([load_ledger(p) for p in ledgers])

    def one_add() -> None:
        with open_store(db) as con:
            assert add_snapshot(con, next(loaded), as_of="2025-01-31").added

    add_s = median_time(one_add, max(reps, 3) - 1)
    cpu = time.process_time()
    one_add()
    add_cpu = time.process_time() - cpu
    load_s = median_time(lambda: load_ledger(ledgers[0]), max(reps, 3))
    run = subprocess.run(
        [sys.executable, "-c", MEMORY, str(db)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    out.figures["history_report_s"] = round(report_s, 3)
    out.figures["history_add_s"] = round(add_s, 3)
    out.figures["history_report_peak_mb"] = round(int(run.stdout.strip()) / 1024, 1)
    out.details.update(
        {
            "history_units": units,
            "history_findings_rows": rows,
            "history_store_build_s": round(built, 2),
            "history_report_units": len(result["units"]),
            "history_report_cpu_s": round(report_cpu, 3),
            "history_add_cpu_s": round(add_cpu, 3),
            "history_add_load_ledger_s": round(load_s, 3),
            "history_store_mb": round(db.stat().st_size / 2**20, 1),
        }
    )
