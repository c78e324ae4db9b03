"""`python -m benchmarks [--quick] [--json] [--only load,metrics,…]`: prints the figures
beside their targets, or one JSON object."""

from __future__ import annotations

import argparse
import json

from .run import QUICK, STEPS, TINY, Sizes, run

TARGETS = {
    "load_rows_per_s": (">=", 40_000),
    "load_speedup_vs_openpyxl": (">=", 8),
    "load_vs_parse_floor": ("<=", 1.5),
    "metrics_100k_s": ("<=", 0.5),
    "export_s_per_chart": ("<=", 1.0),
    "batch_speedup_2_workers": (">=", 1.6),
    "render_overhead_vs_script": ("<=", 1.5),
    "docx_pdf_overhead_s": ("<=", 2.0),
    "render_cli_vs_script": ("<=", 1.3),
    "briefing_5000_s": ("<=", 30),
    "briefing_5000_html_mb": ("<=", 6),
    "peak_mb": ("", None),
    "history_report_s": ("<=", 2.0),
    "history_add_s": ("<=", 0.5),
    "history_report_peak_mb": ("<=", 1024),
    "notice_2mb_s": ("<=", 5.0),
}


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument(
        "--quick", action="store_true", help="one repetition each (under 4 minutes)"
    )
    parser.add_argument("--tiny", action="store_true", help="tiny sizes, for the smoke test")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--only", default=",".join(STEPS), help=f"steps to run: {','.join(STEPS)}")
    args = parser.parse_args()
    sizes = TINY if args.tiny else QUICK if args.quick else Sizes()
    results = run(sizes, tuple(s.strip() for s in args.only.split(",")))
    if args.json:
        print(
            json.dumps(
                {**results.figures, "details": results.details}, ensure_ascii=False, indent=2
            )
        )
        return
    print(f"{'figure':28} {'value':>12}  target")
    for name, (op, target) in TARGETS.items():
        if name in results.figures:
            value = results.figures[name]
            ok = (
                ""
                if target is None
                else ("met" if (value >= target if op == ">=" else value <= target) else "MISSED")
            )
            print(f"{name:28} {value:>12}  {op}{target if target is not None else ''} {ok}")
    for name, value in results.details.items():
        print(f"  {name:26} {value:>12}")


if __name__ == "__main__":
    main()
