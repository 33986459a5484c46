"""In-process GUI measurements, run by bench/run.py in a child process (one Qt app each).

``python bench/_gui.py highlights NOTE RUNS`` and ``python bench/_gui.py typing NOTE KEYS``
print one JSON object of timings in seconds. The note files are written by run.py.
"""

from __future__ import annotations

import copy
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from briefing_app.app.document import Document  # noqa: E402
from briefing_app.formats.note_yaml import load_note  # noqa: E402
from briefing_app.ui.launch import make_app  # noqa: E402
from briefing_app.ui.main_window import MainWindow  # noqa: E402


def _window() -> tuple[QApplication, MainWindow]:
    app = make_app("en")
    window = MainWindow()
    window.show()
    for _ in range(3):
        app.processEvents()
    return app, window


def _painted(app: QApplication, window: MainWindow) -> None:
    """Deliver pending events, the paint requests of every changed region included."""
    app.processEvents()
    app.processEvents()  # events posted while painting (layout, scroll bars)


def highlights(note_path: str, runs: int) -> dict:
    """Open the note (set_document: article + all highlights) until painted; then switch items."""
    note = load_note(note_path)
    app, window = _window()
    opened = []
    for _ in range(runs):
        doc = Document(copy.deepcopy(note))
        t0 = time.perf_counter()
        window.set_document(doc)
        _painted(app, window)
        opened.append(time.perf_counter() - t0)
    count = len(window.article.extraSelections())
    refresh = []
    for _ in range(runs):
        t0 = time.perf_counter()
        window.refresh_highlights()
        _painted(app, window)
        refresh.append(time.perf_counter() - t0)
    page = window.panel.pages["claims"]
    window.panel.tabs.setCurrentWidget(page)
    page.select_row(0)
    _painted(app, window)
    switch = []
    rows = page.model.rowCount()
    for k in range(1, max(runs * 4, 12)):
        row = (k * 37) % rows
        t0 = time.perf_counter()
        page.select_row(row)
        _painted(app, window)
        switch.append(time.perf_counter() - t0)
    return {"open": opened, "refresh": refresh, "switch": switch, "highlights": count}


def _type(app: QApplication, widget, keys: int) -> list[float]:
    times = []
    text = "la souveraineté numérique "
    for i in range(keys):
        ch = text[i % len(text)]
        t0 = time.perf_counter()
        QTest.keyClick(widget, ch)
        app.processEvents()
        times.append(time.perf_counter() - t0)
    return times


def typing(note_path: str, keys: int) -> dict:
    """Per-key times typing into the claims table's cell editor and the statement field."""
    note = load_note(note_path)
    app, window = _window()
    window.set_document(Document(note))
    page = window.panel.pages["claims"]
    window.panel.tabs.setCurrentWidget(page)
    row = page.model.rowCount() // 2
    page.select_row(row)
    _painted(app, window)
    col = next(i for i, c in enumerate(page.model.cols) if c.attr == "statement")
    index = page.model.index(row, col)
    page.table.setFocus()
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    _painted(app, window)
    editor = QApplication.focusWidget()
    cell = _type(app, editor, keys)
    QTest.keyClick(editor, Qt.Key.Key_Return)  # commit: one undoable change
    _painted(app, window)
    field = page.editor.widgets["statement"]
    field.setFocus()
    _painted(app, window)
    editor_times = _type(app, field, keys)
    return {"cell": cell, "field": editor_times, "editor": type(editor).__name__}


def main() -> int:
    mode, path, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    result = {"highlights": highlights, "typing": typing}[mode](path, n)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
