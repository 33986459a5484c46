"""The checks tab: what is missing or wrong in the note, each entry a link to the place."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from briefing_app.app.commands import noun
from briefing_app.app.document import Document
from briefing_app.domain.checks import Finding, check_note
from briefing_app.ui.lazy_page import LazyPage, built_attr


class ChecksPanel(LazyPage):
    """Lists check_note's findings; refreshed shortly after every change.

    The findings (and the count on the tab) are kept up to date from the start; the list
    itself is made when the tab is first shown.
    """

    findingActivated = Signal(object)  # Finding
    countChanged = Signal(int)

    summary = built_attr("summary")
    list = built_attr("list")

    def __init__(self, doc: Document, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.findings: list[Finding] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.refresh)
        doc.undo_stack.indexChanged.connect(self._timer.start)
        doc.sourcesChanged.connect(self._timer.start)
        self.refresh()

    def build(self) -> None:
        d = self.__dict__  # the attributes behind the properties above
        d["summary"] = QLabel(self)
        d["list"] = entries = QListWidget(self)
        entries.setAccessibleName(self.tr("Checks"))
        entries.setWordWrap(True)
        entries.itemActivated.connect(self._activated)
        entries.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(entries)
        self._show()

    def message(self, f: Finding) -> str:
        """The finding in the interface language."""
        templates = {
            "invalid": "{detail}",
            "no-title": self.tr("The note has no title."),
            "no-bluf": self.tr("The bottom line up front is empty."),
            "no-evidence": self.tr("{label} has no evidence in the article."),
            "no-likelihood": self.tr("{label} has no likelihood."),
            "no-impact": self.tr("{label} has no impact."),
            "no-speaker": self.tr("{label} does not say who made it."),
            "orphaned": self.tr("{label}: a passage could not be found in the article any more."),
            "no-sources": self.tr("The note has no article."),
        }
        label = f.label
        if f.section and " " in label:  # "Claim c3 «…»": the noun in the interface language
            label = f"{noun(f.section).capitalize()} {label.split(' ', 1)[1]}"
        return templates.get(f.code, f.message).format(label=label, detail=f.detail)

    def refresh(self) -> None:
        """Recompute the findings and show them."""
        self.findings = check_note(self.doc.note)
        if self.is_built:
            self._show()
        self.countChanged.emit(len(self.findings))

    def _show(self) -> None:
        self.list.clear()
        for i, f in enumerate(self.findings):
            mark = "⛔" if f.severity == "error" else "⚠"
            entry = QListWidgetItem(f"{mark}  {self.message(f)}", self.list)
            entry.setData(Qt.ItemDataRole.UserRole, i)
            entry.setToolTip(f.path)
        errors = sum(f.severity == "error" for f in self.findings)
        if not self.findings:
            self.summary.setText(self.tr("Nothing to check: the note is complete."))
        else:
            self.summary.setText(
                self.tr("%1 errors, %2 things to review. Click one to go there.")
                .replace("%1", str(errors))
                .replace("%2", str(len(self.findings) - errors))
            )

    def _activated(self, entry: QListWidgetItem) -> None:
        index = entry.data(Qt.ItemDataRole.UserRole)
        if index is not None and 0 <= index < len(self.findings):
            self.findingActivated.emit(self.findings[index])
