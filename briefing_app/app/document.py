"""The open note: its file, its undo stack, and one method per user intent.

Every change goes through a QUndoCommand pushed on the document's stack, so the
UI only mirrors the note and undo covers everything.
"""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from briefing_app.app import commands
from briefing_app.domain.model import SECTIONS, Anchor, Note


class Document(QObject):
    """A note being edited, with signals that views follow."""

    fieldChanged = Signal(str)  # note-level field name
    aboutToInsert = Signal(str, int)  # section, row
    inserted = Signal(str, int)
    aboutToRemove = Signal(str, int)
    removed = Signal(str, int)
    itemChanged = Signal(str, int)  # section, row
    sectionReset = Signal(str)
    pathChanged = Signal()
    sourcesChanged = Signal()
    layoutChanged = Signal()  # Note.layout (link chart node positions) changed

    def __init__(self, note: Note | None = None, path: Path | None = None, parent=None):
        super().__init__(parent)
        self.note = note or Note()
        self.path = path
        self.undo_stack = QUndoStack(self)

    # ----------------------------------------------------------------- state
    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def mark_saved(self, path: Path) -> None:
        """Record that the note now matches ``path`` on disk."""
        self.path = path
        self.undo_stack.setClean()
        self.pathChanged.emit()

    def row_of(self, section: str, item_id: str) -> int:
        """Row of the item with ``item_id`` in ``section``, or -1."""
        for row, item in enumerate(self.note.items(section)):
            if item.id == item_id:
                return row
        return -1

    def find_item(self, item_id: str) -> tuple[str, int] | None:
        """(section, row) of an item id anywhere in the note."""
        for section in SECTIONS:
            row = self.row_of(section, item_id)
            if row >= 0:
                return section, row
        return None

    # --------------------------------------------------------------- intents
    def set_field(self, name: str, value: str) -> None:
        """Change a note-level text field (typing merges into one undo step)."""
        if getattr(self.note, name) != value:
            self.undo_stack.push(commands.SetField(self, name, value))

    def add_item(self, section: str, item, row: int | None = None, text: str = "") -> None:
        """Insert an item (at the end by default)."""
        rows = self.note.items(section)
        row = len(rows) if row is None else row
        self.undo_stack.push(commands.InsertItem(self, section, row, item, text))

    def remove_item(self, section: str, row: int) -> None:
        """Delete the item at ``row``."""
        self.undo_stack.push(commands.RemoveItem(self, section, row))

    def set_item_attr(self, section: str, row: int, attr: str, value, typing: bool = False) -> None:
        """Change one attribute of an item (a cell or an editor field; typing merges)."""
        item = self.note.items(section)[row]
        if getattr(item, attr) != value:
            self.undo_stack.push(
                commands.SetItemAttr(self, section, row, attr, value, typing=typing)
            )

    def remove_evidence(self, section: str, row: int, index: int) -> None:
        """Detach one passage from an item."""
        item = self.note.items(section)[row]
        evidence = copy.deepcopy(item.evidence)
        del evidence[index]
        self.undo_stack.push(
            commands.SetItemAttr(
                self, section, row, "evidence", evidence, self.tr("Detach evidence")
            )
        )

    def references_to(self, actor_id: str) -> list[tuple[str, int, str]]:
        """(section, row, attribute) of every reference to an actor."""
        refs = []
        for row, c in enumerate(self.note.claims):
            if c.speaker == actor_id:
                refs.append(("claims", row, "speaker"))
        for row, r in enumerate(self.note.risks):
            for attr in ("affects", "drivers"):
                if actor_id in getattr(r, attr):
                    refs.append(("risks", row, attr))
        for row, rel in enumerate(self.note.relationships):
            for attr in ("source", "target"):
                if getattr(rel, attr) == actor_id:
                    refs.append(("relationships", row, attr))
        return refs

    def remove_actor(self, row: int, drop_relationships: bool = True) -> None:
        """Delete an actor and, in the same undo step, every reference to it.

        Claims lose their speaker, risks drop the actor from affects/drivers, and
        relationships that end at the actor are deleted (or left dangling when
        ``drop_relationships`` is False).
        """
        actor = self.note.actors[row]
        refs = self.references_to(actor.id)
        self.undo_stack.beginMacro(self.tr("Delete actor %s") % (actor.name or actor.id))
        doomed = set()
        for section, item_row, attr in refs:
            item = self.note.items(section)[item_row]
            if section == "relationships":
                if drop_relationships:
                    doomed.add(item_row)
                continue
            value = getattr(item, attr)
            new = [a for a in value if a != actor.id] if isinstance(value, list) else ""
            self.set_item_attr(section, item_row, attr, new)
        for item_row in sorted(doomed, reverse=True):
            self.remove_item("relationships", item_row)
        self.remove_item("actors", row)
        self.undo_stack.endMacro()

    def move_item(self, section: str, row: int, new_row: int) -> None:
        """Move an item up or down its list."""
        n = len(self.note.items(section))
        if row != new_row and 0 <= row < n and 0 <= new_row < n:
            self.undo_stack.push(commands.MoveItem(self, section, row, new_row))

    def add_evidence(self, section: str, row: int, anchor: Anchor) -> None:
        """Attach one more passage to an item."""
        item = self.note.items(section)[row]
        evidence = [*copy.deepcopy(item.evidence), anchor]
        self.undo_stack.push(
            commands.SetItemAttr(
                self, section, row, "evidence", evidence, self.tr("Attach evidence")
            )
        )

    def set_layout(self, positions: dict[str, list[float]], text: str = "") -> None:
        """Store link-chart node positions (actor id -> [x, y]) as one undo step."""
        layout = {k: [float(v[0]), float(v[1])] for k, v in positions.items()}
        if layout != self.note.layout:
            self.undo_stack.push(commands.SetLayout(self, layout, text))

    def clear_layout(self) -> None:
        """Forget the stored node positions: the link chart is laid out automatically."""
        if self.note.layout:
            self.undo_stack.push(commands.SetLayout(self, {}, self.tr("Automatic layout")))

    # -------------------------------------------- raw mutations (commands only)
    def _insert(self, section: str, row: int, item) -> None:
        self.aboutToInsert.emit(section, row)
        self.note.items(section).insert(row, item)
        self.inserted.emit(section, row)

    def _remove(self, section: str, row: int):
        self.aboutToRemove.emit(section, row)
        item = self.note.items(section).pop(row)
        self.removed.emit(section, row)
        return item

    def _set_attr(self, section: str, row: int, attr: str, value) -> None:
        setattr(self.note.items(section)[row], attr, value)
        self.itemChanged.emit(section, row)

    def _set_field(self, name: str, value: str) -> None:
        setattr(self.note, name, value)
        self.fieldChanged.emit(name)

    def _set_layout(self, layout: dict) -> None:
        self.note.layout = layout
        self.layoutChanged.emit()

    # ------------------------------------------------- whole-note changes (undoable)
    def change_note(self, text: str, change):
        """Apply ``change(note)`` as one undo step that may touch anything; return its result."""
        from briefing_app.app.snapshot import NoteSnapshot

        command = NoteSnapshot(self, text, change)
        self.undo_stack.push(command)
        return command.result

    def add_source(self, source) -> str:
        """Add an article to the note (undoable); returns its id, made unique."""
        from briefing_app.domain.ids import new_id

        def add(note):
            source.id = new_id("sources", {s.id for s in note.sources})
            note.sources.append(source)
            return source.id

        return self.change_note(self.tr("Add article"), add)

    def replace_source_text(self, source_id: str, new_text: str):
        """Replace an article's text and re-attach every anchor; returns the orphans."""
        from briefing_app.domain.reattach import replace_source_text

        return self.change_note(
            self.tr("Replace article text"),
            lambda note: replace_source_text(note, source_id, new_text),
        )

    def _note_replaced(self) -> None:
        for name in (
            "title",
            "analyst",
            "classification",
            "created",
            "purpose",
            "bluf",
            "recommendations",
            "language",
        ):
            self.fieldChanged.emit(name)
        self.sectionReset.emit("*")
        self.sourcesChanged.emit()
        self.layoutChanged.emit()
