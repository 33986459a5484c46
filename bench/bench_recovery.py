"""Snapshot cost: time to write one recovery snapshot (dump + atomic write) on the GUI thread.

Run from the repository root: ``python bench/bench_recovery.py [--items 500] [--runs 20]``.
Prints the median time for the demo note and for a note with many items and a long
article, the size written, and the time ``find_snapshots`` takes with 20 snapshots.
A snapshot is written at most about once a second while the user edits.
"""

from __future__ import annotations

import argparse
import copy
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing_app.app.recovery import find_snapshots, write_snapshot  # noqa: E402
from briefing_app.domain.model import Claim  # noqa: E402
from briefing_app.formats.note_yaml import load_note  # noqa: E402
from briefing_app.paths import resource  # noqa: E402


def timed(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=500)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    demo = load_note(resource("samples", "totalenergies-mistral-ai.fr.briefing.yaml"))
    big = copy.deepcopy(demo)
    claim = demo.claims[0]
    big.claims = [
        Claim(id=f"c{n}", statement=claim.statement, evidence=copy.deepcopy(claim.evidence))
        for n in range(args.items)
    ]
    big.sources[0].text = demo.sources[0].text * 20
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, note in (("demo note", demo), (f"{args.items} claims, 20x article", big)):
            file = folder / "recovery-1-bench.briefing.yaml"
            seconds = timed(lambda n=note, f=file: write_snapshot(f, n, None), args.runs)
            size = file.stat().st_size / 1024
            print(f"{name:32} {seconds * 1000:7.1f} ms per snapshot  ({size:,.0f} KB)")
        for n in range(20):
            write_snapshot(folder / f"recovery-{n}-x.briefing.yaml", demo, None)
        seconds = timed(lambda: find_snapshots(folder), 5)
        print(f"{'find_snapshots, 20 files':32} {seconds * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
