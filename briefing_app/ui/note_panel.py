"""The note pane: the Summary tab, one table and editor per kind of item, suggestions, checks."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.app.document import Document
from briefing_app.app.item_model import ItemIdRole, ItemTableModel
from briefing_app.domain.model import SECTIONS
from briefing_app.ui.checks_panel import ChecksPanel
from briefing_app.ui.delegates import ItemDelegate
from briefing_app.ui.draft_review import DraftReview
from briefing_app.ui.item_editor import ItemEditor
from briefing_app.ui.lazy_page import LazyPage, built_attr
from briefing_app.ui.summary_page import SummaryPage


class SectionPage(LazyPage):
    """One tab: a table of items with add / delete / move buttons."""

    rowSelected = Signal()  # the table's selection changed (after the editor followed)
    evidenceActivated = Signal(str, int)  # the editor's: item id, index of the anchor

    model = built_attr("model")
    table = built_attr("table")
    editor = built_attr("editor")
    split = built_attr("split")
    add_button = built_attr("add_button")
    delete_button = built_attr("delete_button")
    up_button = built_attr("up_button")
    down_button = built_attr("down_button")

    def __init__(self, doc: Document, section: str, parent=None):
        super().__init__(parent)
        self.doc, self.section = doc, section

    def build(self) -> None:
        doc, section = self.doc, self.section
        d = self.__dict__  # the attributes behind the properties above
        d["model"] = ItemTableModel(doc, section, self)
        d["table"] = QTableView(self)
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
        self.table.setAccessibleName(
            {
                "actors": self.tr("Actors table"),
                "claims": self.tr("Claims table"),
                "risks": self.tr("Risks table"),
                "relationships": self.tr("Relationships table"),
            }[section]
        )
        header = self.table.horizontalHeader()
        for i, col in enumerate(self.model.cols):
            self.table.setColumnWidth(i, max(col.width, header.sectionSizeHint(i)))  # fits fr
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        d["add_button"] = self._button(self.tr("Add"), self.add_empty)
        d["delete_button"] = self._button(self.tr("Delete"), self.delete_selected)
        d["up_button"] = self._button(self.tr("Move up"), lambda: self.move_selected(-1))
        d["down_button"] = self._button(self.tr("Move down"), lambda: self.move_selected(1))
        for b in (self.add_button, self.delete_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.add_button.setToolTip(self.tr("Add an item (Ins)"))
        self.delete_button.setToolTip(self.tr("Delete the selected item (Del)"))
        self.up_button.setToolTip(self.tr("Move up (Ctrl+Up)"))
        self.down_button.setToolTip(self.tr("Move down (Ctrl+Down)"))
        for keys, slot in (
            ("Ins", self.add_empty),
            ("Del", self.delete_selected),
            ("Ctrl+Up", lambda: self.move_selected(-1)),
            ("Ctrl+Down", lambda: self.move_selected(1)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        d["editor"] = ItemEditor(doc, section, self)
        self.editor.evidenceActivated.connect(self.evidenceActivated)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.table.selectionModel().selectionChanged.connect(self.rowSelected)
        d["split"] = split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.editor)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(split)

    def _show_selected(self, *_args) -> None:
        row = self.current_row()
        self.editor.set_item(self.doc.note.items(self.section)[row].id if row >= 0 else "")

    def _button(self, text: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def current_row(self) -> int:
        if not self.is_built:
            return -1  # nothing can be selected in a table not made yet
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
        if row < 0:
            return
        if self.section == "actors":
            actor = self.doc.note.actors[row]
            refs = self.doc.references_to(actor.id)
            if refs and not self.confirm_delete_actor(actor.name or actor.id, len(refs)):
                return
            self.doc.remove_actor(row)
        else:
            self.doc.remove_item(self.section, row)
        self.select_row(min(row, self.model.rowCount() - 1))

    def confirm_delete_actor(self, name: str, count: int) -> bool:
        """Ask before deleting an actor that other items refer to."""
        from PySide6.QtWidgets import QMessageBox

        B = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            self.tr("Delete actor"),
            self.tr(
                "%1 is named in %2 claim, risk or relationship fields. Delete the actor and "
                "remove those references? Relationships with it are deleted too; "
                "Undo brings everything back."
            )
            .replace("%1", name)
            .replace("%2", str(count)),
            B.Yes | B.Cancel,
            B.Cancel,
        )
        return answer == B.Yes

    def move_selected(self, step: int) -> None:
        row = self.current_row()
        if row >= 0:
            self.doc.move_item(self.section, row, row + step)
            self.select_row(row + step)


class NotePanel(QWidget):
    """Tabs: the note's summary fields, then one table and editor per kind of item.

    The pages are built when first shown or used (LazyPage), so opening a note builds
    the tab in sight only.
    """

    itemSelected = Signal(str, str)  # section, item id ("" when none)
    evidenceActivated = Signal(str, int)  # an editor's passage: item id, index in its evidence
    splitMoved = Signal()  # the user moved a page's table/editor divider

    def __init__(self, doc: Document, parent=None):
        super().__init__(parent)
        self.doc = doc
        self._split_state = None  # QByteArray given to every page's table/editor splitter

        self.tabs = QTabWidget(self)
        self.summary = SummaryPage(doc, self)
        self.tabs.addTab(self.summary, self.tr("Summary"))
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
            page.built.connect(self._page_built)
            page.rowSelected.connect(lambda s=section: self._selection_changed(s))
            page.evidenceActivated.connect(self.evidenceActivated)
        self.tabs.currentChanged.connect(lambda _i: self._selection_changed(self.current_section()))
        doc.inserted.connect(self._update_tab_titles)
        doc.removed.connect(self._update_tab_titles)
        doc.sectionReset.connect(self._update_tab_titles)
        self._titles = titles

        self.review = DraftReview(doc, self)
        self.tabs.addTab(self.review, self.tr("Suggestions"))
        self.review.countChanged.connect(self._suggestions_counted)
        self.review.editRequested.connect(self._edit_accepted)
        self.checks = ChecksPanel(doc, self)
        self.tabs.addTab(self.checks, self.tr("Checks"))
        self.checks.countChanged.connect(self._checks_counted)
        self.checks.findingActivated.connect(self.go_to_finding)
        self._checks_counted(len(self.checks.findings))
        self.tabs.setCurrentIndex(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._update_tab_titles()

    @property
    def fields(self) -> dict[str, QWidget]:
        """The note's field editors by name (builds the Summary tab)."""
        return self.summary.fields

    def load_fields(self) -> None:
        """Show the note's current field values."""
        self.summary.load_fields()

    def _page_built(self, page: SectionPage) -> None:
        if self._split_state is not None:
            page.split.restoreState(self._split_state)
        page.split.splitterMoved.connect(self._split_moved)

    def _split_moved(self, *_args) -> None:
        self._split_state = self.sender().saveState()
        for page in self.pages.values():
            if page.is_built and page.split is not self.sender():
                page.split.restoreState(self._split_state)
        self.splitMoved.emit()

    def split_state(self):
        """The table/editor divider of the item pages (QByteArray), or None when unknown."""
        built = [p for p in self.pages.values() if p.is_built]
        return built[0].split.saveState() if built else self._split_state

    def set_split_state(self, state) -> None:
        """Put every item page's table/editor divider where ``state`` says."""
        self._split_state = state
        for page in self.pages.values():
            if page.is_built:
                page.split.restoreState(state)

    def _update_tab_titles(self, *_args) -> None:
        for section, page in self.pages.items():
            n = len(self.doc.note.items(section))
            self.tabs.setTabText(self.tabs.indexOf(page), f"{self._titles[section]} ({n})")

    def _suggestions_counted(self, n: int) -> None:
        title = self.tr("Suggestions") + (f" ({n})" if n else "")
        self.tabs.setTabText(self.tabs.indexOf(self.review), title)

    def _edit_accepted(self, section: str, item_id: str) -> None:
        self.select_item(section, item_id)
        self.pages[section].editor.setFocus()

    def _checks_counted(self, n: int) -> None:
        title = self.tr("Checks") + (f" ({n})" if n else " ✓")
        self.tabs.setTabText(self.tabs.indexOf(self.checks), title)

    def go_to_finding(self, finding) -> None:
        """Show the item or field a check is about."""
        if finding.section and finding.item_id:
            self.select_item(finding.section, finding.item_id)
            field = finding.path.rsplit(".", 1)[-1]
            widget = self.pages[finding.section].editor.widgets.get(field)
            if widget is not None:
                widget.setFocus()
            return
        field = finding.path.split(".")[0].split("[")[0]
        if field in self.fields:
            self.tabs.setCurrentIndex(0)
            self.fields[field].setFocus()

    def current_section(self) -> str:
        """The section whose tab is shown, or "" for another tab."""
        page = self.tabs.currentWidget()
        return next((s for s, p in self.pages.items() if p is page), "")

    def select_item(self, section: str, item_id: str) -> None:
        """Show the tab of ``section`` and select the item."""
        self.tabs.setCurrentWidget(self.pages[section])
        self.pages[section].select_row(self.doc.row_of(section, item_id))
        self._selection_changed(section)  # show its evidence even when it was selected already

    def selected_item(self) -> tuple[str, int]:
        """(section, row) of the selected item in the current tab; row -1 when none."""
        section = self.current_section()
        return section, self.pages[section].current_row() if section else -1

    def _selection_changed(self, section: str) -> None:
        if not section or section != self.current_section():
            self.itemSelected.emit("", "")
            return
        page = self.pages[section]
        row = page.current_row()
        item_id = page.model.index(row, 0).data(ItemIdRole) if row >= 0 else ""
        self.itemSelected.emit(section, item_id or "")
