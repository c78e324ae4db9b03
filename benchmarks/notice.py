"""A large notice in the seed's shape, and the time to ingest it (`notice_2mb_s`).

The seed notice (data/raw/000_…txt) is a preamble with the totals, twenty numbered problems
`N.关于“…”问题的整改。` each with `整改结果及成效:一是…二是…`, the next steps and a contact
line. The big notice keeps that shape and repeats the problems, renumbered, until it reaches
the size asked for; so the work grows with the text, as a long notice's does."""

from __future__ import annotations

import re
import time
from pathlib import Path

from analysis.paths import RAW_NOTICE as SEED

_ITEM_RE = re.compile(r"^\d+\.(关于“.*)$", re.M)


def _parts(text: str) -> tuple[str, list[str], str]:
    """(head, item paragraphs without their numbers, tail) of the seed."""
    starts = [m.start() for m in _ITEM_RE.finditer(text)]
    tail_at = text.index("三、下一步")
    items = [text[a:b] for a, b in zip(starts, [*starts[1:], tail_at], strict=True)]
    bodies = [re.sub(r"^\d+\.", "", item) for item in items]
    return text[: starts[0]], bodies, text[tail_at:]


def big_notice(path: Path, size_bytes: int, whole: bool = False) -> Path:
    """A notice of about size_bytes (UTF-8) in the seed's shape, its problems numbered 1…N;
    whole: the seed repeated end to end instead (sections, dates and totals repeat too)."""
    seed = SEED.read_text(encoding="utf-8")
    if whole:
        copies = max(1, round(size_bytes / len(seed.encode())))
        path.write_text(seed * copies, encoding="utf-8")
        return path
    head, bodies, tail = _parts(seed)
    out, size, n = [head], len((head + tail).encode()), 0
    while size < size_bytes:
        body = bodies[n % len(bodies)]
        n += 1
        item = f"{n}.{body}"
        out.append(item)
        size += len(item.encode())
    out.append(tail)
    path.write_text("".join(out), encoding="utf-8")
    return path


def bench_notice(workdir: Path, reps: int, figures: dict, details: dict, mb: float = 2) -> None:
    """Seconds to ingest a notice of `mb` MB; beside it a quarter of that, to show the growth
    (4.0 when linear), and the same for the seed repeated whole (many sections and totals)."""
    from analysis import ingest_notice

    def timed(path: Path) -> float:
        times = []
        for _ in range(reps):
            start = time.perf_counter()
            ingest_notice(path)
            times.append(time.perf_counter() - start)
        return sorted(times)[len(times) // 2]

    ingest_notice(SEED)  # warm: imports, the character tables, cn2an
    size = int(mb * 1_000_000)
    full = big_notice(workdir / "notice_full.txt", size)
    t_full = timed(full)
    t_quarter = timed(big_notice(workdir / "notice_quarter.txt", size // 4))
    t_whole = timed(big_notice(workdir / "notice_whole.txt", size, whole=True))
    t_whole_quarter = timed(big_notice(workdir / "notice_whole_q.txt", size // 4, whole=True))
    figures["notice_2mb_s"] = round(t_full, 2)
    details.update(
        {
            "notice_mb": round(full.stat().st_size / 1e6, 2),
            "notice_quarter_s": round(t_quarter, 3),
            "notice_growth_4x": round(t_full / max(t_quarter, 1e-9), 2),
            "notice_seed_repeated_s": round(t_whole, 2),
            "notice_seed_repeated_growth_4x": round(t_whole / max(t_whole_quarter, 1e-9), 2),
        }
    )
