"""A long session in one process: edits, highlight refreshes, undo/redo, tens of thousands.

This is how a bad PySide6 release shows itself (6.12.0 on CPython 3.11 aborts
with "Fatal Python error: none_dealloc" after a few thousand void calls).
"""

from __future__ import annotations

import gc
import os
import sys

import PySide6
import pytest

from briefing_app.app.document import Document
from briefing_app.formats.note_yaml import load_note
from briefing_app.paths import resource
from briefing_app.ui.main_window import MainWindow

DEMO = resource("samples", "totalenergies-mistral-ai.fr.briefing.yaml")


def rss_mb() -> float:
    with open(f"/proc/{os.getpid()}/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def it_pins_away_the_crashing_release():
    bad = PySide6.__version__ == "6.12.0" and sys.version_info < (3, 12)
    assert not bad, "PySide6 6.12.0 crashes long sessions on Python < 3.12 (see pyproject)"


@pytest.mark.skipif(not os.path.exists("/proc/self/statm"), reason="needs /proc")
def it_survives_a_long_session_without_growing(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_document(Document(load_note(DEMO)))
    window.show()
    doc = window.doc
    claims = window.panel.pages["claims"]
    find = window.article_pane.find
    find.open_bar()

    def cycle(i: int) -> None:
        # 10 edits (each refreshes every highlight), 10 undos, 10 redos, a find, a selection
        for k in range(10):
            doc.set_item_attr("claims", k % 5, "statement", f"edit {i} {k}")
        for _ in range(10):
            doc.undo_stack.undo()
        for _ in range(10):
            doc.undo_stack.redo()
        find.search("souverainete" if i % 2 else "Mistral")
        claims.select_row(i % 5)
        window.article.set_zoom(i % 3)
        window.statusBar().showMessage(f"cycle {i}")

    for i in range(60):  # warm-up: caches, fonts, first layouts
        cycle(i)
    gc.collect()
    start = rss_mb()
    steps = 0
    for i in range(60, 1060):
        cycle(i)
        steps += 30
        if i % 100 == 0:
            qtbot.wait(1)
    gc.collect()
    growth = rss_mb() - start
    assert steps >= 30_000
    assert doc.undo_stack.count() <= 60 * 10 + 1000 * 10 + 10
    assert growth < 60, f"memory grew by {growth:.0f} MB over {steps} steps"
    doc.undo_stack.setClean()
