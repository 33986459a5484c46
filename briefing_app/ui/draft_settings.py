"""Evidence ▸ Draft assistant settings: the analyst's watch-list and risk cue words."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)

from briefing_app.draft.watchlist import extra_lexicon, parse_risk_cues, parse_watchlist

WATCH_KEY, CUES_KEY = "draft/watchlist", "draft/risk_cues"


def saved_extra_lexicon(settings: QSettings | None = None) -> dict:
    """The extra lexicon from the saved settings (empty when nothing is set)."""
    settings = settings or QSettings()
    return extra_lexicon(str(settings.value(WATCH_KEY, "")), str(settings.value(CUES_KEY, "")))


class DraftSettingsDialog(QDialog):
    """Two plain-text lists, checked line by line before they are saved."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Draft assistant settings"))
        settings = QSettings()
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.TypeWriter)
        self.watch = QPlainTextEdit(str(settings.value(WATCH_KEY, "")), self)
        self.watch.setAccessibleName(self.tr("Watch-list of actors"))
        self.watch.setPlaceholderText(
            "Kappa Group | company | DE\nAgence Nordique | government | NO"
        )
        self.cues = QPlainTextEdit(str(settings.value(CUES_KEY, "")), self)
        self.cues.setAccessibleName(self.tr("Risk cue words"))
        self.cues.setPlaceholderText(
            "hypothèque numérique | technology | 3\nvendor lock-in | partnership"
        )
        for edit in (self.watch, self.cues):
            edit.setFont(mono)
            edit.setTabChangesFocus(True)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #a33;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Watch-list: actors the assistant should always recognise, one per line: "
                    "name | kind | country (kind: company, person, government, investor, "
                    "organisation, other)."
                ),
                self,
            )
        )
        layout.addWidget(self.watch)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Risk cue words: one per line: words | category | weight 1–3 (categories: "
                    "ownership, technology, cloud-jurisdiction, partnership, regulatory, talent, "
                    "other)."
                ),
                self,
            )
        )
        layout.addWidget(self.cues)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        for label in self.findChildren(QLabel):
            label.setWordWrap(True)
        self.resize(640, 520)

    def problem_lines(self) -> list[str]:
        """What is wrong in the two lists, line by line."""
        watch = [
            self.tr("Watch-list, ") + p for p in parse_watchlist(self.watch.toPlainText()).problems
        ]
        cues = [
            self.tr("Cue words, ") + p for p in parse_risk_cues(self.cues.toPlainText()).problems
        ]
        return watch + cues

    def accept(self) -> None:
        problems = self.problem_lines()
        if problems:
            self.problems.setText("\n".join(problems[:8]))
            return
        settings = QSettings()
        settings.setValue(WATCH_KEY, self.watch.toPlainText())
        settings.setValue(CUES_KEY, self.cues.toPlainText())
        super().accept()
