"""Export speed: our whole ``export`` command on a 500-item note against pandoc.

Run from the repository root: ``python bench/bench_export.py [--items 500] [--runs 5]``.
Builds a note from the sample article with varied synthetic items, times
``python -m briefing_app export NOTE -o out.docx`` (median of several runs) and,
in the same run, ``pandoc`` converting our Markdown export of that note to .docx.
Target: ours at most 0.6x pandoc's time.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import _inputs  # noqa: E402

from briefing_app.domain.model import Note  # noqa: E402
from briefing_app.formats.note_yaml import save_note  # noqa: E402


def make_note(items: int, seed: int = 7) -> Note:
    """A note about the sample article with ``items`` synthetic items (shared generator)."""
    return _inputs.note(items, seed=seed)


def _time(cmd: list[str], runs: int, cwd: Path) -> list[float]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, cwd=cwd, check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    pandoc = shutil.which("pandoc") or ""
    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
        folder = Path(tmp)
        note_path = folder / "bench.briefing.yaml"
        note = make_note(args.items)
        save_note(note, note_path)
        n = sum(len(note.items(s)) for s in ("actors", "claims", "risks", "relationships"))
        print(f"note: {n} items, {note_path.stat().st_size // 1024} KB")
        ours_cmd = [sys.executable, "-m", "briefing_app", "export", str(note_path), "-o"]
        subprocess.run(ours_cmd + [str(folder / "ours.md")], cwd=ROOT, check=True)
        pandoc_cmd = [pandoc, str(folder / "ours.md"), "-o", str(folder / "pandoc.docx")]
        ours, theirs = [], []
        for _ in range(args.runs):  # interleaved, so machine load affects both alike
            ours += _time(ours_cmd + [str(folder / "ours.docx")], 1, ROOT)
            if pandoc:
                theirs += _time(pandoc_cmd, 1, ROOT)
        ours_med = statistics.median(ours)
        print(f"ours   export -> .docx: median {ours_med:.3f} s  ({_fmt(ours)})")
        if pandoc is None:
            print("pandoc is not installed: no comparison")
            return 0
        version = subprocess.run([pandoc, "--version"], capture_output=True, text=True)
        theirs_med = statistics.median(theirs)
        print(
            f"pandoc .md -> .docx:    median {theirs_med:.3f} s  ({_fmt(theirs)})"
            f"  [{version.stdout.splitlines()[0]}]"
        )
        _phases(note_path)
        ratio = ours_med / theirs_med
        verdict = "meets" if ratio <= 0.6 else "misses"
        print(f"ratio ours/pandoc: {ratio:.2f}x ({verdict} the 0.6x target)")
    return 0


def _phases(note_path: Path) -> None:
    """Where our time goes, measured in this process (imports already done)."""
    from briefing_app.formats.docx.builder import build_docx
    from briefing_app.formats.note_yaml import load_note

    t0 = time.perf_counter()
    note = load_note(note_path)
    t1 = time.perf_counter()
    build_docx(note)
    t2 = time.perf_counter()
    print(f"  in-process phases: load note {t1 - t0:.3f} s, build .docx {t2 - t1:.3f} s")


def _fmt(times: list[float]) -> str:
    return ", ".join(f"{t:.3f}" for t in times)


if __name__ == "__main__":
    sys.exit(main())
