"""The form under each item table: every field of the selected item, with pickers.

Each widget writes through the Document (undoable); typing in a text field is
one undo step. The form follows undo/redo and edits made in the table.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.app.columns import value_label
from briefing_app.app.document import Document
from briefing_app.domain import vocab
from briefing_app.domain.article import paragraph_index

# (attribute, kind, choices) per section, in form order
FIELDS: dict[str, list[tuple[str, str, tuple]]] = {
    "actors": [
        ("name", "line", ()),
        ("kind", "choice", vocab.ACTOR_KINDS),
        ("role", "line", ()),
        ("country", "line", ()),
        ("aliases", "list", ()),
        ("notes", "text", ()),
    ],
    "claims": [
        ("statement", "text", ()),
        ("speaker", "actor", ()),
        ("kind", "choice", vocab.CLAIM_KINDS),
        ("reliability", "choice", ("",) + vocab.RELIABILITY),
        ("credibility", "number", (None,) + vocab.CREDIBILITY),
        ("confidence", "choice", ("",) + vocab.CONFIDENCE),
    ],
    "risks": [
        ("title", "line", ()),
        ("description", "text", ()),
        ("category", "choice", vocab.RISK_CATEGORIES),
        ("affects", "actors", ()),
        ("drivers", "actors", ()),
        ("likelihood", "number", (None, 1, 2, 3, 4, 5)),
        ("impact", "number", (None, 1, 2, 3, 4, 5)),
        ("trend", "choice", ("",) + vocab.TRENDS),
        ("mitigation", "text", ()),
    ],
    "relationships": [
        ("source", "actor", ()),
        ("kind", "choice", vocab.RELATIONSHIP_KINDS),
        ("target", "actor", ()),
        ("since", "line", ()),
        ("description", "text", ()),
    ],
}


class ItemEditor(QWidget):
    """Edits one item of ``section`` (followed by id); empty when none is selected."""

    evidenceActivated = Signal(str, int)  # item id, index of the anchor in its evidence

    def __init__(self, doc: Document, section: str, parent=None):
        super().__init__(parent)
        self.doc, self.section, self.item_id = doc, section, ""
        self._loading = False
        self.widgets: dict[str, QWidget] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for attr, kind, choices in FIELDS[section]:
            widget = self._make(attr, kind, choices)
            widget.setAccessibleName(self.label(attr))
            self.widgets[attr] = widget
            form.addRow(self.label(attr), widget)
        if section == "claims":
            self.grade = QLabel(self)
            form.addRow(self.tr("Grading"), self.grade)
        self.evidence = QListWidget(self)
        self.evidence.setAccessibleName(self.tr("Evidence"))
        self.evidence.setWordWrap(True)
        self.evidence.setMaximumHeight(110)
        self.evidence.itemActivated.connect(self._evidence_activated)
        self.detach = QPushButton(self.tr("Detach passage"), self)
        self.detach.clicked.connect(self._detach)
        ev_row = QHBoxLayout()
        ev_row.addWidget(self.evidence, 1)
        ev_row.addWidget(self.detach, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("Evidence"), ev_row)
        self.empty = QLabel(self.tr("Select an item to edit it here."), self)
        grey = QPalette(self.empty.palette())  # not a style sheet: see ArticlePane's title
        grey.setColor(QPalette.ColorRole.WindowText, QColor("#777777"))
        self.empty.setPalette(grey)
        self.empty.setContentsMargins(8, 8, 8, 8)
        self.empty.setIndent(self.empty.fontMetrics().horizontalAdvance("x") // 2)
        self.body = QWidget(self)
        self.body.setLayout(form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.empty)
        layout.addWidget(self.body)
        layout.addStretch(1)
        doc.itemChanged.connect(self._item_changed)
        doc.inserted.connect(self._structure_changed)
        doc.removed.connect(self._structure_changed)
        doc.sectionReset.connect(self._section_reset)
        self.set_item("")

    def label(self, attr: str) -> str:
        return {
            "name": self.tr("Name"),
            "kind": self.tr("Kind"),
            "role": self.tr("Role"),
            "country": self.tr("Country"),
            "aliases": self.tr("Aliases"),
            "notes": self.tr("Notes"),
            "statement": self.tr("Statement"),
            "speaker": self.tr("Speaker"),
            "reliability": self.tr("Source reliability"),
            "credibility": self.tr("Information credibility"),
            "confidence": self.tr("Confidence"),
            "title": self.tr("Title"),
            "description": self.tr("Description"),
            "category": self.tr("Category"),
            "affects": self.tr("Affects"),
            "drivers": self.tr("Driven by"),
            "likelihood": self.tr("Likelihood"),
            "impact": self.tr("Impact"),
            "trend": self.tr("Trend"),
            "mitigation": self.tr("Mitigation"),
            "source": self.tr("From"),
            "target": self.tr("To"),
            "since": self.tr("Since"),
        }.get(attr, attr)

    # ---------------------------------------------------------------- widgets
    def _make(self, attr: str, kind: str, choices: tuple) -> QWidget:
        if kind == "line":
            w = QLineEdit(self)
            w.textEdited.connect(lambda text: self._write(attr, text, typing=True))
            return w
        if kind == "list":
            w = QLineEdit(self)
            w.setPlaceholderText(self.tr("comma-separated"))
            w.editingFinished.connect(
                lambda: self._write(attr, [a.strip() for a in w.text().split(",") if a.strip()])
            )
            return w
        if kind == "text":
            w = QPlainTextEdit(self)
            w.setTabChangesFocus(True)
            w.setFixedHeight(58)
            w.textChanged.connect(lambda: self._write(attr, w.toPlainText(), typing=True))
            return w
        if kind in ("choice", "number"):
            w = QComboBox(self)
            for value in choices:
                w.addItem(self._choice_label(attr, value), value)
            w.activated.connect(lambda _i: self._write(attr, w.currentData()))
            return w
        if kind == "actor":
            w = QComboBox(self)
            w.activated.connect(lambda _i: self._write(attr, w.currentData() or ""))
            return w
        if kind == "actors":
            w = QListWidget(self)
            w.setMaximumHeight(84)
            w.itemChanged.connect(lambda _item: self._write_actors(attr, w))
            return w
        raise ValueError(kind)

    def _choice_label(self, attr: str, value) -> str:
        if value in (None, ""):
            return "—"
        lang = self.doc.note.language if self.doc.note.language in ("fr", "en") else "en"
        if attr == "likelihood":
            return f"{value} – {vocab.LIKELIHOOD_WORDS[lang][value]}"
        if attr == "impact":
            return f"{value} – {vocab.IMPACT_WORDS[lang][value]}"
        if attr == "reliability":
            return f"{value} – {self._grade_word(attr, value)}"
        if attr == "credibility":
            return f"{value} – {self._grade_word(attr, value)}"
        return value_label(value)

    def _grade_word(self, attr: str, value) -> str:
        """Translated Admiralty words (vocab's English ones as the fallback)."""
        words = {
            ("reliability", "A"): self.tr("Completely reliable"),
            ("reliability", "B"): self.tr("Usually reliable"),
            ("reliability", "C"): self.tr("Fairly reliable"),
            ("reliability", "D"): self.tr("Not usually reliable"),
            ("reliability", "E"): self.tr("Unreliable"),
            ("reliability", "F"): self.tr("Reliability cannot be judged"),
            ("credibility", 1): self.tr("Confirmed by other sources"),
            ("credibility", 2): self.tr("Probably true"),
            ("credibility", 3): self.tr("Possibly true"),
            ("credibility", 4): self.tr("Doubtful"),
            ("credibility", 5): self.tr("Improbable"),
            ("credibility", 6): self.tr("Truth cannot be judged"),
        }
        table = vocab.RELIABILITY_WORDS if attr == "reliability" else vocab.CREDIBILITY_WORDS
        return words.get((attr, value)) or table.get(value, str(value))

    # ------------------------------------------------------------------ state
    @property
    def row(self) -> int:
        return self.doc.row_of(self.section, self.item_id) if self.item_id else -1

    def item(self):
        row = self.row
        return self.doc.note.items(self.section)[row] if row >= 0 else None

    def set_item(self, item_id: str) -> None:
        """Show the item with this id ("" or an unknown id: none)."""
        self.item_id = item_id
        item = self.item()
        self.empty.setVisible(item is None)
        self.body.setVisible(item is not None)
        if item is not None:
            self.load()

    def load(self) -> None:
        """Copy the item's values into the widgets (without writing back)."""
        item = self.item()
        if item is None:
            return
        self._loading = True
        try:
            for attr, kind, _choices in FIELDS[self.section]:
                self._show(self.widgets[attr], kind, getattr(item, attr))
            if self.section == "claims":
                self._show_grade(item)
            self._show_evidence(item)
        finally:
            self._loading = False

    def _show(self, w: QWidget, kind: str, value) -> None:
        if kind == "line" and w.text() != value:
            w.setText(value)
        elif kind == "list":
            text = ", ".join(value)
            if w.text() != text:
                w.setText(text)
        elif kind == "text" and w.toPlainText() != value:
            w.setPlainText(value)
        elif kind in ("choice", "number"):
            w.setCurrentIndex(max(w.findData(value), 0))
        elif kind == "actor":
            entries = [("—", "")] + [(a.name or a.id, a.id) for a in self.doc.note.actors]
            if value and all(data != value for _text, data in entries):
                entries.append((self.tr("%s (missing)") % value, value))
            # refilling an unchanged picker re-lays out (and repaints) the window on every key
            if [(w.itemText(i), w.itemData(i)) for i in range(w.count())] != entries:
                w.clear()
                for text, data in entries:
                    w.addItem(text, data)
            w.setCurrentIndex(max(w.findData(value), 0))
        elif kind == "actors":
            entries = [(a.name or a.id, a.id) for a in self.doc.note.actors]
            role = Qt.ItemDataRole.UserRole
            if [(w.item(i).text(), w.item(i).data(role)) for i in range(w.count())] != entries:
                w.clear()
                for text, actor_id in entries:
                    entry = QListWidgetItem(text, w)
                    entry.setData(role, actor_id)
                    entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            for i, (_text, actor_id) in enumerate(entries):
                state = Qt.CheckState.Checked if actor_id in value else Qt.CheckState.Unchecked
                if w.item(i).checkState() != state:
                    w.item(i).setCheckState(state)

    def _show_grade(self, item) -> None:
        grade = vocab.admiralty(item.reliability, item.credibility)
        if not grade:
            self.grade.setText(self.tr("Not graded"))
            return
        parts = [grade]
        if item.reliability:
            parts.append(self._grade_word("reliability", item.reliability).lower())
        if item.credibility:
            parts.append(self._grade_word("credibility", item.credibility).lower())
        self.grade.setText(" — ".join(parts))

    def _show_evidence(self, item) -> None:
        lines = []
        for anchor in item.evidence:
            src = self.doc.note.source(anchor.source)
            n = paragraph_index(src.text if src else "").number(anchor.start)
            quote = " ".join(anchor.exact.split())
            quote = quote if len(quote) <= 140 else quote[:137] + "…"
            flag = self.tr(" (not found in the text)") if anchor.orphaned else ""
            lines.append(f"¶{n}  « {quote} »{flag}")
        shown = [self.evidence.item(i).text() for i in range(self.evidence.count())]
        if shown != lines:
            self.evidence.clear()
            for line in lines:
                QListWidgetItem(line, self.evidence)
        self.detach.setEnabled(bool(item.evidence))

    # ----------------------------------------------------------------- writes
    def _write(self, attr: str, value, typing: bool = False) -> None:
        if self._loading or self.item() is None:
            return
        self.doc.set_item_attr(self.section, self.row, attr, value, typing=typing)

    def _write_actors(self, attr: str, w: QListWidget) -> None:
        ids = [
            w.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(w.count())
            if w.item(i).checkState() == Qt.CheckState.Checked
        ]
        self._write(attr, ids)

    def _detach(self) -> None:
        index = self.evidence.currentRow()
        if self.item() is not None and index >= 0:
            self.doc.remove_evidence(self.section, self.row, index)

    def _evidence_activated(self, entry: QListWidgetItem) -> None:
        item = self.item()
        if item is not None:
            self.evidenceActivated.emit(item.id, self.evidence.row(entry))

    # ------------------------------------------------------ document follows
    def _item_changed(self, section: str, row: int) -> None:
        if (section == self.section and row == self.row) or section == "actors":
            self.load()

    def _section_reset(self, _section: str) -> None:
        self.set_item(self.item_id)

    def _structure_changed(self, section: str, _row: int) -> None:
        if section == self.section:
            self.set_item(self.item_id)  # the item may have been deleted (or restored)
        elif section == "actors" and self.item() is not None:
            self.load()
