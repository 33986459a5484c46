"""The Suggestions tab: review what the draft assistant proposes, accept or reject.

Accepting adds the item through the Document (undoable; referenced actors that
are still suggestions come along in the same step). Rejecting records the
suggestion's fingerprint in the note, so it is not proposed again. The list
shows every suggestion of the last draft that is neither in the note nor
rejected, so Undo brings an accepted or rejected suggestion back.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from briefing_app.app.columns import value_label
from briefing_app.app.document import Document
from briefing_app.domain.model import SECTIONS
from briefing_app.ui.lazy_page import LazyPage, built_attr

_ACTOR_REFS = {
    "claims": ("speaker",),
    "risks": ("affects", "drivers"),
    "relationships": ("source", "target"),
}


class DraftReview(LazyPage):
    """Pending suggestions grouped by kind, with Accept / Edit / Reject / Accept all."""

    evidenceRequested = Signal(object)  # Anchor to show in the article
    editRequested = Signal(str, str)  # section, item id (accepted, to edit in its tab)
    countChanged = Signal(int)

    info = built_attr("info")
    tree = built_attr("tree")
    accept_button = built_attr("accept_button")
    edit_button = built_attr("edit_button")
    reject_button = built_attr("reject_button")
    accept_all_button = built_attr("accept_all_button")

    def __init__(self, doc: Document, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.suggested: list[tuple[str, object, str]] = []  # section, item, fingerprint
        doc.undo_stack.indexChanged.connect(self._stack_changed)  # a method: disconnects on delete
        self.refresh()

    def build(self) -> None:
        d = self.__dict__  # the attributes behind the properties above
        d["info"] = QLabel(self)
        self.info.setWordWrap(True)
        d["tree"] = tree = QTreeWidget(self)
        tree.setHeaderHidden(True)
        tree.setAccessibleName(self.tr("Suggestions"))
        tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        tree.currentItemChanged.connect(self._current_changed)
        tree.itemDoubleClicked.connect(lambda *_: self.edit_current())
        d["accept_button"] = QPushButton(self.tr("Accept"), self)
        self.accept_button.setToolTip(self.tr("Add the selected suggestions to the note (Enter)"))
        self.accept_button.clicked.connect(self.accept_selected)
        d["edit_button"] = QPushButton(self.tr("Accept and edit"), self)
        self.edit_button.clicked.connect(self.edit_current)
        d["reject_button"] = QPushButton(self.tr("Reject"), self)
        self.reject_button.setToolTip(self.tr("Never propose the selected suggestions again (Del)"))
        self.reject_button.clicked.connect(self.reject_selected)
        d["accept_all_button"] = QPushButton(self.tr("Accept all"), self)
        self.accept_all_button.clicked.connect(self.accept_all)
        buttons = QHBoxLayout()
        for b in (self.accept_button, self.edit_button, self.reject_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.accept_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.info)
        layout.addWidget(tree)
        layout.addLayout(buttons)
        self.refresh()

    def _stack_changed(self, _index: int) -> None:
        self.refresh()

    # ----------------------------------------------------------------- content
    def set_suggestions(self, suggestions) -> None:
        """Replace the list with a new draft's suggestions."""
        from briefing_app.draft import fingerprint

        self.suggested = [
            (section, item, fingerprint(item))
            for section in SECTIONS
            for item in getattr(suggestions, section)
        ]
        self.refresh()

    def pending(self) -> list[tuple[str, object, str]]:
        """Suggestions neither accepted (in the note) nor rejected."""
        ids, rejected = self.doc.note.all_ids(), set(self.doc.note.rejected)
        gone = {i.id for s, i, fp in self.suggested if s == "actors" and fp in rejected}
        return [
            s
            for s in self.suggested
            if s[1].id not in ids
            and s[2] not in rejected
            # a relationship with a rejected actor at one end cannot be accepted
            and not (s[0] == "relationships" and {s[1].source, s[1].target} & gone)
        ]

    def refresh(self) -> None:
        """Rebuild the tree from the pending suggestions, keeping the current one if possible."""
        if not self.is_built:  # the tab's count only, until the tab is first shown
            self.countChanged.emit(len(self.pending()))
            return
        current = self._current_id()
        self.tree.clear()
        pending = self.pending()
        titles = {
            "actors": self.tr("Actors"),
            "claims": self.tr("Claims"),
            "risks": self.tr("Risks"),
            "relationships": self.tr("Relationships"),
        }
        restore = None
        for section in SECTIONS:
            rows = [s for s in pending if s[0] == section]
            if not rows:
                continue
            group = QTreeWidgetItem(self.tree, [f"{titles[section]} ({len(rows)})"])
            group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            group.setExpanded(True)
            for _section, item, _fp in rows:
                entry = QTreeWidgetItem(group, [self.describe(section, item)])
                entry.setData(0, Qt.ItemDataRole.UserRole, item.id)
                entry.setToolTip(0, self._evidence_text(item))
                if item.id == current:
                    restore = entry
        if restore is not None:
            self.tree.setCurrentItem(restore)
        if not self.suggested:
            self.info.setText(self.tr("Use Draft from article (Ctrl+D) to get suggestions."))
        elif not pending:
            self.info.setText(self.tr("Every suggestion has been reviewed."))
        else:
            self.info.setText(
                self.tr("%1 suggestions to review. Select one to see its passage.").replace(
                    "%1", str(len(pending))
                )
            )
        for b in (self.accept_button, self.edit_button, self.reject_button, self.accept_all_button):
            b.setEnabled(bool(pending))
        self.countChanged.emit(len(pending))

    def describe(self, section: str, item) -> str:
        """One line naming a suggestion."""
        if section == "actors":
            return f"{item.name}  ·  {value_label(item.kind)}"
        if section == "claims":
            who = self._actor_name(item.speaker)
            return (f"{who}: " if who else "") + _short(item.statement)
        if section == "risks":
            return f"{value_label(item.category)}: {_short(item.title or item.description)}"
        return (
            f"{self._actor_name(item.source)} → {value_label(item.kind)} → "
            f"{self._actor_name(item.target)}"
        )

    def _actor_name(self, actor_id: str) -> str:
        if not actor_id:
            return ""
        actor = self.doc.note.actor(actor_id)
        if actor is None:
            actor = next(
                (i for s, i, _f in self.suggested if s == "actors" and i.id == actor_id), None
            )
        return actor.name if actor is not None else actor_id

    def _evidence_text(self, item) -> str:
        return "\n".join(f"« {_short(a.exact, 200)} »" for a in item.evidence)

    # --------------------------------------------------------------- selection
    def _current_id(self) -> str:
        entry = self.tree.currentItem()
        return entry.data(0, Qt.ItemDataRole.UserRole) if entry is not None else ""

    def _selected_ids(self) -> list[str]:
        ids = [e.data(0, Qt.ItemDataRole.UserRole) for e in self.tree.selectedItems()]
        ids = [i for i in ids if i]
        return ids or ([self._current_id()] if self._current_id() else [])

    def _find(self, item_id: str):
        return next((s for s in self.suggested if s[1].id == item_id), None)

    def _current_changed(self, entry, _previous) -> None:
        found = self._find(entry.data(0, Qt.ItemDataRole.UserRole)) if entry else None
        if found and found[1].evidence:
            self.evidenceRequested.emit(found[1].evidence[0])

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept_selected()
        elif event.key() == Qt.Key.Key_Delete:
            self.reject_selected()
        else:
            super().keyPressEvent(event)

    # ----------------------------------------------------------------- actions
    def accept_selected(self) -> None:
        self.accept(self._selected_ids())

    def accept_all(self) -> None:
        self.accept([s[1].id for s in self.pending()], self.tr("Accept all suggestions"))

    def accept(self, item_ids: list[str], text: str = "") -> None:
        """Add suggestions (and the suggested actors they name) in one undo step."""
        pending = {s[1].id: s for s in self.pending()}
        wanted = [pending[i] for i in item_ids if i in pending]
        if not wanted:
            return
        order = {s: n for n, s in enumerate(SECTIONS)}
        wanted.sort(key=lambda s: order[s[0]])
        stack = self.doc.undo_stack
        stack.beginMacro(text or self.tr("Accept suggestion"))
        try:
            for section, item, _fp in wanted:
                if item.id in self.doc.note.all_ids():
                    continue
                item = copy.deepcopy(item)
                if not self._bring_actors(section, item, pending):
                    continue
                self.doc.add_item(section, item)
        finally:
            stack.endMacro()

    def _bring_actors(self, section: str, item, pending) -> bool:
        """Accept suggested actors that ``item`` names; drop references to rejected ones."""
        for attr in _ACTOR_REFS.get(section, ()):
            value = getattr(item, attr)
            ids = value if isinstance(value, list) else [value] if value else []
            kept = []
            for actor_id in ids:
                if self.doc.note.actor(actor_id) is not None:
                    kept.append(actor_id)
                elif actor_id in pending and pending[actor_id][0] == "actors":
                    self.doc.add_item("actors", copy.deepcopy(pending[actor_id][1]))
                    kept.append(actor_id)
            if isinstance(value, list):
                setattr(item, attr, kept)
            elif value and not kept:
                if section == "relationships":
                    return False  # one end was rejected: the relationship cannot stand
                setattr(item, attr, "")
        return True

    def edit_current(self) -> None:
        found = self._find(self._current_id())
        if found is None:
            return
        self.accept([found[1].id])
        if found[1].id in self.doc.note.all_ids():
            self.editRequested.emit(found[0], found[1].id)

    def reject_selected(self) -> None:
        """Reject the selected suggestions: they will not be proposed again for this note."""
        fps = [s[2] for s in (self._find(i) for i in self._selected_ids()) if s is not None]
        if not fps:
            return

        def reject(note):
            note.rejected.extend(fp for fp in fps if fp not in note.rejected)

        self.doc.change_note(self.tr("Reject suggestion"), reject)


def _short(text: str, n: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"
