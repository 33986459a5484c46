"""The note pane: the note's fields above, one table per kind of item below."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.app.document import Document
from briefing_app.app.item_model import ItemIdRole, ItemTableModel
from briefing_app.domain import vocab
from briefing_app.domain.model import SECTIONS
from briefing_app.ui.delegates import ItemDelegate

TEXT_FIELDS = ("purpose", "bluf", "recommendations")
LINE_FIELDS = ("title", "analyst", "created")


class SectionPage(QWidget):
    """One tab: a table of items with add / delete / move buttons."""

    def __init__(self, doc: Document, section: str, parent=None):
        super().__init__(parent)
        self.doc, self.section = doc, section
        self.model = ItemTableModel(doc, section, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(ItemDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.setAccessibleName(section)
        header = self.table.horizontalHeader()
        for i, col in enumerate(self.model.cols):
            self.table.setColumnWidth(i, col.width)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        self.add_button = self._button(self.tr("Add"), self.add_empty)
        self.delete_button = self._button(self.tr("Delete"), self.delete_selected)
        self.up_button = self._button(self.tr("Move up"), lambda: self.move_selected(-1))
        self.down_button = self._button(self.tr("Move down"), lambda: self.move_selected(1))
        for b in (self.add_button, self.delete_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.table)

    def _button(self, text: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)

    def add_empty(self) -> None:
        from briefing_app.domain.ids import new_id

        cls = SECTIONS[self.section]
        item = cls(id=new_id(self.section, self.doc.note.all_ids(), self.tr("New actor")))
        if self.section == "actors":
            item.name = self.tr("New actor")
        self.doc.add_item(self.section, item)
        row = self.model.rowCount() - 1
        self.select_row(row)
        self.table.edit(self.model.index(row, 0))

    def delete_selected(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.doc.remove_item(self.section, row)
            self.select_row(min(row, self.model.rowCount() - 1))

    def move_selected(self, step: int) -> None:
        row = self.current_row()
        if row >= 0:
            self.doc.move_item(self.section, row, row + step)
            self.select_row(row + step)


class NotePanel(QWidget):
    """Fields of the note and its four item tables."""

    itemSelected = Signal(str, str)  # section, item id ("" when none)

    def __init__(self, doc: Document, parent=None):
        super().__init__(parent)
        self.doc = doc
        self._updating = False
        self.fields: dict[str, QWidget] = {}

        form_widget = QWidget(self)
        form = QFormLayout(form_widget)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labels = {
            "title": self.tr("Title"),
            "analyst": self.tr("Analyst"),
            "classification": self.tr("Classification"),
            "created": self.tr("Date"),
            "purpose": self.tr("Purpose"),
            "bluf": self.tr("Bottom line up front"),
            "recommendations": self.tr("Recommendations"),
        }
        for name in ("title", "analyst", "classification", "created", *TEXT_FIELDS):
            widget = self._make_field(name)
            widget.setAccessibleName(labels[name])
            self.fields[name] = widget
            form.addRow(labels[name], widget)
        self.fields["created"].setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.fields["purpose"].setPlaceholderText(self.tr("The question this note answers"))
        self.fields["bluf"].setPlaceholderText(self.tr("Key judgements, most important first"))

        self.tabs = QTabWidget(self)
        self.pages: dict[str, SectionPage] = {}
        titles = {
            "actors": self.tr("Actors"),
            "claims": self.tr("Claims"),
            "risks": self.tr("Risks"),
            "relationships": self.tr("Relationships"),
        }
        for section in SECTIONS:
            page = SectionPage(doc, section, self)
            self.pages[section] = page
            self.tabs.addTab(page, titles[section])
            page.table.selectionModel().selectionChanged.connect(
                lambda *_a, s=section: self._selection_changed(s)
            )
        self.tabs.currentChanged.connect(lambda _i: self._selection_changed(self.current_section()))
        doc.inserted.connect(self._update_tab_titles)
        doc.removed.connect(self._update_tab_titles)
        self._titles = titles

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(form_widget)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        doc.fieldChanged.connect(self._field_changed)
        self.load_fields()
        self._update_tab_titles()

    def _make_field(self, name: str) -> QWidget:
        if name == "classification":
            combo = QComboBox(self)
            combo.setEditable(True)
            combo.addItems(list(vocab.CLASSIFICATIONS))
            combo.currentTextChanged.connect(lambda text: self._edited(name, text))
            return combo
        if name in TEXT_FIELDS:
            edit = QPlainTextEdit(self)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64 if name != "bluf" else 84)
            edit.textChanged.connect(lambda: self._edited(name, edit.toPlainText()))
            return edit
        line = QLineEdit(self)
        line.textEdited.connect(lambda text: self._edited(name, text))
        return line

    def _edited(self, name: str, value: str) -> None:
        if not self._updating:
            self.doc.set_field(name, value)

    def load_fields(self) -> None:
        """Show the note's current field values."""
        for name in self.fields:
            self._field_changed(name)

    def _field_changed(self, name: str) -> None:
        widget = self.fields.get(name)
        if widget is None:
            return
        value = getattr(self.doc.note, name)
        self._updating = True
        try:
            if isinstance(widget, QComboBox):
                if widget.currentText() != value:
                    widget.setEditText(value)
            elif isinstance(widget, QPlainTextEdit):
                if widget.toPlainText() != value:
                    widget.setPlainText(value)
            elif widget.text() != value:
                widget.setText(value)
        finally:
            self._updating = False

    def _update_tab_titles(self, *_args) -> None:
        for i, section in enumerate(SECTIONS):
            self.tabs.setTabText(
                i, f"{self._titles[section]} ({len(self.doc.note.items(section))})"
            )

    def current_section(self) -> str:
        return list(SECTIONS)[self.tabs.currentIndex()]

    def select_item(self, section: str, item_id: str) -> None:
        """Show the tab of ``section`` and select the item."""
        self.tabs.setCurrentIndex(list(SECTIONS).index(section))
        self.pages[section].select_row(self.doc.row_of(section, item_id))

    def selected_item(self) -> tuple[str, int]:
        """(section, row) of the selected item in the current tab; row -1 when none."""
        section = self.current_section()
        return section, self.pages[section].current_row()

    def _selection_changed(self, section: str) -> None:
        if section != self.current_section():
            return
        page = self.pages[section]
        row = page.current_row()
        item_id = page.model.index(row, 0).data(ItemIdRole) if row >= 0 else ""
        self.itemSelected.emit(section, item_id or "")
