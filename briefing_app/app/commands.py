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


translate = QCoreApplication.translate  # lupdate reads translate("commands", "...")


def noun(section: str) -> str:
    """Translated singular noun of a section, for menu texts."""
    return {
        "actors": translate("commands", "actor"),
        "claims": translate("commands", "claim"),
        "risks": translate("commands", "risk"),
        "relationships": translate("commands", "relationship"),
    }[section]


def action_text(verb: str, section: str) -> str:
    """Translated undo text such as "Add actor" (whole phrases: French nouns have genders)."""
    texts = {
        ("add", "actors"): translate("commands", "Add actor"),
        ("add", "claims"): translate("commands", "Add claim"),
        ("add", "risks"): translate("commands", "Add risk"),
        ("add", "relationships"): translate("commands", "Add relationship"),
        ("delete", "actors"): translate("commands", "Delete actor"),
        ("delete", "claims"): translate("commands", "Delete claim"),
        ("delete", "risks"): translate("commands", "Delete risk"),
        ("delete", "relationships"): translate("commands", "Delete relationship"),
        ("move", "actors"): translate("commands", "Move actor"),
        ("move", "claims"): translate("commands", "Move claim"),
        ("move", "risks"): translate("commands", "Move risk"),
        ("move", "relationships"): translate("commands", "Move relationship"),
        ("edit", "actors"): translate("commands", "Edit actor"),
        ("edit", "claims"): translate("commands", "Edit claim"),
        ("edit", "risks"): translate("commands", "Edit risk"),
        ("edit", "relationships"): translate("commands", "Edit relationship"),
    }
    return texts[(verb, section)]


def field_text(name: str) -> str:
    """Translated undo text for editing one field of the note."""
    texts = {
        "title": translate("commands", "Edit title"),
        "analyst": translate("commands", "Edit analyst"),
        "classification": translate("commands", "Edit classification"),
        "created": translate("commands", "Edit date"),
        "purpose": translate("commands", "Edit purpose"),
        "bluf": translate("commands", "Edit bottom line"),
        "recommendations": translate("commands", "Edit recommendations"),
    }
    return texts.get(name) or translate("commands", "Edit %1").replace("%1", name)


class SetField(QUndoCommand):
    def __init__(self, doc: Document, name: str, value: str):
        super().__init__(field_text(name))
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
        super().__init__(text or action_text("add", section))
        self.doc, self.section, self.row, self.item = doc, section, row, item

    def redo(self) -> None:
        self.doc._insert(self.section, self.row, self.item)

    def undo(self) -> None:
        self.doc._remove(self.section, self.row)


class RemoveItem(QUndoCommand):
    def __init__(self, doc: Document, section: str, row: int):
        super().__init__(action_text("delete", section))
        self.doc, self.section, self.row = doc, section, row
        self.item = None

    def redo(self) -> None:
        self.item = self.doc._remove(self.section, self.row)

    def undo(self) -> None:
        self.doc._insert(self.section, self.row, self.item)


class MoveItem(QUndoCommand):
    def __init__(self, doc: Document, section: str, row: int, new_row: int):
        super().__init__(action_text("move", section))
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
        super().__init__(text or action_text("edit", section))
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
        super().__init__(text or translate("commands", "Move node"))
        self.doc = doc
        self.old, self.new = copy.deepcopy(doc.note.layout), copy.deepcopy(layout)

    def redo(self) -> None:
        self.doc._set_layout(copy.deepcopy(self.new))

    def undo(self) -> None:
        self.doc._set_layout(copy.deepcopy(self.old))
