"""GUI tests never block on a modal dialog: dialogs are answered and recorded."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox


@pytest.fixture(autouse=True)
def dialogs(monkeypatch):
    """Record message boxes instead of showing them; file dialogs return nothing."""
    shown: list[tuple[str, str]] = []

    def record(kind, answer):
        def show(_parent, title, text, *args, **kwargs):
            shown.append((kind, f"{title}: {text}"))
            return answer

        return staticmethod(show)

    B = QMessageBox.StandardButton
    monkeypatch.setattr(QMessageBox, "warning", record("warning", B.Ok))
    monkeypatch.setattr(QMessageBox, "critical", record("critical", B.Ok))
    monkeypatch.setattr(QMessageBox, "information", record("information", B.Ok))
    monkeypatch.setattr(QMessageBox, "question", record("question", B.Discard))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    return shown


@pytest.fixture(autouse=True)
def _empty_clipboard():
    """Leave the clipboard empty: a QMimeData set from Python and still held by the
    clipboard when the interpreter exits segfaults PySide6 (offscreen, 6.11)."""
    yield
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        app.clipboard().clear()
