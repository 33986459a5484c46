"""bench/run.py --quick runs to the end and prints its one table (figures are not checked)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

ROWS = (
    "start-up to first rendered window",
    "open 1 MB article",
    "switch selected item",
    "typing in a 1,000-row claims table cell",
    "typing in the claim's Statement field",
    "export 500-item note to .docx",
    "draft the sample article",
    "draft a 1 MB article",
    "draft time per MB",
    "load a 1,000-item note",
    "save a 1,000-item note",
    "peak memory, 1 MB article (.txt) open",
    "peak memory, 1 MB article, 2,000-item note open",
)


def it_prints_one_table_with_every_row_and_a_verdict():
    out = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--quick"],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    ).stdout
    lines = out.splitlines()
    table = [line for line in lines if line.startswith("|")]
    assert table[0].split("|")[1].strip() == "what"
    assert set(table[1]) <= {"|", "-"}
    body = table[2:]
    assert len(body) == len(ROWS)
    for row, name in zip(body, ROWS, strict=True):
        cells = [c.strip() for c in row.strip("|").split("|")]
        assert cells[0].startswith(name)
        assert cells[5] in ("OK", "MISSED", "n/a")
        assert cells[1] != "—"  # every row has our figure
    assert "OK" in lines[-1] and "run(s) per figure" in lines[-1]
