"""The main window: the article beside the note, menus, files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from briefing_app.app.document import Document
from briefing_app.domain.anchors import locate, make_anchor
from briefing_app.domain.ids import new_id
from briefing_app.domain.model import SECTIONS, Actor, Claim, Risk
from briefing_app.errors import BriefingError
from briefing_app.ui.article_pane import ArticlePane
from briefing_app.ui.note_panel import NotePanel

NOTE_SUFFIX = ".briefing.yaml"
ARTICLE_FILTER_EXTS = "*.txt *.text *.md *.html *.htm *.docx *.pdf"


def _local_date(iso: str) -> str:
    """A YYYY-MM-DD date in the locale's long format; other text as it is."""
    from PySide6.QtCore import QDate, QLocale

    date = QDate.fromString(iso, Qt.DateFormat.ISODate)
    return QLocale().toString(date, QLocale.FormatType.LongFormat) if date.isValid() else iso


class MainWindow(QMainWindow):
    """Article pane (left) and note pane (right) around one Document."""

    documentChanged = Signal()  # a new Document is shown (window.doc)
    documentSaved = Signal(object)  # Path the note was saved to
    documentClosed = Signal()  # the window closes; unsaved changes were saved or discarded

    def __init__(self, doc: Document | None = None, parent=None):
        super().__init__(parent)
        self.resize(1440, 900)
        self.doc: Document | None = None
        self.current_source = ""
        self.selected: tuple[str, str] = ("", "")

        self.article_pane = ArticlePane(self)
        self.article = self.article_pane.view
        self.article.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.article.customContextMenuRequested.connect(self._article_menu)
        self.article.evidenceClicked.connect(self._article_clicked)
        self.article.tooltip_provider = self.evidence_tooltip
        self.source_box = self.article_pane.source_box
        self.source_box.currentIndexChanged.connect(self._source_chosen)
        self.article_title = self.article_pane.title

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.article_pane)
        self.panel_holder = QWidget(self)
        QVBoxLayout(self.panel_holder).setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.panel_holder)
        self.splitter.setSizes([600, 840])
        self.setCentralWidget(self.splitter)
        self.panel: NotePanel | None = None

        # the pictures are built the first time the dock is shown (start-up stays light)
        self.matrix_view = self.chart_view = None
        self.figures_dock = QDockWidget(self.tr("Pictures"), self)
        self.figures_dock.setObjectName("pictures-dock")
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.figures_dock)
        self.figures_dock.hide()
        self.figures_dock.visibilityChanged.connect(self._figures_shown)
        self._make_actions()
        self.setAcceptDrops(True)
        self.set_document(doc if doc is not None else Document())
        if doc is None or not (doc.note.sources or any(doc.note.items(s) for s in SECTIONS)):
            self.statusBar().showMessage(self.tr("Open an article or a note to begin."))

    # ----------------------------------------------------------------- actions
    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        S = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New"), self.new_note, S.New)
        self.open_action = self._action(self.tr("&Open…"), self.open_dialog, S.Open)
        self.save_action = self._action(self.tr("&Save"), self.save, S.Save)
        self.save_as_action = self._action(self.tr("Save &As…"), self.save_as, S.SaveAs)
        self.export_action = self._action(
            self.tr("&Export to Word…"), self.export_dialog, "Ctrl+Shift+E"
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, S.Quit)
        self.add_article_action = self._action(
            self.tr("Add &article to this note…"), self.add_article_dialog, "Ctrl+Shift+O"
        )
        self.replace_text_action = self._action(
            self.tr("&Replace article text…"), self.replace_text_dialog
        )
        self.clipboard_note_action = self._action(
            self.tr("New note from &clipboard"), self.new_note_from_clipboard, "Ctrl+Shift+N"
        )
        self.clipboard_article_action = self._action(
            self.tr("Add clip&board as article"), self.add_clipboard_article, "Ctrl+Shift+V"
        )
        self.add_actor_action = self._action(
            self.tr("Add as &actor"), lambda: self.add_from_selection("actors"), "Ctrl+1"
        )
        self.add_claim_action = self._action(
            self.tr("Add as &claim"), lambda: self.add_from_selection("claims"), "Ctrl+2"
        )
        self.add_risk_action = self._action(
            self.tr("Add as &risk"), lambda: self.add_from_selection("risks"), "Ctrl+3"
        )
        self.draft_action = self._action(
            self.tr("&Draft from article"), self.draft_from_article, "Ctrl+D"
        )
        self.draft_settings_action = self._action(
            self.tr("Draft assistant &settings…"), self.draft_settings
        )
        self.attach_action = self._action(
            self.tr("Attach as &evidence to the selected item"), self.attach_selection, "Ctrl+E"
        )
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for a in (self.new_action, self.clipboard_note_action, self.open_action):
            file_menu.addAction(a)
        file_menu.addSeparator()
        for a in (self.add_article_action, self.clipboard_article_action, self.replace_text_action):
            file_menu.addAction(a)
        file_menu.addSeparator()
        for a in (self.save_action, self.save_as_action):
            file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.find_action = self._action(
            self.tr("&Find in the article…"),
            self.article_pane.find.open_bar,
            QKeySequence.StandardKey.Find,
        )
        self.find_next_action = self._action(
            self.tr("Find &next"), self.article_pane.find.next, QKeySequence.StandardKey.FindNext
        )
        self.find_previous_action = self._action(
            self.tr("Find &previous"),
            self.article_pane.find.previous,
            QKeySequence.StandardKey.FindPrevious,
        )
        self.zoom_in_action = self._action(
            self.tr("Zoom &in"), lambda: self.article.set_zoom(self.article.zoom + 1), "Ctrl++"
        )
        self.zoom_in_action.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.zoom_out_action = self._action(
            self.tr("Zoom &out"), lambda: self.article.set_zoom(self.article.zoom - 1), "Ctrl+-"
        )
        self.zoom_reset_action = self._action(
            self.tr("&Actual size"), lambda: self.article.set_zoom(0), "Ctrl+0"
        )
        for a in (self.find_action, self.find_next_action, self.find_previous_action):
            view_menu.addAction(a)
        view_menu.addSeparator()
        for a in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            view_menu.addAction(a)
        self.view_menu = view_menu
        self.shortcuts_action = self._action(
            self.tr("&Keyboard shortcuts"),
            self.show_shortcuts,
            QKeySequence.StandardKey.HelpContents,
        )
        self.focus_article_action = self._action(
            self.tr("Go to the article"), self.article.setFocus, "Alt+1"
        )
        self.focus_note_action = self._action(
            self.tr("Go to the note"), lambda: self.panel.tabs.currentWidget().setFocus(), "Alt+2"
        )
        self.next_tab_action = self._action(
            self.tr("Next note tab"), lambda: self._step_tab(1), "Ctrl+PgDown"
        )
        self.previous_tab_action = self._action(
            self.tr("Previous note tab"), lambda: self._step_tab(-1), "Ctrl+PgUp"
        )
        from briefing_app.ui.language import install_language_menu

        view_menu.addSeparator()
        install_language_menu(self, view_menu)
        view_menu.addSeparator()
        self.figures_action = self.figures_dock.toggleViewAction()
        self.figures_action.setText(self.tr("Risk matrix and link &chart"))
        self.figures_action.setShortcut(QKeySequence("Ctrl+M"))
        view_menu.addAction(self.figures_action)
        view_menu.addSeparator()
        for a in (self.focus_article_action, self.focus_note_action):
            view_menu.addAction(a)
        for a in (self.next_tab_action, self.previous_tab_action):
            view_menu.addAction(a)
        self.evidence_menu = self.menuBar().addMenu(self.tr("E&vidence"))
        for a in (self.add_actor_action, self.add_claim_action, self.add_risk_action):
            self.evidence_menu.addAction(a)
        self.evidence_menu.addSeparator()
        self.evidence_menu.addAction(self.attach_action)
        self.evidence_menu.addSeparator()
        self.evidence_menu.addAction(self.draft_action)
        self.evidence_menu.addAction(self.draft_settings_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self._action(self.tr("&About Briefing"), self.show_about))

    def _step_tab(self, step: int) -> None:
        tabs = self.panel.tabs
        tabs.setCurrentIndex((tabs.currentIndex() + step) % tabs.count())

    def shortcut_actions(self) -> list:
        """Every action of the menus, for the shortcuts dialog."""
        out = []
        for menu_action in self.menuBar().actions():
            menu = menu_action.menu()
            if menu is not None:
                out += [a for a in menu.actions() if not a.isSeparator()]
        return out

    def show_shortcuts(self) -> None:
        from briefing_app.ui.help_dialog import ShortcutsDialog

        extra = [
            (self.tr("Add an item to the current table"), "Ins"),
            (self.tr("Delete the selected item"), "Del"),
            (self.tr("Move the selected item up / down"), "Ctrl+Up, Ctrl+Down"),
            (self.tr("Edit the selected cell"), "F2"),
        ]
        ShortcutsDialog(self.shortcut_actions(), extra, self).exec()

    def show_about(self) -> None:
        from briefing_app import __version__

        QMessageBox.about(
            self,
            self.tr("About Briefing"),
            self.tr(
                "Briefing %1\n\nRead an article and build an evidence-linked briefing note "
                "beside it. Everything stays on this computer: Briefing opens no network "
                "connection."
            ).replace("%1", __version__),
        )

    def _rebuild_edit_menu(self) -> None:
        self.edit_menu.clear()
        undo = self.doc.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.doc.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.undo_action, self.redo_action = undo, redo
        self.edit_menu.addAction(undo)
        self.edit_menu.addAction(redo)

    # ---------------------------------------------------------------- document
    def set_document(self, doc: Document) -> None:
        """Show ``doc``: article, note fields and tables."""
        old_panel, old_doc = self.panel, getattr(self, "doc", None)
        if old_doc is not None and old_doc is not doc:
            # a replaced document must not signal this window while it is destroyed
            old_doc.blockSignals(True)
            old_doc.undo_stack.blockSignals(True)
            old_doc.deleteLater()
        doc.setParent(self)
        self.doc = doc
        self._sync_figures()
        self.panel = NotePanel(doc, self.panel_holder)
        self.panel_holder.layout().addWidget(self.panel)
        if old_panel is not None:
            old_panel.setParent(None)
            old_panel.deleteLater()
        self.panel.itemSelected.connect(self._item_selected)
        self.panel.evidenceActivated.connect(self.show_evidence)
        self.panel.review.evidenceRequested.connect(self.show_anchor)
        doc.undo_stack.cleanChanged.connect(self._clean_changed)
        doc.pathChanged.connect(self._update_title)
        for signal in (doc.inserted, doc.removed, doc.itemChanged):
            signal.connect(self._items_changed)
        doc.sourcesChanged.connect(self._load_sources)
        self._rebuild_edit_menu()
        self._load_sources()
        self._update_title()
        self.documentChanged.emit()
        n = [len(doc.note.items(s)) for s in SECTIONS]
        self.statusBar().showMessage(
            self.tr(
                "%1 actors, %2 claims, %3 risks, %4 relationships. "
                "Select a passage, then Ctrl+1/2/3 to add it."
            )
            .replace("%1", str(n[0]))
            .replace("%2", str(n[1]))
            .replace("%3", str(n[2]))
            .replace("%4", str(n[3]))
        )

    def _load_sources(self) -> None:
        self.source_box.blockSignals(True)
        self.source_box.clear()
        for src in self.doc.note.sources:
            self.source_box.addItem(src.title or src.file or src.id, src.id)
        self.source_box.blockSignals(False)
        self.source_box.setVisible(len(self.doc.note.sources) > 1)
        keep = self.current_source if self.doc.note.source(self.current_source) else ""
        self.show_source(keep or (self.doc.note.sources[0].id if self.doc.note.sources else ""))

    def _source_chosen(self, index: int) -> None:
        if index >= 0:
            self.show_source(self.source_box.itemData(index))

    def show_source(self, source_id: str) -> None:
        """Show one article of the note in the article pane."""
        self.current_source = source_id
        src = self.doc.note.source(source_id)
        self.article.set_article(src.text if src else "", src.headings if src else None)
        self.article_pane.find.text_changed()
        meta = [m for m in (src.publisher, _local_date(src.published)) if m] if src else []
        title = (src.title or src.file) if src else ""
        self.article_title.setText(title + (f"  —  {', '.join(meta)}" if meta else ""))
        self.article_title.setVisible(bool(title))
        i = self.source_box.findData(source_id)
        if i >= 0 and i != self.source_box.currentIndex():
            self.source_box.blockSignals(True)
            self.source_box.setCurrentIndex(i)
            self.source_box.blockSignals(False)
        self.refresh_highlights()

    def _clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def _items_changed(self, *_args) -> None:
        self.refresh_highlights()

    def _update_title(self, *_args) -> None:
        if self.doc.path is not None:
            name = self.doc.path.name
        else:
            name = self.doc.note.title[:60] or self.tr("Untitled note")
        self.setWindowTitle(f"{name}[*] — Briefing")
        self.setWindowModified(self.doc.modified)

    # -------------------------------------------------------------- highlights
    def refresh_highlights(self) -> None:
        """Colour all evidence in the shown article; the selected item's stands out."""
        src = self.doc.note.source(self.current_source)
        if src is None:
            self.article.show_highlights([], [])
            return
        spans, focus = [], []
        sel_section, sel_id = self.selected
        for section in SECTIONS:
            for item in self.doc.note.items(section):
                for anchor in item.evidence:
                    if anchor.source != src.id or anchor.orphaned:
                        continue
                    where = locate(anchor, src.text)
                    if where is None:
                        continue
                    if section == sel_section and item.id == sel_id:
                        focus.append(where)
                    else:
                        spans.append((*where, section))
        self.article.show_highlights(spans, focus)

    def _build_figures(self) -> None:
        from PySide6.QtWidgets import QTabWidget

        from briefing_app.ui.link_chart import LinkChartView
        from briefing_app.ui.risk_matrix import RiskMatrixView

        self.matrix_view = RiskMatrixView(parent=self)
        self.chart_view = LinkChartView(parent=self)
        self.figure_tabs = QTabWidget(self)
        self.figure_tabs.addTab(self.matrix_view, self.tr("Risk matrix"))
        self.figure_tabs.addTab(self.chart_view, self.tr("Link chart"))
        self.figures_dock.setWidget(self.figure_tabs)
        self.matrix_view.riskClicked.connect(self._risk_clicked)
        self.chart_view.actorClicked.connect(self._actor_clicked)

    def _sync_figures(self) -> None:
        """Give the pictures the open note, only while they are shown.

        A 400-actor link chart takes seconds to lay out: a hidden dock must not pay it.
        """
        if not self.figures_dock.isVisible():
            return
        if self.matrix_view is None:
            self._build_figures()
        if self.matrix_view.doc is not self.doc:
            self.matrix_view.set_document(self.doc)
            self.chart_view.set_document(self.doc)

    def _figures_shown(self, visible: bool) -> None:
        self._sync_figures()
        if visible and self.figures_dock.height() < self.height() * 0.3:
            self.resizeDocks(
                [self.figures_dock], [int(self.height() * 0.42)], Qt.Orientation.Vertical
            )

    def _risk_clicked(self, risk_id: str) -> None:
        self.panel.select_item("risks", risk_id)

    def _actor_clicked(self, actor_id: str) -> None:
        self.panel.select_item("actors", actor_id)

    def _item_selected(self, section: str, item_id: str) -> None:
        self.selected = (section, item_id)
        if self.matrix_view is not None and section == "risks":
            self.matrix_view.select_risk(item_id)
        elif self.chart_view is not None and section == "actors":
            self.chart_view.select_actor(item_id)
        row = self.doc.row_of(section, item_id) if item_id else -1
        if row >= 0:
            item = self.doc.note.items(section)[row]
            sources = [a.source for a in item.evidence if not a.orphaned]
            if sources and self.current_source not in sources:
                self.show_source(sources[0])
                return
        self.refresh_highlights()

    def show_evidence(self, item_id: str, index: int) -> None:
        """Show one passage of an item: switch article if needed, select and scroll to it."""
        found = self.doc.find_item(item_id)
        if found is None:
            return
        item = self.doc.note.items(found[0])[found[1]]
        if 0 <= index < len(item.evidence):
            self.show_anchor(item.evidence[index])

    def show_anchor(self, anchor) -> None:
        """Select and scroll to a passage, switching article if needed."""
        if anchor.source != self.current_source:
            self.show_source(anchor.source)
        src = self.doc.note.source(anchor.source)
        where = locate(anchor, src.text) if src else None
        if where is None:
            self.statusBar().showMessage(self.tr("This passage is no longer in the text."), 5000)
            return
        self.article.select_offsets(*where)
        self.article.ensureCursorVisible()

    def items_at(self, offset: int) -> list[tuple[str, object]]:
        """(section, item) of every item whose evidence covers ``offset`` in the shown article."""
        found = []
        for section in SECTIONS:
            for item in self.doc.note.items(section):
                for anchor in item.evidence:
                    if anchor.source == self.current_source and anchor.start <= offset < anchor.end:
                        found.append((section, item))
                        break
        return found

    def evidence_tooltip(self, offset: int) -> str:
        """Tooltip over highlighted text: the items this passage supports."""
        from briefing_app.app.commands import noun
        from briefing_app.domain.checks import item_label

        lines = []
        for section, item in self.items_at(offset):
            text = item_label(section, item).split(" ", 1)[1]  # drop the English noun
            lines.append(f"{noun(section).capitalize()} {text}")
        return "\n".join(lines)

    def _article_clicked(self, offset: int) -> None:
        """Clicking highlighted evidence selects the item it supports."""
        items = self.items_at(offset)
        if items:
            section, item = items[0]
            self.panel.select_item(section, item.id)

    # ---------------------------------------------------- evidence from selection
    def _article_menu(self, pos) -> None:
        menu = self.build_article_menu()
        menu.exec(self.article.mapToGlobal(pos))
        for a in (self.add_actor_action, self.add_claim_action, self.add_risk_action):
            a.setEnabled(True)
        self.attach_action.setEnabled(True)

    def build_article_menu(self):
        """The article's context menu: copy, then the add-as and attach actions."""
        menu = self.article.createStandardContextMenu()
        has_sel = self.article.selected_offsets() is not None
        menu.addSeparator()
        for a in (self.add_actor_action, self.add_claim_action, self.add_risk_action):
            a.setEnabled(has_sel)
            menu.addAction(a)
        section, row = self.panel.selected_item()
        self.attach_action.setEnabled(has_sel and row >= 0)
        menu.addAction(self.attach_action)
        return menu

    def _selection_anchor(self):
        offsets = self.article.selected_offsets()
        src = self.doc.note.source(self.current_source)
        if offsets is None or src is None:
            self.statusBar().showMessage(self.tr("Select a passage of the article first."), 4000)
            return None
        anchor = make_anchor(src.id, src.text, *offsets)
        return anchor if anchor.exact else None

    def add_from_selection(self, section: str) -> None:
        """Create an actor, claim or risk from the selected passage, with it as evidence."""
        anchor = self._selection_anchor()
        if anchor is None:
            return
        quote = " ".join(anchor.exact.split())
        ids = self.doc.note.all_ids()
        if section == "actors":
            item = Actor(id=new_id("actors", ids, quote), name=quote[:80], evidence=[anchor])
        elif section == "claims":
            item = Claim(id=new_id("claims", ids), statement=quote, evidence=[anchor])
        else:
            title = " ".join(quote.split()[:8]) + ("…" if len(quote.split()) > 8 else "")
            item = Risk(id=new_id("risks", ids), title=title, description=quote, evidence=[anchor])
        self.doc.add_item(section, item)
        self.panel.select_item(section, item.id)
        self.statusBar().showMessage(self.tr("Added with the selected passage as evidence."), 3000)

    def attach_selection(self) -> None:
        """Attach the selected passage to the item selected in the note."""
        anchor = self._selection_anchor()
        section, row = self.panel.selected_item()
        if anchor is None:
            return
        if row < 0:
            self.statusBar().showMessage(self.tr("Select an item in the note first."), 4000)
            return
        self.doc.add_evidence(section, row, anchor)
        self.refresh_highlights()

    # -------------------------------------------------------------------- draft
    def draft_from_article(self) -> None:
        """Ask the offline draft assistant for suggestions about the shown article."""
        from PySide6.QtGui import QGuiApplication

        from briefing_app.draft import suggest

        if self.doc.note.source(self.current_source) is None:
            self.statusBar().showMessage(self.tr("Open an article first."), 5000)
            return
        from briefing_app.ui.draft_settings import saved_extra_lexicon

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            suggestions = suggest(
                self.doc.note,
                self.current_source,
                self.doc.note.rejected,
                extra_lexicon=saved_extra_lexicon(),
            )
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.panel.review.set_suggestions(suggestions)
        self.panel.tabs.setCurrentWidget(self.panel.review)
        self.panel.review.tree.setFocus()

    def draft_settings(self) -> None:
        from briefing_app.ui.draft_settings import DraftSettingsDialog

        DraftSettingsDialog(self).exec()

    # ------------------------------------------------------------------- files
    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False means the user cancelled."""
        if not self.doc.modified:
            return True
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        B = QMessageBox.StandardButton
        return QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The note has unsaved changes. Save them first?"),
            B.Save | B.Discard | B.Cancel,
            B.Save,
        )

    def new_note(self) -> None:
        if self.maybe_save():
            self.set_document(Document())

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open an article or a note"),
            str(self._last_folder()),
            self.tr("Notes and articles (*.yaml %s);;All files (*)") % ARTICLE_FILTER_EXTS,
        )
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path, ask: bool = True) -> bool:
        """Open a note (.briefing.yaml) or start a new note from an article file."""
        if ask and not self.maybe_save():
            return False
        try:
            doc = self.load_document(path)
        except BriefingError as exc:
            self.show_error(self.tr("Cannot open %s") % path.name, str(exc))
            return False
        self.set_document(doc)
        self._remember_folder(path)
        from briefing_app.ui.session import remember_recent

        remember_recent(path)
        src = doc.note.sources[0] if doc.note.sources else None
        if doc.path is None and src is not None and src.encoding:
            self.statusBar().showMessage(
                self.tr("Opened %s (encoding %s).") % (path.name, src.encoding), 6000
            )
        return True

    @staticmethod
    def load_document(path: Path) -> Document:
        """Read a file into a new Document (raises BriefingError)."""
        if path.name.endswith((".yaml", ".yml")):
            from briefing_app.formats.note_yaml import load_note

            return Document(load_note(path), path)
        from briefing_app.formats.articles import note_from_article, read_article

        return Document(note_from_article(read_article(path)))

    # ------------------------------------------------------- articles of the note
    @staticmethod
    def read_article_file(path: Path):
        """An article file as a note source (raises BriefingError)."""
        from briefing_app.formats.articles import make_source, read_article

        doc = read_article(path)
        return make_source(doc, "s1"), doc.warnings

    def add_article_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Add an article to this note"),
            str(self._last_folder()),
            self.tr("Articles (%s);;All files (*)") % ARTICLE_FILTER_EXTS,
        )
        if path:
            self.add_article(Path(path))

    def add_article(self, path: Path) -> bool:
        """Add an article file as one more source of the open note."""
        try:
            source, warnings = self.read_article_file(path)
        except BriefingError as exc:
            self.show_error(self.tr("Cannot add %s") % path.name, str(exc))
            return False
        self._add_source(source, warnings)
        self._remember_folder(path)
        return True

    def _add_source(self, source, warnings: list[str]) -> None:
        source_id = self.doc.add_source(source)
        self.show_source(source_id)
        text = self.tr("Article added: %s") % (source.title or source.file or source_id)
        if source.encoding:
            text += self.tr(" (encoding %s)") % source.encoding
        self.statusBar().showMessage("; ".join([text, *warnings]), 8000)

    def _clipboard_article(self):
        from PySide6.QtWidgets import QApplication

        from briefing_app.formats.articles import article_from_html, article_from_text

        mime = QApplication.clipboard().mimeData()
        if mime is not None and mime.hasHtml() and mime.html().strip():
            doc = article_from_html(mime.html(), self.tr("clipboard"))
        else:
            text = QApplication.clipboard().text()
            doc = article_from_text(text, name=self.tr("the clipboard"))
        doc.file = ""
        return doc

    def new_note_from_clipboard(self) -> None:
        """Start a new note whose article is the text on the clipboard."""
        if not self.maybe_save():
            return
        from briefing_app.formats.articles import note_from_article

        try:
            doc = self._clipboard_article()
        except BriefingError as exc:
            self.show_error(self.tr("Nothing to read on the clipboard"), str(exc))
            return
        self.set_document(Document(note_from_article(doc)))

    def add_clipboard_article(self) -> None:
        """Add the clipboard's text as one more article of the note."""
        from briefing_app.formats.articles import make_source

        try:
            doc = self._clipboard_article()
        except BriefingError as exc:
            self.show_error(self.tr("Nothing to read on the clipboard"), str(exc))
            return
        self._add_source(make_source(doc, "s1"), doc.warnings)

    def replace_text_dialog(self) -> None:
        if self.doc.note.source(self.current_source) is None:
            self.statusBar().showMessage(self.tr("The note has no article to replace."), 5000)
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Replace the article text with a newer version"),
            str(self._last_folder()),
            self.tr("Articles (%s);;All files (*)") % ARTICLE_FILTER_EXTS,
        )
        if path:
            self.replace_text(Path(path))

    def replace_text(self, path: Path) -> bool:
        """Replace the shown article's text by a file's, re-attaching every anchor."""
        try:
            source, _warnings = self.read_article_file(path)
        except BriefingError as exc:
            self.show_error(self.tr("Cannot read %s") % path.name, str(exc))
            return False
        orphans = self.doc.replace_source_text(self.current_source, source.text)
        if orphans:
            self.show_error(
                self.tr("Some passages could not be found"),
                self.tr(
                    "%1 passage(s) could not be placed in the new text. They are kept, "
                    "marked as not found, and listed in the Checks tab."
                ).replace("%1", str(len(orphans))),
            )
            self.panel.checks.refresh()
            self.panel.tabs.setCurrentWidget(self.panel.checks)
        else:
            self.statusBar().showMessage(self.tr("Text replaced; every passage was found."), 6000)
        return True

    # ----------------------------------------------------------- drag and drop
    def dragEnterEvent(self, event) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        self.open_dropped(paths)

    def open_dropped(self, paths: list[Path]) -> None:
        """Notes open; articles start a note, or join the open one when it has an article."""
        for path in paths:
            if path.name.endswith((".yaml", ".yml")) or not self.doc.note.sources:
                if not self.open_path(path):
                    return
            else:
                self.add_article(path)

    def save(self) -> bool:
        if self.doc.path is None:
            return self.save_as()
        return self.save_to(self.doc.path)

    def save_as(self) -> bool:
        path = self.ask_save_path()
        return self.save_to(path) if path else False

    def ask_save_path(self) -> Path | None:
        default = self._last_folder() / (self._default_stem() + NOTE_SUFFIX)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the note"), str(default), self.tr("Briefing notes (*.yaml)")
        )
        if not path:
            return None
        if not path.endswith((".yaml", ".yml")):
            path += NOTE_SUFFIX
        return Path(path)

    def save_to(self, path: Path) -> bool:
        from briefing_app.formats.note_yaml import save_note

        try:
            save_note(self.doc.note, path)
        except BriefingError as exc:
            self.show_error(self.tr("The note was not saved"), str(exc))
            return False
        self.doc.mark_saved(path)
        self.documentSaved.emit(path)
        self._remember_folder(path)
        self.statusBar().showMessage(self.tr("Saved %s") % path, 4000)
        return True

    def export_dialog(self) -> None:
        from briefing_app.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self._last_folder() / (self._default_stem() + ".docx"), self)
        if dialog.exec():
            choice = dialog.choice()
            self.export_to(choice.path, choice.template, choice.annex, choice.figures)

    def export_figures(self) -> dict[str, bytes] | None:
        """Pictures of the risk matrix and link chart for the export, when available."""
        from briefing_app.ui.figures import render_figures

        return render_figures(self.doc.note)

    def export_to(
        self, path: Path, template: Path | None = None, annex: bool = False, figures: bool = True
    ) -> bool:
        """Export the note (Word, PDF or Markdown by suffix); errors shown, never raised."""
        from briefing_app.formats.export import export_note

        if self.doc.path is not None and path.resolve() == self.doc.path.resolve():
            self.show_error(
                self.tr("The note was not exported"),
                self.tr("%s is the note itself; choose another file.") % path.name,
            )
            return False
        try:
            pictures = self.export_figures() if figures else None
            warnings = export_note(self.doc.note, path, template, pictures, annex)
        except BriefingError as exc:
            self.show_error(self.tr("The note was not exported"), str(exc))
            return False
        text = self.tr("Exported %s") % path
        if warnings:
            text += " — " + "; ".join(warnings)
        self.statusBar().showMessage(text, 8000)
        return True

    def _default_stem(self) -> str:
        if self.doc.path is not None:
            return self.doc.path.name.removesuffix(NOTE_SUFFIX).removesuffix(".yaml")
        src = self.doc.note.sources[0] if self.doc.note.sources else None
        if src is not None and src.file:
            return Path(src.file).stem
        return "note"

    def _last_folder(self) -> Path:
        folder = QSettings().value("files/last_folder", "")
        return Path(folder) if folder and Path(folder).is_dir() else Path.home()

    def _remember_folder(self, path: Path) -> None:
        QSettings().setValue("files/last_folder", str(path.resolve().parent))

    def show_error(self, title: str, message: str) -> None:
        self.statusBar().showMessage(message, 10000)
        QMessageBox.warning(self, title, message)

    def closeEvent(self, event) -> None:
        if self.maybe_save():
            self.documentClosed.emit()
            event.accept()
        else:
            event.ignore()
