"""Briefing's benchmarks: one table, each row our median against its target (and baseline).

Run from anywhere: ``python bench/run.py [--runs N] [--quick] [--only NAME]``. Inputs are
generated from the bundled sample article (docs/benchmarks.md says what each row measures).
Nothing here is asserted: the figures are printed, with OK or MISSED against the target of issue 6.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path[:0] = [str(ROOT), str(BENCH)]

import _inputs  # noqa: E402
import _procs  # noqa: E402

from briefing_app.formats.note_yaml import load_note, save_note  # noqa: E402

MB = 1_000_000
GROUPS = ("startup", "gui", "export", "draft", "note", "memory")  # --only NAME


@dataclass
class Row:
    what: str
    ours: float
    unit: str  # "s", "ms", "MB", "s/MB"
    target: str
    ok: bool | None  # None: no verdict (the baseline is missing)
    baseline: float | None = None
    ratio: float | None = None
    note: str = ""


def median(values: list[float]) -> float:
    return statistics.median(values)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def _timed(fn, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return times


# ------------------------------------------------------------------------- rows
def bench_startup(folder: Path, runs: int) -> tuple[Row, float]:
    """Whole process to the first rendered window (demo) against the bare Qt window."""
    env = _procs.child_env(folder)
    ours_cmd = _procs.ours_cmd("--demo", "--screenshot", str(folder / "ours.png"))
    bare_cmd = _procs.bare_cmd(folder, _inputs.SAMPLE, folder / "bare.png")
    _procs.run_child(bare_cmd, env)  # warm the file cache for both
    _procs.run_child(ours_cmd, env)
    ours, bare = [], []
    for _ in range(runs):  # interleaved, so machine load affects both alike
        ours.append(_procs.run_child(ours_cmd, env)[0])
        bare.append(_procs.run_child(bare_cmd, env)[0])
    ratio = median(ours) / median(bare)
    row = Row(
        "start-up to first rendered window (--demo --screenshot)",
        median(ours),
        "s",
        "<= 1.5x bare",
        ratio <= 1.5,
        median(bare),
        ratio,
    )
    return row, median(bare)


def bench_memory(folder: Path, big_note: Path, big_article: Path, runs: int) -> list[Row]:
    """Peak resident memory of the whole process showing a 1 MB article, against the bare one."""
    env = _procs.child_env(folder)
    bare_cmd = _procs.bare_cmd(folder, big_article, folder / "bare-big.png")
    cases = [
        ("1 MB article (.txt)", big_article),
        ("1 MB article, 2,000-item note", big_note),
    ]
    bare = [_procs.run_child(bare_cmd, env)[1] for _ in range(max(1, runs // 2))]
    rows = []
    for label, path in cases:
        cmd = _procs.ours_cmd(str(path), "--screenshot", str(folder / "ours-big.png"))
        ours = [_procs.run_child(cmd, env)[1] for _ in range(max(1, runs // 2))]
        extra = median(ours) - median(bare)
        rows.append(
            Row(
                f"peak memory, {label} open",
                median(ours),
                "MB",
                "<= bare + 150 MB",
                extra <= 150,
                median(bare),
                note=f"+{extra:.0f} MB",
            )
        )
    return rows


def bench_gui(folder: Path, big_note: Path, claims_note: Path, runs: int, keys: int) -> list[Row]:
    """Highlights and typing, measured in a child process with its own QApplication."""
    env = _procs.child_env(folder)
    gui = [sys.executable, str(BENCH / "_gui.py")]
    out = subprocess.run(
        [*gui, "highlights", str(big_note), str(runs)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    hl = json.loads(out.stdout)
    out = subprocess.run(
        [*gui, "typing", str(claims_note), str(keys)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    ty = json.loads(out.stdout)
    n = hl["highlights"]
    return [
        Row(
            f"open 1 MB article + {n:,} highlights, until painted",
            median(hl["open"]),
            "s",
            "<= 0.5 s",
            median(hl["open"]) <= 0.5,
        ),
        Row(
            "switch selected item, re-highlight until painted",
            median(hl["switch"]) * 1000,
            "ms",
            "<= 50 ms",
            median(hl["switch"]) <= 0.05,
        ),
        Row(
            "typing in a 1,000-row claims table cell, p95/key",
            p95(ty["cell"]) * 1000,
            "ms",
            "<= 16 ms",
            p95(ty["cell"]) <= 0.016,
            note=f"median {median(ty['cell']) * 1000:.1f} ms",
        ),
        Row(
            "typing in the claim's Statement field, p95/key",
            p95(ty["field"]) * 1000,
            "ms",
            "<= 16 ms",
            p95(ty["field"]) <= 0.016,
            note=f"median {median(ty['field']) * 1000:.1f} ms",
        ),
    ]


def bench_export(folder: Path, runs: int) -> Row:
    """Our whole ``export`` command on a 500-item note against pandoc on our Markdown export."""
    import bench_export

    note_path = folder / "export.briefing.yaml"
    save_note(bench_export.make_note(500), note_path)
    md = folder / "export.md"
    subprocess.run(
        _procs.ours_cmd("export", str(note_path), "-o", str(md)),
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    ours_cmd = _procs.ours_cmd("export", str(note_path), "-o", str(folder / "ours.docx"))
    pandoc = shutil.which("pandoc")
    pandoc_cmd = [pandoc or "pandoc", str(md), "-o", str(folder / "pandoc.docx")]
    env = _procs.child_env(folder)
    _procs.run_child(ours_cmd, env)  # warm: bytecode and file cache
    ours, theirs = [], []
    for _ in range(runs):
        ours.append(_procs.run_child(ours_cmd, env)[0])
        if pandoc:
            theirs.append(_procs.run_child(pandoc_cmd)[0])
    if not pandoc:
        return Row(
            "export 500-item note to .docx (whole command)",
            median(ours),
            "s",
            "<= 0.6x pandoc",
            None,
            note="pandoc is not installed (apt-get install pandoc): no baseline",
        )
    ratio = median(ours) / median(theirs)
    version = subprocess.run([pandoc, "--version"], capture_output=True, text=True).stdout
    return Row(
        "export 500-item note to .docx vs pandoc on its .md",
        median(ours),
        "s",
        "<= 0.6x pandoc",
        ratio <= 0.6,
        median(theirs),
        ratio,
        note=(version.splitlines() or ["pandoc"])[0],
    )


def bench_draft(big_text: str, runs: int) -> list[Row]:
    """The draft assistant in process: the sample article, 1 MB, and three sizes for linearity."""
    from briefing_app.draft import suggest

    def draft_time(text: str, n: int) -> float:
        note = _inputs.note(0, text)
        note.actors = []
        return median(_timed(lambda: suggest(note, "s1"), n))

    rows = []
    sample = draft_time(_inputs.sample_text(), max(3, runs))
    rows.append(
        Row("draft the sample article (in process)", sample, "s", "<= 0.1 s", sample <= 0.1)
    )
    per_mb = {}
    for size in (MB // 4, MB // 2, MB):
        text = big_text[:size]
        seconds = draft_time(text, max(1, runs // 2))
        per_mb[size] = seconds / (len(text) / MB)
        if size == MB:
            rows.append(Row("draft a 1 MB article", seconds, "s", "<= 3 s", seconds <= 3))
    spread = max(per_mb.values()) / max(min(per_mb.values()), 1e-9)
    figures = ", ".join(f"{k // 1000} KB {v:.3f}" for k, v in per_mb.items())
    rows.append(
        Row(
            "draft time per MB at 250 KB / 500 KB / 1 MB",
            per_mb[MB],
            "s/MB",
            "linear (within 1.5x)",
            spread <= 1.5 or max(per_mb.values()) < 0.01,
            note=figures,
        )
    )
    return rows


def bench_note_file(folder: Path, runs: int) -> list[Row]:
    """Load and save a 1,000-item note (the sample article embedded), in process."""
    note = _inputs.note(1000)
    path = folder / "load.briefing.yaml"
    save_note(note, path)
    load_note(path)  # warm
    load = median(_timed(lambda: load_note(path), max(3, runs)))
    save = median(_timed(lambda: save_note(note, folder / "save.briefing.yaml"), max(3, runs)))
    size = path.stat().st_size // 1024
    return [
        Row(f"load a 1,000-item note ({size} KB)", load, "s", "<= 0.15 s", load <= 0.15),
        Row("save a 1,000-item note", save, "s", "<= 0.15 s", save <= 0.15),
    ]


# ------------------------------------------------------------------------ table
def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "ms":
        return f"{value:.1f} ms"
    if unit == "MB":
        return f"{value:.0f} MB"
    if unit == "s/MB":
        return f"{value:.3f} s/MB"
    return f"{value:.3f} s"


def table(rows: list[Row]) -> str:
    """The rows as a Markdown table (readable in a terminal and pasteable into docs)."""
    head = ["what", "ours (median)", "baseline", "ratio", "target", "result", "notes"]
    body = [
        [
            r.what,
            _fmt(r.ours, r.unit),
            _fmt(r.baseline, r.unit),
            f"{r.ratio:.2f}x" if r.ratio is not None else "—",
            r.target,
            {True: "OK", False: "MISSED", None: "n/a"}[r.ok],
            r.note,
        ]
        for r in rows
    ]
    widths = [max(len(line[i]) for line in [head, *body]) for i in range(len(head))]

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    sep = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(head), sep, *(line(b) for b in body)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (median taken)")
    parser.add_argument("--quick", action="store_true", help="one run each, fewer key events")
    parser.add_argument(
        "--only",
        action="append",
        choices=GROUPS,
        metavar="NAME",
        help=f"run only these groups of rows (repeatable): {', '.join(GROUPS)}",
    )
    args = parser.parse_args(argv)
    wanted = set(args.only or GROUPS)
    runs = 1 if args.quick else max(1, args.runs)
    keys = 40 if args.quick else 300
    started = time.perf_counter()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as tmp:
        folder = Path(tmp)
        big_text = _inputs.article(MB)
        big_article = folder / "big-article.txt"
        big_article.write_text(big_text, encoding="utf-8")
        big_note = folder / "big.briefing.yaml"
        save_note(_inputs.note(2000, big_text), big_note)
        claims_note = folder / "claims.briefing.yaml"
        save_note(_inputs.claims_note(1000), claims_note)

        if "startup" in wanted:
            rows.append(bench_startup(folder, runs)[0])
        if "gui" in wanted:
            rows += bench_gui(folder, big_note, claims_note, runs, keys)
        if "export" in wanted:
            rows.append(bench_export(folder, runs))
        if "draft" in wanted:
            rows += bench_draft(big_text, runs)
        if "note" in wanted:
            rows += bench_note_file(folder, runs)
        if "memory" in wanted:
            rows += bench_memory(folder, big_note, big_article, runs)
    ok, missed = sum(r.ok is True for r in rows), sum(r.ok is False for r in rows)
    print(table(rows))
    print(
        f"\n{ok} OK, {missed} MISSED; {runs} run(s) per figure; "
        f"Python {sys.version.split()[0]}; {time.perf_counter() - started:.0f} s in all"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
