"""Whole-process measurements: wall time and peak memory of a child, and the bare Qt baseline."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The baseline: a bare PySide6 window with a text view (the same article) and a table,
# shown and rendered to PNG the way ``briefing-app --screenshot`` does it.
BARE_SCRIPT = """\
import sys
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTableView, QTextEdit

app = QApplication([sys.argv[0]])
window = QMainWindow()
window.resize(1440, 900)
split = QSplitter(window)
text = QTextEdit(split)
text.setReadOnly(True)
with open(sys.argv[1], encoding="utf-8") as fh:
    text.setPlainText(fh.read())
model = QStandardItemModel(20, 4)
for r in range(20):
    for c in range(4):
        model.setItem(r, c, QStandardItem(f"cell {r} {c}"))
table = QTableView(split)
table.setModel(model)
window.setCentralWidget(split)
window.show()
for _ in range(3):
    app.processEvents()
if not window.grab().save(sys.argv[2]):
    sys.exit(1)
window.close()
"""


def child_env(folder: Path) -> dict[str, str]:
    """Environment for children: offscreen Qt; settings and bytecode kept in ``folder``.

    Settings (recent files, last folder) go to a temporary home, never the user's. An
    installed app has its modules compiled once (pip does it); a checkout run with
    PYTHONDONTWRITEBYTECODE=1 would compile them on every start, so children cache
    bytecode in ``folder`` (no __pycache__ is written into the repository).
    """
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data")):
        env[var] = str(folder / "home" / sub)
    env["XDG_STATE_HOME"] = str(folder / "home" / "state")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    return env


def run_child(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Run ``cmd`` to the end; (wall seconds, peak resident memory in MB) of that child."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    proc.stderr.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}): {err.strip()[-500:]}")
    return seconds, usage.ru_maxrss / 1024  # Linux reports KB


def ours_cmd(*args: str) -> list[str]:
    """``python -m briefing_app ARGS`` with this interpreter."""
    return [sys.executable, "-m", "briefing_app", *args]


def bare_cmd(folder: Path, article: Path, out: Path) -> list[str]:
    """The baseline window script (written to ``folder``) showing ``article``."""
    script = folder / "bare_window.py"
    if not script.exists():
        script.write_text(BARE_SCRIPT, encoding="utf-8")
    return [sys.executable, str(script), str(article), str(out)]
