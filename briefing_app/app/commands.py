"""Undo commands: each one a reversible change of the note, named for the menu."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from briefing_app.app.document import Document

_MERGE_FIELD = 1001
_MERGE_ATTR = 1002

SECTION_NOUNS = {
    "actors": "actor",
    "claims": "claim",
    "risks": "risk",
    "relationships": "relationship",
}


def tr(text: str) -> str:
    return QCoreApplication.translate("commands", text)


def noun(section: str) -> str:
    """Translated singular noun of a section, for menu texts."""
    return {
        "actors": tr("actor"),
        "claims": tr("claim"),
        "risks": tr("risk"),
        "relationships": tr("relationship"),
    }[section]


class SetField(QUndoCommand):
    def __init__(self, doc: Document, name: str, value: str):
        super().__init__(tr("Edit %s") % name)
        self.doc, self.name = doc, name
        self.old, self.new = getattr(doc.note, name), value

    def redo(self) -> None:
        self.doc._set_field(self.name, self.new)

    def undo(self) -> None:
        self.doc._set_field(self.name, self.old)

    def id(self) -> int:
        return _MERGE_FIELD

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetField) or other.name != self.name:
            return False
        self.new = other.new
        return True


class InsertItem(QUndoCommand):
    def __init__(self, doc: Document, section: str, row: int, item, text: str = ""):
        super().__init__(text or tr("Add %s") % noun(section))
        self.doc, self.section, self.row, self.item = doc, section, row, item

    def redo(self) -> None:
        self.doc._insert(self.section, self.row, self.item)

    def undo(self) -> None:
        self.doc._remove(self.section, self.row)


class RemoveItem(QUndoCommand):
    def __init__(self, doc: Document, section: str, row: int):
        super().__init__(tr("Delete %s") % noun(section))
        self.doc, self.section, self.row = doc, section, row
        self.item = None

    def redo(self) -> None:
        self.item = self.doc._remove(self.section, self.row)

    def undo(self) -> None:
        self.doc._insert(self.section, self.row, self.item)


class MoveItem(QUndoCommand):
    def __init__(self, doc: Document, section: str, row: int, new_row: int):
        super().__init__(tr("Move %s") % noun(section))
        self.doc, self.section, self.row, self.new_row = doc, section, row, new_row

    def _move(self, src: int, dst: int) -> None:
        item = self.doc._remove(self.section, src)
        self.doc._insert(self.section, dst, item)

    def redo(self) -> None:
        self._move(self.row, self.new_row)

    def undo(self) -> None:
        self._move(self.new_row, self.row)


class SetItemAttr(QUndoCommand):
    """Change one attribute of an item; ``typing`` edits of one field merge into one step."""

    def __init__(
        self,
        doc: Document,
        section: str,
        row: int,
        attr: str,
        value,
        text: str = "",
        typing: bool = False,
    ):
        super().__init__(text or tr("Edit %s") % noun(section))
        self.doc, self.section, self.row, self.attr = doc, section, row, attr
        self.old = copy.deepcopy(getattr(doc.note.items(section)[row], attr))
        self.new = value
        self.typing = typing

    def redo(self) -> None:
        self.doc._set_attr(self.section, self.row, self.attr, copy.deepcopy(self.new))

    def undo(self) -> None:
        self.doc._set_attr(self.section, self.row, self.attr, copy.deepcopy(self.old))

    def id(self) -> int:
        return _MERGE_ATTR if self.typing else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetItemAttr) or not other.typing:
            return False
        if (other.section, other.row, other.attr) != (self.section, self.row, self.attr):
            return False
        self.new = other.new
        return True


class SetLayout(QUndoCommand):
    """Replace the link chart's stored node positions (one drag = one step)."""

    def __init__(self, doc: Document, layout: dict, text: str = ""):
        super().__init__(text or tr("Move node"))
        self.doc = doc
        self.old, self.new = copy.deepcopy(doc.note.layout), copy.deepcopy(layout)

    def redo(self) -> None:
        self.doc._set_layout(copy.deepcopy(self.new))

    def undo(self) -> None:
        self.doc._set_layout(copy.deepcopy(self.old))
